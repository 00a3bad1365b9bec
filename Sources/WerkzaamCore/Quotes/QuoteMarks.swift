/// Finds quoted spans in a paragraph by their marks, on UTF-8 bytes.
///
/// Handles “…” „…” ‘…’ "…" '…' ,,…'' «…» and mixed pairs; ’ and ' between letters or in 's/'t/'n are
/// apostrophes, not marks. Quotes inside quotes are nested (and not reported). An unclosed quote ends at
/// the paragraph end. An orphan closing mark either pairs with a later one (a misplaced opening mark) or
/// closes a quote that ran from the previous quote or the paragraph start.
public enum QuoteMarks {
    public enum Style: Sendable, Equatable { case double, single, guillemet }

    /// A quoted span found by its marks.
    public struct Found: Sendable, Equatable {
        /// The words inside the marks, trimmed.
        public var content: Span
        /// Including the marks.
        public var outer: Span
        public var style: Style
        /// False when the quote ran to the paragraph end without a closing mark.
        public var closed: Bool
        /// True when it was recovered from an orphan closing mark.
        public var repaired: Bool
    }

    enum Mark { case open(Style), close(Style), either(Style), none }

    public static func find(in text: [UInt8], paragraph: Span) -> [Found] {
        text.withUnsafeBufferPointer { scan($0, paragraph) }
    }

    static func scan(_ b: UnsafeBufferPointer<UInt8>, _ p: Span) -> [Found] {
        var found: [Found] = []
        var stack: [(style: Style, start: Int, contentStart: Int)] = []
        var orphans: [(style: Style, start: Int, end: Int)] = []
        var i = p.start
        while i < p.end {
            let c = b[i]
            // Quick skip: only " ' , and the lead bytes 0xE2 and 0xC2 can start a mark (one bit test for ASCII).
            guard c < 0x40 ? (markBytes >> UInt64(c)) & 1 != 0 : c == 0xE2 || c == 0xC2 else { i += 1; continue }
            let (mark, length) = classify(b, i, p, openDouble: stack.last?.style == .double)
            switch mark {
            case .none:
                i += max(1, length)
                continue
            case .open(let style):
                stack.append((style, i, i + length))
            case .close(let style), .either(let style):
                if let k = stack.lastIndex(where: { matches($0.style, style) }) {
                    let open = stack[k]
                    stack.removeSubrange(k...)
                    if stack.isEmpty {
                        found.append(make(b, content: open.contentStart, i, outer: open.start, i + length, style: open.style, closed: true))
                    }
                } else if case .either(let s) = mark {
                    stack.append((s, i, i + length))
                } else if stack.isEmpty {
                    orphans.append((style, i, i + length))
                }
            }
            i += length
        }
        if let open = stack.first {
            let end = SentenceSegmenter.trimEnd(b, open.contentStart, p.end)
            found.append(make(b, content: open.contentStart, end, outer: open.start, p.end, style: open.style, closed: false))
        }
        repairOrphans(b, p, orphans, &found)
        return found.filter { !$0.content.isEmpty }.sorted { $0.outer.start < $1.outer.start }
    }

    /// Bits 0x22, 0x27 and 0x2C: the ASCII bytes a mark can start with.
    private static let markBytes: UInt64 = 1 << 0x22 | 1 << 0x27 | 1 << 0x2C

    static func matches(_ open: Style, _ close: Style) -> Bool { open == close }

    static func make(_ b: UnsafeBufferPointer<UInt8>, content s: Int, _ e: Int, outer os: Int, _ oe: Int,
                     style: Style, closed: Bool, repaired: Bool = false) -> Found {
        let start = SentenceSegmenter.skipSpace(b, s, e)
        let end = SentenceSegmenter.trimEnd(b, start, e)
        return Found(content: Span(start, end), outer: Span(os, oe), style: style, closed: closed, repaired: repaired)
    }

    /// Orphan closers: two of a kind frame a quote whose opening mark was typed as a closing one;
    /// a last one near the paragraph end closes a quote from the previous quote (or paragraph start).
    static func repairOrphans(_ b: UnsafeBufferPointer<UInt8>, _ p: Span, _ orphans: [(style: Style, start: Int, end: Int)],
                              _ found: inout [Found]) {
        var k = 0
        while k < orphans.count {
            let o = orphans[k]
            if k + 1 < orphans.count, orphans[k + 1].style == o.style {
                let next = orphans[k + 1]
                // Quotes found in between were nested inside this one (‘de regie’).
                found.removeAll { $0.outer.start > o.end && $0.outer.end <= next.start }
                found.append(make(b, content: o.end, next.start, outer: o.start, next.end, style: o.style, closed: true, repaired: true))
                k += 2
                continue
            }
            if onlyClosingMatterAfter(b, o.end, p.end) {
                let previousEnd = found.filter { $0.outer.end <= o.start }.map(\.outer.end).max() ?? p.start
                let region = make(b, content: previousEnd, o.start, outer: previousEnd, o.end, style: o.style, closed: true, repaired: true)
                if wordCount(b, region.content) >= 3 { found.append(region) }
            }
            k += 1
        }
    }

