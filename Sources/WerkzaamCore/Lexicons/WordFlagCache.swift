/// Each distinct word's lexicon flags, looked up for every word of every document a worker reads. An
/// open-addressing table on an FNV-1a hash of the word's bytes: with `[String: WordFlags]` the seeded
/// SipHash of every word was 3% of a whole run. Grows with the vocabulary, not with the corpus.
public struct WordFlagCache: Sendable {
    private struct Entry: Sendable {
        var hash: UInt64
        var key: String
        var flags: SpeakerLexicon.WordFlags
    }

    private var slots: [Entry?] = Array(repeating: nil, count: 1024)
    private var count = 0

    public init() {}

    /// The flags of `key`, made by `make` the first time the word is met.
    mutating func flags(_ key: String, make: (String) -> SpeakerLexicon.WordFlags) -> SpeakerLexicon.WordFlags {
        var bytes = key
        let hash = bytes.withUTF8 { Self.fnv1a($0) }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while let entry = slots[i] {
            if entry.hash == hash && entry.key == key { return entry.flags }
            i = (i + 1) & mask
        }
        let flags = make(key)
        slots[i] = Entry(hash: hash, key: key, flags: flags)
        count += 1
        if count * 2 > slots.count { grow() }
        return flags
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: nil, count: old.count * 2)
        let mask = slots.count - 1
        for case let entry? in old {
            var i = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[i] != nil { i = (i + 1) & mask }
            slots[i] = entry
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
