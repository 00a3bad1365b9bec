import Foundation

/// Settings of one analysis run.
public struct AnalysisOptions: Sendable {
    /// Documents processed at once; each holds at most one part of a text in memory.
    public var jobs: Int
    public var limits: ReadLimits
    /// Speech verbs, roles and organisations; without it, quotations are not looked for.
    public var lexicon: SpeakerLexicon?
    /// Compiled themes; without them, nothing is tagged.
    public var themes: ThemeMatcher? {
        get { onFirstUse?.matcher ?? compiled }
        set { compiled = newValue; onFirstUse = nil }
    }
    private var compiled: ThemeMatcher?
    private(set) var onFirstUse: MatcherOnFirstUse?
    /// Which quotations get themes: by kind, and leaving out speakers of some role categories (interviewer).
    public var themeKinds: Set<QuoteKind> = [.quote, .turn, .indirect]
    public var themeSkipRoles: Set<String> = []
    /// Content hashes of documents already in the project store (path → hash): unchanged ones are not analysed.
    public var reusable: [String: String] = [:]
    /// Documents whose quotations stand but whose themes are tagged again from the text in `store` (path → hash).
    public var retaggable: [String: String] = [:]
    /// The project store, read by workers for re-tagging; when set, each document's text parts are kept for it.
    public var store: ProjectStore?

    public init(jobs: Int = SystemInfo.activeProcessorCount, limits: ReadLimits = ReadLimits(), lexicon: SpeakerLexicon? = nil) {
        self.jobs = max(1, jobs)
        self.limits = limits
        self.lexicon = lexicon
    }

    /// Themes compiled when a document first needs them: a re-run that reuses every document never does
    /// (compiling was an eighth of its CPU, and its fixed cost stands at the 5% line at 10 MB).
    public mutating func compileOnFirstUse(_ lexicon: ThemeLexicon) {
        compiled = nil
        onFirstUse = MatcherOnFirstUse(lexicon)
    }
}

/// A theme matcher compiled once, by the first worker that asks; the others wait for it.
final class MatcherOnFirstUse: @unchecked Sendable {
    private let lock = NSLock()
    private let lexicon: ThemeLexicon
    private var made: ThemeMatcher?

    init(_ lexicon: ThemeLexicon) { self.lexicon = lexicon }

    var isCompiled: Bool { lock.withLock { made != nil } }

    var matcher: ThemeMatcher {
        lock.withLock {
            if let made { return made }
            let matcher = ThemeMatcher(lexicon: lexicon)
            made = matcher
            return matcher
        }
    }
}

/// What a run produced, in corpus order (by relative path), independent of the order files finished in.
public struct CorpusAnalysis: Sendable {
    public var reports: [FileReport]
    public var skipped: [SkippedFile]
    /// Quotations, turns and indirect speech, by document path then start.
    public var quotes: [QuoteRecord]
    /// Theme hits, by document path then start.
    public var matches: [MatchRecord]
    /// Documents whose stored results were reused (unchanged content and lexicons).
    public var reused: Set<String> = []
    /// CPU seconds per document stage, summed over workers.
    public var times = StageTimes()

    public init(reports: [FileReport], skipped: [SkippedFile], quotes: [QuoteRecord], matches: [MatchRecord], reused: Set<String> = []) {
        self.reports = reports
        self.skipped = skipped
        self.quotes = quotes
        self.matches = matches
        self.reused = reused
    }

    public var failed: Int { reports.count { !$0.isOK } }
    public var bytes: Int { reports.reduce(0) { $0 + $1.sizeBytes } }
}

/// Runs the pipeline over a corpus: documents are independent, so they are processed in parallel
/// (bounded by `jobs`) and merged in a fixed order afterwards.
public enum Analyzer {
    /// Collects every document's results in memory (for tests and small corpora); `analyze` streams instead.
    public static func run(_ listing: CorpusListing, options: AnalysisOptions,
                           progress: @escaping @Sendable (_ done: Int, _ total: Int, _ bytes: Int) -> Void = { _, _, _ in })
        async -> CorpusAnalysis {
        var reports: [FileReport] = []
        var quotes: [QuoteRecord] = []
        var matches: [MatchRecord] = []
        var result = await run(listing, options: options, progress: progress) { document in
            reports.append(document.report)
            quotes += document.quotes
            matches += document.matches
        }
        result.reports = reports
        result.quotes = quotes
        result.matches = matches
        return result
    }

