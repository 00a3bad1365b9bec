/// `quotes.jsonl`: one object per quotation, turn or indirect speech, sorted by document then start (DESIGN §7).
public enum QuotesJSONL {
    public static func render(_ records: [QuoteRecord]) -> [UInt8] {
        var w = JSONWriter()
        for r in records {
            w.beginObject()
            w.field("id", r.id)
            w.field("document", r.document)
            w.field("paragraph", r.paragraph)
            w.field("start", r.start)
            w.field("end", r.end)
            w.field("text", r.text)
            w.field("kind", r.kind.rawValue)
            w.key("speaker")
            if let s = r.speaker {
                w.beginObject()
                w.field("name", s.name)
                w.field("role", s.role)
                w.field("role_category", s.roleCategory)
                w.field("organisation", s.organisation)
                w.field("organisation_type", s.organisationType)
                w.endObject()
            } else {
                w.string(nil)
            }
            w.field("cue", r.cue)
            w.key("confidence")
            w.raw(String(format2: r.confidence))
            w.field("repeat_of", r.repeatOf)
            w.field("themes", r.themes)
            w.endObject()
            w.newline()
        }
        return w.bytes
    }
}

extension String {
    /// Two decimals without locale: 0.9 → "0.90".
    public init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        self = "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
