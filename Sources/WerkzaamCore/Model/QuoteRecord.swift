/// A quotation ready for output: scalar offsets into its document's normalised text and the speaker's
/// details copied in, so results can leave the document they came from (DESIGN §7).
public struct QuoteRecord: Sendable, Equatable {
    public var id: String
    public var document: String
    /// 1-based paragraph number, for citations (document, alinea n).
    public var paragraph: Int
    public var start: Int
    public var end: Int
    public var text: String
    public var kind: QuoteKind
    public var speaker: Person?
    public var cue: String?
    public var confidence: Double
    public var repeatOf: String?
    public var themes: [String]
}

extension QuoteRecord {
    /// Converts one document part's analysis into records; `paragraphBase` numbers paragraphs across parts.
    static func records(_ analysis: SpeechAnalysis, document: Document, path: String, paragraphBase: Int) -> [QuoteRecord] {
        var offsets = ScalarOffsets(document.text)
        // Ascending byte offsets keep the conversion linear: visit starts and ends in order.
        var positions: [Int: Int] = [:]
        for b in Set(analysis.quotes.flatMap { [$0.span.start, $0.span.end] }).sorted() {
            positions[b] = document.base.scalars + offsets.scalar(at: b)
        }
        let records = analysis.quotes.map { q in
            QuoteRecord(id: "", document: path, paragraph: paragraphBase + q.paragraph + 1,
                        start: positions[q.span.start]!, end: positions[q.span.end]!,
                        text: document.string(q.span), kind: q.kind,
                        speaker: q.speaker.map { analysis.register.people[$0] }, cue: q.cue,
                        confidence: q.confidence, repeatOf: nil, themes: [])
        }
        return records.enumerated().map { i, r in
            var r = r
            if let original = analysis.quotes[i].repeatOf { r.repeatOf = "#\(original)" }
            return r
        }
    }

    /// Gives records their stable ids (`<first 8 hex of the file hash>-<start>`) once the file hash is known,
    /// and turns `repeat_of` positions into those ids.
    static func assignIDs(_ records: inout [QuoteRecord], fileID: String) {
        let prefix = String(fileID.prefix(8))
        let ids = records.map { "\(prefix)-\($0.start)" }
        for i in records.indices {
            records[i].id = ids[i]
            if let marker = records[i].repeatOf, marker.hasPrefix("#"), let k = Int(marker.dropFirst()), k < ids.count {
                records[i].repeatOf = ids[k]
            }
        }
    }
}
