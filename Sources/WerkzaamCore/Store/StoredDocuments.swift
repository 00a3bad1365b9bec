import Foundation
import GRDB

/// Reading the project one document at a time, in corpus order, so outputs are written from the store
/// without holding the corpus's quotations and hits in memory.
extension ProjectStore {
    /// One stored document, its quotations and turns (by start, end) and its theme hits (by start, theme,
    /// end, term), as `load` gives them; nil when the document is not stored. `withThemes: false` leaves the
    /// hits and the quotations' themes out: a re-tag makes new ones (and during a re-tag run there are none
    /// to read, nor the index that finds them: `ProjectStore.beginRun`).
    public func document(_ path: String, withThemes: Bool = true) throws -> StoredDocument? {
        try database.read { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM documents WHERE path = ?"), arguments: [path]) else {
                return nil
            }
            return try Self.records(of: Self.report(row), db, withThemes: withThemes)
        }
    }

    /// Every stored document in corpus order (by path), one at a time.
    public func forEachDocument(_ body: (StoredDocument) throws -> Void) throws {
        try database.read { db in
            let reports = try Row.fetchAll(db, sql: "SELECT * FROM documents ORDER BY path").map(Self.report)
            for r in reports { try body(try Self.records(of: r, db)) }
        }
    }

    private static func records(of report: FileReport, _ db: Database, withThemes: Bool = true) throws -> StoredDocument {
        var themesOf: [String: [String]] = [:]
        if withThemes {
            let codings = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT c.quote, c.theme FROM codings c JOIN quotes q ON q.id = c.quote WHERE q.document = ? ORDER BY c.theme
                """), arguments: [report.path])
            while let row = try codings.next() { themesOf[row[0], default: []].append(row[1]) }
        }
        var quotes: [QuoteRecord] = []
        // Columns by position, not by name: a name lookup per value dominated loading.
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT q.id, q.paragraph, q.start, q."end", q.text, q.kind, q.cue, q.confidence, q.repeat_of,
                s.name, s.aliases, s.role, s.role_category, o.name, o.type
            FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker LEFT JOIN organisations o ON o.id = s.organisation
            WHERE q.document = ? ORDER BY q.start, q."end"
            """), arguments: [report.path])
        var people: [String: Person] = [:]  // one Person per speaker, shared by their quotations
        while let row = try rows.next() {
            var speaker: Person?
            if let name: String = row[9] {
                if let known = people[name] {
                    speaker = known
                } else {
                    var p = Person(name: name)
                    p.aliases = (row[10] as String).split(separator: "|").map(String.init)
                    p.role = row[11]; p.roleCategory = row[12]
                    p.organisation = row[13]; p.organisationType = row[14]
                    people[name] = p
                    speaker = p
                }
            }
            let id: String = row[0]
            quotes.append(QuoteRecord(id: id, document: report.path, paragraph: row[1], start: row[2], end: row[3],
                                      text: row[4], kind: QuoteKind(rawValue: row[5]) ?? .quote, speaker: speaker,
                                      cue: row[6], confidence: row[7], repeatOf: row[8], themes: themesOf[id] ?? []))
        }
        var matches: [MatchRecord] = []
        if withThemes, let data = try Data.fetchOne(db.cachedStatement(sql: "SELECT data FROM hits WHERE document = ?"), arguments: [report.path]) {
            guard let unpacked = PackedHits.unpack([UInt8](data), document: report.path) else {
                throw IngestError("the project file's theme hits of \(report.path) are damaged; run analyze with --fresh")
            }
            matches = unpacked
        }
        var report = report
        report.themeCounts = FileReport.themeCounts(matches)
        return StoredDocument(report: report, quotes: quotes, matches: matches)
    }
}

/// A document as the project file holds it.
public struct StoredDocument: Sendable {
    public var report: FileReport
    public var quotes: [QuoteRecord]
    public var matches: [MatchRecord]
}

extension StoredDocument {
    /// A document just written, in the form and order `ProjectStore.document(_:)` gives it back: quotations
    /// by start and end, themes and hits in SQLite's byte order, speakers as stored (`people`).
    init(stored report: FileReport, quotes: [QuoteRecord], matches: [MatchRecord], people: [String: Person]) {
        func precedes(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
        self.report = report
        self.report.themeCounts = FileReport.themeCounts(matches)
        self.quotes = quotes.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        for k in self.quotes.indices {
            self.quotes[k].document = report.path
            if self.quotes[k].themes.count > 1 { self.quotes[k].themes.sort(by: precedes) }
            if let name = self.quotes[k].speaker?.name { self.quotes[k].speaker = people[name] }
        }
        self.matches = matches.sorted { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.theme != b.theme { return precedes(a.theme, b.theme) }
            if a.end != b.end { return a.end < b.end }
            return precedes(a.term, b.term)
        }
    }
}
