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
    /// Hits per theme name. Counted key by key: `Dictionary(_:uniquingKeysWith:)` reserves room for every
    /// hit, which kept ~16 KB per document alive in every list of reports.
    static func themeCounts(_ matches: [MatchRecord]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for m in matches { counts[m.theme, default: 0] += 1 }
        return counts
    }
}
