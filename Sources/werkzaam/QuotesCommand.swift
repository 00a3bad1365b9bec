import ArgumentParser
import Foundation
import WerkzaamCore

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Show who said what in one file: every quotation and turn with its speaker and cue, and the people found."
    )

    @Argument(help: "A .txt .md .html .docx .vtt or .srt file.")
    var file: String

    @OptionGroup var lexiconOptions: LexiconOptions
    var lexicons: String { lexiconOptions.lexicons }

    func run() throws {
        let lexicon: SpeakerLexicon
        do { lexicon = try SpeakerLexicon.load(directory: lexicons) } catch { throw ValidationError("lexicon: \(error.description)") }
        let name = (file as NSString).lastPathComponent
        guard let format = SourceFormat(pathExtension: (name as NSString).pathExtension) else {
            throw ValidationError("unsupported format: \(name)")
        }
        let result = Analyzer.process(CorpusFile(path: file, relativePath: name, format: format), limits: ReadLimits(), lexicon: lexicon)
        if case .error(let reason) = result.report.status { throw ValidationError("\(name): \(reason)") }
        for q in result.quotes {
            let who = q.speaker.map { s in
                [s.name, s.role, s.organisation].compactMap { $0 }.joined(separator: ", ")
            } ?? "?"
            let repeatNote = q.repeatOf.map { " (herhaling van \($0))" } ?? ""
            print("[\(q.start)–\(q.end)) \(q.kind.rawValue) ¶\(q.paragraph) \(q.cue ?? "-") \(String(format2: q.confidence)) — \(who)\(repeatNote)")
            print("    \(q.text.replacingOccurrences(of: "\n", with: " ⏎ "))")
        }
        print(String(decoding: SpeakersCSV.render(result.quotes).dropFirst(3), as: UTF8.self))
    }
}
