/// One theme hit as evidence: the theme, the lexicon term, the words in the text and their position.
public struct MatchRecord: Sendable, Equatable {
    public var document: String
    public var paragraph: Int
    public var start: Int
    public var end: Int
    public var theme: String
    public var term: String
    public var text: String
}

/// `matches.jsonl`: every theme hit, by document and position, so each count leads back to the words.
public enum MatchesJSONL {
    public static func render(_ records: [MatchRecord]) -> [UInt8] {
        var w = JSONWriter()
        for r in records {
            w.beginObject()
            w.field("document", r.document)
            w.field("paragraph", r.paragraph)
            w.field("start", r.start)
            w.field("end", r.end)
            w.field("theme", r.theme)
            w.field("term", r.term)
            w.field("text", r.text)
            w.endObject()
            w.newline()
        }
        return w.bytes
    }
}

/// `themes.csv`: per theme its description and how often it occurs: matches, quotations (repeats once),
/// paragraphs and documents.
public enum ThemesCSV {
    public static func render(_ lexicon: ThemeLexicon, matches: [MatchRecord], quotes: [QuoteRecord]) -> [UInt8] {
        var csv = CSVWriter(header: ["theme", "description", "matches", "quotes", "paragraphs", "documents"])
        for theme in lexicon.themes {
            let hits = matches.filter { $0.theme == theme.name }
            let paragraphs = Set(hits.map { "\($0.document)#\($0.paragraph)" }).count
            let documents = Set(hits.map(\.document)).count
            let quoted = quotes.filter { $0.repeatOf == nil && $0.themes.contains(theme.name) }.count
            csv.row([theme.name, theme.description ?? "", String(hits.count), String(quoted), String(paragraphs), String(documents)])
        }
        return csv.bytes
    }
}
