/// Writes every output of an analysis into a folder (atomically), for `analyze` and `report` alike.
public enum Outputs {
    public struct Selection: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let jsonl = Selection(rawValue: 1)
        public static let csv = Selection(rawValue: 2)
        public static let markdown = Selection(rawValue: 4)
        public static let html = Selection(rawValue: 8)
        public static let all: Selection = [.jsonl, .csv, .markdown, .html]
    }

    /// Returns the wall seconds spent on each output, for `analyze --timings`.
    @discardableResult
    public static func write(_ analysis: CorpusAnalysis, themes: ThemeLexicon?, to out: String, unit: CooccurrenceUnit = .quote,
                             minimumCount: Int = 1, selection: Selection = .all) throws(IngestError) -> StageTimes {
        var t = StageTimes()
        try AtomicFile.makeDirectory(out)
        if selection.contains(.jsonl) {
            try t.measure("documents.jsonl") { () throws(IngestError) in try AtomicFile.write(DocumentsJSONL.render(analysis.reports), to: out + "/documents.jsonl") }
            try t.measure("quotes.jsonl") { () throws(IngestError) in try AtomicFile.write(QuotesJSONL.render(analysis.quotes), to: out + "/quotes.jsonl") }
            try t.measure("matches.jsonl") { () throws(IngestError) in try AtomicFile.write(MatchesJSONL.render(analysis.matches), to: out + "/matches.jsonl") }
        }
        if selection.contains(.csv) {
            try t.measure("speakers.csv") { () throws(IngestError) in try AtomicFile.write(SpeakersCSV.render(analysis.quotes), to: out + "/speakers.csv") }
        }
        guard let themes else { return t }
        let model = t.measure("statistics") { ReportModel(analysis: analysis, lexicon: themes, unit: unit, minimumCount: minimumCount) }
        if selection.contains(.csv) {
            try t.measure("csv") { () throws(IngestError) in
                try AtomicFile.write(ThemesCSV.render(themes, matches: analysis.matches, quotes: analysis.quotes), to: out + "/themes.csv")
                try AtomicFile.write(AnalysisCSV.cooccurrence(model.cooccurrence), to: out + "/cooccurrence.csv")
                try AtomicFile.write(AnalysisCSV.matrix(model.cooccurrence), to: out + "/cooccurrence_matrix.csv")
                try AtomicFile.write(AnalysisCSV.roles([model.roles, model.organisations]), to: out + "/speaker_roles.csv")
            }
        }
        if selection.contains(.markdown) {
            try t.measure("report.md") { () throws(IngestError) in try AtomicFile.write(Array(ReportMarkdown.render(model).utf8), to: out + "/report.md") }
        }
        if selection.contains(.html) {
            try t.measure("report.html") { () throws(IngestError) in try AtomicFile.write(Array(ReportHTML.render(model).utf8), to: out + "/report.html") }
        }
        if selection.contains(.jsonl) {
            try t.measure("report.json") { () throws(IngestError) in try AtomicFile.write(ReportJSON.render(model), to: out + "/report.json") }
        }
        return t
    }
}
