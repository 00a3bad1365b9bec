/// Decodes a byte stream in any supported encoding to UTF-8 with LF line ends, chunk by chunk.
///
/// Sequences cut by a chunk boundary are carried to the next chunk. It also notes whether the text
/// holds characters that might not be in NFC, so the costly normalisation runs only where needed.
public struct StreamingDecoder: Sendable {
    public let encoding: TextEncoding
    private var carry: [UInt8] = []
    private var lastWasCR = false
    private var consumed = 0
    public private(set) var replacedSequences = 0
    public private(set) var firstReplacedAt: Int?
    /// Set when the output since the last `takeNeedsNFC()` holds a character outside the NFC-safe ranges.
    private var needsNFC = false

    public init(encoding: TextEncoding) {
        self.encoding = encoding
    }

    public mutating func takeNeedsNFC() -> Bool {
        defer { needsNFC = false }
        return needsNFC
    }

    /// Appends the decoded text of `chunk` to `out`. Pass `isLast` with the final chunk to flush.
    public mutating func decode(_ chunk: UnsafeBufferPointer<UInt8>, isLast: Bool, into out: inout [UInt8]) {
        out.reserveCapacity(out.count + chunk.count + chunk.count / 8)
        if carry.isEmpty {
            decodeBuffer(chunk, isLast: isLast, into: &out)
        } else {
            var joined = carry
            joined.append(contentsOf: chunk)
            carry.removeAll(keepingCapacity: true)
            joined.withUnsafeBufferPointer { decodeBuffer($0, isLast: isLast, into: &out) }
        }
    }

    private mutating func decodeBuffer(_ b: UnsafeBufferPointer<UInt8>, isLast: Bool, into out: inout [UInt8]) {
        let used: Int
        switch encoding {
        case .utf8, .utf8BOM: used = decodeUTF8(b, isLast: isLast, into: &out)
        case .utf16LE: used = decodeUTF16(b, bigEndian: false, isLast: isLast, into: &out)
        case .utf16BE: used = decodeUTF16(b, bigEndian: true, isLast: isLast, into: &out)
        case .windows1252: used = decodeWindows1252(b, into: &out)
        }
        if used < b.count { carry.append(contentsOf: b[used...]) }
        consumed += used
    }

    @inline(__always)
    private mutating func appendASCII(_ c: UInt8, into out: inout [UInt8]) {
        if c == 0x0D {
            out.append(0x0A)
            lastWasCR = true
            return
        }
        if c == 0x0A, lastWasCR { lastWasCR = false; return }
        lastWasCR = false
        out.append(c)
    }

    @inline(__always)
    private mutating func appendScalar(_ v: UInt32, into out: inout [UInt8]) {
        if v < 0x80 { appendASCII(UInt8(v), into: &out); return }
        lastWasCR = false
        if !NFCQuickCheck.isSafe(v) { needsNFC = true }
        if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    private mutating func noteReplacement(at offset: Int) {
        replacedSequences += 1
        if firstReplacedAt == nil { firstReplacedAt = consumed + offset }
    }

    /// Copies valid UTF-8 through, replacing invalid bytes with U+FFFD; returns the bytes consumed.
    private mutating func decodeUTF8(_ b: UnsafeBufferPointer<UInt8>, isLast: Bool, into out: inout [UInt8]) -> Int {
        let end = b.count
        var i = 0
        let base = b.baseAddress!
        while i < end {
            // Fast path: a run of ASCII without CR is copied in one go.
            var run = i
            while run + 8 <= end {
                let w = SWAR.load(base, run)
                if w & SWAR.highs != 0 || SWAR.hasByte(w, 0x0D) != 0 { break }
                run += 8
            }
            if run > i {
                if lastWasCR && b[i] == 0x0A { i += 1 }
                lastWasCR = false
                out.append(contentsOf: UnsafeBufferPointer(start: base + i, count: run - i))
                i = run
                continue
            }
            let c = b[i]
            if c < 0x80 { appendASCII(c, into: &out); i += 1; continue }
            let n = UTF8Validation.sequenceLength(b, i, end)
            if n == 0 && !isLast { return i }
            if n <= 0 {
                noteReplacement(at: i)
                appendScalar(0xFFFD, into: &out)
                i += 1
                continue
            }
            var v = UInt32(c) & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07)
            for k in 1..<n { v = (v << 6) | UInt32(b[i + k] & 0x3F) }
            lastWasCR = false
            if !NFCQuickCheck.isSafe(v) { needsNFC = true }
            out.append(contentsOf: UnsafeBufferPointer(start: base + i, count: n))
            i += n
        }
        return end
    }

    private mutating func decodeUTF16(_ b: UnsafeBufferPointer<UInt8>, bigEndian: Bool, isLast: Bool,
                                      into out: inout [UInt8]) -> Int {
        var i = 0
        let end = b.count
        @inline(__always) func unit(_ j: Int) -> UInt32 {
            bigEndian ? UInt32(b[j]) << 8 | UInt32(b[j + 1]) : UInt32(b[j + 1]) << 8 | UInt32(b[j])
        }
        while i + 1 < end {
            let u = unit(i)
            if u >= 0xD800 && u < 0xDC00 {
                if i + 3 >= end {
                    if !isLast { return i }
                    noteReplacement(at: i); appendScalar(0xFFFD, into: &out); i += 2; continue
                }
                let low = unit(i + 2)
                if low >= 0xDC00 && low < 0xE000 {
                    appendScalar(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), into: &out)
                    i += 4
                } else {
                    noteReplacement(at: i); appendScalar(0xFFFD, into: &out); i += 2
                }
            } else if u >= 0xDC00 && u < 0xE000 {
                noteReplacement(at: i); appendScalar(0xFFFD, into: &out); i += 2
            } else {
                appendScalar(u, into: &out); i += 2
            }
        }
        if i < end {
            if !isLast { return i }
            noteReplacement(at: i); appendScalar(0xFFFD, into: &out); i = end
        }
        return end
    }

    private mutating func decodeWindows1252(_ b: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Int {
        for c in b {
            if c < 0x80 { appendASCII(c, into: &out) } else { appendScalar(Windows1252.scalar(c), into: &out) }
        }
        return b.count
    }
}

/// The Windows-1252 code page, with the WHATWG mapping for its five undefined bytes.
enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
    @inline(__always)
    static func scalar(_ c: UInt8) -> UInt32 { c >= 0x80 && c < 0xA0 ? high[Int(c - 0x80)] : UInt32(c) }
}

/// A conservative NFC quick check: characters in these ranges never change under NFC and never combine.
/// Anything else sends the text through full normalisation.
enum NFCQuickCheck {
    @inline(__always)
    static func isSafe(_ v: UInt32) -> Bool {
        if v < 0x300 { return true }
        switch v {
        case 0x2002..<0x20D0, 0x2100..<0x2126, 0x2127..<0x212A, 0x212C..<0x2329, 0x232B..<0x2ADC, 0x2ADD..<0x2C00,
             0xE000..<0xF900, 0xFFF0..<0x10000, 0x1F000..<0x1FB00:
            return true
        default:
            return false
        }
    }
}
