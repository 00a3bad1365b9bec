/// Finds the paragraphs of plain text (TXT and Markdown) in normalised UTF-8.
///
/// Blocks are separated by blank lines. A block whose lines look hard-wrapped (similar lengths, no line
/// starting with a bullet, label or timestamp) is one paragraph; otherwise each line is its own, as in
/// files that put one paragraph per line and in transcripts with one turn per line.
public enum PlainTextLayout {
    public static func paragraphs(in text: [UInt8], markdown: Bool = false, isFirstPart: Bool = true) -> [Paragraph] {
        text.withUnsafeBufferPointer { b in
            var result: [Paragraph] = []
            var block: [Span] = []
            var lineStart = 0
            func flush() {
                if !block.isEmpty { layoutBlock(b, block, markdown: markdown, into: &result) }
                block.removeAll(keepingCapacity: true)
            }
            let base = b.baseAddress!
            while lineStart <= b.count {
                var lineEnd = b.count
                if lineStart < b.count,
                   let nl = memchr(base + lineStart, 0x0A, b.count - lineStart) {
                    lineEnd = base.distance(to: nl.assumingMemoryBound(to: UInt8.self))
                }
                let trimmed = trim(b, lineStart, lineEnd)
                if trimmed.isEmpty { flush() } else { block.append(trimmed) }
                lineStart = lineEnd + 1
            }
            flush()
            markHeadings(b, &result, isFirstPart: isFirstPart)
            markTimestamps(b, &result)
            return result
        }
    }

