/// The keys of the quotations a pull quote may repeat, joined in document order.
protocol RepeatPool {
    /// The quotation holding the first occurrence of `needle` in the keys with quotation `q`'s taken out
    /// (also across the place where it was), or nil.
    func owner(of needle: [UInt8], without q: Int) -> Int?
    /// Takes quotation `q`'s key out for good (it was marked a repeat).
    mutating func remove(_ q: Int)
}

/// Pull quotes and other repeated quotations: a quote whose every sentence stands in other quotes
/// repeats them (also when it comes first), inherits their speaker and is marked `repeatOf`, so it is
/// counted once. A quote that repeats the article's own narration is a pull quote with no speaker.
enum Repeats {
    /// Above this much searching (uncued quotations × bytes of quotation keys) a document's keys are indexed
    /// by their 20-byte windows (`LivePool`, and the narration's `KeyText`) instead of scanned once per
    /// quotation, which grows with the square of a document's length. A task-local value, so tests can force
    /// either way.
    @TaskLocal static var indexThreshold = 8_000_000

    static func mark(_ quotes: inout [Quote], document: Document) {
        // Quotes with an explicit cue are originals; try the weakest first, pull-quote paragraphs before others.
        let order = quotes.indices.filter { quotes[$0].kind == .quote }.sorted { a, b in
            let pa = isPullParagraph(quotes[a], document), pb = isPullParagraph(quotes[b], document)
            if pa != pb { return pa }
            return a > b
        }
        let uncued = order.count { !hasExplicitCue(quotes[$0]) }
        guard uncued > 0 else { return }
        // Only quotations (not turns or indirect speech) are searched and searched in: only theirs are folded.
        let keys = quotes.map { $0.kind == .quote ? key(document.text, $0.span) : [] }
        var narration: KeyText?
        let indexed = uncued * keys.reduce(0) { $0 + $1.count + 1 } > indexThreshold
        // The other quotes, joined in order, so a pull quote spanning two body quotes is found too: all of them
        // once, with q's own key taken out in the search, and a quote marked a repeat taken out for good.
        var pool: (any RepeatPool)?
        for q in order where !hasExplicitCue(quotes[q]) {
            let sentences = SentenceSegmenter.sentences(in: document.text, span: quotes[q].span)
                .map { key(document.text, $0) }.filter { $0.count >= 20 }
            guard !sentences.isEmpty else { continue }
            if pool == nil {  // before the first repeat is marked: every quotation is in it
                let isQuote = { (i: Int) in quotes[i].kind == .quote }
                pool = indexed ? LivePool(keys, including: isQuote) : Pool(keys, including: isQuote)
            }
            if let owner = pool!.owner(of: sentences[0], without: q),
               sentences.dropFirst().allSatisfy({ pool!.owner(of: $0, without: q) != nil }) {
                pool!.remove(q)
                quotes[q].repeatOf = owner
                quotes[q].speaker = quotes[owner].speaker
                quotes[q].cue = "pullquote"
                quotes[q].confidence = quotes[owner].confidence * 0.95
                continue
            }
            // Narration shown as a quote: its words stand in the text outside this paragraph.
            if isStandalone(quotes[q], document) {
                if narration == nil {
                    narration = KeyText(document.paragraphs.flatMap { key(document.text, $0.span) + [0x20] }, indexed: indexed)
                }
                let own = key(document.text, document.paragraphs[quotes[q].paragraph].span)
                let paragraph = KeyText(own, indexed: false)
                if sentences.allSatisfy({ s in narration!.count(s) > paragraph.count(s) }) {
                    quotes[q].speaker = nil
                    quotes[q].cue = "pullquote"
                    quotes[q].confidence = 0
                }
            }
        }
    }

    /// Folded text to search many times, scanned or (long texts) looked up by its 20-byte windows.
    struct KeyText {
        let text: [UInt8]
        private let index: KeyIndex?

        init(_ text: [UInt8], indexed: Bool) {
            self.text = text
            index = indexed ? KeyIndex(text) : nil
        }

        /// Starts of `needle`, ascending, until `body` says stop.
        func forEachOccurrence(of needle: [UInt8], _ body: (Int) -> Bool) {
            if let index, needle.count >= KeyIndex.width {
                for p in index.occurrences(of: needle) where !body(p) { return }
                return
            }
            var from = 0
            while let p = find(needle, in: text, from: from) {
                if !body(p) { return }
                from = p + 1
            }
        }

        /// Occurrences that do not overlap, taken from the left.
        func count(_ needle: [UInt8]) -> Int {
            var n = 0, free = 0
            forEachOccurrence(of: needle) { p in
                if p >= free { n += 1; free = p + needle.count }
                return true
            }
            return n
        }
    }

    /// The keys of the quotations a quote may repeat, each followed by a space, in document order, scanned;
    /// joined again when a quotation is taken out (`LivePool` is the same for long documents). Searching it
    /// "without q" gives what a search of the same keys joined without q's own would give.
    struct Pool: RepeatPool {
        private let all: [[UInt8]]
        private var included: [Bool]
        private var keys = KeyText([], indexed: false)
        /// Each key's start and end (after its space) in `keys.text`, and its quotation.
        private var segments: [(start: Int, end: Int, quote: Int)] = []
        private var segmentOf: [Int: Int] = [:]

