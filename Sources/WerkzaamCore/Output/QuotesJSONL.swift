/// `quotes.jsonl`: one object per quotation, turn or indirect speech, sorted by document then start (DESIGN §7).
public enum QuotesJSONL {
    public static func render(_ records: [QuoteRecord]) -> [UInt8] {
        // Flat lines with fixed keys, written straight into bytes like `MatchesJSONL` (same bytes as a
        // `JSONWriter` object per line).
        var out: [UInt8] = []
        out.reserveCapacity(records.reduce(0) { $0 + $1.text.utf8.count + 300 })
        var document = JSONWriter.EscapedCache()
        for r in records {
            out.appendLiteral(Keys.id)
            JSONWriter.appendString(r.id, to: &out)
            out.append(0x2C)
            JSONWriter.appendPosition(r.document, r.paragraph, r.start, r.end, cache: &document, to: &out)
            out.appendLiteral(Keys.text)
            JSONWriter.appendString(r.text, to: &out)
            out.appendLiteral(Keys.kind)
            JSONWriter.appendString(r.kind.rawValue, to: &out)
            out.appendLiteral(Keys.speaker)
            if let s = r.speaker {
                if s.isAnonymous {
                    // A described respondent: the name is unknown; the description says who spoke.
                    out.appendLiteral(Keys.anonymous)
                    JSONWriter.appendString(s.name, to: &out)
                } else {
                    out.appendLiteral(Keys.name)
                    JSONWriter.appendString(s.name, to: &out)
                }
                out.appendLiteral(Keys.role)
                optional(s.role, &out)
                out.appendLiteral(Keys.roleCategory)
                optional(s.roleCategory, &out)
                out.appendLiteral(Keys.organisation)
                optional(s.organisation, &out)
                out.appendLiteral(Keys.organisationType)
                optional(s.organisationType, &out)
                out.append(0x7D)
            } else {
                out.appendLiteral(Keys.null)
            }
            out.appendLiteral(Keys.cue)
            optional(r.cue, &out)
            out.appendLiteral(Keys.confidence)
            out.append(contentsOf: String(format2: r.confidence).utf8)
            out.appendLiteral(Keys.repeatOf)
            optional(r.repeatOf, &out)
            out.appendLiteral(Keys.themes)
            for (k, theme) in r.themes.enumerated() {
                if k > 0 { out.append(0x2C) }
                JSONWriter.appendString(theme, to: &out)
            }
            out.appendLiteral(Keys.close)
        }
        return out
    }

    private static func optional(_ value: String?, _ out: inout [UInt8]) {
        if let value { JSONWriter.appendString(value, to: &out) } else { out.appendLiteral(Keys.null) }
    }

    private enum Keys {
        static let id: StaticString = #"{"id":"#
        static let text: StaticString = #","text":"#
        static let kind: StaticString = #","kind":"#
        static let speaker: StaticString = #","speaker":"#
        static let name: StaticString = #"{"name":"#
        static let anonymous: StaticString = #"{"name":null,"description":"#
        static let role: StaticString = #","role":"#
        static let roleCategory: StaticString = #","role_category":"#
        static let organisation: StaticString = #","organisation":"#
        static let organisationType: StaticString = #","organisation_type":"#
        static let cue: StaticString = #","cue":"#
        static let confidence: StaticString = #","confidence":"#
        static let repeatOf: StaticString = #","repeat_of":"#
        static let themes: StaticString = #","themes":["#
        static let close: StaticString = "]}\n"
        static let null: StaticString = "null"
    }
}

extension Array where Element == UInt8 {
    /// Appends a literal's bytes. A `StaticString` is not reference counted: a key kept as a static `[UInt8]`
    /// was retained and released at every line of quotes.jsonl and matches.jsonl.
    @inline(__always)
    mutating func appendLiteral(_ literal: StaticString) {
        literal.withUTF8Buffer { append(contentsOf: $0) }
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
