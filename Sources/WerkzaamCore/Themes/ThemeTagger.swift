/// Applies a `ThemeMatcher` to text, remembering each distinct word's result: corpora reuse a small
/// vocabulary, so most words cost one hash lookup. One tagger per task; not shared between threads.
public struct ThemeTagger {
    public let matcher: ThemeMatcher
    /// Per distinct folded word (a leading 0x01 marks a capitalised one): its term ids and the phrases it may start.
    /// Plain integers (ranges into `pool`), so reading an entry costs no reference counting.
    private struct Entry {
        var ids: Int32
        var idCount: Int32
        var phrases: Int32
        var phraseCount: Int32
        var vocabulary: Int32
    }
    private var memo = WordTable<Entry>()
    private var pool: [Int32] = []
    private var arena: [UInt8] = []

    public init(matcher: ThemeMatcher) { self.matcher = matcher }

    /// A word of the span: its folded bytes in `arena`, its span in the text, its memo entry.
    private struct Token {
        var offset: Int
        var length: Int
        var span: Span
        var entry: Int
    }

    /// Every theme hit in `span` of `text`, in text order; phrases win over the single words they cover,
    /// and a theme's exclusion at a word removes that theme's hit there.
    public mutating func matches(in text: [UInt8], span: Span) -> [ThemeMatch] {
        let tokens = tokenize(text, span)
        var out: [ThemeMatch] = []
        var i = 0
        while i < tokens.count {
            let entry = memo.values[tokens[i].entry]
            if entry.phraseCount > 0,
               let (ids, length) = longestPhrases(pool[Int(entry.phrases)..<Int(entry.phrases + entry.phraseCount)], tokens, i) {
                // Every theme's phrase of that length counts, unless an exclusion of the same theme covers it.
                let range = Span(tokens[i].span.start, tokens[i + length - 1].span.end)
                var excluded: [Int] = []
                for id in ids where matcher.terms[Int(id)].isExclusion { excluded.append(matcher.terms[Int(id)].theme) }
                var seen: [Int] = []
                for id in ids {
                    let term = matcher.terms[Int(id)]
                    guard !term.isExclusion, !excluded.contains(term.theme), !seen.contains(term.theme) else { continue }
                    seen.append(term.theme)
                    out.append(ThemeMatch(theme: term.theme, term: Int(id), span: range))
                }
                i += length
                continue
            }
            let ids = pool[Int(entry.ids)..<Int(entry.ids + entry.idCount)]
            if ids.count == 1 {
                let id = ids[ids.startIndex]
                if !matcher.terms[Int(id)].isExclusion {
                    out.append(ThemeMatch(theme: matcher.terms[Int(id)].theme, term: Int(id), span: tokens[i].span))
                }
            } else if ids.count > 1 {
                // Exclusions remove their theme here; each theme counts once per word.
                var excluded: [Int] = []
                for id in ids where matcher.terms[Int(id)].isExclusion { excluded.append(matcher.terms[Int(id)].theme) }
                var seen: [Int] = []
                for id in ids {
                    let term = matcher.terms[Int(id)]
                    guard !term.isExclusion, !excluded.contains(term.theme), !seen.contains(term.theme) else { continue }
                    seen.append(term.theme)
                    out.append(ThemeMatch(theme: term.theme, term: Int(id), span: tokens[i].span))
                }
            }
            i += 1
        }
        return out
    }

    /// The phrases that match at `i` with the greatest length (longest match first).
    private func longestPhrases(_ ids: ArraySlice<Int32>, _ tokens: [Token], _ i: Int) -> ([Int32], Int)? {
        let window = tokens[i..<min(tokens.count, i + 8)]
        let vocabulary = window.map { memo.values[$0.entry].vocabulary }
        var best: [Int32] = []
        var bestLength = 0
        for id in ids {
            guard let length = matcher.phraseLength(id, vocabulary: vocabulary, keys: { key(of: window[i + $0]) }, at: 0) else { continue }
            if length > bestLength { best = [id]; bestLength = length } else if length == bestLength { best.append(id) }
        }
        return best.isEmpty ? nil : (best, bestLength)
    }

    private func key(of token: Token) -> String {
        let start = token.offset + (arena[token.offset] == 1 ? 1 : 0)
        return String(decoding: arena[start..<(token.offset + token.length)], as: UTF8.self)
    }

    /// Splits a span into words (letters and digits, with inner hyphens and apostrophes: co-creatie, zo’n),
    /// folds each into `arena` and looks it up, computing a new word's matches once.
    private mutating func tokenize(_ text: [UInt8], _ span: Span) -> [Token] {
        arena.removeAll(keepingCapacity: true)
        var tokens: [Token] = []
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
                let offset = arena.count
                let capital = b[start] >= 0x41 && b[start] <= 0x5A
                if capital { arena.append(1) }
                ThemeFold.append(b, start, i, into: &arena)
                if arena.count == offset + (capital ? 1 : 0) { arena.removeSubrange(offset...); continue }
                let entry = lookup(offset)
                tokens.append(Token(offset: offset, length: arena.count - offset, span: Span(start, i), entry: entry))
            }
        }
        return tokens
    }

    private mutating func lookup(_ offset: Int) -> Int {
        let length = arena.count - offset
        let (found, hash): (Int?, UInt64) = arena.withUnsafeBufferPointer { a in
            let key = UnsafeBufferPointer(rebasing: a[offset..<(offset + length)])
            let h = WordTable<Entry>.hash(key)
            return (memo.find(key, hash: h), h)
        }
        if let found { return found }
        let capital = arena[offset] == 1
        let word = String(decoding: arena[(offset + (capital ? 1 : 0))...], as: UTF8.self)
        let ids = matcher.matchWord(word, compounds: !capital)
        let phrases = matcher.phraseStarts(word) ?? []
        let value = Entry(ids: Int32(pool.count), idCount: Int32(ids.count), phrases: Int32(pool.count + ids.count),
                          phraseCount: Int32(phrases.count), vocabulary: matcher.vocabulary(word))
        pool += ids
        pool += phrases
        let keyBytes = Array(arena[offset...])
        return keyBytes.withUnsafeBufferPointer { memo.insert($0, hash: hash, value) }
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


