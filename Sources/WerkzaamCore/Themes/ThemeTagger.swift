/// Applies a `ThemeMatcher` to text, remembering each distinct word's result: corpora reuse a small
/// vocabulary, so most words cost one hash lookup. One tagger per task; not shared between threads.
public struct ThemeTagger {
    public let matcher: ThemeMatcher
    private var memo: [String: [Int32]] = [:]
    private var buffer: [UInt8] = []

    public init(matcher: ThemeMatcher) { self.matcher = matcher }

    /// Every theme hit in `span` of `text`, in text order; phrases win over the single words they cover,
    /// and a theme's exclusion at a word removes that theme's hit there.
    public mutating func matches(in text: [UInt8], span: Span) -> [ThemeMatch] {
        let words = folded(text, span)
        var out: [ThemeMatch] = []
        var i = 0
        while i < words.count {
            if let starts = matcher.phraseStartIDs(words[i].key), let (ids, length) = longestPhrases(starts, words, i) {
                // Every theme's phrase of that length counts, unless an exclusion of the same theme covers it.
                let range = Span(words[i].span.start, words[i + length - 1].span.end)
                let terms = matcher.terms
                let excluded = Set(ids.filter { terms[Int($0)].isExclusion }.map { terms[Int($0)].theme })
                var seen = Set<Int>()
                for id in ids where !terms[Int(id)].isExclusion && !excluded.contains(terms[Int(id)].theme) {
                    if seen.insert(terms[Int(id)].theme).inserted { out.append(ThemeMatch(theme: terms[Int(id)].theme, term: Int(id), span: range)) }
                }
                i += length
                continue
            }
            let key = words[i].key
            let capital = text[words[i].span.start] >= 0x41 && text[words[i].span.start] <= 0x5A
            let memoKey = capital ? "^" + key : key
            let ids: [Int32]
            if let known = memo[memoKey] {
                ids = known
            } else {
                ids = matcher.matchWord(key, compounds: !capital)
                memo[memoKey] = ids
            }
            if !ids.isEmpty {
                let terms = matcher.terms
                let excluded = Set(ids.filter { terms[Int($0)].isExclusion }.map { terms[Int($0)].theme })
                var seen = Set<Int>()
                for id in ids {
                    let term = matcher.terms[Int(id)]
                    guard !term.isExclusion, !excluded.contains(term.theme), seen.insert(term.theme).inserted else { continue }
                    out.append(ThemeMatch(theme: term.theme, term: Int(id), span: words[i].span))
                }
            }
            i += 1
        }
        return out
    }

    /// The phrases that match at `i` with the greatest length (longest match first).
    private func longestPhrases(_ ids: [Int32], _ words: [FoldedWord], _ i: Int) -> ([Int32], Int)? {
        var best: [Int32] = []
        var bestLength = 0
        for id in ids {
            guard let length = matcher.phraseLength(id, words, at: i) else { continue }
            if length > bestLength { best = [id]; bestLength = length } else if length == bestLength { best.append(id) }
        }
        return best.isEmpty ? nil : (best, bestLength)
    }

    /// Words of a span, folded: letters and digits, with inner hyphens and apostrophes (co-creatie, zo’n).
    mutating func folded(_ text: [UInt8], _ span: Span) -> [FoldedWord] {
        var words: [FoldedWord] = []
        text.withUnsafeBufferPointer { b in
            var i = span.start
            while i < span.end {
                guard let n = wordScalarLength(b, i, span.end) else {
                    i += b[i] < 0x80 ? 1 : UTF8Scalars.decode(b, i).length  // skip a whole character, never half of “ or –
                    continue
                }
                let start = i
                i += n
                while i < span.end {
                    if let m = wordScalarLength(b, i, span.end) { i += m; continue }
                    let c = b[i]
                    let inner = c == 0x2D || c == 0x27 || (c == 0xE2 && i + 2 < span.end && b[i + 1] == 0x80 && b[i + 2] == 0x99)
                    let width = c == 0xE2 ? 3 : 1
                    if inner, i + width < span.end, wordScalarLength(b, i + width, span.end) != nil { i += width; continue }
                    break
                }
                buffer.removeAll(keepingCapacity: true)
                ThemeFold.append(b, start, i, into: &buffer)
                if !buffer.isEmpty { words.append(FoldedWord(key: String(decoding: buffer, as: UTF8.self), span: Span(start, i))) }
            }
        }
        return words
    }

    /// The length of a letter or digit at `i`, or nil.
    @inline(__always)
    private func wordScalarLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        let c = b[i]
        if c < 0x80 {
            return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) ? 1 : nil
        }
        let (v, n) = UTF8Scalars.decode(b, i)
        if v >= 0xC0 && v < 0x250 && v != 0xD7 && v != 0xF7 { return n }
        guard let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic else { return nil }
        return n
    }
}

extension ThemeMatcher {
    func phraseStartIDs(_ key: String) -> [Int32]? { phraseStarts(key) }
}
