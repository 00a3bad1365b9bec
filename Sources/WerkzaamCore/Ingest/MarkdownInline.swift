/// Markdown's inline markup taken out of the text, so what staff wrote in bold or as a link reads as the words
/// it marks: `**Yvonne Brouwer:** Welkom` is the turn label `Yvonne Brouwer:`, `[het rapport](https://…)` is
/// `het rapport`. Offsets of a Markdown file refer to this text, as every offset refers to the normalised
/// text. Block markup (headings, quotes) is read by `PlainTextLayout`; lists and code blocks stay as written.
enum MarkdownInline {
    /// `text` without emphasis delimiters (`*`, `**`, `***`, `_`, `__` that open or close a run of words),
    /// inline-code backticks, and link and image syntax (their text kept, their address dropped).
    static func strip(_ text: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        text.withUnsafeBufferPointer { b in
            var i = 0
            var lineStart = true
            while i < b.count {
                let c = b[i]
                if c == 0x0A { out.append(c); i += 1; lineStart = true; continue }
                if c == 0x2A || c == 0x5F {  // * _
                    var j = i
                    while j < b.count, b[j] == c { j += 1 }
                    let run = j - i
                    let before: UInt8 = i > 0 ? b[i - 1] : 0x20
                    let after: UInt8 = j < b.count ? b[j] : 0x20
                    // `* item` at a line's start is a bullet; `_` inside a word (snake_case) and a run between spaces stay.
                    let bullet = lineStart && c == 0x2A && run == 1 && after == 0x20
                    let inWord = c == 0x5F && UTF8Scalars.isWordByte(before) && UTF8Scalars.isWordByte(after)
                    if run <= 3, !bullet, !inWord, !(isSpace(before) && isSpace(after)) {
                        i = j
                        continue
                    }
                    out.append(contentsOf: b[i..<j])
                    i = j
                    lineStart = false
                    continue
                }
                if c == 0x60 {  // `code`
                    i += 1
                    continue
                }
                if c == 0x5B || (c == 0x21 && i + 1 < b.count && b[i + 1] == 0x5B), let link = link(b, at: c == 0x21 ? i + 1 : i) {
                    out.append(contentsOf: b[link.text])
                    i = link.end
                    lineStart = false
                    continue
                }
                out.append(c)
                if !isSpace(c) { lineStart = false }
                i += 1
            }
        }
        return out
    }

    /// `[text](address)` starting at `open`: the text's range and the index after the closing bracket.
    private static func link(_ b: UnsafeBufferPointer<UInt8>, at open: Int) -> (text: Range<Int>, end: Int)? {
        var k = open + 1
        while k < b.count, b[k] != 0x5D, b[k] != 0x0A { k += 1 }
        guard k + 1 < b.count, b[k] == 0x5D, b[k + 1] == 0x28 else { return nil }
        var e = k + 2
        while e < b.count, b[e] != 0x29, b[e] != 0x0A, b[e] != 0x20 { e += 1 }
        guard e < b.count, b[e] == 0x29 else { return nil }
        return (open + 1..<k, e + 1)
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D }
}
