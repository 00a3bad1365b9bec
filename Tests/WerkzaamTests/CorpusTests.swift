import Foundation
import Testing
@testable import WerkzaamCore

/// The corpus walk, the `analyze` command end to end, exit codes and documents.jsonl.
@Suite(.serialized)
struct CorpusTests {
    typealias T = TestSupport

    /// A corpus with good and bad files, hidden files, links in and out, and an unsupported file.
    static func messyCorpus() throws -> URL {
        let root = try T.temporaryFolder("messy")
        _ = try T.write(Array("Eerste tekst. Met twee zinnen.".utf8), "a/goed.txt", in: root)
        _ = try T.write(Array("<html><body><article><p>Pagina tekst.</p></article></body></html>".utf8), "b/pagina.html", in: root)
        _ = try T.write([], "leeg.txt", in: root)
        _ = try T.write([0x25, 0x50, 0x44, 0x46, 0x2D], "scan.txt", in: root)
        _ = try T.write(Array("PK\u{3}\u{4}".utf8) + Array(repeating: 0x41, count: 40), "kapot.docx", in: root)
        _ = try T.write(Array("geheim".utf8), ".verborgen.txt", in: root)
        _ = try T.write(Array("geheim".utf8), ".git/config.txt", in: root)
        _ = try T.write(Array("%PDF".utf8), "rapport.pdf", in: root)
        let outside = try T.temporaryFolder("outside")
        _ = try T.write(Array("Buiten het corpus.".utf8), "buiten.txt", in: outside)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("link-uit.txt").path,
                                                   withDestinationPath: outside.appendingPathComponent("buiten.txt").path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("a/lus").path, withDestinationPath: root.path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("kopie-link.txt").path,
                                                   withDestinationPath: root.appendingPathComponent("a/goed.txt").path)
        mkfifo(root.appendingPathComponent("pijp.txt").path, 0o644)
        return root
    }

    @Test func walkSkipsHiddenFilesLinksOutAndLoops() throws {
        let root = try Self.messyCorpus()
        let listing = try CorpusWalker.list(root: root.path)
        #expect(listing.files.map(\.relativePath) == ["a/goed.txt", "b/pagina.html", "kapot.docx", "leeg.txt", "scan.txt"])
        #expect(listing.skipped.map { "\($0.relativePath): \($0.reason)" } == [
            "kopie-link.txt: link to a file already read",
            "link-uit.txt: symbolic link out of the corpus",
            "pijp.txt: not a regular file",
            "rapport.pdf: unsupported format",
        ])
    }

    @Test func analyzeReportsEveryFileAndExitsOneWhenSomeFailed() throws {
        let root = try Self.messyCorpus()
        let out = try T.temporaryFolder("out")
        let result = try T.run(["analyze", root.path, "--out", out.path])
        #expect(result.code == 1)
        #expect(result.out.contains("ERROR leeg.txt"))
        #expect(result.out.contains("empty file (0 bytes)"))
        #expect(result.out.contains("2 of 5 files read, 3 failed, 4 skipped"))
        let lines = try String(contentsOf: out.appendingPathComponent("documents.jsonl"), encoding: .utf8)
            .split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(lines.map { $0["path"] as! String } == ["a/goed.txt", "b/pagina.html", "kapot.docx", "leeg.txt", "scan.txt"])
        #expect(lines.map { $0["status"] as! String } == ["ok", "ok", "error", "error", "error"])
        #expect(lines[2]["reason"] as? String == "damaged .docx: the zip archive cannot be opened (truncated or corrupt)")
        #expect(lines[4]["reason"] as? String == "binary file (PDF), not text")
        #expect(lines[0]["sentences"] as? Int == 2)
        #expect(lines[0]["id"] as? String == "a52cc7ef6955e4285326a34840d3fa4924123b5d02d232b8a0f8d99c59bece5c")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(leftovers == ["cooccurrence.csv", "cooccurrence_matrix.csv", "documents.jsonl", "matches.jsonl", "quotes.jsonl", "report.html",
                             "report.json", "report.md", "speaker_roles.csv", "speakers.csv", "themes.csv", "werkzaam.sqlite"])  // no temporary files
    }

    @Test func analyzeOnTheSampleCorpusExitsZeroAndIsDeterministic() throws {
        let out1 = try T.temporaryFolder("s1"), out2 = try T.temporaryFolder("s2")
        let serial = try T.run(["analyze", T.corpus.path, "--out", out1.path, "--jobs", "1"])
        let parallel = try T.run(["analyze", T.corpus.path, "--out", out2.path, "--jobs", "4"])
        #expect(serial.code == 0 && parallel.code == 0)
        // Every output, not only the documents: results are stored and written in corpus order, whatever order workers finish in.
        for file in ["documents.jsonl", "quotes.jsonl", "matches.jsonl", "speakers.csv", "themes.csv", "cooccurrence.csv",
                     "cooccurrence_matrix.csv", "speaker_roles.csv", "report.md", "report.html", "report.json"] {
            let a = try Data(contentsOf: out1.appendingPathComponent(file))
            let b = try Data(contentsOf: out2.appendingPathComponent(file))
            #expect(a == b, "\(file)")
            #expect(!a.isEmpty, "\(file)")
        }
        let documents = try Data(contentsOf: out1.appendingPathComponent("documents.jsonl"))
        #expect(String(decoding: documents, as: UTF8.self).split(separator: "\n").count == 9)
    }

    @Test func timingsPrintEveryStage() throws {
        let out = try T.temporaryFolder("timings")
        let result = try T.run(["analyze", T.corpus.path, "--out", out.path, "--quiet", "--timings", "--timings-file", out.path + "/t.json"])
        #expect(result.code == 0)
        for stage in ["ingest", "segment", "quotes", "themes", "store (while analysing)", "outputs (while analysing)", "summary", "tables and reports", "report.html (parallel)",
                      "codings indexes (parallel)", "codings indexes (rest)", "total (wall)"] {
            #expect(result.out.contains("\n" + stage + " "), "\(stage)")
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("t.json"))) as? [String: Any]
        #expect(json?["documents"] as? Int == 9)
        #expect(json?["quotes"] as? Int == 123)
        #expect((json?["order"] as? [String])?.first == "setup")
        // The total adds each wall stage once: not the document stages, the stages beside them, or the
        // tables and reports written side by side (their wall time is "tables and reports").
        let stages = try #require(json?["stages"] as? [String: Double])
        let expected = stages.filter { !StageTimes.overlaps($0.key) }.values.reduce(0, +)
        let total = try #require(result.out.split(separator: "\n").first { $0.hasPrefix("total (wall)") })
        let printed = try #require(Double(total.split(separator: " ", omittingEmptySubsequences: true)[2]))
        #expect(abs(printed - expected) < 0.002)
        #expect(StageTimes.overlaps("report.html (parallel)") && StageTimes.overlaps("quotes") && !StageTimes.overlaps("tables and reports"))
        #expect(StageTimes.overlaps("codings indexes (parallel)") && !StageTimes.overlaps("codings indexes (rest)"))
        // A stage that rounds to 0.000 s has no rate (the hidden rest of the index build printed millions of MB/s).
        var instant: [[String]] = []
        for line in result.out.split(separator: "\n") {
            let fields = line.split(separator: " ").map(String.init)
            guard fields.count >= 3, ["wall", "cpu"].contains(fields[fields.count - 3]) else { continue }
            if fields[fields.count - 2] == "0.000" { instant.append(fields) }
        }
        #expect(!instant.isEmpty)
        #expect(instant.allSatisfy { $0.last == "–" }, "\(instant)")
    }

    @Test(arguments: [["analyze", "/bestaat/niet"], ["analyze"], ["analyze", ".", "--jobs", "0"], ["onbekend"], ["text", "/bestaat/niet.txt"]])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let result = try T.run(arguments)
        #expect(result.code == 2)
        #expect(!result.err.isEmpty)
    }

    @Test func textCommandPrintsParagraphsAndSentencesAtScalarOffsets() throws {
        let folder = try T.temporaryFolder("text")
        let file = try T.write(Array("Kop\n\n“Eén zin.” Nog één.".utf8), "kort.txt", in: folder)
        let result = try T.run(["text", file.path])
        #expect(result.code == 0)
        #expect(result.out == "¶1 heading 1 [0–3)\n  1 [0–3) Kop\n¶2 body [5–24)\n  2 [5–15) “Eén zin.”\n  3 [16–24) Nog één.\n")
        let json = try T.run(["text", "--json", file.path])
        #expect(json.out.split(separator: "\n").last == #"{"paragraph":2,"kind":"body","start":5,"end":24,"label":null,"time":null,"sentences":[{"start":5,"end":15,"text":"“Eén zin.”"},{"start":16,"end":24,"text":"Nog één."}]}"#)
    }

    @Test(.enabled(if: geteuid() != 0, "root reads every file; the errno mapping is tested below"))
    func unreadableFileIsReportedAndTheRestRead() throws {
        let root = try T.temporaryFolder("perm")
        _ = try T.write(Array("Leesbaar.".utf8), "ok.txt", in: root)
        let locked = try T.write(Array("Geheim.".utf8), "dicht.txt", in: root)
        chmod(locked.path, 0)
        let (_, report) = T.read(locked)
        #expect(report.status == .error("permission denied (no read access)"))
    }

    @Test func errnoBecomesAReasonStaffCanActOn() {
        #expect(FileInput.reason(errno: EACCES, action: "cannot open") == "permission denied (no read access)")
        #expect(FileInput.reason(errno: ENOENT, action: "cannot open") == "file disappeared during the run")
        #expect(FileInput.reason(errno: EIO, action: "read failed") == "input/output error while reading (damaged disk or network drive?)")
    }

    @Test func duplicateFilesAreFlagged() async throws {
        let root = try T.temporaryFolder("dup")
        _ = try T.write(Array("Zelfde tekst.".utf8), "a.txt", in: root)
        _ = try T.write(Array("Zelfde tekst.".utf8), "b/kopie.txt", in: root)
        let analysis = await Analyzer.run(try CorpusWalker.list(root: root.path), options: AnalysisOptions(jobs: 2))
        #expect(analysis.reports.map(\.warnings) == [[], ["same content as a.txt"]])
    }

    @Test func outputFolderInsideTheCorpusIsNotRead() throws {
        let root = try T.temporaryFolder("inside")
        _ = try T.write(Array("Tekst.".utf8), "a.txt", in: root)
        _ = try T.write(Array("# Oud rapport".utf8), "reports/report.md", in: root)
        let listing = try CorpusWalker.list(root: root.path, excluding: [root.appendingPathComponent("reports").path])
        #expect(listing.files.map(\.relativePath) == ["a.txt"])
    }
}
