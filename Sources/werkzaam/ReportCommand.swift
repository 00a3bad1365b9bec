import ArgumentParser
import Foundation
import WerkzaamCore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render the reports again from the project file, without analysing the corpus again.",
        discussion: "Writes the outputs chosen with --format (jsonl, csv, md, html; default all) from the SQLite project file."
    )

    @Option(help: "The SQLite project file.")
    var db: String = "reports/werkzaam.sqlite"

    @Option(name: .shortAndLong, help: "Output folder.")
    var out: String = "reports"

    @OptionGroup var statistics: StatisticsOptions

    @Option(help: "Outputs, comma-separated: jsonl, csv, md, html.")
    var format: String = "jsonl,csv,md,html"

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        guard FileManager.default.fileExists(atPath: db) else { throw ValidationError("project file not found: \(db) (run analyze first)") }
        let known: Set<String> = ["jsonl", "csv", "md", "html"]
        for f in format.split(separator: ",") where !known.contains(String(f)) { throw ValidationError("unknown format '\(f)' (jsonl, csv, md, html)") }
    }

    func run() throws {
        let themes: ThemeLexicon
        do { themes = try ThemeLexicon.load(directory: lexiconOptions.lexicons) } catch { throw ValidationError("lexicon: \(error.description)") }
        var selection: Outputs.Selection = []
        for f in format.split(separator: ",") {
            switch f {
            case "jsonl": selection.insert(.jsonl)
            case "csv": selection.insert(.csv)
            case "md": selection.insert(.markdown)
            default: selection.insert(.html)
            }
        }
        do {
            // Document by document from the project file, so memory does not grow with the corpus.
            let writer = try OutputWriter(out: out, themes: themes, unit: statistics.cooccurrenceUnit, minimumCount: statistics.minCount,
                                          selection: selection)
            var documents = 0
            do {
                try ProjectStore(path: db).forEachDocument { d in
                    try writer.add(d.report, quotes: d.quotes, matches: d.matches)
                    documents += 1
                }
            } catch {
                writer.discard()
                throw error
            }
            try writer.finish()
            print("\(documents) documents, \(writer.quoteCount) quotations from \(db) → \(out)/")
        } catch {
            FileHandle.standardError.write(Data("werkzaam: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
