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
    /// Token storage handed back after each span, so tokenizing does not allocate per paragraph.
    private var spare: [Token] = []
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
        var out: [ThemeMatch] = []
        matches(in: text, span: span, into: &out)
        return out
    }

    /// Appends the hits of `span` to `out` (no array per paragraph).
    public mutating func matches(in text: [UInt8], span: Span, into out: inout [ThemeMatch]) {
        let tokens = tokenize(text, span)
        var vocabulary: [Int32] = []  // filled once per span, the first time a phrase may start
        var i = 0
        while i < tokens.count {
            let entry = memo.values[tokens[i].entry]
            if entry.phraseCount > 0 {
                if vocabulary.isEmpty {
                    let values = memo.values  // a local, so the closure does not copy the tagger
                    vocabulary = tokens.map { values[$0.entry].vocabulary }
                }
            }
            if entry.phraseCount > 0,
               let (ids, length) = Self.longestPhrases(matcher, pool[Int(entry.phrases)..<Int(entry.phrases + entry.phraseCount)], tokens,
                                                       vocabulary, arena, i) {
                // Every theme's phrase of that length counts, unless an exclusion of the same theme covers it.
                Self.emit(matcher, ids[...], Span(tokens[i].span.start, tokens[i + length - 1].span.end), into: &out)
                i += length
                continue
            }
            if entry.idCount == 1 {
                let id = Int(pool[Int(entry.ids)])  // no slice: reading one element costs no retain
                if !matcher.isExclusion[id] { out.append(ThemeMatch(theme: matcher.themeOf[id], term: id, span: tokens[i].span)) }
            } else if entry.idCount > 1 {
                Self.emit(matcher, pool[Int(entry.ids)..<Int(entry.ids + entry.idCount)], tokens[i].span, into: &out)
            }
            i += 1
        }
        spare = tokens
    }

    /// Appends one hit per theme among `ids` at `span`; a theme's exclusion among them removes that theme.
    /// Static: a method called from the mutating `matches` copied the whole tagger, retaining its tables.
    private static func emit(_ matcher: ThemeMatcher, _ ids: ArraySlice<Int32>, _ span: Span, into out: inout [ThemeMatch]) {
        var excluded: [Int] = []
        for id in ids where matcher.isExclusion[Int(id)] { excluded.append(matcher.themeOf[Int(id)]) }
        var seen: [Int] = []
        for id in ids {
            let theme = matcher.themeOf[Int(id)]
            guard !matcher.isExclusion[Int(id)], !excluded.contains(theme), !seen.contains(theme) else { continue }
            seen.append(theme)
            out.append(ThemeMatch(theme: theme, term: Int(id), span: span))
        }
    }

    /// The phrases that match at `i` with the greatest length (longest match first).
    private static func longestPhrases(_ matcher: ThemeMatcher, _ ids: ArraySlice<Int32>, _ tokens: [Token], _ vocabulary: [Int32],
                                       _ arena: [UInt8], _ i: Int) -> ([Int32], Int)? {
        var best: [Int32] = []
        var bestLength = 0
        for id in ids {
            guard let length = matcher.phraseLength(id, vocabulary: vocabulary, keys: { Self.key(of: tokens[$0], in: arena) }, at: i) else { continue }
            if length > bestLength { best = [id]; bestLength = length } else if length == bestLength { best.append(id) }
        }
        return best.isEmpty ? nil : (best, bestLength)
    }

    private static func key(of token: Token, in arena: [UInt8]) -> String {
        let start = token.offset + (arena[token.offset] == 1 ? 1 : 0)
        return String(decoding: arena[start..<(token.offset + token.length)], as: UTF8.self)
    }

    /// Byte classes for the ASCII fast path: 0 other, 1 lower-case letter or digit, 2 capital.
    private static let asciiClass: [UInt8] = (0..<256).map { c in
        if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) { return 1 }
        if c >= 0x41 && c <= 0x5A { return 2 }
        return 0
    }

    /// Splits a span into words (letters and digits, with inner hyphens and apostrophes: co-creatie, zo’n),
    /// folds each into `arena` and looks it up, computing a new word's matches once. ASCII words are
    /// scanned, folded and hashed in one pass; a word with other letters takes the general path.
    private mutating func tokenize(_ text: [UInt8], _ span: Span) -> [Token] {
        arena.removeAll(keepingCapacity: true)
        arena.reserveCapacity(span.length + span.length / 2)
        var tokens = spare  // reuse the previous span's storage
        spare = []
        tokens.removeAll(keepingCapacity: true)
        let classes = Self.asciiClass
        text.withUnsafeBufferPointer { b in
            var i = span.start
            while i < span.end {
                let c = b[i]
                if c < 0x80 {
                    let cls = classes[Int(c)]
                    if cls == 0 { i += 1; continue }
                    // ASCII fast path.
                    let start = i
                    let offset = arena.count
                    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                    if cls == 2 { arena.append(1); hash = (hash ^ 1) &* 0x100_0000_01b3 }
                    var j = i
                    var general = false
                    while j < span.end {
                        let d = b[j]
                        if d >= 0x80 {
                            if d == 0xE2, j + 3 < span.end, b[j + 1] == 0x80, b[j + 2] == 0x99, b[j + 3] < 0x80, classes[Int(b[j + 3])] != 0 {
                                j += 3  // zo’n
                                continue
                            }
                            if UTF8Scalars.decode(b, j).value == 0x2019 || UTF8Scalars.decode(b, j).value == 0x2013 { break }
                            general = wordScalarLength(b, j, span.end) != nil
                            break
                        }
                        let k = classes[Int(d)]
                        if k == 0 {
                            if (d == 0x2D || d == 0x27), j + 1 < span.end, b[j + 1] < 0x80 ? classes[Int(b[j + 1])] != 0 : wordScalarLength(b, j + 1, span.end) != nil {
                                j += 1  // co-creatie, dilemma's
                                continue
                            }
                            break
                        }
                        let folded = k == 2 ? d | 0x20 : d
                        arena.append(folded)
                        hash = (hash ^ UInt64(folded)) &* 0x100_0000_01b3
                        j += 1
                    }
                    if general {
                        arena.removeSubrange(offset...)
                        i = generalWord(b, start, span.end, &tokens)
                        continue
                    }
                    i = j
                    let entry = lookup(offset, hash: hash)
                    tokens.append(Token(offset: offset, length: arena.count - offset, span: Span(start, j), entry: entry))
                    continue
                }
                guard wordScalarLength(b, i, span.end) != nil else {
                    i += UTF8Scalars.decode(b, i).length  // skip a whole character, never half of “ or –
                    continue
                }
                i = generalWord(b, i, span.end, &tokens)
            }
        }
        return tokens
    }

    /// A word that holds non-ASCII letters: found scalar by scalar and folded by `ThemeFold`.
    private mutating func generalWord(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ tokens: inout [Token]) -> Int {
        var i = start + (wordScalarLength(b, start, end) ?? 1)
        while i < end {
            if let m = wordScalarLength(b, i, end) { i += m; continue }
            let c = b[i]
            let inner = c == 0x2D || c == 0x27 || (c == 0xE2 && i + 2 < end && b[i + 1] == 0x80 && b[i + 2] == 0x99)
            let width = c == 0xE2 ? 3 : 1
            if inner, i + width < end, wordScalarLength(b, i + width, end) != nil { i += width; continue }
            break
        }
        let offset = arena.count
        let capital = b[start] >= 0x41 && b[start] <= 0x5A
        if capital { arena.append(1) }
        ThemeFold.append(b, start, i, into: &arena)
        if arena.count == offset + (capital ? 1 : 0) { arena.removeSubrange(offset...); return i }
        let hash = arena.withUnsafeBufferPointer { WordTable<Entry>.hash(UnsafeBufferPointer(rebasing: $0[offset...])) }
        let entry = lookup(offset, hash: hash)
        tokens.append(Token(offset: offset, length: arena.count - offset, span: Span(start, i), entry: entry))
        return i
    }

    private mutating func lookup(_ offset: Int, hash: UInt64) -> Int {
        let length = arena.count - offset
        let found: Int? = arena.withUnsafeBufferPointer { a in
            memo.find(UnsafeBufferPointer(rebasing: a[offset..<(offset + length)]), hash: hash)
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


