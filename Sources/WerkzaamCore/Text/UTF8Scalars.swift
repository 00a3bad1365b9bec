/// Small helpers for scanning UTF-8 bytes: decode one scalar, step back one scalar, classify whitespace.
/// The hot paths stay on bytes (DESIGN §9) and decode a scalar only where a decision needs one.
enum UTF8Scalars {
    /// Letters, digits and the bytes of letters beyond ASCII: what continues a word.
    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }

    /// The scalar starting at `i` and its length in bytes. Assumes valid UTF-8 (the decoder guarantees it).
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, length: Int) {
        let c = b[i]
        if c < 0x80 { return (UInt32(c), 1) }
        if c < 0xE0, i + 1 < b.count { return ((UInt32(c & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F), 2) }
        if c < 0xF0, i + 2 < b.count {
            return ((UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F), 3)
        }
        if i + 3 < b.count {
            return ((UInt32(c & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6)
                    | UInt32(b[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// The start of the scalar that ends just before `i`.
    @inline(__always)
    static func previousStart(_ b: UnsafeBufferPointer<UInt8>, before i: Int) -> Int {
        var j = i - 1
        while j > 0 && b[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0x0C || v == 0xA0 || v == 0x2009 || v == 0x202F
            || v == 0x200B || v == 0xFEFF || v == 0x3000 || (v >= 0x2000 && v <= 0x200A)
    }

    /// Length of the whitespace scalar at `i`, or 0 when it is not whitespace.
    @inline(__always)
    static func spaceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C { return 1 }
        if c < 0x80 { return 0 }
        let (v, n) = decode(b, i)
        return isSpace(v) ? n : 0
    }

    /// Counts Unicode scalars in a byte range: every byte that is not a continuation byte starts one.
    static func scalarCount(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var n = 0
        var i = start
        let base = b.baseAddress!
        while i + 8 <= end {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // A continuation byte is 10xxxxxx: bit 7 set and bit 6 clear.
            let cont = w & ~(w << 1) & 0x8080_8080_8080_8080
            n += 8 - cont.nonzeroBitCount
            i += 8
        }
        while i < end {
            if b[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }

    /// A word of ASCII digits only (`78`, `2019`, the `1` of `Spreker 1`).
    static func isDigits(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    static func isUppercaseLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isUppercase
    }
}

/// Converts ascending byte offsets to scalar offsets in one pass: linear for a whole document's output.
public struct ScalarOffsets {
    private let text: [UInt8]
    private var byte = 0
    private var scalar = 0

    public init(_ text: [UInt8]) { self.text = text }

    /// The scalar offset of `byteOffset`; calls with ascending offsets cost one pass over the text in total,
    /// and a step back costs its own length (starting again from 0 made a document in one part, as DOCX
    /// and HTML are, quadratic: a theme hit of two themes steps back to its start for the second one).
    public mutating func scalar(at byteOffset: Int) -> Int {
        let from = byte
        if byteOffset < from {
            scalar -= text.withUnsafeBufferPointer { UTF8Scalars.scalarCount($0, byteOffset, from) }
        } else {
            scalar += text.withUnsafeBufferPointer { UTF8Scalars.scalarCount($0, from, byteOffset) }
        }
        byte = byteOffset
        return scalar
    }
}

/// Word-at-a-time byte tests (SWAR): eight bytes per step on the hot paths.
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Non-zero when some byte of `w` equals `byte`.
    @inline(__always)
    static func hasByte(_ w: UInt64, _ byte: UInt8) -> UInt64 {
        let x = w ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs
    }

    /// Non-zero when some byte of `w` is below `limit` (limit ≤ 128).
    @inline(__always)
    static func hasByteBelow(_ w: UInt64, _ limit: UInt8) -> UInt64 {
        (w &- ones &* UInt64(limit)) & ~w & highs
    }

    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, _ i: Int) -> UInt64 {
        UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
    }
}
