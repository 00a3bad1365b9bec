/// Folding for theme matching, on UTF-8 bytes: lower case, diacritics removed (creëren = creeren),
/// hyphens and apostrophes inside words dropped (co-creatie = cocreatie, dilemma's = dilemmas).
public enum ThemeFold {
    /// ASCII for the two-byte Latin letters U+00C0…U+017F; 0 where there is none.
    static let latin: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x180 - 0xC0)
        for v in 0xC0..<0x180 {
            let s = String(Unicode.Scalar(UInt32(v))!).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            if s.utf8.count == 1, let b = s.utf8.first, b < 0x80 { table[v - 0xC0] = b }
        }
        return table
    }()

    /// Folds a term or word given as a String.
    public static func string(_ s: String) -> String {
        var out: [UInt8] = []
        let bytes = Array(s.utf8)
        bytes.withUnsafeBufferPointer { b in append(b, 0, b.count, into: &out, keepSpacesAndStars: true) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the folded form of `b[start..<end]` to `out`.
    @inline(__always)
    static func append(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into out: inout [UInt8], keepSpacesAndStars: Bool = false) {
        var i = start
        while i < end {
            let c = b[i]
            if c < 0x80 {
                if c >= 0x41 && c <= 0x5A { out.append(c | 0x20) }
                else if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) { out.append(c) }
                else if keepSpacesAndStars && (c == 0x20 || c == 0x2A) { out.append(c) }
                // hyphens, apostrophes and other marks inside a word are dropped
                i += 1
                continue
            }
            let (v, n) = UTF8Scalars.decode(b, i)
            if v >= 0xC0 && v < 0x180, latin[Int(v) - 0xC0] != 0 {
                out.append(latin[Int(v) - 0xC0])
            } else if v == 0x2019 || v == 0x2018 || v == 0x2010 || v == 0x2011 {
                // ’ and hyphens inside words
            } else if let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic {
                out.append(contentsOf: String(scalar).lowercased().utf8)
            }
            i += n
        }
    }
}

import Foundation
