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
    var fullSizes: String = "10"

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
        let corpus = try BenchCorpus(sample: sample)
        let executable = ChildProcess.currentExecutable
        print("werkzaam bench — \(cores) cores, executable \(executable)")
        print("Each row: \(max(1, runs)) runs; seconds, MB/s and files/s of the median run, best MB/s/core in brackets.")
        print("txt/html: ingest and segmentation (--skip-quotes); +q: the full analysis with quotations and speakers.")
        print("txt rerun: the same analyze again on the unchanged corpus (the project store reuses everything);")
        print("txt report: `werkzaam report` alone, rendering every output from the project file.")
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
                    for j in jobList {
                        // --fresh: every run analyses everything; then the same again reusing the store, then the report alone.
                        measure("\(kind.rawValue)+q", path: path, bytes: made.bytes, files: made.files, jobs: j, executable: executable,
                                folder: folder, extra: ["--lexicons", lexicons, "--fresh"])
                    }
                    let out = "\(folder)/out-\(kind.rawValue)+q-\(jobList.last!)"
                    measure("\(kind.rawValue) rerun", path: path, bytes: made.bytes, files: made.files, jobs: jobList.last!,
                            executable: executable, folder: folder, extra: ["--lexicons", lexicons], outFolder: out)
                    measureCommand("\(kind.rawValue) report", ["report", "--db", out + "/werkzaam.sqlite", "--out", folder + "/rendered",
                                                                  "--lexicons", lexicons], bytes: made.bytes, files: made.files, executable: executable)
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

    private func measure(_ label: String, path: String, bytes: Int, files: Int, jobs: Int, executable: String, folder: String,
                         extra: [String], outFolder: String? = nil) {
        let out = outFolder ?? "\(folder)/out-\(label)-\(jobs)"
        measureCommand(label, ["analyze", path, "--out", out, "--jobs", String(jobs), "--quiet"] + extra, bytes: bytes, files: files,
                       jobs: jobs, executable: executable)
    }

    private func measureCommand(_ label: String, _ arguments: [String], bytes: Int, files: Int, jobs: Int = 1, executable: String) {
        let results = (0..<max(1, self.runs)).map { _ in ChildProcess.run(executable, arguments) }.sorted { $0.seconds < $1.seconds }
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
    }
}
