#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file by writing a temporary file beside it and renaming it over the target,
/// so a crash or a full disk never leaves half a report behind.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(IngestError) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw IngestError("cannot write \(path): \(String(cString: strerror(errno)))") }
        var written = 0
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += n
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        close(fd)
        guard failure == 0, rename(temporary, path) == 0 else {
            let code = failure != 0 ? failure : errno
            unlink(temporary)
            throw IngestError("cannot write \(path): \(String(cString: strerror(code)))")
        }
    }

    /// Creates a folder and its parents, like `mkdir -p`.
    public static func makeDirectory(_ path: String) throws(IngestError) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw IngestError("cannot create folder \(current): \(String(cString: strerror(errno)))")
            }
        }
    }
}
