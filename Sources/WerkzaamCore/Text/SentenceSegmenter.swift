/// Dutch sentence segmentation over UTF-8 bytes.
///
/// A sentence ends at `.`, `?`, `!` or an ellipsis, plus any closing quote marks and brackets after it
/// (`…bewoners.” De gemeente` splits after `”`), when whitespace and a sentence start follow. A full stop
/// after an abbreviation (o.a., dhr., m.b.t.), an initial (H. Huisinga) or a list number does not end one.
public enum SentenceSegmenter {
    /// Fills `document.sentences` and each paragraph's sentence range.
    public static func segment(_ document: inout Document) {
        var sentences: [Span] = []
        // About one sentence per 100 bytes, and one at least per paragraph (three per paragraph reserved
        // 48 bytes a line for a text of one word per line).
        sentences.reserveCapacity(document.paragraphs.count + document.text.count / 100)
        var paragraphs: [Paragraph] = []
        swap(&paragraphs, &document.paragraphs)  // changed in place, not copied
        document.text.withUnsafeBufferPointer { b in
            for p in paragraphs.indices {
                let first = sentences.count
                split(b, paragraphs[p].span, into: &sentences)
                paragraphs[p].sentences = first..<sentences.count
            }
        }
        document.paragraphs = paragraphs
        document.sentences = sentences
    }

    /// The sentences of one span of text.
    public static func sentences(in text: [UInt8], span: Span? = nil) -> [Span] {
        var out: [Span] = []
        text.withUnsafeBufferPointer { split($0, span ?? Span(0, $0.count), into: &out) }
        return out
    }

    static func split(_ b: UnsafeBufferPointer<UInt8>, _ range: Span, into out: inout [Span]) {
        let end = trimEnd(b, range.start, range.end)
        var start = skipSpace(b, range.start, end)
        var i = start
        let base = b.baseAddress!
        while i < end {
            if i + 8 <= end {
                let w = SWAR.load(base, i)
                if SWAR.hasByte(w, 0x2E) | SWAR.hasByte(w, 0x3F) | SWAR.hasByte(w, 0x21) | SWAR.hasByte(w, 0xE2) == 0 {
                    i += 8
                    continue
                }
            }
            let c = b[i]
            let isTerminator: Bool
            if c == 0x2E || c == 0x3F || c == 0x21 {
                isTerminator = true
            } else if c == 0xE2, i + 2 < end, b[i + 1] == 0x80, b[i + 2] == 0xA6 {
                isTerminator = true  // …
            } else {
                isTerminator = false
            }
            guard isTerminator else {
                i += 1
                continue
            }
            let termStart = i
            var periods = 0, ellipsis = false, strong = false
            var j = i
            while j < end {
                let d = b[j]
                if d == 0x2E { periods += 1; j += 1 }
                else if d == 0x3F || d == 0x21 { strong = true; j += 1 }
                else if d == 0xE2, j + 2 < end, b[j + 1] == 0x80, b[j + 2] == 0xA6 { ellipsis = true; j += 3 }
                else { break }
            }
            if periods >= 2 { ellipsis = true }
            j = skipClosers(b, j, end)
            guard j < end else { break }
            let spaceLength = UTF8Scalars.spaceLength(b, j)
            guard spaceLength > 0 else {
                i = j
                continue
            }
            let next = skipSpace(b, j, end)
            guard next < end, termStart > start else {
                i = next
                continue
            }
            let starts = sentenceStart(b, next, end)
            var boundary: Bool
            if strong {
                boundary = starts != .none
            } else if ellipsis {
                boundary = starts == .capital || starts == .opener
            } else {
                boundary = starts != .none && fullStopEnds(b, sentenceStart: start, stop: termStart, next: starts)
            }
            if boundary {
                out.append(Span(start, j))
                start = next
            }
            i = next
        }
        if start < end { out.append(Span(start, end)) }
    }

    enum Start { case none, capital, digit, opener }

