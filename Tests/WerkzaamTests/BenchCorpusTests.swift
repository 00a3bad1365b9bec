import Foundation
import Testing
@testable import WerkzaamCore

/// The bench's corpora: the same on every machine for a seed, of the size asked, and with the sample's
/// speakers renamed so the register has real work (timings themselves are never asserted).
struct BenchCorpusTests {
    static let lexicon: SpeakerLexicon = try! SpeakerLexicon.load(directory: TestSupport.packageRoot.appendingPathComponent("lexicons").path)

    static func contents(_ folder: URL) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
        }
        return files
    }

    @Test func sameSeedSameBytesAndSpeakersRenamed() throws {
        let bench = try BenchCorpus(sample: TestSupport.corpus.path, lexicon: Self.lexicon)
        #expect(bench.names.count >= 5)
        let root = try TestSupport.temporaryFolder()
        let a = root.appendingPathComponent("a"), b = root.appendingPathComponent("b"), c = root.appendingPathComponent("c")
        let written = try bench.write(kind: .txt, bytes: 300_000, into: a.path)
        #expect(try bench.write(kind: .txt, bytes: 300_000, into: b.path) == written)
        _ = try bench.write(kind: .txt, bytes: 300_000, into: c.path, seed: 43)
        let first = try Self.contents(a)
        #expect(first == (try Self.contents(b)))
        #expect(first != (try Self.contents(c)))
        // About the size asked: past it by less than one document (at most 150 paragraphs of the sample).
        #expect(written.bytes >= 300_000 && written.bytes < 400_000)
        #expect(first.count == written.files && first.values.reduce(0) { $0 + $1.count } == written.bytes)
        #expect(first.keys.sorted().first == "doc-000000.txt")
        // No document keeps a speaker's name from the sample; the names come from the bench's lists.
        let text = first.values.map { String(decoding: $0, as: UTF8.self) }.joined()
        // (Sanne Visser of the sample can also be drawn anew from the lists: left out.)
        let sampleOnly = bench.names.map(\.full).filter { name in
            let words = name.split(separator: " ").map(String.init)
            return !(BenchCorpus.firstNames.contains(words[0]) && BenchCorpus.surnames.contains(words.last!))
        }
        #expect(sampleOnly.count >= 5)
        #expect(sampleOnly.filter { text.contains($0) } == [])
        #expect(text.contains("zegt"))
    }

    /// A bench page is a page of a site: chrome around one article, whose paragraphs the HTML reader keeps.
    @Test func htmlPagesHoldTheSameParagraphsAsTheTextFiles() throws {
        let bench = try BenchCorpus(sample: TestSupport.corpus.path)
        let root = try TestSupport.temporaryFolder()
        let txt = root.appendingPathComponent("txt"), html = root.appendingPathComponent("html")
        _ = try bench.write(kind: .txt, bytes: 20_000, into: txt.path)
        _ = try bench.write(kind: .html, bytes: 20_000, into: html.path)
        func paragraphs(_ path: URL) -> [String] {
            var texts: [String] = []
            let format: SourceFormat = path.pathExtension == "html" ? .html : .txt
            _ = FileIngest.read(CorpusFile(path: path.path, relativePath: path.lastPathComponent, format: format)) { part in
                texts += part.paragraphs.map { part.string($0.span) }
            }
            return texts
        }
        let plain = paragraphs(txt.appendingPathComponent("doc-000000.txt"))
        let page = paragraphs(html.appendingPathComponent("doc-000000.html"))
        #expect(plain.count > 30)
        #expect(page.first == "Artikel 0")
        #expect(Array(page.dropFirst()) == plain)
        #expect(!page.contains { $0.contains("cookies") || $0.contains("Postbus") || $0.contains("Gerelateerd") })
    }
}

/// The peer's script: `--install` only sets up spaCy's environment, so the bench can do that before it
/// starts timing (a fresh machine's first peer run counted the install: 21 s → 93 s at 10 MB).
struct PeerScriptTests {
    /// Runs `Benchmarks/peer/run.sh` with a stand-in venv whose `python` notes its arguments and succeeds.
    static func runScript(_ arguments: [String]) throws -> (code: Int32, calls: [String]) {
        let venv = try TestSupport.temporaryFolder("peervenv")
        let bin = venv.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let log = venv.appendingPathComponent("calls.txt")
        let python = bin.appendingPathComponent("python")
        try "#!/bin/sh\necho \"$*\" >> '\(log.path)'\n".write(to: python, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: python.path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [TestSupport.packageRoot.appendingPathComponent("Benchmarks/peer/run.sh").path] + arguments
        process.environment = ["WERKZAAM_PEER_VENV": venv.path, "PATH": "/usr/bin:/bin"]
        try process.run()
        process.waitUntilExit()
        let calls = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return (process.terminationStatus, calls.split(separator: "\n").map(String.init))
    }

    @Test func installChecksTheEnvironmentAndRunsNoPeer() throws {
        let r = try Self.runScript(["--install"])
        #expect(r.code == 0)
        #expect(r.calls == ["-c import spacy, yaml"])
    }

    @Test func aRunStartsThePeerWithItsArguments() throws {
        let r = try Self.runScript(["/corpus", "/lexicons", "/out"])
        #expect(r.code == 0)
        let peer = TestSupport.packageRoot.appendingPathComponent("Benchmarks/peer/peer.py").path
        #expect(r.calls == ["-c import spacy, yaml", "\(peer) /corpus /lexicons /out"])
    }
}
