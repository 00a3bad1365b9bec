import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a command and reports its wall time and its own peak memory (from `wait4`), for the benchmark:
/// each measured run is a separate process, so peaks do not carry over from one run to the next.
public enum ChildProcess {
    public struct Result: Sendable {
        public var status: Int32
        public var seconds: Double
        public var peakBytes: Int
    }

    public static func run(_ executable: String, _ arguments: [String]) -> Result {
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let started = DispatchTime.now()
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else {
            return Result(status: -1, seconds: 0, peakBytes: 0)
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
        return Result(status: exitCode, seconds: seconds, peakBytes: Int(usage.ru_maxrss) * 1024)
    }

    /// This program's own executable, to run it again as a child.
    public static var currentExecutable: String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return CommandLine.arguments[0]
    }
}
