/// Reads WebVTT and SRT transcripts: cues are merged into turns, one paragraph per speaker turn.
///
/// A WebVTT voice tag (`<v Marieke de Boer>`) becomes a label written before the turn
/// (`Marieke de Boer: …`), marked as the paragraph's label. A `Name:` prefix in the cue text is kept as it
/// stands and starts a new turn. Cue timings become the paragraphs' time ranges; other markup is dropped.
enum SubtitleReader {
    struct Cue {
        var time: TimeRange
        var voice: String?
        var text: String
        /// A line of a dialogue cue (`- Hoe lang woont u hier al?` / `- Vijftig jaar.`): someone else speaks.
        var newSpeaker = false
    }

    static func read(_ bytes: [UInt8], format: SourceFormat) throws(IngestError) -> (Document, [String]) {
        var warnings: [String] = []
        let text = try decode(bytes, warnings: &warnings)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if format == .vtt, !(lines.first ?? "").hasPrefix("WEBVTT") {
            warnings.append("no WEBVTT header; read the cues anyway")
        }
        let cues = parseCues(lines)
        guard !cues.isEmpty else {
            throw IngestError("no cues with a timing line (00:00:01.000 --> 00:00:04.000) found")
        }
        var document = merge(cues)
        if document.paragraphs.isEmpty { throw IngestError("the cues hold no text") }
        document.metadata.title = nil
        return (document, warnings)
    }

    private static func decode(_ bytes: [UInt8], warnings: inout [String]) throws(IngestError) -> String {
        guard !bytes.isEmpty else { throw IngestError("empty file (0 bytes)") }
        let (encoding, bom) = try bytes.withUnsafeBytes { raw in
            Result { () throws(IngestError) in try EncodingDetector.detect(raw) }
        }.get()
        var decoder = StreamingDecoder(encoding: encoding)
        var out: [UInt8] = []
        bytes.withUnsafeBufferPointer { decoder.decode(UnsafeBufferPointer(rebasing: $0[bom...]), isLast: true, into: &out) }
        if encoding == .windows1252 { warnings.append("not valid UTF-8; read as Windows-1252") }
        if decoder.replacedSequences > 0 { warnings.append("\(decoder.replacedSequences) invalid byte sequence(s) replaced") }
        return String(decoding: out, as: UTF8.self)
    }

    /// Cues: an optional identifier line, a timing line, then text lines up to a blank line.
    static func parseCues(_ lines: [String]) -> [Cue] {
        var cues: [Cue] = []
        var i = 0
        while i < lines.count {
            let line = lines[i].trimmingSpaces
            if line.hasPrefix("NOTE") || line == "STYLE" || line == "REGION" {
                while i < lines.count, !lines[i].trimmingSpaces.isEmpty { i += 1 }
                continue
            }
            guard let time = timing(line) else { i += 1; continue }
            i += 1
            var payload: [String] = []
            while i < lines.count, !lines[i].trimmingSpaces.isEmpty {
                if timing(lines[i].trimmingSpaces) != nil { break }
                payload.append(lines[i].trimmingSpaces)
                i += 1
            }
            for (lines, newSpeaker) in dialogueLines(payload) {
                var (voice, text) = stripMarkup(lines.joined(separator: " "))
                if voice == nil, let (speaker, rest) = bracketedSpeaker(text) { (voice, text) = (speaker, rest) }
                if !text.isEmpty || voice != nil { cues.append(Cue(time: time, voice: voice, text: text, newSpeaker: newSpeaker)) }
            }
        }
        return cues
    }

    /// `[SANNE] Ik ben …`, `[Interviewer] Wie ben je?`: subtitles that name the speaker in square brackets
    /// before the words, read as a voice. Sounds in brackets (`[MUZIEK]`, `[lacht]`) and timestamps are none.
    static func bracketedSpeaker(_ text: String) -> (speaker: String, rest: String)? {
        guard text.utf8.first == 0x5B, let close = text.firstIndex(of: "]") else { return nil }
        let inside = text[text.index(after: text.startIndex)..<close].trimmingSpaces
        let words = inside.split(separator: " ")
        guard (1...4).contains(words.count), inside.first?.isUppercase == true,
              inside.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" || $0 == "." }),
              !soundTags.contains(Fold.key(inside)) else { return nil }
        let rest = text[text.index(after: close)...].trimmingSpaces
        guard !rest.isEmpty else { return nil }
        return (inside, rest)
    }