    /// Runs the pipeline over a corpus: documents are independent, so `jobs` workers process them in
    /// parallel; `deliver` receives each document's results in corpus order, on one task at a time, and
    /// they are not kept (the returned analysis holds reports without their theme counts, no quotes or
    /// matches). At most a window of finished documents waits for a slower one, so memory does not grow
    /// with the corpus.
    public static func run(_ listing: CorpusListing, options: AnalysisOptions,
                           progress: @escaping @Sendable (_ done: Int, _ total: Int, _ bytes: Int) -> Void = { _, _, _ in },
                           deliver: (DocumentResult) -> Void) async -> CorpusAnalysis {
        let files = listing.files
        var reports: [FileReport] = []
        reports.reserveCapacity(files.count)
        var reused: Set<String> = []
        var times = StageTimes()
        let window = options.jobs * 8
        await withTaskGroup(of: (Int, DocumentResult, Worker).self) { group in
            var idle: [Worker] = []
            var next = 0
            var delivered = 0
            var finished = 0
            var bytes = 0
            var waiting: [Int: DocumentResult] = [:]
            var firstOf: [String: String] = [:]
            func submit(_ worker: Worker) {
                let index = next
                let file = files[index]
                let options = options
                group.addTask { (index, process(file, options: options, worker: worker), worker) }
                next += 1
            }
            for _ in 0..<min(options.jobs, files.count) { submit(Worker()) }
            while let (index, result, worker) = await group.next() {
                waiting[index] = result
                finished += 1
                bytes += result.report.sizeBytes
                progress(finished, files.count, bytes)
                while var ready = waiting.removeValue(forKey: delivered) {
                    // Identical files are both kept, with a warning naming the first, so staff can remove the copy.
                    if ready.report.isOK, !ready.report.id.isEmpty {
                        if let original = firstOf[ready.report.id] {
                            ready.report.warnings.append("same content as \(original)")
                        } else {
                            firstOf[ready.report.id] = ready.report.path
                        }
                    }
                    var summary = ready.report
                    summary.themeCounts = [:]
                    reports.append(summary)
                    if ready.reused { reused.insert(ready.report.path) }
                    times.add(ready.times)
                    deliver(ready)
                    delivered += 1
                }
                idle.append(worker)
                while next < files.count, next < delivered + window, let w = idle.popLast() { submit(w) }
            }
        }
        var result = CorpusAnalysis(reports: reports, skipped: listing.skipped, quotes: [], matches: [], reused: reused)
        result.times = times
        return result
    }

    /// What a worker keeps from one document to the next: tables of words already looked up, which grow
    /// with the vocabulary, not with the corpus. Used by one task at a time.
    public final class Worker: @unchecked Sendable {
        var tagger: ThemeTagger?
        var words = WordCache()
        public init() {}

        /// Lends `body` this worker's tagger for `themes`; it is moved out and back, so the memo is not
        /// copied on write.
        func withTagger<T>(_ themes: ThemeMatcher?, _ body: (inout ThemeTagger?) -> T) -> T {
            if tagger == nil { tagger = themes.map(ThemeTagger.init) }
            var lent = tagger
            tagger = nil
            defer { tagger = lent }
            return body(&lent)
        }
    }

    /// What one file yields.
    public struct DocumentResult: Sendable {
        public var report: FileReport
        public var quotes: [QuoteRecord]
        public var matches: [MatchRecord]
        public var reused = false
        /// The normalised text parts, for the project store (when `options.store` is set).
        public var texts: [TextPart] = []
        /// Set when the stored quotations were kept and only themes were tagged again.
        public var retagged: Retagging.Result?
        /// CPU seconds of this document per stage.
        public var times = StageTimes()
    }

    public static func process(_ file: CorpusFile, limits: ReadLimits, lexicon: SpeakerLexicon? = nil) -> DocumentResult {
        process(file, options: AnalysisOptions(jobs: 1, limits: limits, lexicon: lexicon))
    }

