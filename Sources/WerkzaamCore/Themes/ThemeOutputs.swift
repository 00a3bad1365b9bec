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
        // The lines are flat and their keys fixed: written straight into bytes (through `JSONWriter` each
        // key was escaped and each comma looked up on a stack), with the same bytes as a
        // `JSONWriter` object per line.
        var out: [UInt8] = []
        out.reserveCapacity(records.count * 160)
        var document = JSONWriter.EscapedCache(), theme = JSONWriter.EscapedCache(), term = JSONWriter.EscapedCache()
        for r in records {
            out.append(0x7B)
            JSONWriter.appendPosition(r.document, r.paragraph, r.start, r.end, cache: &document, to: &out)
            out.append(contentsOf: Keys.theme)
            theme.append(r.theme, to: &out)
            out.append(contentsOf: Keys.term)
            term.append(r.term, to: &out)
            out.append(contentsOf: Keys.text)
            JSONWriter.appendString(r.text, to: &out)
            out.append(contentsOf: Keys.close)
        }
        return out
    }

    private enum Keys {
        static let theme = Array(#","theme":"#.utf8)
        static let term = Array(#","term":"#.utf8)
        static let text = Array(#","text":"#.utf8)
        static let close: [UInt8] = [0x7D, 0x0A]
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
