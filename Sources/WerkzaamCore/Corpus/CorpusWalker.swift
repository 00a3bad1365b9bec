#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One file of the corpus that Werkzaam will read.
public struct CorpusFile: Sendable, Hashable {
    /// Path to open.
    public var path: String
    /// Path relative to the corpus folder, `/`-separated: the document's name in every output.
    public var relativePath: String
    public var format: SourceFormat

    public init(path: String, relativePath: String, format: SourceFormat) {
        self.path = path
        self.relativePath = relativePath
        self.format = format
    }
}

/// A file the walk passed over, with the reason, for the terminal summary.
public struct SkippedFile: Sendable, Hashable {
    public var relativePath: String
    public var reason: String
}

public struct CorpusListing: Sendable {
    public var files: [CorpusFile] = []
    public var skipped: [SkippedFile] = []
}

/// Lists a corpus folder recursively in a stable order (byte order of names).
///
/// Hidden files and folders are skipped. A symbolic link is followed only when it points inside the
/// corpus and to something not already listed, so links can neither leak other files in nor loop.
public enum CorpusWalker {
    public static func list(root: String, excluding excluded: [String] = []) throws(IngestError) -> CorpusListing {
        guard let realRoot = realPath(root) else { throw IngestError("corpus folder not found: \(root)") }
        var st = stat()
        guard stat(realRoot, &st) == 0 else { throw IngestError("cannot read corpus folder: \(root)") }
        var listing = CorpusListing()
        if (st.st_mode & S_IFMT) == S_IFREG {
            // A single file as corpus: its name is its relative path.
            let name = String(root.split(separator: "/").last ?? Substring(root))
            if let format = SourceFormat(pathExtension: fileExtension(name)) {
                listing.files.append(CorpusFile(path: realRoot, relativePath: name, format: format))
            } else {
                listing.skipped.append(SkippedFile(relativePath: name, reason: "unsupported format"))
            }
            return listing
        }
        let excludedReal = Set(excluded.compactMap(realPath))
        var visited: Set<String> = [realRoot]
        walk(realRoot, relative: "", rootReal: realRoot, excluded: excludedReal, visited: &visited, into: &listing)
        return listing
    }

    private static func walk(_ dir: String, relative: String, rootReal: String, excluded: Set<String>,
                             visited: inout Set<String>, into listing: inout CorpusListing) {
        guard let handle = opendir(dir) else {
            listing.skipped.append(SkippedFile(relativePath: relative.isEmpty ? "." : relative,
                                               reason: FileInput.reason(errno: errno, action: "cannot list folder")))
            return
        }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(handle)
        names.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        for name in names {
            let path = dir + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var st = stat()
            guard lstat(path, &st) == 0 else { continue }
            var target = path
            if (st.st_mode & S_IFMT) == S_IFLNK {
                guard let real = realPath(path) else {
                    listing.skipped.append(SkippedFile(relativePath: rel, reason: "broken symbolic link"))
                    continue
                }
                guard real == rootReal || real.hasPrefix(rootReal + "/") else {
                    listing.skipped.append(SkippedFile(relativePath: rel, reason: "symbolic link out of the corpus"))
                    continue
                }
                guard stat(real, &st) == 0 else { continue }
                target = real
            } else if let real = realPath(path) {
                target = real
            }
            if excluded.contains(target) { continue }
            let type = st.st_mode & S_IFMT
            if type == S_IFDIR {
                guard visited.insert(target).inserted else { continue }
                walk(target, relative: rel, rootReal: rootReal, excluded: excluded, visited: &visited, into: &listing)
            } else if type == S_IFREG {
                guard visited.insert(target).inserted else {
                    listing.skipped.append(SkippedFile(relativePath: rel, reason: "link to a file already read"))
                    continue
                }
                if let format = SourceFormat(pathExtension: fileExtension(name)) {
                    listing.files.append(CorpusFile(path: path, relativePath: rel, format: format))
                } else {
                    listing.skipped.append(SkippedFile(relativePath: rel, reason: "unsupported format"))
                }
            } else {
                listing.skipped.append(SkippedFile(relativePath: rel, reason: "not a regular file"))
            }
        }
    }

    static func fileExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
