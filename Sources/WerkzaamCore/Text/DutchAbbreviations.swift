/// Dutch abbreviations that end in a full stop without ending the sentence.
///
/// Keys are lowercased, with their internal dots and without the final one. Some (enz., etc., jl.) often
/// do end a sentence too; those end it when the next word starts with a capital letter.
enum DutchAbbreviations {
    static let neverFinal: Set<String> = [
        // titles and forms of address
        "dhr", "mevr", "mw", "mej", "dr", "drs", "prof", "mr", "ir", "ing", "ds", "bc", "st", "weth", "burg", "jhr",
        "jkvr", "kand", "lic", "em", "wed", "zr", "br", "pr", "kard", "mgr",
        // common abbreviations
        "o.a", "bijv", "bv", "b.v", "ca", "circa", "m.b.t", "d.w.z", "i.s.m", "nr", "nrs", "blz", "pag", "p", "pp",
        "i.p.v", "t.a.v", "m.a.w", "n.a.v", "o.b.v", "a.d.h.v", "t.o.v", "m.i.v", "z.s.m", "z.o.z", "n.b", "d.d",
        "dd", "o.l.v", "i.o", "evt", "excl", "resp", "ong", "vgl", "zgn", "zg", "art", "hfst", "par", "tel",
        "fig", "afb", "gem", "jr", "sr", "vs", "vz", "ned", "kon", "n.v", "v.o.f", "t.b.v", "i.c.m", "m.n",
        "o.i.d", "e.e.a", "c.q", "w.o", "t.z.t", "z.g.a.n", "i.v.m", "a.h.w", "o.m", "m.u.v", "vlg",
        "apr", "okt", "sep", "sept", "febr", "feb", "mrt", "aug", "dec", "jun", "jul",
    ]
    static let sometimesFinal: Set<String> = [
        "enz", "etc", "e.d", "e.a", "jl", "a.s", "e.v", "mln", "mld", "mrd", "max", "min", "incl", "nov", "jan",
    ]
    /// Month abbreviations are written in lower case; capitalised they are names (Jan.), so only match lowercase.
    static let lowercaseOnly: Set<String> = ["jan", "feb", "febr", "mrt", "apr", "jun", "jul", "aug", "sep", "sept",
                                             "okt", "nov", "dec", "p", "pp", "min", "max", "art"]

    enum Kind { case none, neverFinal, sometimesFinal }

    /// Classifies the word before a full stop (given as raw bytes, without the stop).
    static func kind(of word: UnsafeBufferPointer<UInt8>.SubSequence) -> Kind {
        guard !word.isEmpty, word.count <= 12 else { return .none }
        var lower = [UInt8]()
        lower.reserveCapacity(word.count)
        var hasUpper = false
        for c in word {
            if c >= 0x41 && c <= 0x5A { hasUpper = true; lower.append(c | 0x20) } else { lower.append(c) }
        }
        let key = String(decoding: lower, as: UTF8.self)
        if hasUpper && lowercaseOnly.contains(key) { return .none }
        if neverFinal.contains(key) { return .neverFinal }
        if sometimesFinal.contains(key) { return .sometimesFinal }
        return .none
    }
}
