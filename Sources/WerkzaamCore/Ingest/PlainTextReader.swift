import Foundation

/// Reads TXT and Markdown: detects the encoding, decodes and normalises in parts of `ReadLimits.partBytes`,
/// so a 200 MB file never sits in memory whole. Each part is a `Document` whose `base` is its file position.
enum PlainTextReader {
    struct Outcome {
        var encoding: TextEncoding
        var warnings: [String]
        var parts: Int
        var title: String?
    }

    static func read(_ input: inout FileInput, markdown: Bool, limits: ReadLimits,
                     emit: (Document) throws(IngestError) -> Void) throws(IngestError) -> Outcome {
        guard input.size > 0 else { throw IngestError("empty file (0 bytes)") }
        var chunk: [UInt8] = []
        // A buffer no larger than the file: most corpus files are small, and 8 MB per file costs page faults.
        let readSize = min(limits.partBytes, input.size + 1)
        var count = try input.read(into: &chunk, count: readSize)
        let (encoding, bom) = try chunk.withUnsafeBytes { raw in
            Result { () throws(IngestError) in try EncodingDetector.detect(UnsafeRawBufferPointer(rebasing: raw[0..<count])) }
        }.get()
        var decoder = StreamingDecoder(encoding: encoding)
        var outcome = Outcome(encoding: encoding, warnings: [], parts: 0)
        var pending: [UInt8] = []
        var base = TextPosition()
        var offset = bom
        var sawText = false
        var forcedCuts = 0
        while true {
            let isLast = count == 0
            chunk.withUnsafeBufferPointer { b in
                decoder.decode(UnsafeBufferPointer(rebasing: b[offset..<count]), isLast: isLast, into: &pending)
            }
            offset = 0
            if pending.count >= limits.partBytes || (isLast && !pending.isEmpty) {
                let (cut, forced) = isLast ? (pending.count, false) : cutPoint(pending)
                if forced { forcedCuts += 1 }
                var text: [UInt8]
                if cut == pending.count {
                    text = pending
                    pending = []
                } else {
                    text = Array(pending[0..<cut])
                    pending.removeFirst(cut)
                }
                if decoder.takeNeedsNFC() { text = NFC.normalize(text) }
                if markdown { text = MarkdownInline.strip(text) }
                let paragraphs = PlainTextLayout.paragraphs(in: text, markdown: markdown, isFirstPart: outcome.parts == 0)
                if !paragraphs.isEmpty { sawText = true }
                var document = Document(text: text, paragraphs: paragraphs, base: base)
                if outcome.parts == 0 { outcome.title = title(of: document) }
                document.metadata.title = outcome.title
                document.scalarCount = text.withUnsafeBufferPointer { UTF8Scalars.scalarCount($0, 0, $0.count) }
                base.bytes += text.count
                base.scalars += document.scalarCount!
                outcome.parts += 1
                try emit(document)
            }
            if isLast { break }
            count = try input.read(into: &chunk, count: readSize)
        }
        if !sawText { throw IngestError("no text (only whitespace)") }
        if encoding == .windows1252 {
            outcome.warnings.append("not valid UTF-8; read as Windows-1252")
        }
        if decoder.replacedSequences > 0 {
            outcome.warnings.append("\(decoder.replacedSequences) invalid \(encoding.rawValue) sequence(s) replaced by U+FFFD, first at byte \(decoder.firstReplacedAt ?? 0)")
        }
        if forcedCuts > 0 {
            outcome.warnings.append("\(forcedCuts) line(s) longer than \(ByteSize.format(limits.partBytes)) split mid-line")
        }
        return outcome
    }

    /// Where to end a part: after the last blank line, else the last line end, else the last space.
    static func cutPoint(_ text: [UInt8]) -> (Int, forced: Bool) {
        let floor = text.count / 2
        var i = text.count - 1
        var lastNewline = -1
        while i > floor {
            if text[i] == 0x0A {
                if text[i - 1] == 0x0A { return (i + 1, false) }
                if lastNewline < 0 { lastNewline = i }
            }
            i -= 1
        }
        if lastNewline >= 0 { return (lastNewline + 1, false) }
        i = text.count - 1
        while i > floor, text[i] != 0x20 { i -= 1 }
        if i > floor { return (i + 1, true) }
        // No space at all: cut at a character boundary.
        i = text.count - 1
        while i > 0, text[i] & 0xC0 == 0x80 { i -= 1 }
        return (i, true)
    }

    /// The first heading near the top, or nil: plain text has no title field.
    static func title(of document: Document) -> String? {
        for p in document.paragraphs.prefix(4) {
            if case .heading = p.kind { return document.string(p.span) }
        }
        return nil
    }
}

/// Unicode NFC through Foundation; called only for text that failed the quick check.
enum NFC {
    static func normalize(_ bytes: [UInt8]) -> [UInt8] {
        Array(String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
    }
}