    static func trim(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Span {
        let s = SentenceSegmenter.skipSpace(b, start, end)
        return Span(s, SentenceSegmenter.trimEnd(b, s, end))
    }

    private static func layoutBlock(_ b: UnsafeBufferPointer<UInt8>, _ lines: [Span], markdown: Bool,
                                    into result: inout [Paragraph]) {
        // `Spreker 1 00:00:02` on a line of its own, the turn on the lines under it (a transcription service's
        // export): each such line and the lines up to the next one are one turn, the line its label.
        if lines.count > 1, let first = lines.indices.dropLast().first(where: { labelLine(b, lines[$0]) != nil }) {
            if first > 0 { layoutBlock(b, Array(lines[..<first]), markdown: markdown, into: &result) }
            var k = first
            while k < lines.count {
                guard let (label, ms) = labelLine(b, lines[k]), k + 1 < lines.count else {
                    layoutBlock(b, Array(lines[k...]), markdown: markdown, into: &result)
                    return
                }
                var end = k + 1
                while end < lines.count, labelLine(b, lines[end]) == nil { end += 1 }
                result.append(Paragraph(span: Span(lines[k].start, lines[end - 1].end), label: label,
                                        time: TimeRange(startMilliseconds: ms, endMilliseconds: ms)))
                k = end
            }
            return
        }
        if lines.count > 1, looksHardWrapped(b, lines) {
            result.append(Paragraph(span: Span(lines[0].start, lines[lines.count - 1].end)))
            if markdown { applyMarkdown(b, &result[result.count - 1]) }
            return
        }
        for line in lines {
            var p = Paragraph(span: line)
            if isListItem(b, line) { p.kind = .listItem }
            if markdown { applyMarkdown(b, &p) }
            if p.span.length > 0 { result.append(p) }  // a bare `>` line parts a quotation block's paragraphs
        }
    }

    /// Hard-wrapped prose: every line but the last 30–100 characters long, none starting a new unit.
    static func looksHardWrapped(_ b: UnsafeBufferPointer<UInt8>, _ lines: [Span]) -> Bool {
        for (k, line) in lines.enumerated() {
            let length = UTF8Scalars.scalarCount(b, line.start, line.end)
            if length > 100 { return false }
            if k < lines.count - 1, length < 30 { return false }
            if k > 0, startsUnit(b, line) { return false }
        }
        return true
    }

    /// A line that starts its own unit: a list item, a `Name:` label, a timestamp, or a Markdown mark.
    static func startsUnit(_ b: UnsafeBufferPointer<UInt8>, _ line: Span) -> Bool {
        if isListItem(b, line) { return true }
        let c = b[line.start]
        if c == 0x5B || c == 0x23 || c == 0x3E || c == 0x7C { return true }  // [ # > |
        if c >= 0x30 && c <= 0x39, line.length >= 5, b[line.start + 2] == 0x3A { return true }  // 00:12
        return labelEnd(b, line) != nil
    }

    /// The end of a speaker-like label (`Interviewer:`, `Jan de Vries:`, `R2:`), if the line starts with one.
    /// Layout needs only the shape; who is speaking is decided by the turn finder later.
    static func labelEnd(_ b: UnsafeBufferPointer<UInt8>, _ line: Span) -> Int? {
        var i = line.start
        var words = 0
        let limit = min(line.end, line.start + 60)
        let (first, _) = UTF8Scalars.decode(b, i)
        guard UTF8Scalars.isUppercaseLetter(first) else { return nil }
        while i < limit {
            let c = b[i]
            if c == 0x28 || c == 0x5B {  // (D66), [00:01:02]: skip to the closing bracket
                let close: UInt8 = c == 0x28 ? 0x29 : 0x5D
                while i < limit, b[i] != close { i += 1 }
                i += 1
                continue
            }
            if c == 0x3A { return words <= 5 && i + 1 < line.end && UTF8Scalars.spaceLength(b, i + 1) > 0 ? i : nil }
            if c == 0x20 { words += 1 }
            if c == 0x2E || c == 0x3F || c == 0x21 || c == 0x2C || c == 0x22 { return nil }
            i += 1
        }
        return nil
    }

    static func isListItem(_ b: UnsafeBufferPointer<UInt8>, _ line: Span) -> Bool {
        let (v, n) = UTF8Scalars.decode(b, line.start)
        let afterMark = line.start + n
        let spaced = afterMark < line.end && UTF8Scalars.spaceLength(b, afterMark) > 0
        switch v {
        case 0x2022, 0x25AA, 0x25CF, 0x25E6, 0x00B7, 0x2013, 0x2D, 0x2A, 0x25A0, 0x2023, 0x2043, 0x25CB:
            return spaced
        case 0x30...0x39:
            var j = line.start
            while j < line.end, b[j] >= 0x30 && b[j] <= 0x39 { j += 1 }
            return j - line.start <= 3 && j + 1 < line.end && (b[j] == 0x2E || b[j] == 0x29)
                && UTF8Scalars.spaceLength(b, j + 1) > 0
        default:
            return false
        }
    }

    /// `# Kop`, `> citaat`: sets the kind and keeps the mark out of the paragraph span.
    private static func applyMarkdown(_ b: UnsafeBufferPointer<UInt8>, _ p: inout Paragraph) {
        var i = p.span.start
        if b[i] == 0x23 {
            var level = 0
            while i < p.span.end, b[i] == 0x23 { level += 1; i += 1 }
            guard level <= 6, i < p.span.end, b[i] == 0x20 else { return }
            p.kind = .heading(level: level)
            p.span = Span(SentenceSegmenter.skipSpace(b, i, p.span.end), p.span.end)
        } else if b[i] == 0x3E {
            i += 1
            p.kind = .blockquote
            p.span = Span(SentenceSegmenter.skipSpace(b, i, p.span.end), p.span.end)
        }
    }

    /// Plain text has no markup for headings; a short single line without closing punctuation is one.
    private static func markHeadings(_ b: UnsafeBufferPointer<UInt8>, _ paragraphs: inout [Paragraph], isFirstPart: Bool) {
        var seenHeading = false
        for k in paragraphs.indices {
            // A Markdown heading (`# Titel`) before a short line makes that line a subheading, not a title.
            if case .heading = paragraphs[k].kind { seenHeading = true }
            guard paragraphs[k].kind == .body else { continue }
            let span = paragraphs[k].span
            guard looksLikeHeading(b, span) else { continue }
            let allCaps = isAllCaps(b, span)
            let level = (isFirstPart && !seenHeading && k <= 2) || allCaps ? 1 : 2
            paragraphs[k].kind = .heading(level: level)
            seenHeading = true
        }
    }

    static func looksLikeHeading(_ b: UnsafeBufferPointer<UInt8>, _ span: Span) -> Bool {
        if span.length > 200 || b[span.start..<span.end].contains(0x0A) { return false }
        let length = UTF8Scalars.scalarCount(b, span.start, span.end)
        guard length >= 3, length <= 90 else { return false }
        let (first, _) = UTF8Scalars.decode(b, span.start)
        guard UTF8Scalars.isUppercaseLetter(first) || (first >= 0x30 && first <= 0x39) else { return false }
        // "Interviewer: Hoe begon het" is a turn; "Podcast: een sterke coalitie" is a title with a subtitle.
        if let colon = labelEnd(b, span), !isAllCaps(b, span) {
            let next = SentenceSegmenter.skipSpace(b, colon + 1, span.end)
            let opensBracket = next < span.end && (b[next] == 0x28 || b[next] == 0x5B)
            if next < span.end, !opensBracket, SentenceSegmenter.sentenceStart(b, next, span.end) != .none { return false }
        }
        let lastStart = UTF8Scalars.previousStart(b, before: span.end)
        let (last, _) = UTF8Scalars.decode(b, lastStart)
        switch last {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x2026, 0x201D, 0x2019, 0x22, 0x27, 0x00BB: return false
        case 0x3F:
            var words = 1
            for c in b[span.start..<span.end] where c == 0x20 { words += 1 }
            return words <= 10
        default:
            return true
        }
    }

    /// A line that is only a speaker and a timestamp (`Spreker 1 00:00:02`, `Karin Mulder (01:12)`,
    /// `[00:01:02] Interviewer`, `[Sanne Visser] 10:02:15`): the speaker's span and the time. A line with a colon is a label of the
    /// usual kind, and a timestamp is required, so a short line of prose or a heading is none.
    static func labelLine(_ b: UnsafeBufferPointer<UInt8>, _ line: Span) -> (label: Span, ms: Int)? {
        guard line.length <= 60, !b[line.start..<line.end].contains(0x0A) else { return nil }
        var name = line
        var ms: Int
        if let leading = leadingTimestamp(b, line) {
            ms = leading
            var i = line.start
            while i < line.end, b[i] != 0x20 { i += 1 }
            name = Span(SentenceSegmenter.skipSpace(b, i, line.end), line.end)
        } else {
            var space = line.end - 1
            while space > line.start, b[space] != 0x20 { space -= 1 }
            guard space > line.start, let trailing = wholeTimestamp(b, Span(space + 1, line.end)) else { return nil }
            ms = trailing
            name = Span(line.start, SentenceSegmenter.trimEnd(b, line.start, space))
        }
        // `[Sanne Visser] 10:02:15`, as Zoom saves a transcript: the name inside the brackets.
        if name.length > 2, b[name.start] == 0x5B, b[name.end - 1] == 0x5D { name = Span(name.start + 1, name.end - 1) }
        guard !name.isEmpty, UTF8Scalars.isUppercaseLetter(UTF8Scalars.decode(b, name.start).value) else { return nil }
        var words = 1
        for i in name.start..<name.end {
            let c = b[i]
            if c == 0x20 { words += 1; continue }
            let allowed = c >= 0x80 || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x27 || c == 0x2E
            if !allowed { return nil }
        }
        return words <= 5 ? (name, ms) : nil
    }

    /// Milliseconds of a span that is a timestamp and nothing else: `00:00:02`, `(01:12)`, `[00:01:02]`.
    static func wholeTimestamp(_ b: UnsafeBufferPointer<UInt8>, _ span: Span) -> Int? {
        var s = span.start, e = span.end
        let bracketed = e - s >= 2 && ((b[s] == 0x28 && b[e - 1] == 0x29) || (b[s] == 0x5B && b[e - 1] == 0x5D))
        if bracketed { s += 1; e -= 1 }
        // Bare, only hh:mm:ss: `Opening 19:30` on an agenda is a clock time, not a timestamp.
        guard let time = clock(b, s, e), time.end == e, time.parts == 3 || bracketed else { return nil }
        return time.ms
    }

    /// `mm:ss` or `hh:mm:ss` starting at `i`: its milliseconds, its number of parts and where it ends.
    private static func clock(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (ms: Int, parts: Int, end: Int)? {
        var fields: [Int] = []
        var value = -1
        var j = i
        while j < end, j - i < 12 {
            let c = b[j]
            if c >= 0x30 && c <= 0x39 {
                value = max(value, 0) * 10 + Int(c - 0x30)
            } else if c == 0x3A, value >= 0 {
                fields.append(value)
                value = -1
            } else {
                break
            }
            j += 1
        }
        guard value >= 0, value < 60, fields.count == 1 || fields.count == 2, fields.allSatisfy({ $0 < 100 }) else { return nil }
        return ((fields.reduce(0) { $0 * 60 + $1 } * 60 + value) * 1000, fields.count + 1, j)
    }

    /// Transcript lines that open with a timestamp (`[00:01:02]`, `(01:02)`, `00:01:02 `) get it as their time;
    /// each runs until the next timestamp. The text keeps the timestamp, so offsets stay true to the file.
    private static func markTimestamps(_ b: UnsafeBufferPointer<UInt8>, _ paragraphs: inout [Paragraph]) {
        var previous: Int?
        for k in paragraphs.indices {
            guard let ms = leadingTimestamp(b, paragraphs[k].span) else { continue }
            paragraphs[k].time = TimeRange(startMilliseconds: ms, endMilliseconds: ms)
            if let p = previous, let start = paragraphs[p].time?.startMilliseconds {
                paragraphs[p].time?.endMilliseconds = max(ms, start)
            }
            previous = k
        }
    }

    /// Milliseconds of a `[hh:mm:ss]`, `(mm:ss)` or bare `hh:mm:ss` timestamp at the start of `span`.
    static func leadingTimestamp(_ b: UnsafeBufferPointer<UInt8>, _ span: Span) -> Int? {
        let open = b[span.start]
        let bracketed = open == 0x5B || open == 0x28
        guard let time = clock(b, span.start + (bracketed ? 1 : 0), span.end), time.end < span.end else { return nil }
        if bracketed {
            guard b[time.end] == 0x5D || b[time.end] == 0x29 else { return nil }
        } else {
            // Bare, only the full hh:mm:ss form: "12:30 uur" in prose is a clock time, not a timestamp.
            guard time.parts == 3, b[time.end] == 0x20 else { return nil }
        }
        return time.ms
    }

    static func isAllCaps(_ b: UnsafeBufferPointer<UInt8>, _ span: Span) -> Bool {
        var letters = 0
        for c in b[span.start..<span.end] {
            if c >= 0x61 && c <= 0x7A { return false }
            if c >= 0x41 && c <= 0x5A { letters += 1 }
        }
        return letters >= 3
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
