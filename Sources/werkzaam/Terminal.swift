import Foundation
import WerkzaamCore

/// Terminal output: plain lines on stdout, problems on stderr, colour only on a real terminal.
struct Terminal: Sendable {
    let isInteractive = isatty(STDERR_FILENO) != 0
    let colour = isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    func line(_ text: String) { Swift.print(text) }

    func error(_ text: String) { FileHandle.standardError.write(Data(("werkzaam: " + text + "\n").utf8)) }

    func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
}

/// A one-line progress bar on stderr, redrawn at most ten times a second.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private let lock = NSLock()
    private var lastDraw = Date.distantPast

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func update(done: Int, bytes: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = now
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total) files  \(ByteSize.format(bytes))   ".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// The per-file summary and the totals after a run.
enum Summary {
    static func print(_ analysis: CorpusAnalysis, quiet: Bool, terminal: Terminal, seconds: Double, out: String, quoteCount: Int? = nil) {
        let width = min(60, analysis.reports.map(\.path.count).max() ?? 10)
        for r in analysis.reports {
            let path = r.path.padding(toLength: max(width, r.path.count), withPad: " ", startingAt: 0)
            switch r.status {
            case .ok:
                if quiet && r.warnings.isEmpty { continue }
                let counts = "\(r.format.rawValue.padding(toLength: 4, withPad: " ", startingAt: 0)) \(pad(r.paragraphs)) paragraphs \(pad(r.sentences)) sentences"
                terminal.line("\(terminal.paint("ok   ", "32")) \(path)  \(counts)")
            case .error(let reason):
                terminal.line("\(terminal.paint("ERROR", "31")) \(path)  \(reason)")
            }
            for warning in r.warnings { terminal.line("      \(terminal.paint("warning:", "33")) \(warning)") }
        }
        for s in analysis.skipped where !quiet || s.reason != "unsupported format" {
            terminal.line("\(terminal.paint("skip ", "90")) \(s.relativePath)  \(s.reason)")
        }
        let ok = analysis.reports.count - analysis.failed
        let mb = Double(analysis.bytes) / 1_048_576
        let rate = seconds > 0 ? mb / seconds : 0
        terminal.line("\(ok) of \(analysis.reports.count) files read, \(analysis.failed) failed, \(analysis.skipped.count) skipped; "
            + "\(ByteSize.format(analysis.bytes)) in \(String(format: "%.2f", seconds)) s (\(String(format: "%.1f", rate)) MB/s); \(quoteCount ?? analysis.quotes.count) quotations and turns → \(out)/")
    }

    private static func pad(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, 5 - s.count)) + s
    }
}