        init(_ all: [[UInt8]], including: (Int) -> Bool) {
            self.all = all
            included = all.indices.map(including)
            join()
        }

        private mutating func join() {
            var text: [UInt8] = []
            segments = []
            segmentOf = [:]
            for (i, k) in all.enumerated() where included[i] {
                let start = text.count
                text += k
                text.append(0x20)
                segmentOf[i] = segments.count
                segments.append((start, text.count, i))
            }
            keys = KeyText(text, indexed: false)
        }

        mutating func remove(_ q: Int) {
            included[q] = false
            join()
        }

        func owner(of needle: [UInt8], without q: Int) -> Int? {
            first(needle, without: q).map { owner(at: $0, without: q) }
        }

        /// The first occurrence of `needle` in the keys with quotation `q`'s taken out, in the offsets of
        /// that shorter text: clear of q's key, or across the place where it was.
        private func first(_ needle: [UInt8], without q: Int) -> Int? {
            let seg = segments[segmentOf[q]!]
            let (qs, qe, length) = (seg.start, seg.end, needle.count)
            var best: Int?
            keys.forEachOccurrence(of: needle) { p in
                if p < qe && p + length > qs { return true }  // overlaps q's key
                best = p < qs ? p : p - (qe - qs)
                return false
            }
            let left = max(0, qs - (length - 1)), right = min(keys.text.count, qe + length - 1)
            let window = Array(keys.text[left..<qs]) + Array(keys.text[qe..<right])
            let junction = qs - left
            var from = 0
            while let w = find(needle, in: window, from: from), w < junction {
                if w + length > junction {
                    if best == nil || left + w < best! { best = left + w }
                    break
                }
                from = w + 1
            }
            return best
        }

        /// The quotation whose key holds offset `at` of the keys without q's (as `first` gives it).
        private func owner(at: Int, without q: Int) -> Int {
            let seg = segments[segmentOf[q]!]
            let position = at < seg.start ? at : at + (seg.end - seg.start)
            var low = 0, high = segments.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if segments[mid].start <= position { low = mid } else { high = mid - 1 }
            }
            return segments[low].quote
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
        // ASCII bytes are written into one scratch buffer and appended a run at a time (an append per byte was
        // most of this stage); other letters go through `Fold.key`, whose result can be longer than the
        // letter, or through a table for the Latin letters and general punctuation that Dutch text uses.
        var out: [UInt8] = []
        var space = false
        text.withUnsafeBufferPointer { b in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: span.length + 1) { buffer in
                var i = span.start
                while i < span.end {
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
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<n]))
                    guard i < span.end else { break }
                    let (v, length) = UTF8Scalars.decode(b, i)
                    if let folded = foldedLetter(v) {
                        if space && !out.isEmpty { out.append(0x20) }
                        out.append(contentsOf: folded)
                        space = false
                    } else {
                        space = true
                    }
                    i += length
                }
            }
        }
        return out
    }

    /// A letter's folded bytes (`Fold.key`), or nil for what is no letter.
    private static func foldedLetter(_ v: UInt32) -> [UInt8]? {
        if v >= 0x80 && v < 0x250 { return latinKeys[Int(v - 0x80)] }
        if v >= 0x2000 && v < 0x2070 { return punctuationKeys[Int(v - 0x2000)] }
        return computeFoldedLetter(v)
    }

    private static func computeFoldedLetter(_ v: UInt32) -> [UInt8]? {
        guard let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic else { return nil }
        return Array(Fold.key(String(scalar)).utf8)
    }

    /// `foldedLetter` of U+0080…U+024F and of U+2000…U+206F (quotation marks, dashes), computed once.
    private static let latinKeys: [[UInt8]?] = (0x80..<0x250).map { computeFoldedLetter(UInt32($0)) }
    private static let punctuationKeys: [[UInt8]?] = (0x2000..<0x2070).map { computeFoldedLetter(UInt32($0)) }

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
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// In a transcript without a stated interviewer, the one speaker whose turns are mostly questions is one.
enum Interviewers {
    static let interviewingCategories: Set<String> = ["kennisinstituut", "adviseur/begeleider"]

    static func mark(_ quotes: [Quote], _ register: inout PersonRegister, document: Document) {
        guard !register.people.contains(where: { $0.roleCategory == "interviewer" }) else { return }
        var turns: [Int: (all: Int, questions: Int)] = [:]
        for q in quotes where q.kind == .turn {
            guard let s = q.speaker else { continue }
            turns[s, default: (0, 0)].all += 1
            if document.string(q.span).contains("?" as Character) { turns[s, default: (0, 0)].questions += 1 }
        }
        // Someone whose job is to interview (a researcher, an adviser, anyone of a knowledge institute: the
        // programmaleider of Platform31 hosting a webinar) can be this speaker; a chair or an administrator who
        // asks questions stays what they are.
        let candidates = turns.filter { person, count in
            count.all >= 3 && count.questions * 10 >= count.all * 6
                && (register.people[person].roleCategory.map(Self.interviewingCategories.contains) ?? true
                    || register.people[person].organisationType == "kennisinstituut")
        }
        if candidates.count == 1, let only = candidates.first { register.setRoleCategory(only.key, "interviewer") }
    }
}
