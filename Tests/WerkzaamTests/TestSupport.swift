import CLibXML2
import Foundation
import Testing
import ZIPFoundation
@testable import WerkzaamCore

/// Shared helpers: temporary folders, in-memory documents, DOCX packages built in the test itself.
enum TestSupport {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = packageRoot.appendingPathComponent("corpus")
    static let fixtures = packageRoot.appendingPathComponent("Tests/WerkzaamTests/Fixtures")

    /// A fresh empty folder under this test process's own folder in the system's temporary folder.
    static func temporaryFolder(_ name: String = #function) throws -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = runFolder.appendingPathComponent("\(safe)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `werkzaam-tests-<pid>`: removed when the test process exits; folders of test processes that are gone
    /// (killed, crashed) are removed when the next one starts. Tests that forget to clean up leave nothing.
    static let runFolder: URL = {
        let fm = FileManager.default
        let tmp = fm.temporaryDirectory
        for name in (try? fm.contentsOfDirectory(atPath: tmp.path)) ?? [] where name.hasPrefix("werkzaam-tests-") {
            let pid = Int32(name.dropFirst("werkzaam-tests-".count))
            if pid == nil || kill(pid!, 0) != 0 { try? fm.removeItem(at: tmp.appendingPathComponent(name)) }
        }
        let folder = tmp.appendingPathComponent("werkzaam-tests-\(getpid())")
        try? fm.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestSupport.runFolder) }
        return folder
    }()

    static func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url
    }

    /// Reads one file as the analyzer does and returns its parts (segmented) and report.
    static func read(_ url: URL, format: SourceFormat? = nil, limits: ReadLimits = ReadLimits()) -> ([Document], FileReport) {
        let file = CorpusFile(path: url.path, relativePath: url.lastPathComponent,
                              format: format ?? SourceFormat(pathExtension: url.pathExtension)!)
        var parts: [Document] = []
        var report = FileIngest.read(file, limits: limits) { part in
            var document = part
            SentenceSegmenter.segment(&document)
            parts.append(document)
        }
        report.sentences = parts.reduce(0) { $0 + $1.sentences.count }
        return (parts, report)
    }

    /// Reads a sample-corpus file, requires it to be read without error, and returns its single document.
    static func corpusDocument(_ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> (Document, FileReport) {
        let (parts, report) = read(corpus.appendingPathComponent(relativePath))
        #expect(report.isOK, sourceLocation: sourceLocation)
        return (try #require(parts.first, sourceLocation: sourceLocation), report)
    }

    static func readBytes(_ bytes: [UInt8], as name: String, limits: ReadLimits = ReadLimits()) throws -> ([Document], FileReport) {
        let folder = try temporaryFolder(name)
        defer { try? FileManager.default.removeItem(at: folder) }
        return read(try write(bytes, name, in: folder), limits: limits)
    }

    static func paragraphTexts(_ document: Document) -> [String] { document.paragraphs.map { document.string($0.span) } }

    /// A .docx with the given parts (path → XML text), packed with ZIPFoundation.
    static func docx(_ parts: [String: String], compression: CompressionMethod = .deflate) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: compression) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data!)
    }

    /// Parses `bytes` with libxml2's XML parser, no network, and reports whether it is well-formed and the first error.
    static func strictXMLParse(_ bytes: [UInt8], name: String) -> (wellFormed: Bool, error: Int32, line: Int32) {
        guard let context = xmlNewParserCtxt() else { return (false, -1, 0) }
        defer { xmlFreeParserCtxt(context) }
        let doc = bytes.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) {
                xmlCtxtReadMemory(context, $0, Int32(b.count), name, "UTF-8",
                                  Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOERROR.rawValue))
            }
        }
        if let doc { xmlFreeDoc(doc) }
        return (doc != nil && context.pointee.wellFormed != 0, context.pointee.errNo, context.pointee.lastError.line)
    }

    static let wordNamespace = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    /// A minimal WordprocessingML body around `paragraphs` (each already `<w:p>…</w:p>`).
    static func documentXML(_ paragraphs: [String], prolog: String = "") -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" + prolog
            + "<w:document \(wordNamespace)><w:body>" + paragraphs.joined() + "</w:body></w:document>"
    }

    static func wordParagraph(_ runs: [(String, Bool)], style: String? = nil) -> String {
        let props = style.map { #"<w:pPr><w:pStyle w:val="\#($0)"/></w:pPr>"# } ?? ""
        let body = runs.map { text, bold in
            (bold ? "<w:r><w:rPr><w:b/></w:rPr>" : "<w:r>") + #"<w:t xml:space="preserve">\#(text)</w:t></w:r>"#
        }.joined()
        return "<w:p>\(props)\(body)</w:p>"
    }

    /// The path of the built `werkzaam` executable, beside the test bundle.
    static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [beside, beside.deletingLastPathComponent(), packageRoot.appendingPathComponent(".build/debug")] {
            let url = candidate.appendingPathComponent("werkzaam")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return packageRoot.appendingPathComponent(".build/debug/werkzaam")
    }

    /// Runs the CLI (or another build of it) and returns its exit code, stdout and stderr.
    static func run(_ arguments: [String], executable: URL = executable) throws -> (code: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
