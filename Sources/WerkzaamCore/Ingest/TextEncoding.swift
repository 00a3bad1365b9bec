/// The character encodings a plain-text corpus file can come in.
public enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 (BOM)"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case windows1252 = "Windows-1252"
}

/// Decides a file's encoding from its first bytes, or says why it is not text at all.
public enum EncodingDetector {
    /// Returns the encoding and the length of its byte-order mark.
    public static func detect(_ prefix: UnsafeRawBufferPointer) throws(IngestError) -> (TextEncoding, bomLength: Int) {
        let b = prefix.bindMemory(to: UInt8.self)
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return (.utf8BOM, 3) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return (.utf16LE, 2) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return (.utf16BE, 2) }
        if let kind = knownBinaryKind(b) {
            throw IngestError("binary file (\(kind)), not text")
        }
        let sample = min(b.count, 1 << 16)
        let scan = UTF8Validation.scan(b, limit: sample)
        if let nul = scan.firstNUL { throw IngestError("binary file (NUL byte at \(nul)), not text") }
        if sample > 0, scan.controls * 100 > sample {
            throw IngestError("binary file (\(scan.controls) control bytes in the first \(sample)), not text")
        }
        if scan.invalidBytes == 0 || scan.validMultibyte > scan.invalidBytes { return (.utf8, 0) }
        return (.windows1252, 0)
    }

    private static func knownBinaryKind(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        func starts(_ magic: [UInt8]) -> Bool { b.count >= magic.count && zip(magic, b).allSatisfy { $0 == $1 } }
        if starts([0x25, 0x50, 0x44, 0x46]) { return "PDF" }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return "ZIP archive; a .docx renamed?" }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "PNG image" }
        if starts([0xFF, 0xD8, 0xFF]) { return "JPEG image" }
        if starts([0xD0, 0xCF, 0x11, 0xE0]) { return "old Word/Office .doc format" }
        if starts([0x7F, 0x45, 0x4C, 0x46]) { return "executable" }
        if starts([0x1F, 0x8B]) { return "gzip archive" }
        return nil
    }
}

/// Counts valid multibyte sequences and invalid bytes, to tell UTF-8 with a few bad bytes from Windows-1252.
enum UTF8Validation {
    struct Result { var validMultibyte = 0; var invalidBytes = 0; var controls = 0; var firstNUL: Int? }

    /// One pass: UTF-8 validity, and the NUL and control bytes that mark a binary file.
    static func scan(_ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Result {
        var r = Result()
        var i = 0
        let base = b.baseAddress!
        while i < limit {
            if i + 8 <= limit {
                let w = SWAR.load(base, i)
                if w & SWAR.highs == 0 && SWAR.hasByteBelow(w, 0x20) == 0 { i += 8; continue }
            }
            let c = b[i]
            if c < 0x20 {
                if c == 0 { if r.firstNUL == nil { r.firstNUL = i } }
                else if c != 0x09 && c != 0x0A && c != 0x0D && c != 0x0C { r.controls += 1 }
                i += 1
                continue
            }
            if c < 0x80 { i += 1; continue }
            let n = sequenceLength(b, i, limit)
            if n > 0 { r.validMultibyte += 1; i += n } else if n == 0 { break } else { r.invalidBytes += 1; i += 1 }
        }
        return r
    }

    /// Length of a valid sequence at `i`; 0 when it is cut off by `end`; -1 when invalid.
    @inline(__always)
    static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let c = b[i]
        let n: Int
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: n = 2
        case 0xE0: n = 3; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: n = 3
        case 0xED: n = 3; hi = 0x9F
        case 0xF0: n = 4; lo = 0x90
        case 0xF1...0xF3: n = 4
        case 0xF4: n = 4; hi = 0x8F
        default: return -1
        }
        if i + 1 >= end { return 0 }
        if b[i + 1] < lo || b[i + 1] > hi { return -1 }
        for k in 2..<n {
            if i + k >= end { return 0 }
            if b[i + k] & 0xC0 != 0x80 { return -1 }
        }
        return n
    }
}
