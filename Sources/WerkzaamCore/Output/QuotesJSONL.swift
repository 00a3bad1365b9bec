/// `quotes.jsonl`: one object per quotation, turn or indirect speech, sorted by document then start (DESIGN §7).
public enum QuotesJSONL {
    public static func render(_ records: [QuoteRecord]) -> [UInt8] {
        // Flat lines with fixed keys, written straight into bytes like `MatchesJSONL` (same bytes as a
        // `JSONWriter` object per line).
        var out: [UInt8] = []
        out.reserveCapacity(records.reduce(0) { $0 + $1.text.utf8.count + 300 })
        var document = JSONWriter.EscapedCache()
        for r in records {
            out.append(contentsOf: Keys.id)
            JSONWriter.appendString(r.id, to: &out)
            out.append(0x2C)
            JSONWriter.appendPosition(r.document, r.paragraph, r.start, r.end, cache: &document, to: &out)
            out.append(contentsOf: Keys.text)
            JSONWriter.appendString(r.text, to: &out)
            out.append(contentsOf: Keys.kind)
            JSONWriter.appendString(r.kind.rawValue, to: &out)
            out.append(contentsOf: Keys.speaker)
            if let s = r.speaker {
                out.append(contentsOf: Keys.name)
                JSONWriter.appendString(s.name, to: &out)
                out.append(contentsOf: Keys.role)
                optional(s.role, &out)
                out.append(contentsOf: Keys.roleCategory)
                optional(s.roleCategory, &out)
                out.append(contentsOf: Keys.organisation)
                optional(s.organisation, &out)
                out.append(contentsOf: Keys.organisationType)
                optional(s.organisationType, &out)
                out.append(0x7D)
            } else {
                out.append(contentsOf: Keys.null)
            }
            out.append(contentsOf: Keys.cue)
            optional(r.cue, &out)
            out.append(contentsOf: Keys.confidence)
            out.append(contentsOf: String(format2: r.confidence).utf8)
            out.append(contentsOf: Keys.repeatOf)
            optional(r.repeatOf, &out)
            out.append(contentsOf: Keys.themes)
            for (k, theme) in r.themes.enumerated() {
                if k > 0 { out.append(0x2C) }
                JSONWriter.appendString(theme, to: &out)
            }
            out.append(contentsOf: Keys.close)
        }
        return out
    }

    private static func optional(_ value: String?, _ out: inout [UInt8]) {
        if let value { JSONWriter.appendString(value, to: &out) } else { out.append(contentsOf: Keys.null) }
    }

    private enum Keys {
        static let id = Array(#"{"id":"#.utf8)
        static let text = Array(#","text":"#.utf8)
        static let kind = Array(#","kind":"#.utf8)
        static let speaker = Array(#","speaker":"#.utf8)
        static let name = Array(#"{"name":"#.utf8)
        static let role = Array(#","role":"#.utf8)
        static let roleCategory = Array(#","role_category":"#.utf8)
        static let organisation = Array(#","organisation":"#.utf8)
        static let organisationType = Array(#","organisation_type":"#.utf8)
        static let cue = Array(#","cue":"#.utf8)
        static let confidence = Array(#","confidence":"#.utf8)
        static let repeatOf = Array(#","repeat_of":"#.utf8)
        static let themes = Array(#","themes":["#.utf8)
        static let close: [UInt8] = [0x5D, 0x7D, 0x0A]
        static let null = Array("null".utf8)
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
