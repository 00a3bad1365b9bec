import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which build of Werkzaam runs: its executable's size and modification time. Stored results are reused
/// only by the build that made them, so a rebuilt or upgraded Werkzaam, which may attribute or tag
/// differently, analyses the corpus again instead of keeping what an older build found.
public enum ProgramBuild {
    public static let identity: String = {
        #if os(Linux)
        let path: String? = "/proc/self/exe"  // stat follows the link to the executable
        #else
        let path = Bundle.main.executablePath
        #endif
        var info = stat()
        guard let path, stat(path, &info) == 0 else { return "build unknown" }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return "build \(info.st_size) \(modified.tv_sec).\(modified.tv_nsec)"
    }()
}
