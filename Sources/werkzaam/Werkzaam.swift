import ArgumentParser
import Foundation

/// `werkzaam`: from a folder of Dutch interviews and articles to who said what, about which themes.
struct Werkzaam: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "werkzaam",
        abstract: "Analyse a corpus of Dutch interview transcripts and articles.",
        version: "0.1.0",
        subcommands: [AnalyzeCommand.self, ReportCommand.self, DossierCommand.self, TextCommand.self, QuotesCommand.self, LexiconCommand.self, EvaluateCommand.self, BenchCommand.self]
    )
}

/// Entry point: like ArgumentParser's own, but usage errors exit with 2 (0: all read, 1: some files failed).
@main
enum Main {
    static func main() async {
        do {
            var command = try Werkzaam.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = Werkzaam.exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((Werkzaam.fullMessage(for: error) + "\n").utf8))
                exit(2)
            }
            Werkzaam.exit(withError: error)
        }
    }
}
