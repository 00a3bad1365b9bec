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

    /// Abbreviations are at most 8 bytes, so each packs into one integer: lookups build no String.
    private static func pack<S: Sequence>(_ bytes: S) -> UInt64? where S.Element == UInt8 {
        var v: UInt64 = 0
        var n = 0
        for c in bytes {
            guard n < 8 else { return nil }
            v |= UInt64(c) << (8 * UInt64(n))
            n += 1
        }
        return v
    }

    private static let neverFinalKeys = Set(neverFinal.compactMap { pack($0.utf8) })
    private static let sometimesFinalKeys = Set(sometimesFinal.compactMap { pack($0.utf8) })
    private static let lowercaseOnlyKeys = Set(lowercaseOnly.compactMap { pack($0.utf8) })

    /// Classifies the word before a full stop (given as raw bytes, without the stop).
    static func kind(of word: UnsafeBufferPointer<UInt8>.SubSequence) -> Kind {
        guard !word.isEmpty, word.count <= 8 else { return .none }
        var key: UInt64 = 0
        var hasUpper = false
        var n: UInt64 = 0
        for c in word {
            let lower: UInt8
            if c >= 0x41 && c <= 0x5A { hasUpper = true; lower = c | 0x20 }
            else if (c >= 0x61 && c <= 0x7A) || c == 0x2E { lower = c }
            else { return .none }  // abbreviations are ASCII letters and dots
            key |= UInt64(lower) << (8 * n)
            n += 1
        }
        if hasUpper && lowercaseOnlyKeys.contains(key) { return .none }
        if neverFinalKeys.contains(key) { return .neverFinal }
        if sometimesFinalKeys.contains(key) { return .sometimesFinal }
        return .none
    }
}
