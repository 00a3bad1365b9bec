import ArgumentParser
import Foundation
import WerkzaamCore

struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Read every document of a corpus folder and write the analysis to the output folder.",
        discussion: """
        Reads .txt .md .html .htm .docx .vtt .srt recursively (hidden files skipped, no links out of the corpus) \
        and writes documents.jsonl, quotes.jsonl and speakers.csv. Exit code: 0 when every file was read, 1 when some failed, 2 for usage errors.
        """
    )

    @Argument(help: "The corpus folder (or a single file).")
    var corpus: String

    @Option(name: .shortAndLong, help: "Output folder.")
    var out: String = "reports"

    @Option(name: .shortAndLong, help: "Documents processed in parallel (default: all cores).")
    var jobs: Int = SystemInfo.activeProcessorCount

    @Flag(name: .shortAndLong, help: "Print only problems and the totals, not a line per file.")
    var quiet = false

    @OptionGroup var lexiconOptions: LexiconOptions
    var lexicons: String { lexiconOptions.lexicons }

    @Flag(help: "Only read and segment the documents (documents.jsonl); no quotations, speakers or themes.")
    var skipQuotes = false

    @Option(help: "Kinds of quotation that get themes, comma-separated (quote,turn,indirect).")
    var themeKinds: String = "quote,turn,indirect"

    @Option(help: "Role categories whose speakers get no themes, comma-separated (e.g. interviewer).")
    var themeSkipRoles: String = ""

    @OptionGroup var statistics: StatisticsOptions
    var unit: String { statistics.unit }
    var minCount: Int { statistics.minCount }

    @Option(help: "The SQLite project file (default: OUT/werkzaam.sqlite).")
    var db: String?

    @Flag(help: "Analyse every document again instead of reusing unchanged ones from the project file.")
    var fresh = false

    @Flag(help: "Print the time spent in each stage (CPU seconds for the document stages, wall seconds for the rest).")
    var timings = false

    @Option(help: .hidden)
    var timingsFile: String?

    func validate() throws {
        guard FileManager.default.fileExists(atPath: corpus) else {
            throw ValidationError("corpus not found: \(corpus)")
        }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }

    }

    func run() async throws {
        let started = Date()
        var times = StageTimes()
        var corpusBytes = 0
        var documentTotal = 0
        var quoteTotal = 0
        var wallStart = StageTimes.wall()
        func lap(_ stage: String) {
            let now = StageTimes.wall()
            times.add(stage, now - wallStart)
            wallStart = now
        }
        defer {
            lap("finish")
            if timings { StageTable.print(times, bytes: corpusBytes, to: Terminal()) }
            if let timingsFile {
                let order = "[" + times.seconds.map { "\"\($0.0)\"" }.joined(separator: ",") + "]"
                let json = "{\"documents\":\(documentTotal),\"quotes\":\(quoteTotal),\"order\":\(order),\"stages\":\(times.json)}"
                try? AtomicFile.write(Array(json.utf8), to: timingsFile)
            }
        }
        let listing: CorpusListing
        do {
            listing = try CorpusWalker.list(root: corpus, excluding: [out])
        } catch {
            throw ValidationError(error.reason)
        }
        var lexicon: SpeakerLexicon?
        var themes: ThemeLexicon?
        if !skipQuotes {
            do {
                lexicon = try SpeakerLexicon.load(directory: lexicons)
                themes = try ThemeLexicon.load(directory: lexicons)
            } catch {
                throw ValidationError("lexicon: \(error.description)")
            }
        }
        var options = AnalysisOptions(jobs: jobs, lexicon: lexicon)
        if let themes { options.compileOnFirstUse(themes) }
        options.themeKinds = Set(themeKinds.split(separator: ",").compactMap { QuoteKind(rawValue: $0.trimmingCharacters(in: .whitespaces)) })
        options.themeSkipRoles = Set(themeSkipRoles.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        let terminal = Terminal()
        let progress = ProgressBar(total: listing.files.count, enabled: terminal.isInteractive && listing.files.count > 8)
        var store: ProjectStore?
        // Stored results are reused only under the same lexicons and tagging options.
        // Speaker lexicons and theme lexicons apart: a theme edit re-tags stored text without re-ingesting.
        // Another build of Werkzaam (rebuilt or upgraded) analyses everything again.
        let speakerHash = LexiconHash.speakers(directory: lexicons) + ", " + ProgramBuild.identity
        let themeHash = LexiconHash.themes(directory: lexicons) + "," + themeKinds + "," + themeSkipRoles
        let lexiconHash = speakerHash + "|" + themeHash
        if !skipQuotes {
            do {
                try AtomicFile.makeDirectory(out)
                store = try ProjectStore(path: db ?? out + "/werkzaam.sqlite")
                if !fresh { (options.reusable, options.retaggable) = try store!.reuse(speakerHash: speakerHash, themeHash: themeHash) }
                options.store = store
            } catch {
                terminal.error("project store: \(error)")
                throw ExitCode(1)
            }
        }
        lap("setup")
        // One transaction per run, written as documents finish (in corpus order), so results are not held in
        // memory. The outputs are written from the store as each document is stored, so a run that reuses
        // documents writes the same bytes as a fresh one; while every document is reused and the outputs of
        // these settings are all there, reused documents are only noted, and written only once something changes.
        var storeRun: ProjectStore.Run?
        let statisticsUnit = CooccurrenceUnit(rawValue: unit)!
        let fingerprint = lexiconHash + "|" + unit + "|" + String(minCount) + "|" + out
        var outputsCurrent = false
        var outputs: OutputStage?
        var storing: StoreStage?
        if let store {
            do {
                storeRun = try store.beginRun(corpus: corpus, paths: listing.files.map(\.relativePath), clearThemes: !options.retaggable.isEmpty,
                                              clearAll: options.reusable.isEmpty && options.retaggable.isEmpty)
                outputsCurrent = try store.meta("outputs") == fingerprint && storeRun!.summary.removed == 0
                    && Outputs.files.allSatisfy { FileManager.default.fileExists(atPath: out + "/" + $0) }
            } catch {
                terminal.error("project store: \(error)")
                throw ExitCode(1)
            }
            outputs = OutputStage(out: out, themes: themes, unit: statisticsUnit, minimumCount: minCount, store: store,
                                  outputsCurrent: outputsCurrent)
            storing = StoreStage(store: store, run: storeRun!, outputs: outputs)
        }
        // Documents go to the store's thread, and from there to the outputs' thread, in corpus order.
        let run = await Analyzer.run(listing, options: options, progress: { done, total, bytes in
            progress.update(done: done, bytes: bytes)
        }) { document in storing?.add(document) }
        // Every document is stored and written to the outputs before the run's transaction ends.
        let (storeFailure, storeSeconds, retaggedCount) = storing?.drain() ?? (nil, 0, 0)
        var (writer, outputFailure, outputSeconds) = outputs?.drain() ?? (nil, nil, 0)
        progress.finish()
        lap("documents (wall)")
        times.add(run.times)
        times.add("store (while analysing)", storeSeconds)
        times.add("outputs (while analysing)", outputSeconds)
        corpusBytes = run.bytes
        documentTotal = run.reports.count
        var analysis = run
        do {
            if let store, let storeRun {
                if let storeFailure {
                    store.cancelRun()
                    writer?.discard()
                    throw storeFailure
                }
                // The codings indexes the run dropped are built after the commit, beside the tables and reports.
                let summary = try store.finishRun(storeRun, themes: themes, lexiconHash: lexiconHash, corpus: corpus, buildIndexes: false)
                lap("store")
                if retaggedCount > 0 {
                    terminal.line("project store: theme lexicon changed; \(retaggedCount) unchanged documents re-tagged from the stored text, \(summary.analysed) analysed, \(summary.removed) removed")
                } else if summary.reused > 0 || summary.removed > 0 {
                    terminal.line("project store: \(summary.reused) unchanged documents reused, \(summary.analysed) analysed, \(summary.removed) removed")
                }
                analysis = try store.load(documentsOnly: true)
                analysis.skipped = run.skipped
                if let outputFailure {
                    writer?.discard()
                    try? store.buildCodingsIndexes()  // the run is committed; its outputs' error is the one to tell
                    throw outputFailure
                }
                if writer == nil && !outputsCurrent { writer = try OutputWriter(out: out, themes: themes, unit: statisticsUnit, minimumCount: minCount) }
                guard let writer else {
                    // Nothing changed and the outputs of these settings are all there: leave them as they are.
                    try store.buildCodingsIndexes()
                    quoteTotal = try store.quoteCount()
                    lap("summary")
                    terminal.line("project store: nothing changed; the outputs in \(out)/ are up to date")
                    Summary.print(analysis, quiet: quiet, terminal: terminal, seconds: Date().timeIntervalSince(started), out: out,
                                  quoteCount: quoteTotal)
                    if analysis.failed > 0 { throw ExitCode(1) }
                    return
                }
                lap("summary")
                quoteTotal = writer.quoteCount
                let indexing = storeRun.dropsCodingsIndexes ? BackgroundJob { try store.buildCodingsIndexes() } : nil
                let written = Result { () throws(IngestError) in try writer.finish() }
                let waitStart = StageTimes.wall()
                let indexSeconds = try indexing?.wait()
                let rest = StageTimes.wall() - waitStart
                times.add(try written.get())
                if let indexSeconds {
                    times.add("codings indexes (parallel)", indexSeconds)
                    times.add("codings indexes (rest)", rest)  // the part not hidden behind the reports
                }
                wallStart = StageTimes.wall()
                try store.setMeta("outputs", fingerprint)
            }
            if skipQuotes {
                try AtomicFile.makeDirectory(out)
                try AtomicFile.write(DocumentsJSONL.render(analysis.reports), to: out + "/documents.jsonl")
            }
        } catch let error as IngestError {
            terminal.error(error.reason)
            throw ExitCode(1)
        } catch {
            terminal.error("project store: \(error)")
            throw ExitCode(1)
        }
        Summary.print(analysis, quiet: quiet, terminal: terminal, seconds: Date().timeIntervalSince(started), out: out,
                      quoteCount: quoteTotal)
        if analysis.failed > 0 { throw ExitCode(1) }
    }
}
