import Foundation

/// The outputs of an analysis: which to write, and their file names (written by `OutputWriter`).
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

    /// The files `analyze` writes with every output selected and a theme lexicon.
    public static let files = ["documents.jsonl", "quotes.jsonl", "matches.jsonl", "report.json", "speakers.csv", "themes.csv",
                               "cooccurrence.csv", "cooccurrence_matrix.csv", "speaker_roles.csv", "report.md", "report.html"]
}

/// Writes the outputs while documents arrive one at a time in corpus order: the JSONL files stream to
/// temporary files, the figures are tallied (`ReportTally`), and `finish` writes the tables and reports and
/// puts every file in place. Memory holds the tallies, never the corpus's quotations and hits.
public final class OutputWriter {
    public let out: String
    private let themes: ThemeLexicon?
    private let selection: Outputs.Selection
    private var documents, quotes, matches: AtomicStream?
    private var tally: ReportTally?
    private var speakers = SpeakersCSV.Tally()
    /// Quotations written so far.
    public private(set) var quoteCount = 0

    public init(out: String, themes: ThemeLexicon?, unit: CooccurrenceUnit = .quote, minimumCount: Int = 1,
                selection: Outputs.Selection = .all) throws(IngestError) {
        self.out = out
        self.themes = themes
        self.selection = selection
        try AtomicFile.makeDirectory(out)
        if selection.contains(.jsonl) {
            documents = try AtomicStream(path: out + "/documents.jsonl")
            quotes = try AtomicStream(path: out + "/quotes.jsonl")
            matches = try AtomicStream(path: out + "/matches.jsonl")
        }
        tally = themes.map { ReportTally(lexicon: $0, unit: unit, minimumCount: minimumCount) }
    }

    /// One document: its report, its quotations by start and its theme hits by start.
    public func add(_ report: FileReport, quotes q: [QuoteRecord], matches m: [MatchRecord]) throws(IngestError) {
        try documents?.write(DocumentsJSONL.render([report]))
        try quotes?.write(QuotesJSONL.render(q))
        try matches?.write(MatchesJSONL.render(m))
        quoteCount += q.count
        if tally != nil {
            tally!.add(report, quotes: q, matches: m)
        } else if selection.contains(.csv) {
            speakers.add(q)
        }
    }

    /// Writes the tables and reports and renames every file into place; returns the wall seconds of each.
    @discardableResult
    public func finish() throws(IngestError) -> StageTimes {
        var t = StageTimes()
        try t.measure("jsonl (commit)") { () throws(IngestError) in
            for stream in [documents, quotes, matches] { try stream?.commit() }
        }
        guard let tally else {
            if selection.contains(.csv) {
                try t.measure("speakers.csv") { () throws(IngestError) in try AtomicFile.write(SpeakersCSV.render(speakers.speakers), to: out + "/speakers.csv") }
            }
            return t
        }
        let model = t.measure("statistics") { ReportModel(tally) }
        let folder = out
        var jobs: [(name: String, run: @Sendable () throws(IngestError) -> Void)] = []
        if selection.contains(.csv) {
            jobs.append(("csv", { () throws(IngestError) in
                try AtomicFile.write(SpeakersCSV.render(model.speakers), to: folder + "/speakers.csv")
                try AtomicFile.write(ThemesCSV.render(model), to: folder + "/themes.csv")
                var pairs = AnalysisCSV.cooccurrence(model.cooccurrence, stream: try AtomicStream(path: folder + "/cooccurrence.csv"))
                try pairs.close()
                try AtomicFile.write(AnalysisCSV.matrix(model.cooccurrence), to: folder + "/cooccurrence_matrix.csv")
                var roles = AnalysisCSV.roles([model.roles, model.organisations], stream: try AtomicStream(path: folder + "/speaker_roles.csv"))
                try roles.close()
            }))
        }
        if selection.contains(.markdown) {
            jobs.append(("report.md", { () throws(IngestError) in try AtomicFile.write(Array(ReportMarkdown.render(model).utf8), to: folder + "/report.md") }))
        }
        if selection.contains(.html) {
            jobs.append(("report.html", { () throws(IngestError) in
                try ReportHTML.render(model, to: try AtomicStream(path: folder + "/report.html"))
            }))
        }
        if selection.contains(.jsonl) {
            jobs.append(("report.json", { () throws(IngestError) in
                var json = ReportJSON.render(model, stream: try AtomicStream(path: folder + "/report.json"))
                try json.close()
            }))
        }
        // The tables and reports only read the model: written side by side, one per core. Their own times
        // overlap; "tables and reports" is the wall time of all of them.
        let done = t.measure("tables and reports") { ParallelJobs.run(jobs.map(\.run)) }
        for (job, seconds) in zip(jobs, done.seconds) { t.add(job.name + " (parallel)", seconds) }
        if let failure = done.failure { throw failure }
        return t
    }

    /// Drops the streamed files; the folder keeps the outputs it had.
    public func discard() {
        for stream in [documents, quotes, matches] { stream?.discard() }
    }
}

/// Runs independent output jobs on all cores; returns each job's wall seconds and the first failure.
enum ParallelJobs {
    private final class Results: @unchecked Sendable {
        let lock = NSLock()
        var seconds: [Double]
        var failure: IngestError?
        init(_ n: Int) { seconds = Array(repeating: 0, count: n) }
    }

    static func run(_ jobs: [@Sendable () throws(IngestError) -> Void]) -> (seconds: [Double], failure: IngestError?) {
        let results = Results(jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            let t0 = StageTimes.wall()
            var failure: IngestError?
            do throws(IngestError) { try jobs[i]() } catch { failure = error }
            let seconds = StageTimes.wall() - t0
            results.lock.lock()
            results.seconds[i] = seconds
            if results.failure == nil, let failure { results.failure = failure }
            results.lock.unlock()
        }
        return (results.seconds, results.failure)
    }
}
