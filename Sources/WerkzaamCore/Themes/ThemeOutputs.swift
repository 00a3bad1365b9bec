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
    public static func render(_ m: ReportModel) -> [UInt8] {
        var csv = CSVWriter(header: ["theme", "description", "matches", "quotes", "paragraphs", "documents"])
        for theme in m.themes {
            let f = m.figures[theme.name] ?? ThemeFigures()
            csv.row([theme.name, theme.description ?? "", String(f.matches), String(f.quotes), String(f.paragraphs), String(f.documents)])
        }
        return csv.bytes
    }
}
