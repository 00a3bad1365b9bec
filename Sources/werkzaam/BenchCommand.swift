import ArgumentParser
import Foundation
import WerkzaamCore

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark analyze on a corpus built from the sample corpus (use a release build).",
        discussion: """
        Builds TXT and HTML corpora of each --sizes (MB) from the sample corpus, plus one large single text \
        file, then runs `werkzaam analyze --skip-quotes` (ingest and segmentation) on each with one job and \
        with all cores, as separate processes, and the full `werkzaam analyze` (quotations and speakers too) \
        on the smallest size. Prints seconds, MB/s, MB/s per core, files per second and each run's peak memory.
        """
    )

    @Option(help: "The sample corpus to recombine.")
    var sample: String = "corpus"

    @Option(help: "Corpus sizes in MB, comma-separated.")
    var sizes: String = "10,100"

    @Option(help: "Size in MB of the single large text file (0: skip).")
    var hugeFile: Int = 200

    @Option(help: "Work folder for the generated corpora (default: a new temporary folder, removed afterwards).")
    var work: String?

    @Option(help: "Core counts to run with, comma-separated (default: 1 and all cores).")
    var jobs: String?

    @Option(help: "Runs per measurement; the median and the best are printed (shared machines are noisy).")
    var runs: Int = 3

    @OptionGroup var lexiconOptions: LexiconOptions
    var lexicons: String { lexiconOptions.lexicons }

    @Option(help: "Corpus sizes in MB (from --sizes) on which the full analysis is measured too, comma-separated.")
    var fullSizes: String = "10,100"

    @Option(help: "The spaCy peer script, run on the TXT corpora of --full-sizes (empty: no peer).")
    var peer: String = "Benchmarks/peer/run.sh"

    @Flag(help: "Benchmark the theme matcher alone (in this process, one core): 10 terms against 10,000 terms.")
    var matcher = false

    @Option(help: "Text size in MB for --matcher.")
    var matcherSize: Int = 100

    func run() async throws {
        #if DEBUG
        print("warning: this is a debug build; measure with `swift build -c release` and .build/release/werkzaam")
        #endif
        if matcher {
            try MatcherBench.run(sample: sample, lexicons: lexicons, megabytes: matcherSize)
            return
        }
        let folder = work ?? (NSTemporaryDirectory() + "werkzaam-bench-\(getpid())")
        defer { if work == nil { try? FileManager.default.removeItem(atPath: folder) } }
        let sizeList = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let cores = SystemInfo.activeProcessorCount
        let jobList = jobs.map { $0.split(separator: ",").compactMap { Int($0) } } ?? (cores > 1 ? [1, cores] : [1])
        let corpus = try BenchCorpus(sample: sample, lexicon: try? SpeakerLexicon.load(directory: lexicons))
        let edits = try editedLexicons(in: folder)
        let executable = ChildProcess.currentExecutable
        print("werkzaam bench — \(cores) cores, executable \(executable)")
        print("Each row: \(max(1, runs)) runs; seconds, MB/s and files/s of the median run, best MB/s/core in brackets.")
        print("txt/html: ingest and segmentation (--skip-quotes); +q: the whole analyze (ingest, segmentation, quotations,")
        print("  attribution, themes, project store, every report), each followed by its stages (median run, `analyze --timings`).")
        print("rerun: the same analyze again on the unchanged corpus (the project store reuses everything);")
        print("retag: analyze after one theme term was added to themes.yaml (stored text re-tagged, nothing re-ingested);")
        print("report: `werkzaam report` alone, rendering every output from the project file; peer: Benchmarks/peer (spaCy), once.")
        let peerReady = peer.isEmpty ? false : preparePeer()
        print("corpus          size      files  jobs   seconds     MB/s  MB/s/core  (best)   files/s   peak memory")
        for kind in BenchCorpus.Kind.allCases {
            for size in sizeList {
                let path = "\(folder)/\(kind.rawValue)-\(size)mb"
                let made = try corpus.write(kind: kind, bytes: size << 20, into: path)
                for j in jobList {
                    measure("\(kind.rawValue)", path: path, bytes: made.bytes, files: made.files, jobs: j, executable: executable,
                            folder: folder, extra: ["--skip-quotes"])
                }
                if fullSizes.split(separator: ",").compactMap({ Int($0) }).contains(size) {
                    var cold: [Int: Double] = [:]
                    for j in jobList {
                        // --fresh: every run analyses everything; then the same again reusing the store, then the report alone.
                        cold[j] = measure("\(kind.rawValue)+q", path: path, bytes: made.bytes, files: made.files, jobs: j, executable: executable,
                                          folder: folder, extra: ["--lexicons", lexicons, "--fresh"], stages: true)
                    }
                    let all = jobList.last!
                    let out = "\(folder)/out-\(kind.rawValue)+q-\(all)"
                    let rerun = measure("\(kind.rawValue) rerun", path: path, bytes: made.bytes, files: made.files, jobs: all,
                                        executable: executable, folder: folder, extra: ["--lexicons", lexicons], outFolder: out)
                    // Each retag run alternates between two edited lexicons, so every run sees a changed term.
                    var turn = 0
                    let retag = measure("\(kind.rawValue) retag", path: path, bytes: made.bytes, files: made.files, jobs: all,
                                        executable: executable, folder: folder, extra: [], outFolder: out, stages: true) {
                        turn += 1
                        return ["--lexicons", edits[turn % 2]]
                    }
                    measureCommand("\(kind.rawValue) report", ["report", "--db", out + "/werkzaam.sqlite", "--out", folder + "/rendered",
                                                                  "--lexicons", lexicons], bytes: made.bytes, files: made.files, executable: executable)
                    if let c = cold[all] {
                        print(String(format: "  → rerun %.1f%% and retag %.1f%% of the cold run on %d cores", 100 * rerun / c, 100 * retag / c, all))
                    }
                    if kind == .txt, peerReady {
                        runPeer(path: path, bytes: made.bytes, files: made.files, folder: folder, cold: cold)
                    }
                }
            }
        }
        if hugeFile > 0 {
            let path = "\(folder)/groot"
            try AtomicFile.makeDirectory(path)
            let bytes = try corpus.writeSingleFile(bytes: hugeFile << 20, to: path + "/een-groot-bestand.txt")
            measure("1 file", path: path, bytes: bytes, files: 1, jobs: 1, executable: executable, folder: folder, extra: ["--skip-quotes"])
        }
    }

    /// Runs analyze `runs` times; returns the median seconds. With `stages`, prints the median run's stage table.
    @discardableResult
    private func measure(_ label: String, path: String, bytes: Int, files: Int, jobs: Int, executable: String, folder: String,
                         extra: [String], outFolder: String? = nil, stages: Bool = false, perRun: () -> [String] = { [] }) -> Double {
        let out = outFolder ?? "\(folder)/out-\(label)-\(jobs)"
        let timings = "\(folder)/timings-\(label)-\(jobs)"
        return measureCommand(label, ["analyze", path, "--out", out, "--jobs", String(jobs), "--quiet"] + extra, bytes: bytes, files: files,
                              jobs: jobs, executable: executable, timings: stages ? timings : nil, perRun: perRun)
    }

    @discardableResult
    private func measureCommand(_ label: String, _ arguments: [String], bytes: Int, files: Int, jobs: Int = 1, executable: String,
                                timings: String? = nil, perRun: () -> [String] = { [] }) -> Double {
        var runs: [(ChildProcess.Result, String)] = []
        for k in 0..<max(1, self.runs) {
            let file = timings.map { "\($0)-\(k).json" }
            let r = ChildProcess.run(executable, arguments + perRun() + (file.map { ["--timings-file", $0] } ?? []))
            runs.append((r, file.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? ""))
        }
        runs.sort { $0.0.seconds < $1.0.seconds }
        let results = runs.map(\.0)
        let r = results[results.count / 2]
        let peak = results.map(\.peakBytes).max() ?? 0
        let mb = Double(bytes) / 1_048_576
        let rate = mb / r.seconds
        let best = mb / results[0].seconds / Double(jobs)
        let line = [
            label.padding(toLength: 12, withPad: " ", startingAt: 0),
            String(format: "%7.1f MB", mb), String(format: "%8d", files), String(format: "%5d", jobs),
            String(format: "%9.3f", r.seconds), String(format: "%8.1f", rate), String(format: "%10.1f", rate / Double(jobs)),
            String(format: "(%5.1f)", best), String(format: "%8.0f", Double(files) / r.seconds),
            String(format: "%10.1f MB", Double(peak) / 1_048_576),
        ].joined(separator: "  ")
        print(line + (results.allSatisfy { $0.status == 0 } ? "" : "   (exit \(results.map(\.status)))"))
        if timings != nil { printStages(runs[runs.count / 2].1, seconds: r.seconds, mb: mb) }
        return r.seconds
    }

    /// The stage table of one run: CPU seconds for the document stages, wall seconds for the rest.
    private func printStages(_ json: String, seconds: Double, mb: Double) {
        guard let data = json.data(using: .utf8), let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let stages = object["stages"] as? [String: Double], let order = object["order"] as? [String] else { return }
        let documents = object["documents"] as? Int ?? 0, quotes = object["quotes"] as? Int ?? 0
        print(String(format: "      %d documents/s, %d quotations/s", Int(Double(documents) / seconds), Int(Double(quotes) / seconds)))
        for stage in order {
            let s = stages[stage] ?? 0
            let kind = StageTimes.documentStages.contains(stage) ? "cpu " : "wall"
            let rate = s >= 0.0005 ? String(format: "%9.1f MB/s", mb / s) : "        – MB/s"  // none for what rounds to 0.000 s
            print("      " + stage.padding(toLength: 26, withPad: " ", startingAt: 0) + kind + String(format: " %8.3f s ", s) + rate)
        }
    }

    /// Two copies of the lexicons, each with one theme term added (a different one), for the retag runs.
    private func editedLexicons(in folder: String) throws -> [String] {
        try ["a", "b"].map { name in
            let dir = "\(folder)/lexicons-\(name)"
            try? FileManager.default.removeItem(atPath: dir)
            try FileManager.default.copyItem(atPath: lexicons, toPath: dir)
            let themes = dir + "/themes.yaml"
            var text = try String(contentsOfFile: themes, encoding: .utf8)
            let term = name == "a" ? "gezamenlijk" : "samen doen"
            guard let range = text.range(of: "termen: [") else { throw ValidationError("themes.yaml has no `termen: [` to edit") }
            text.replaceSubrange(range, with: "termen: [\"\(term)\", ")
            try text.write(toFile: themes, atomically: true, encoding: .utf8)
            return dir
        }
    }

    /// Installs the peer's environment before anything is timed: on a fresh machine its first run would
    /// otherwise count creating the venv and installing spaCy (a 10 MB peer run 21 s → 93 s, its ratio
    /// doubled). False when the peer cannot run; the bench then leaves it out and says why.
    private func preparePeer() -> Bool {
        guard FileManager.default.fileExists(atPath: peer) else {
            print("peer: \(peer) not found (run the bench from the repository root)")
            return false
        }
        let r = ChildProcess.run("/bin/bash", [peer, "--install"])
        guard r.status == 0 else {
            print("peer: exit \(r.status) (spaCy could not be installed; see \(peer))")
            return false
        }
        print(String(format: "peer: spaCy's environment ready (%.1f s, not counted in the peer's time)", r.seconds))
        return true
    }

    /// The spaCy peer on the same TXT corpus, once (it is slow); prints its rate and Werkzaam/peer.
    private func runPeer(path: String, bytes: Int, files: Int, folder: String, cold: [Int: Double]) {
        let r = ChildProcess.run("/bin/bash", [peer, path, lexicons, folder + "/peer-out"])
        let mb = Double(bytes) / 1_048_576
        guard r.status == 0 else {
            print("peer: exit \(r.status) (spaCy could not run; see \(peer))")
            return
        }
        let line = ["peer (spaCy)".padding(toLength: 12, withPad: " ", startingAt: 0), String(format: "%7.1f MB", mb), String(format: "%8d", files),
                    String(format: "%5d", 1), String(format: "%9.3f", r.seconds), String(format: "%8.1f", mb / r.seconds),
                    String(format: "%10.1f", mb / r.seconds), "       ", String(format: "%8.0f", Double(files) / r.seconds),
                    String(format: "%10.1f MB", Double(r.peakBytes) / 1_048_576)].joined(separator: "  ")
        print(line)
        let ratios = cold.keys.sorted().map { String(format: "%.1f× on %d core%@", r.seconds / cold[$0]!, $0, $0 == 1 ? "" : "s") }
        print("  → Werkzaam/peer on the same corpus: " + ratios.joined(separator: ", ") + " (the peer includes its Python start-up, ~1 s)")
    }
}
