import Foundation

/// Every distinct token a worker meets, made once as a `Word` (its text, folded key and speaker-lexicon
/// flags) and handed out again for the same bytes. Making a word built two `String`s, validated its UTF-8
/// and looked its key up in a second table; a corpus repeats a small vocabulary, so one probe on the
/// bytes now does all three. An open-addressing table on an FNV-1a hash; grows with the vocabulary, not
/// with the corpus.
public struct WordCache: Sendable {
    /// Plain integers, so probing copies no strings; the words are kept apart, in `words`.
    private struct Entry: Sendable {
        var hash: UInt64
        /// The token's bytes in `bytes`.
        var start: Int32
        var length: Int32
        var isWord: Bool
    }

    private var slots: [Int32] = Array(repeating: -1, count: 1024)
    private var entries: [Entry] = []
    private var words: [Word] = []
    private var bytes: [UInt8] = []

    public init() {}

    /// Distinct tokens held.
    var count: Int { entries.count }

    /// The token `b[s..<e]` at that span, made the first time its bytes are met and flagged by `lexicon`.
    mutating func word(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, isWord: Bool, lexicon: SpeakerLexicon) -> Word {
        // The lexicon, not a method reference to it: a closure made per token retained and released it.
        word(b, s, e, isWord: isWord) { lexicon.flags(ofKey: $0) }
    }

    /// The token `b[s..<e]` at that span, made the first time its bytes are met (a word's flags by `flags`
    /// of its key; punctuation has none).
    @inline(__always)
    mutating func word(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, isWord: Bool,
                       flags: (String) -> SpeakerLexicon.WordFlags) -> Word {
        let token = UnsafeBufferPointer(rebasing: b[s..<e])
        let hash = Self.fnv1a(token) ^ (isWord ? 0 : 0x9E37_79B9)
        let (found, free) = find(token, hash: hash, isWord: isWord)
        if found >= 0 {
            var word = words[found]
            word.span = Span(s, e)
            return word
        }
        var word = Words.make(b, s, e, isWord: isWord)
        if isWord { word.apply(flags(word.key)) }
        slots[free] = Int32(entries.count)
        entries.append(Entry(hash: hash, start: Int32(bytes.count), length: Int32(token.count), isWord: isWord))
        words.append(word)
        bytes.append(contentsOf: token)
        if entries.count * 2 > slots.count { grow() }
        return word
    }

    /// The entry of `token` (or -1) and, when there is none, the free slot to put it in. The arrays are read
    /// through their buffers: a subscript per probe retained and released them.
    private func find(_ token: UnsafeBufferPointer<UInt8>, hash: UInt64, isWord: Bool) -> (entry: Int, free: Int) {
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                bytes.withUnsafeBufferPointer { bytes in
                    let mask = slots.count - 1
                    var i = Int(truncatingIfNeeded: hash) & mask
                    while slots[i] >= 0 {
                        let k = Int(slots[i])
                        if entries[k].hash == hash, entries[k].length == token.count, entries[k].isWord == isWord,
                           memcmp(bytes.baseAddress! + Int(entries[k].start), token.baseAddress!, token.count) == 0 {
                            return (k, i)
                        }
                        i = (i + 1) & mask
                    }
                    return (-1, i)
                }
            }
        }
    }

    /// The flags of a folded key, made by `make` the first time the key is met.
    mutating func flags(_ key: String, make: (String) -> SpeakerLexicon.WordFlags) -> SpeakerLexicon.WordFlags {
        var key = key
        return key.withUTF8 { b in word(b, 0, b.count, isWord: true, flags: make).flags }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (k, entry) in entries.enumerated() {
            var i = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(k)
        }
    }

    static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x100_0000_01b3
        }
        // Mix the high bits down: the table index uses the low ones.
        return h ^ (h >> 32)
    }
}
