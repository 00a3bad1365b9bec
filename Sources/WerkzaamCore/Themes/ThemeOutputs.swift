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
        // Fields read in place: a record copied per line retained and released its four strings.
        records.withUnsafeBufferPointer { records in
            for i in records.indices {
                out.append(0x7B)
                JSONWriter.appendPosition(records[i].document, records[i].paragraph, records[i].start, records[i].end, cache: &document, to: &out)
                out.appendLiteral(Keys.theme)
                theme.append(records[i].theme, to: &out)
                out.appendLiteral(Keys.term)
                term.append(records[i].term, to: &out)
                out.appendLiteral(Keys.text)
                JSONWriter.appendString(records[i].text, to: &out)
                out.appendLiteral(Keys.close)
            }
        }
        return out
    }

    private enum Keys {
        static let theme: StaticString = #","theme":"#
        static let term: StaticString = #","term":"#
        static let text: StaticString = #","text":"#
        static let close: StaticString = "}\n"
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
