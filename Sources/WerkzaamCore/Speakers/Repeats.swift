/// Pull quotes and other repeated quotations: a quote whose every sentence stands in other quotes
/// repeats them (also when it comes first), inherits their speaker and is marked `repeatOf`, so it is
/// counted once. A quote that repeats the article's own narration is a pull quote with no speaker.
enum Repeats {
    static func mark(_ quotes: inout [Quote], document: Document) {
        let keys = quotes.map { key(document.text, $0.span) }
        var isRepeat = Array(repeating: false, count: quotes.count)
        var narration: [UInt8]?
        // Quotes with an explicit cue are originals; try the weakest first, pull-quote paragraphs before others.
        let order = quotes.indices.filter { quotes[$0].kind == .quote }.sorted { a, b in
            let pa = isPullParagraph(quotes[a], document), pb = isPullParagraph(quotes[b], document)
            if pa != pb { return pa }
            return a > b
        }
        for q in order where !hasExplicitCue(quotes[q]) {
            let sentences = SentenceSegmenter.sentences(in: document.text, span: quotes[q].span)
                .map { key(document.text, $0) }.filter { $0.count >= 20 }
            guard !sentences.isEmpty else { continue }
            // The other quotes, joined in order, so a pull quote spanning two body quotes is found too.
            var joined: [UInt8] = []
            var owners: [(end: Int, quote: Int)] = []
            for (i, k) in keys.enumerated() where i != q && !isRepeat[i] && quotes[i].kind == .quote {
                joined += k
                joined.append(0x20)
                owners.append((joined.count, i))
            }
            if let first = find(sentences[0], in: joined), sentences.dropFirst().allSatisfy({ find($0, in: joined) != nil }) {
                guard let owner = owners.first(where: { $0.end > first })?.quote else { continue }
                isRepeat[q] = true
                quotes[q].repeatOf = owner
                quotes[q].speaker = quotes[owner].speaker
                quotes[q].cue = "pullquote"
                quotes[q].confidence = quotes[owner].confidence * 0.95
                continue
            }
            // Narration shown as a quote: its words stand in the text outside this paragraph.
            if isStandalone(quotes[q], document) {
                if narration == nil {
                    narration = document.paragraphs.flatMap { key(document.text, $0.span) + [0x20] }
                }
                let own = key(document.text, document.paragraphs[quotes[q].paragraph].span)
                if sentences.allSatisfy({ s in count(s, in: narration!) > count(s, in: own) }) {
                    quotes[q].speaker = nil
                    quotes[q].cue = "pullquote"
                    quotes[q].confidence = 0
                }
            }
        }
    }

    static func hasExplicitCue(_ q: Quote) -> Bool {
        !(q.cue == nil || q.cue == "context" || q.cue == "chain")
    }

    static func isPullParagraph(_ q: Quote, _ document: Document) -> Bool {
        let kind = document.paragraphs[q.paragraph].kind
        return kind == .pullquote || kind == .blockquote
    }

    /// The quote is (nearly) its whole paragraph.
    static func isStandalone(_ q: Quote, _ document: Document) -> Bool {
        let p = document.paragraphs[q.paragraph].span
        return q.span.length * 10 >= p.length * 8
    }

    /// Letters and digits only, folded, single spaces: the same words match whatever the marks and case.
    static func key(_ text: String) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: key(bytes, Span(0, bytes.count)), as: UTF8.self)
    }

    static func key(_ text: [UInt8], _ span: Span) -> [UInt8] {
        // ASCII bytes are written straight into the result (an append per byte was most of this stage);
        // other letters go through `Fold.key`, whose result can be longer than the letter.
        var out: [UInt8] = []
        var space = false
        text.withUnsafeBufferPointer { b in
            var i = span.start
            while i < span.end {
                var chunk = [UInt8](unsafeUninitializedCapacity: span.end - i + 1) { buffer, count in
                    var n = 0
                    while i < span.end {
                        let c = b[i]
                        guard c < 0x80 else { break }
                        let lower = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                        if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                            if space && (n > 0 || !out.isEmpty) { buffer[n] = 0x20; n += 1 }
                            buffer[n] = lower
                            n += 1
                            space = false
                        } else {
                            space = true
                        }
                        i += 1
                    }
                    count = n
                }
                if out.isEmpty { swap(&out, &chunk) } else { out.append(contentsOf: chunk) }
                guard i < span.end else { break }
                let (v, n) = UTF8Scalars.decode(b, i)
                if let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic {
                    if space && !out.isEmpty { out.append(0x20) }
                    out.append(contentsOf: Fold.key(String(scalar)).utf8)
                    space = false
                } else {
                    space = true
                }
                i += n
            }
        }
        return out
    }

    /// Byte offset of the first `needle` in `haystack` from `start`, by Boyer-Moore-Horspool: the needles are
    /// sentence keys of 20 bytes or more, so most steps skip far. memchr on the first byte and memcmp at
    /// each hit was quadratic in practice, since a folded key's first letter recurs every few bytes (a 1 MB
    /// document with 4,000 quotations took 3 s).
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
        let m = needle.count, n = haystack.count
        guard m > 0, start >= 0, m <= n - start else { return nil }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { p in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { skip in
                    skip.initialize(repeating: m)
                    for k in 0..<(m - 1) { skip[Int(p[k])] = m - 1 - k }
                    let lastByte = p[m - 1]
                    var i = start
                    while i <= n - m {
                        let c = h[i + m - 1]
                        if c == lastByte, memcmp(h.baseAddress! + i, p.baseAddress!, m - 1) == 0 { return i }
                        i += skip[Int(c)]
                    }
                    return nil
                }
            }
        }
    }

    /// Occurrences of `needle` in `haystack` that do not overlap.
    static func count(_ needle: [UInt8], in haystack: [UInt8]) -> Int {
        var n = 0
        var from = 0
        while let i = find(needle, in: haystack, from: from) {
            n += 1
            from = i + needle.count
        }
        return n
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// In a transcript without a stated interviewer, the one speaker whose turns are mostly questions is one.
enum Interviewers {
    static func mark(_ quotes: [Quote], _ register: inout PersonRegister, document: Document) {
        guard !register.people.contains(where: { $0.roleCategory == "interviewer" }) else { return }
        var turns: [Int: (all: Int, questions: Int)] = [:]
        for q in quotes where q.kind == .turn {
            guard let s = q.speaker else { continue }
            turns[s, default: (0, 0)].all += 1
            if document.string(q.span).contains("?" as Character) { turns[s, default: (0, 0)].questions += 1 }
        }
        let candidates = turns.filter { person, count in
            count.all >= 3 && count.questions * 10 >= count.all * 6 && register.people[person].roleCategory == nil
        }
        if candidates.count == 1, let only = candidates.first { register.setRoleCategory(only.key, "interviewer") }
    }
}
