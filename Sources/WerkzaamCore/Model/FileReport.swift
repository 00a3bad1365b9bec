/// The outcome of reading one corpus file: one line of `documents.jsonl` and of the terminal summary.
public struct FileReport: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        case ok
        case error(String)
    }

    /// Hex SHA-256 of the file's bytes, so a user can check it with `sha256sum`.
    public var id: String
    /// Path relative to the corpus folder, with `/` separators.
    public var path: String
    public var format: SourceFormat
    public var title: String?
    public var metadata: DocumentMetadata
    public var sizeBytes: Int
    public var encoding: String?
    public var paragraphs: Int
    public var sentences: Int
    /// Length of the normalised text in Unicode scalars.
    public var characters: Int
    /// How many parts a streamed file was read in (1 for everything that fits in one).
    public var parts: Int
    public var status: Status
    public var warnings: [String]
    /// Theme hits in the whole document, by theme name.
    public var themeCounts: [String: Int] = [:]

    public init(path: String, format: SourceFormat) {
        self.id = ""
        self.path = path
        self.format = format
        self.metadata = DocumentMetadata()
        self.sizeBytes = 0
        self.paragraphs = 0
        self.sentences = 0
        self.characters = 0
        self.parts = 0
        self.status = .ok
        self.warnings = []
    }

    public var isOK: Bool { status == .ok }
}

/// A reason a file could not be read, worded for the staff who read the summary.
public struct IngestError: Error, Equatable, Sendable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

extension FileReport {
    /// Hits per theme name. Not `Dictionary(_:uniquingKeysWith:)`: it reserves room for every hit, which
    /// kept ~16 KB per document alive in every list of reports.
    static func themeCounts(_ matches: [MatchRecord]) -> [String: Int] {
        // A document has a handful of themes: a short list beats hashing the name of every hit.
        var names: [String] = [], counts: [Int] = []
        var last = -1
        for m in matches {
            if last >= 0 && names[last] == m.theme {
                counts[last] += 1
            } else if let k = names.firstIndex(of: m.theme) {
                counts[k] += 1
                last = k
            } else {
                names.append(m.theme)
                counts.append(1)
                last = names.count - 1
            }
        }
        var result: [String: Int] = [:]
        result.reserveCapacity(names.count)
        for (name, count) in zip(names, counts) { result[name] = count }
        return result
    }
}