    static func onlyClosingMatterAfter(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            let c = b[i]
            guard c == 0x20 || c == 0x2E || c == 0x2C || c == 0x21 || c == 0x3F || c == 0x0A || c == 0x29 || c == 0x3B else { return false }
            i += 1
        }
        return true
    }

    /// Quoted words that read as displayed speech without a cue (a headline, a quotation standing alone):
    /// between closed marks, three words or more, beginning with a capital. A quoted term is none.
    static func readsAsSpeech(_ found: Found, in text: [UInt8]) -> Bool {
        guard found.closed, found.content.end > found.content.start, !isTitle(found, in: text) else { return false }
        return text.withUnsafeBufferPointer { b in
            wordCount(b, found.content) >= 3 && UTF8Scalars.isUppercaseLetter(UTF8Scalars.decode(b, found.content.start).value)
        }
    }

    /// Words after which quotation marks hold a name, not speech: `Transcript interview ‘Samenwerking in het
    /// sociaal domein’`, `het rapport ‘…’`, `de campagne „…”`.
    static let titleNouns: Set<String> = [
        "interview", "gesprek", "transcript", "verslag", "rapport", "onderzoek", "project", "programma", "boek", "film",
        "nota", "notitie", "campagne", "conferentie", "congres", "werkconferentie", "webinar", "podcast", "serie", "reeks",
        "aflevering", "artikel", "publicatie", "handreiking", "brochure", "thema", "motto", "titel", "getiteld",
        "bijeenkomst", "lezing", "workshop", "training", "cursus", "pilot", "visie", "beleidsplan", "manifest",
    ]

    /// Whether the word right before the opening mark is one of `titleNouns`.
    static func isTitle(_ found: Found, in text: [UInt8]) -> Bool {
        var end = found.outer.start
        while end > 0, text[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, end - start < 16, (text[start - 1] | 0x20) >= 0x61, (text[start - 1] | 0x20) <= 0x7A { start -= 1 }
        guard start < end, start == 0 || !UTF8Scalars.isWordByte(text[start - 1]) else { return false }
        return titleNouns.contains(String(decoding: text[start..<end].map { $0 | 0x20 }, as: UTF8.self))
    }

    static func wordCount(_ span: Span, in text: [UInt8]) -> Int {
        text.withUnsafeBufferPointer { wordCount($0, span) }
    }

    static func wordCount(_ b: UnsafeBufferPointer<UInt8>, _ span: Span) -> Int {
        var words = 0
        var inWord = false
        for i in span.start..<span.end {
            let space = b[i] == 0x20 || b[i] == 0x0A
            if !space && !inWord { words += 1 }
            inWord = !space
        }
        return words
    }

    /// What the mark at `i` does, judged by its neighbours; returns the mark's length in bytes.
    static func classify(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ p: Span, openDouble: Bool) -> (Mark, Int) {
        let (v, n) = UTF8Scalars.decode(b, i)
        let prev: UInt32 = i > p.start ? UTF8Scalars.decode(b, UTF8Scalars.previousStart(b, before: i)).value : 0x20
        let next: UInt32 = i + n < p.end ? UTF8Scalars.decode(b, i + n).value : 0x20
        let prevOpen = isSpaceOrOpen(prev)
        let nextClose = isSpaceOrClosing(next)
        switch v {
        case 0x201C: return (openDouble && !prevOpen ? .close(.double) : .open(.double), n)  // “, or the close of „…“
        case 0x201D: return (.close(.double), n)
        case 0x201E: return (.open(.double), n)
        case 0x00AB, 0x2039: return (.open(.guillemet), n)
        case 0x00BB, 0x203A: return (.close(.guillemet), n)
        case 0x2C:
            // ,, opens a quote in old newspaper style
            if i + 1 < p.end, b[i + 1] == 0x2C, prevOpen { return (.open(.double), 2) }
            return (.none, 1)
        case 0x22:
            if prevOpen && !nextClose { return (.open(.double), 1) }
            if !prevOpen && nextClose { return (.close(.double), 1) }
            return (.either(.double), 1)
        case 0x2018:
            if isLetter(prev) && isLetter(next) { return (.none, n) }
            return (.open(.single), n)
        case 0x2019, 0x27:
            if v == 0x27, i + 1 < p.end, b[i + 1] == 0x27 { return (.close(.double), 2) }  // ''
            if isLetter(prev) && isLetter(next) { return (.none, n) }  // zo’n, auto’s
            if isDigit(next) { return (.none, n) }  // ’90
            if prevOpen && isElision(b, i + n, p.end) { return (.none, n) }  // ’s avonds, 't, 'n
            if prevOpen && !nextClose { return (.open(.single), n) }
            if !prevOpen { return (.close(.single), n) }
            return (.none, n)
        default:
            return (.none, n)
        }
    }

    static func isSpaceOrOpen(_ v: UInt32) -> Bool {
        UTF8Scalars.isSpace(v) || v == 0x28 || v == 0x5B || v == 0x2014 || v == 0x2013 || v == 0x2F || v == 0x201C
            || v == 0x201E || v == 0x2018 || v == 0x00AB || v == 0x3A
    }

    static func isSpaceOrClosing(_ v: UInt32) -> Bool {
        UTF8Scalars.isSpace(v) || v == 0x2E || v == 0x2C || v == 0x3B || v == 0x3A || v == 0x21 || v == 0x3F || v == 0x29
            || v == 0x5D || v == 0x201D || v == 0x2019 || v == 0x00BB || v == 0x2026 || v == 0x2D
    }

    static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return v >= 0xC0 && v != 0xD7 && v != 0xF7 && v < 0x2000
    }

    static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    /// 's, 't, 'n before a space: Dutch elisions ('s avonds, 't is, 'n keer).
    static func isElision(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard i < end else { return false }
        let c = b[i] | 0x20
        guard c == 0x73 || c == 0x74 || c == 0x6E else { return false }
        return i + 1 >= end || b[i + 1] == 0x20 || b[i + 1] == 0x2D
    }
}
