/// Assembles a document from paragraphs that readers produce one at a time (HTML, DOCX, subtitles):
/// trims each, normalises it to NFC when needed, keeps its label marker, and joins them with blank lines.
struct ParagraphBuilder {
    private(set) var text: [UInt8] = []
    private(set) var paragraphs: [Paragraph] = []

    /// Adds one paragraph. `labelLength` is the length of a label marker at the start of `bytes`, if any.
    /// `italic`: the whole paragraph is in italics.
    mutating func add(_ raw: [UInt8], kind: ParagraphKind, labelLength: Int? = nil, time: TimeRange? = nil, italic: Bool = false,
                      opensTurn: Bool = false) {
        let trimmed = raw.withUnsafeBufferPointer { PlainTextLayout.trim($0, 0, $0.count) }
        guard !trimmed.isEmpty else { return }
        var label = labelLength.map { $0 - trimmed.start }
        var bytes = Array(raw[trimmed.start..<trimmed.end])
        if ParagraphBuilder.needsNFC(bytes) {
            if let l = label, l > 0, l <= bytes.count { label = NFC.normalize(Array(bytes[0..<l])).count }
            bytes = NFC.normalize(bytes)
        }
        if !text.isEmpty { text.append(contentsOf: [0x0A, 0x0A]) }
        let start = text.count
        text.append(contentsOf: bytes)
        var paragraph = Paragraph(span: Span(start, text.count), kind: kind, time: time)
        paragraph.isItalic = italic
        paragraph.opensTurn = opensTurn
        if let l = label, l > 0, l < bytes.count {
            // The label is the name: without the colon that bold labels often include.
            let end = bytes.withUnsafeBufferPointer { b in
                let e = SentenceSegmenter.trimEnd(b, 0, l)
                return e > 0 && b[e - 1] == 0x3A ? SentenceSegmenter.trimEnd(b, 0, e - 1) : e
            }
            if end > 0 { paragraph.label = Span(start, start + end) }
        } else if let l = label, l >= bytes.count {
            paragraph.isBold = true
        }
        paragraphs.append(paragraph)
    }

    static func needsNFC(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i < b.count {
                if b[i] < 0x80 { i += 1; continue }
                let (v, n) = UTF8Scalars.decode(b, i)
                if !NFCQuickCheck.isSafe(v) { return true }
                i += n
            }
            return false
        }
    }

    var document: Document { Document(text: text, paragraphs: paragraphs) }
}

/// Tracks the bold text that opens a paragraph (a speaker label in many transcripts): bold runs extend it
/// until the first plain text; a paragraph that is bold throughout has no label (it is marked `isBold`).
struct LeadingBold {
    private var open = true
    private(set) var labelLength: Int?

    mutating func sawText(bold: Bool, endingAt length: Int) {
        guard open else { return }
        if bold { labelLength = length } else { open = false }
    }
}