    /// Whether the text at `i` can begin a sentence: a capital, a digit, an opening quote or bracket, a dash.
    static func sentenceStart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Start {
        let (v, n) = UTF8Scalars.decode(b, i)
        switch v {
        case 0x30...0x39: return .digit
        case 0x22, 0x28, 0x5B, 0x201C, 0x201E, 0x00AB, 0x2039, 0x2013, 0x2014, 0x2022, 0x2D, 0x00BF, 0x00A1:
            return .opener
        case 0x2C:  // ,, opens a quote in old newspaper style
            return i + 1 < end && b[i + 1] == 0x2C ? .opener : .none
        case 0x27, 0x2018, 0x2019, 0x201A:
            // 's Avonds, ’t Is, or an opening single quote before a capital.
            let k = i + n
            guard k < end else { return .none }
            let (w, m) = UTF8Scalars.decode(b, k)
            if (w == 0x73 || w == 0x74), k + m < end, UTF8Scalars.spaceLength(b, k + m) > 0 { return .opener }
            return UTF8Scalars.isUppercaseLetter(w) || (w >= 0x30 && w <= 0x39) ? .opener : .none
        default:
            return UTF8Scalars.isUppercaseLetter(v) ? .capital : .none
        }
    }

    /// Decides a single full stop: abbreviations, initials and list numbers do not end a sentence.
    static func fullStopEnds(_ b: UnsafeBufferPointer<UInt8>, sentenceStart: Int, stop: Int, next: Start) -> Bool {
        // The word before the stop: back to whitespace or an opening bracket or quote.
        var w = stop
        while w > sentenceStart {
            let p = UTF8Scalars.previousStart(b, before: w)
            let (v, _) = UTF8Scalars.decode(b, p)
            if UTF8Scalars.isSpace(v) || v == 0x28 || v == 0x5B || v == 0x201C || v == 0x201E || v == 0x2018
                || v == 0x22 || v == 0x2F { break }
            w = p
        }
        let word = b[w..<stop]
        if word.isEmpty { return true }
        switch DutchAbbreviations.kind(of: word) {
        case .neverFinal: return false
        case .sometimesFinal: return next == .capital || next == .opener
        case .none: break
        }
        // Initials: H. or J.P. or A.J.M.
        if isInitials(word) { return false }
        // A number that opens the paragraph is a list number ("1. Inleiding").
        if w == sentenceStart, word.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return false }
        // Other dotted lowercase abbreviations (z.g.a.n., a.d.h.v.) by their shape: letters with inner dots.
        if word.contains(0x2E), word.allSatisfy({ $0 == 0x2E || ($0 >= 0x61 && $0 <= 0x7A) }) { return false }
        return true
    }

    /// Capital letters each followed by a dot, the last dot being the stop itself: "H", "J.P", "A.J.M".
    static func isInitials(_ word: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        var expectLetter = true
        for c in word {
            if expectLetter {
                guard c >= 0x41 && c <= 0x5A else { return false }
            } else {
                guard c == 0x2E else { return false }
            }
            expectLetter.toggle()
        }
        return !expectLetter
    }

    /// Skips closing quote marks and brackets after a terminator: ” ’ " ' '' » › ) ] and “ ‘ when followed by space.
    static func skipClosers(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var j = start
        while j < end {
            let (v, n) = UTF8Scalars.decode(b, j)
            switch v {
            case 0x201D, 0x2019, 0x22, 0x27, 0x00BB, 0x203A, 0x29, 0x5D:
                j += n
            case 0x201C, 0x2018:
                if j + n >= end || UTF8Scalars.spaceLength(b, j + n) > 0 { j += n } else { return j }
            default:
                return j
            }
        }
        return j
    }

    static func skipSpace(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end {
            let n = UTF8Scalars.spaceLength(b, i)
            if n == 0 { break }
            i += n
        }
        return i
    }

    static func trimEnd(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start {
            let p = UTF8Scalars.previousStart(b, before: e)
            if UTF8Scalars.spaceLength(b, p) == 0 { break }
            e = p
        }
        return e
    }
}
