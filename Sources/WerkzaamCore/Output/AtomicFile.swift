#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file by writing a temporary file beside it and renaming it over the target,
/// so a crash or a full disk never leaves half a report behind.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(IngestError) {
        let stream = try AtomicStream(path: path)
        try stream.write(bytes)
        try stream.commit()
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

/// A file written piece by piece into a temporary file beside the target and renamed over it by `commit`:
/// large outputs stream to disk as documents arrive, yet no reader ever sees half a file under the real name.
public final class AtomicStream {
    public let path: String
    private let temporary: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 20

    public init(path: String) throws(IngestError) {
        self.path = path
        temporary = path + ".tmp-\(getpid())"
        fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw IngestError("cannot write \(path): \(String(cString: strerror(errno)))") }
    }

    deinit { discard() }

    public func write(_ bytes: [UInt8]) throws(IngestError) {
        if bytes.count >= Self.flushSize {
            try flush()
            try writeAll(bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Writes what is buffered, syncs, and renames the temporary file over the target.
    public func commit() throws(IngestError) {
        try flush()
        let synced = fsync(fd) == 0
        let code = errno
        close(fd)
        fd = -1
        guard synced, rename(temporary, path) == 0 else {
            let reason = synced ? errno : code
            unlink(temporary)
            throw IngestError("cannot write \(path): \(String(cString: strerror(reason)))")
        }
    }

    /// Drops the temporary file; the target keeps what it had.
    public func discard() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
        unlink(temporary)
    }

    private func flush() throws(IngestError) {
        try writeAll(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: [UInt8]) throws(IngestError) {
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            var written = 0
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
        if failure != 0 {
            discard()
            throw IngestError("cannot write \(path): \(String(cString: strerror(failure)))")
        }
    }
}
