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
        struct Place: Hashable { var document: String; var paragraph: Int }
        var hits: [String: Int] = [:], quoted: [String: Int] = [:]
        var paragraphs: [String: Set<Place>] = [:], documents: [String: Set<String>] = [:]
        for m in matches {
            hits[m.theme, default: 0] += 1
            paragraphs[m.theme, default: []].insert(Place(document: m.document, paragraph: m.paragraph))
            documents[m.theme, default: []].insert(m.document)
        }
        for q in quotes where q.repeatOf == nil {
            for t in Set(q.themes) { quoted[t, default: 0] += 1 }
        }
        for theme in lexicon.themes {
            let n = theme.name
            csv.row([n, theme.description ?? "", String(hits[n] ?? 0), String(quoted[n] ?? 0),
                     String(paragraphs[n]?.count ?? 0), String(documents[n]?.count ?? 0)])
        }
        return csv.bytes
    }
}
