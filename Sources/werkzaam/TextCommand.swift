import ArgumentParser
import Foundation
import WerkzaamCore

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print a file's normalised text with its paragraph and sentence boundaries.",
        discussion: "Offsets are Unicode scalar positions in the normalised text, the positions every report uses."
    )

    @Argument(help: "A .txt .md .html .docx .vtt or .srt file.")
    var file: String

    @Flag(help: "One JSON object per paragraph instead of the readable listing.")
    var json = false

    func validate() throws {
        guard FileManager.default.fileExists(atPath: file) else { throw ValidationError("file not found: \(file)") }
        let name = (file as NSString).lastPathComponent
        guard SourceFormat(pathExtension: (name as NSString).pathExtension) != nil else {
            throw ValidationError("unsupported format: \(name) (use .txt .md .html .htm .docx .vtt .srt)")
        }
    }

    func run() throws {
        let name = (file as NSString).lastPathComponent
        let format = SourceFormat(pathExtension: (name as NSString).pathExtension)!
        let corpusFile = CorpusFile(path: file, relativePath: name, format: format)
        var number = 0
        var sentenceCount = 0
        let report = FileIngest.read(corpusFile) { part in
            var document = part
            SentenceSegmenter.segment(&document)
            let lines = TextListing.render(document, firstParagraph: number + 1, firstSentence: sentenceCount + 1, json: json)
            FileHandle.standardOutput.write(Data(lines.utf8))
            number += document.paragraphs.count
            sentenceCount += document.sentences.count
        }
        let header = "# \(report.path): \(report.format.rawValue), \(report.encoding ?? "-"), \(number) paragraphs, \(sentenceCount) sentences"
        switch report.status {
        case .ok:
            if !json { FileHandle.standardError.write(Data((header + "\n").utf8)) }
            for w in report.warnings { FileHandle.standardError.write(Data("warning: \(w)\n".utf8)) }
        case .error(let reason):
            FileHandle.standardError.write(Data("werkzaam: \(report.path): \(reason)\n".utf8))
            throw ExitCode(1)
        }
    }
}
