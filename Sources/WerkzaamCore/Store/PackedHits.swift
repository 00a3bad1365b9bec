/// A document's theme hits packed into one BLOB of the project file (table `hits`). Hits are derived data —
/// re-made from the stored text whenever the theme lexicon changes — and are never queried one by one,
/// while a row per hit (2.3 million at 100 MB of text) was the store's largest cost in both a first run
/// and a re-tag. `matches.jsonl` lists them one per line.
///
/// Layout (all integers LEB128): version 1; the distinct theme and term names (count, then length and
/// UTF-8 bytes each); the hit count; per hit its paragraph, start minus the previous start, length
/// (`end - start`), theme name index, term name index, and matched text (length and bytes). Hits are kept
/// in the store's order (start, theme, end, term), so the start differences (zigzag-coded) stay small.
enum PackedHits {
    static let version: UInt8 = 1

    static func pack(_ matches: [MatchRecord]) -> [UInt8] {
        var names: [String: Int] = [:]
        var nameList: [String] = []
        func index(_ s: String) -> Int {
            if let k = names[s] { return k }
            names[s] = nameList.count
            nameList.append(s)
            return nameList.count - 1
        }
        var body: [UInt8] = []
        body.reserveCapacity(matches.count * 16)
        var previous = 0
        for m in matches {
            put(m.paragraph, &body)
            put(zigzag(m.start - previous), &body)
            put(m.end - m.start, &body)
            put(index(m.theme), &body)
            put(index(m.term), &body)
            put(m.text, &body)
            previous = m.start
        }
        var out: [UInt8] = [version]
        put(nameList.count, &out)
        for n in nameList { put(n, &out) }
        put(matches.count, &out)
        out += body
        return out
    }

    /// The hits of `document`; nil when the bytes are not a packed list of this version (a damaged file).
    static func unpack(_ bytes: [UInt8], document: String) -> [MatchRecord]? {
        var reader = Reader(bytes: bytes)
        guard reader.byte() == version, let nameCount = reader.int(), nameCount <= bytes.count else { return nil }
        var names: [String] = []
        names.reserveCapacity(nameCount)
        for _ in 0..<nameCount {
            guard let s = reader.string() else { return nil }
            names.append(s)
        }
        guard let count = reader.int(), count <= bytes.count else { return nil }
        var matches: [MatchRecord] = []
        matches.reserveCapacity(count)
        var start = 0
        for _ in 0..<count {
            guard let paragraph = reader.int(), let zigzagged = reader.int(), let length = reader.int(),
                  let theme = reader.int(), theme < names.count, let term = reader.int(), term < names.count,
                  let text = reader.string() else { return nil }
            start += (zigzagged >> 1) ^ -(zigzagged & 1)
            matches.append(MatchRecord(document: document, paragraph: paragraph, start: start, end: start + length,
                                       theme: names[theme], term: names[term], text: text))
        }
        return reader.atEnd ? matches : nil
    }

    /// Small negative numbers as small unsigned ones (0, -1, 1, -2 … → 0, 1, 2, 3 …): a caller that passes
    /// hits out of order costs bytes, not correctness.
    private static func zigzag(_ v: Int) -> Int { (v << 1) ^ (v >> 63) }

    private static func put(_ value: Int, _ out: inout [UInt8]) {
        var v = UInt(bitPattern: value)
        while v >= 0x80 {
            out.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    private static func put(_ s: String, _ out: inout [UInt8]) {
        var s = s
        s.withUTF8 { b in
            put(b.count, &out)
            out.append(contentsOf: b)
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var p = 0

        var atEnd: Bool { p == bytes.count }

        mutating func byte() -> UInt8? {
            guard p < bytes.count else { return nil }
            p += 1
            return bytes[p - 1]
        }

        mutating func int() -> Int? {
            var v: UInt = 0, shift: UInt = 0
            while let b = byte() {
                guard shift < 63 else { return nil }
                v |= UInt(b & 0x7F) << shift
                if b < 0x80 { return v <= UInt(Int.max) ? Int(v) : nil }
                shift += 7
            }
            return nil
        }

        mutating func string() -> String? {
            guard let n = int(), n <= bytes.count - p else { return nil }
            defer { p += n }
            return String(decoding: bytes[p..<(p + n)], as: UTF8.self)
        }
    }
}
