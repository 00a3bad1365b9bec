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

    @Option(help: "Folder with the lexicons (speech-verbs.yaml, roles.yaml, organisations.yaml).")
    var lexicons: String = "lexicons"

    @Flag(help: "Only read and segment the documents (documents.jsonl); no quotations or speakers.")
    var skipQuotes = false

    func validate() throws {
        guard FileManager.default.fileExists(atPath: corpus) else {
            throw ValidationError("corpus not found: \(corpus)")
        }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let started = Date()
        let listing: CorpusListing
        do {
            listing = try CorpusWalker.list(root: corpus, excluding: [out])
        } catch {
            throw ValidationError(error.reason)
        }
        var lexicon: SpeakerLexicon?
        if !skipQuotes {
            do {
                lexicon = try SpeakerLexicon.load(directory: lexicons)
            } catch {
                throw ValidationError("lexicon: \(error.description)")
            }
        }
        let terminal = Terminal()
        let progress = ProgressBar(total: listing.files.count, enabled: terminal.isInteractive && listing.files.count > 8)
        let analysis = await Analyzer.run(listing, options: AnalysisOptions(jobs: jobs, lexicon: lexicon)) { done, total, bytes in
            progress.update(done: done, bytes: bytes)
        }
        progress.finish()
        do {
            try AtomicFile.makeDirectory(out)
            try AtomicFile.write(DocumentsJSONL.render(analysis.reports), to: out + "/documents.jsonl")
            if lexicon != nil {
                try AtomicFile.write(QuotesJSONL.render(analysis.quotes), to: out + "/quotes.jsonl")
                try AtomicFile.write(SpeakersCSV.render(analysis.quotes), to: out + "/speakers.csv")
            }
        } catch {
            terminal.error(error.reason)
            throw ExitCode(1)
        }
        Summary.print(analysis, quiet: quiet, terminal: terminal, seconds: Date().timeIntervalSince(started), out: out)
        if analysis.failed > 0 { throw ExitCode(1) }
    }
}