    /// What subtitles put in brackets that is no speaker, folded.
    static let soundTags: Set<String> = ["muziek", "applaus", "gelach", "lacht", "lachen", "stilte", "geluid", "onverstaanbaar",
                                         "zucht", "zucht diep", "hoest", "gejuich", "geroezemoes", "telefoon", "music", "laughter",
                                         "applause", "inaudible", "crosstalk", "door elkaar", "pauze", "einde"]

    /// A cue's lines by speaker: subtitles give two speakers of one cue a line each, opened by a dash
    /// (`- Hoe vaak komen ze?` / `- Twee keer per dag.`). A dashed line after the first, or a dashed first line
    /// with another dashed line after it, starts a speaker of its own (`true`); its dash is dropped. Any
    /// other cue is one part, its speaker the one before unless it is labelled.
    static func dialogueLines(_ payload: [String]) -> [(lines: [String], newSpeaker: Bool)] {
        func dashed(_ line: String) -> Bool {
            let b = Array(line.utf8.prefix(4))
            if b.count >= 2, b[0] == 0x2D, b[1] == 0x20 { return true }                                   // "- "
            return b.count >= 4 && b[0] == 0xE2 && b[1] == 0x80 && (b[2] == 0x93 || b[2] == 0x94) && b[3] == 0x20  // "– ", "— "
        }
        guard payload.count >= 2, payload.dropFirst().contains(where: dashed) else { return [(payload, false)] }
        var parts: [(lines: [String], newSpeaker: Bool)] = []
        for (i, line) in payload.enumerated() {
            if dashed(line) {
                let text = line.drop { $0 != " " }.drop { $0 == " " }
                parts.append(([String(text)], true))
            } else if parts.isEmpty || i == 0 {
                parts.append(([line], false))
            } else {
                parts[parts.count - 1].lines.append(line)
            }
        }
        return parts
    }

    /// `00:01:02.500 --> 00:01:05.000 align:start`, `01:02.500 --> …`, or SRT's `00:01:02,500 --> …`.
    static func timing(_ line: String) -> TimeRange? {
        guard let arrow = arrow(in: line) else { return nil }
        let left = line[..<arrow.lowerBound].trimmingSpaces
        let right = line[arrow.upperBound...].trimmingSpaces.split(separator: " ").first.map(String.init) ?? ""
        guard let start = milliseconds(left), let end = milliseconds(right) else { return nil }
        return TimeRange(startMilliseconds: start, endMilliseconds: max(start, end))
    }

    /// The first `-->` of a line, found on its bytes: every line of a transcript is asked, and Foundation's
    /// search cost more than the rest of reading it.
    static func arrow(in line: String) -> Range<String.Index>? {
        let bytes = line.utf8
        var dashes = 0
        for i in bytes.indices {
            let c = bytes[i]
            if c == 0x2D {
                dashes += 1
            } else {
                if c == 0x3E && dashes >= 2 { return bytes.index(i, offsetBy: -2)..<bytes.index(after: i) }
                dashes = 0
            }
        }
        return nil
    }

    static func milliseconds(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2 || parts.count == 3 else { return nil }
        let secondsParts = parts.last!.split { $0 == "." || $0 == "," }  // SRT writes 02,500
        guard let seconds = Int(secondsParts[0]) else { return nil }
        let fraction = secondsParts.count > 1 ? Int(secondsParts[1].prefix(3).padding(toLength: 3, withPad: "0", startingAt: 0)) ?? 0 : 0
        var total = 0
        for p in parts.dropLast() {
            guard let v = Int(p) else { return nil }
            total = total * 60 + v
        }
        return ((total * 60) + seconds) * 1000 + fraction
    }