    /// One file through every stage: ingest, sentences, then quotations and speakers per part.
    public static func process(_ file: CorpusFile, options: AnalysisOptions, worker: Worker = Worker()) -> DocumentResult {
        if let stored = options.reusable[file.relativePath], var input = try? FileInput(path: file.path), input.finishHash() == stored {
            var report = FileReport(path: file.relativePath, format: file.format)
            report.id = stored
            report.sizeBytes = input.size
            return DocumentResult(report: report, quotes: [], matches: [], reused: true)
        }
        if let stored = options.retaggable[file.relativePath], let store = options.store, let themes = options.themes,
           var input = try? FileInput(path: file.path), input.finishHash() == stored,
           let result = retag(file, size: input.size, hash: stored, store: store, themes: themes, options: options, worker: worker) {
            return result
        }
        return worker.withTagger(options.themes) { tagger in analyseInFull(file, options: options, worker: worker, tagger: &tagger) }
    }

    /// Ingest, segmentation, quotations and themes of one file, part by part.
    private static func analyseInFull(_ file: CorpusFile, options: AnalysisOptions, worker: Worker, tagger: inout ThemeTagger?) -> DocumentResult {
        var sentences = 0
        var texts: [TextPart] = []
        var quotes: [QuoteRecord] = []
        var matches: [MatchRecord] = []
        var paragraphs = 0
        let speech = options.lexicon.map(SpeechAnalyzer.init)
        var times = StageTimes()
        let started = StageTimes.threadCPU()
        var inParts = 0.0
        var report = FileIngest.read(file, limits: options.limits) { part in
            var clock = StageTimes.threadCPU()
            let partStart = clock
            func lap(_ stage: String) {
                let now = StageTimes.threadCPU()
                times.add(stage, now - clock)
                clock = now
            }
            defer { inParts += StageTimes.threadCPU() - partStart }
            var document = part
            if options.store != nil {
                texts.append(TextPart(text: document.text, paragraphs: document.paragraphs.map(\.span),
                                      baseScalars: document.base.scalars, paragraphBase: paragraphs))
            }
            SentenceSegmenter.segment(&document)
            lap("segment")
            sentences += document.sentences.count
            var partQuotes: [QuoteRecord] = []
            var analysis: SpeechAnalysis?
            if let speech {
                analysis = speech.analyze(document, format: file.format, words: &worker.words)
                partQuotes = QuoteRecord.records(analysis!, document: document, path: file.relativePath, paragraphBase: paragraphs)
                lap("quotes")
            }
            if tagger != nil {
                let hits = ThemeAssignment.tag(document, with: &tagger!, path: file.relativePath, paragraphBase: paragraphs)
                ThemeAssignment.assign(hits, to: &partQuotes, analysis: analysis, document: document, options: options)
                matches += hits.records
                lap("themes")
            }
            quotes += partQuotes
            paragraphs += document.paragraphs.count
        }
        var all = StageTimes()
        all.add("ingest", StageTimes.threadCPU() - started - inParts)
        all.add(times)
        report.sentences = sentences
        if report.isOK { QuoteRecord.assignIDs(&quotes, fileID: report.id) } else { quotes = []; matches = [] }
        report.themeCounts = FileReport.themeCounts(matches)
        var result = DocumentResult(report: report, quotes: quotes, matches: matches)
        result.times = all
        if report.isOK { result.texts = texts }
        return result
    }

    /// An unchanged document under a changed theme lexicon: its stored text is tagged again; nothing is
    /// read from the corpus but the bytes for the content hash. Nil when the store lacks its text.
    static func retag(_ file: CorpusFile, size: Int, hash: String, store: ProjectStore, themes: ThemeMatcher,
                      options: AnalysisOptions, worker: Worker) -> DocumentResult? {
        var report = FileReport(path: file.relativePath, format: file.format)
        report.id = hash
        report.sizeBytes = size
        var times = StageTimes()
        var clock = StageTimes.threadCPU()
        guard let parts = try? store.textParts(file.relativePath), !parts.isEmpty,
              let stored = try? store.document(file.relativePath, withThemes: false) else { return nil }  // analysed in full instead
        times.add("ingest", StageTimes.threadCPU() - clock)
        clock = StageTimes.threadCPU()
        let result = worker.withTagger(themes) { tagger in Retagging.retag(stored, parts: parts, tagger: &tagger!, options: options) }
        times.add("themes", StageTimes.threadCPU() - clock)
        var out = DocumentResult(report: report, quotes: [], matches: [], reused: true)
        out.retagged = result
        out.times = times
        return out
    }
}
