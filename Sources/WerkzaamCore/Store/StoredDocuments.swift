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
        try reading { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM documents WHERE path = ?"), arguments: [path]) else {
                return nil
            }
            return try Self.records(of: Self.report(row), db, withThemes: withThemes)
        }
    }

    /// Every stored document in corpus order (by path), one at a time.
    public func forEachDocument(_ body: (StoredDocument) throws -> Void) throws {
        try reading { db in
            let reports = try Row.fetchAll(db, sql: "SELECT * FROM documents ORDER BY path").map(Self.report)
            for r in reports { try body(try Self.records(of: r, db)) }
        }
    }

    private static func records(of report: FileReport, _ db: Database, withThemes: Bool = true) throws -> StoredDocument {
        var themesOf: [String: [String]] = [:]
        if withThemes {
            let codings = try CStatement(db, sql: """
                SELECT c.quote, c.theme FROM codings c JOIN quotes q ON q.id = c.quote WHERE q.document = ? ORDER BY c.theme
                """)
            codings.bind(1, report.path)
            while try codings.next() { themesOf[codings.string(0), default: []].append(codings.string(1)) }
        }
        var quotes: [QuoteRecord] = []
        // Read through the C API (`CStatement`): GRDB's `Row` cost more than the rest of loading.
        let rows = try CStatement(db, sql: """
            SELECT q.id, q.paragraph, q.start, q."end", q.text, q.kind, q.cue, q.confidence, q.repeat_of,
                s.name, s.aliases, s.role, s.role_category, o.name, s.organisation_type, s.anonymous
            FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker LEFT JOIN organisations o ON o.id = s.organisation
            WHERE q.document = ? ORDER BY q.start, q."end"
            """)
        rows.bind(1, report.path)
        defer { rows.reset() }
        var people: [String: Person] = [:]  // one Person per speaker, shared by their quotations
        while try rows.next() {
            var speaker: Person?
            if let name = rows.optionalString(9) {
                if let known = people[name] {
                    speaker = known
                } else {
                    var p = Person(name: name)
                    p.aliases = rows.string(10).split(separator: "|").map(String.init)
                    p.role = rows.optionalString(11); p.roleCategory = rows.optionalString(12)
                    p.organisation = rows.optionalString(13); p.organisationType = rows.optionalString(14)
                    p.isAnonymous = rows.int(15) != 0
                    people[name] = p
                    speaker = p
                }
            }
            let id = rows.string(0)
            quotes.append(QuoteRecord(id: id, document: report.path, paragraph: rows.int(1), start: rows.int(2), end: rows.int(3),
                                      text: rows.string(4), kind: QuoteKind(rawValue: rows.string(5)) ?? .quote, speaker: speaker,
                                      cue: rows.optionalString(6), confidence: rows.double(7), repeatOf: rows.optionalString(8),
                                      themes: themesOf[id] ?? []))
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