    /// Removes cue markup and returns the voice of a `<v Name>` tag, if any.
    static func stripMarkup(_ payload: String) -> (voice: String?, text: String) {
        var voice: String?
        var out = ""
        var rest = Substring(payload)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else { out += rest[open...]; rest = ""; break }
            let tag = rest[rest.index(after: open)..<close]
            if tag.hasPrefix("v ") || tag.hasPrefix("v.") {
                let name = tag.split(separator: " ", maxSplits: 1).dropFirst().first.map { String($0).trimmingSpaces }
                if voice == nil, let name, !name.isEmpty { voice = name }
            }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        // SSA-style positioning in SRT: {\an8}
        // Both looked for only where their first character is (Foundation's search was a third of reading a cue).
        while out.utf8.contains(0x7B), let open = out.range(of: "{\\"), let close = out[open.upperBound...].firstIndex(of: "}") {
            out.removeSubrange(open.lowerBound...close)
        }
        if out.utf8.contains(0x26) {
            out = out.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&nbsp;", with: " ")
                .replacingOccurrences(of: "&lrm;", with: "").replacingOccurrences(of: "&rlm;", with: "")
        }
        return (voice, out.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " "))
    }

    /// Consecutive cues of one speaker form one paragraph; a new voice or a `Name:` prefix starts the next.
    static func merge(_ cues: [Cue]) -> Document {
        var builder = ParagraphBuilder()
        var voice: String?
        var parts: [String] = []
        var time: TimeRange?
        func flush() {
            guard !parts.isEmpty else { return }
            var text = parts.joined(separator: " ")
            var labelLength: Int?
            if let voice {
                text = voice + ": " + text
                labelLength = voice.utf8.count
            }
            builder.add(Array(text.utf8), kind: .body, labelLength: labelLength, time: time, opensTurn: opens && labelLength == nil)
            parts.removeAll()
            time = nil
        }
        var prefix: String?  // the `Name:` the current turn began with, in caption styles without voice tags
        var opens = false  // the current turn began with a dialogue dash, unlabelled
        for cue in cues {
            let newVoice = cue.voice != nil && cue.voice != voice
            let gap = time.map { cue.time.startMilliseconds - $0.endMilliseconds > 10_000 } ?? false
            let label = cue.voice == nil ? labelPrefix(cue.text) : nil
            var text = cue.text
            if let label, label.name == prefix, !parts.isEmpty, !cue.newSpeaker {
                text = label.rest  // `Hanneke Smit:` again on her next cue: the same turn goes on
            } else if newVoice || label != nil || cue.newSpeaker || (cue.voice == nil && voice == nil && gap) {
                flush()
                if cue.voice != nil || label != nil || cue.newSpeaker { voice = cue.voice }
                prefix = label?.name
                opens = cue.newSpeaker && label == nil
            }
            if !text.isEmpty { parts.append(text) }
            time = TimeRange(startMilliseconds: time?.startMilliseconds ?? cue.time.startMilliseconds,
                             endMilliseconds: cue.time.endMilliseconds)
        }
        flush()
        return builder.document
    }

    /// `Jan:` or `Marieke de Boer:` at the start of a cue, and the text after it: a speaker change in caption
    /// styles without voice tags (Zoom writes the name before every cue).
    static func labelPrefix(_ text: String) -> (name: String, rest: String)? {
        let bytes = Array(text.utf8)
        let colon = bytes.withUnsafeBufferPointer { b in b.isEmpty ? nil : PlainTextLayout.labelEnd(b, Span(0, b.count)) }
        guard let colon else { return nil }
        var rest = colon + 1
        while rest < bytes.count, bytes[rest] == 0x20 { rest += 1 }
        return (String(decoding: bytes[..<colon], as: UTF8.self), String(decoding: bytes[rest...], as: UTF8.self))
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\u{FEFF}" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}

import Foundation
