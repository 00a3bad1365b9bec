import Foundation
#if canImport(Glibc)
import Glibc
#endif

#if os(Linux)
private let RUSAGE_SELF_ID = RUSAGE_SELF.rawValue
#else
private let RUSAGE_SELF_ID = RUSAGE_SELF
#endif

public enum SystemInfo {
    public static var activeProcessorCount: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Peak resident memory of this process, in bytes.
    public static var peakMemoryBytes: Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF_ID, &usage)
        #if os(Linux)
        return Int(usage.ru_maxrss) * 1024
        #else
        return Int(usage.ru_maxrss)
        #endif
    }
}
