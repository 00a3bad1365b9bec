import ArgumentParser
import Foundation
import WerkzaamCore

struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Draft a Dutch \"Wat Werkt\" dossier for one or more themes from the project file (Markdown or Word).",
        discussion: "Every statement of substance is a quotation or a count, cited as — Naam, rol, organisatie (document, alinea n)."
    )

    @Option(name: .customLong("theme"), help: "A theme to focus on (repeat for several).")
    var themes: [String] = []

    @Option(help: "The SQLite project file.")
    var db: String = "reports/werkzaam.sqlite"

    @Option(name: .shortAndLong, help: "Output file: .md for Markdown, .docx for Word.")
    var out: String?

    @Flag(name: .customLong("pseudonimiseer"), help: "Replace person names by role labels (wethouder A, directeur welzijnsorganisatie B).")
    var pseudonymise = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        guard !themes.isEmpty else { throw ValidationError("name at least one --theme") }
        guard FileManager.default.fileExists(atPath: db) else { throw ValidationError("project file not found: \(db) (run analyze first)") }
        if let out, !out.hasSuffix(".md"), !out.hasSuffix(".docx") { throw ValidationError("--out must end in .md or .docx") }
    }

    func run() throws {
        let lexicon: ThemeLexicon, cues: ThemeLexicon
        do {
            lexicon = try ThemeLexicon.load(directory: lexiconOptions.lexicons)
            cues = try ThemeLexicon.load(file: lexiconOptions.lexicons + "/dossier.yaml")
        } catch {
            throw ValidationError("lexicon: \(error.description)")
        }
        for t in themes where !lexicon.themes.contains(where: { $0.name == t }) {
            throw ValidationError("no theme '\(t)'; themes: \(lexicon.themes.map(\.name).joined(separator: ", "))")
        }
        let analysis: CorpusAnalysis
        do { analysis = try ProjectStore(path: db).load() } catch {
            FileHandle.standardError.write(Data("werkzaam: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let draft = DossierDraft(analysis: analysis, lexicon: lexicon, focus: themes, cues: ThemeMatcher(lexicon: cues),
                                 pseudonyms: pseudonymise ? Pseudonyms(quotes: analysis.quotes) : nil)
        let path = out ?? "reports/dossier-\(themes.map(ReportModel.slug).joined(separator: "-")).md"
        do {
            let bytes = path.hasSuffix(".docx") ? try DossierDocx.render(draft) : Array(DossierMarkdown.render(draft).utf8)
            try AtomicFile.write(bytes, to: path)
        } catch let error as IngestError {
            FileHandle.standardError.write(Data("werkzaam: \(error.reason)\n".utf8))
            throw ExitCode(1)
        } catch {
            FileHandle.standardError.write(Data("werkzaam: cannot build the Word file: \(error)\n".utf8))
            throw ExitCode(1)
        }
        print("\(draft.title) → \(path)")
    }
}
