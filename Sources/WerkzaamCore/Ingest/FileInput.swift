#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto

/// An open corpus file: reads with POSIX calls so every failure maps to a reason staff can act on.
struct FileInput: ~Copyable {
    let fd: Int32
    let size: Int
    private(set) var hasher = SHA256()

    init(path: String) throws(IngestError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw IngestError(FileInput.reason(errno: errno, action: "cannot open")) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let e = errno
            close(fd)
            throw IngestError(FileInput.reason(errno: e, action: "cannot inspect"))
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw IngestError("not a regular file")
        }
        self.fd = fd
        self.size = Int(st.st_size)
    }

    deinit { close(fd) }

    /// Reads up to `count` bytes into `buffer` (replacing its contents) and feeds them to the hash.
    mutating func read(into buffer: inout [UInt8], count: Int) throws(IngestError) -> Int {
        var filled = 0
        var failure: Int32 = 0
        let descriptor = fd
        buffer = [UInt8](unsafeUninitializedCapacity: count) { raw, initialized in
            while filled < count {
                let n = Glibc_read(descriptor, raw.baseAddress! + filled, count - filled)
                if n < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    failure = errno
                    break
                }
                if n == 0 { break }
                filled += n
            }
            initialized = filled
        }
        if failure != 0 { throw IngestError(FileInput.reason(errno: failure, action: "read failed")) }
        hasher.update(data: buffer)
        return filled
    }

    /// Reads the whole file, refusing it when it is larger than `limit`.
    mutating func readAll(limit: Int, what: String) throws(IngestError) -> [UInt8] {
        guard size <= limit else {
            throw IngestError("too large for \(what): \(ByteSize.format(size)) (limit \(ByteSize.format(limit)))")
        }
        var all: [UInt8] = []
        _ = try read(into: &all, count: size + 1)
        guard all.count <= limit else { throw IngestError("file grew while reading, now over \(ByteSize.format(limit))") }
        return all
    }

    /// Reads what is left of the file into the hash and returns the hex digest of the whole file.
    mutating func finishHash() -> String {
        var rest: [UInt8] = []
        while let n = try? read(into: &rest, count: 1 << 20), n > 0 {}
        return digest
    }

    var digest: String {
        hasher.finalize().map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    static func reason(errno code: Int32, action: String) -> String {
        switch code {
        case EACCES, EPERM: "permission denied (no read access)"
        case ENOENT: "file disappeared during the run"
        case EISDIR: "is a folder, not a file"
        case ELOOP: "symbolic link loop"
        case EIO: "input/output error while reading (damaged disk or network drive?)"
        case EMFILE, ENFILE: "too many open files"
        default: "\(action): \(String(cString: strerror(code)))"
        }
    }
}

@inline(__always)
private func Glibc_read(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(fd, buffer, count)
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

/// Human-readable byte sizes for messages.
public enum ByteSize {
    public static func format(_ bytes: Int) -> String {
        if bytes >= 1 << 30 { return String(format1: Double(bytes) / Double(1 << 30)) + " GB" }
        if bytes >= 1 << 20 { return String(format1: Double(bytes) / Double(1 << 20)) + " MB" }
        if bytes >= 1 << 10 { return String(format1: Double(bytes) / Double(1 << 10)) + " KB" }
        return "\(bytes) bytes"
    }
}

extension String {
    /// One decimal, without Foundation's locale-dependent formatting.
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        self = "\(tenths / 10).\(tenths % 10)"
    }
}
