import Foundation
import GRDB

/// The SQLite project file: documents, quotations and turns, speakers, organisations, themes, codings,
/// theme hits and runs. Migrations are versioned; each run is written in one transaction, so a crash
/// leaves the previous project intact. Stored documents are reused when their content hash and the
/// lexicons are unchanged.
public struct ProjectStore {
    public let path: String
    private let database: DatabaseQueue

    public init(path: String) throws {
        self.path = path
        database = try DatabaseQueue(path: path)
        try Self.migrator.migrate(database)
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT NOT NULL, corpus TEXT NOT NULL,
                    files INTEGER NOT NULL, analysed INTEGER NOT NULL, reused INTEGER NOT NULL, removed INTEGER NOT NULL);
                CREATE TABLE documents (path TEXT PRIMARY KEY, id TEXT NOT NULL, format TEXT NOT NULL, title TEXT,
                    size INTEGER NOT NULL, encoding TEXT, paragraphs INTEGER NOT NULL, sentences INTEGER NOT NULL,
                    characters INTEGER NOT NULL, parts INTEGER NOT NULL, status TEXT NOT NULL, reason TEXT,
                    warnings TEXT NOT NULL, description TEXT, author TEXT, date TEXT, url TEXT, language TEXT,
                    run INTEGER NOT NULL REFERENCES runs(id));
                CREATE TABLE organisations (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, type TEXT);
                CREATE TABLE speakers (id INTEGER PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
                    name TEXT NOT NULL, aliases TEXT NOT NULL, role TEXT, role_category TEXT,
                    organisation INTEGER REFERENCES organisations(id), UNIQUE(document, name));
                CREATE TABLE quotes (id TEXT PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
                    paragraph INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                    kind TEXT NOT NULL, speaker INTEGER REFERENCES speakers(id), cue TEXT, confidence REAL NOT NULL, repeat_of TEXT);
                CREATE INDEX quotes_document ON quotes(document, start);
                CREATE TABLE themes (name TEXT PRIMARY KEY, description TEXT);
                CREATE TABLE codings (quote TEXT NOT NULL REFERENCES quotes(id) ON DELETE CASCADE, theme TEXT NOT NULL);
                CREATE INDEX codings_theme ON codings(theme);
                CREATE TABLE matches (document TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
                    paragraph INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, theme TEXT NOT NULL,
                    term TEXT NOT NULL, text TEXT NOT NULL);
                CREATE INDEX matches_document ON matches(document, start);
                """)
        }
        // Deleting a document cascades to its quotes and their codings: without these indexes every deleted
        // row scanned its child table (100 s to replace 10 MB of documents).
        m.registerMigration("v2") { db in
            try db.execute(sql: """
                CREATE INDEX codings_quote ON codings(quote);
                CREATE INDEX quotes_speaker ON quotes(speaker);
                CREATE INDEX speakers_organisation ON speakers(organisation);
                """)
        }
        return m
    }

    /// Applied migration identifiers, oldest first.
    public func migrations() throws -> [String] {
        try database.read { db in try Self.migrator.appliedMigrations(db) }
    }

    /// Stored content hashes by document path, when the stored lexicons equal `lexiconHash`; else empty.
    public func reusable(lexiconHash: String) throws -> [String: String] {
        try database.read { db in
            let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'lexicons'")
            guard stored == lexiconHash else { return [:] }
            var out: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, id FROM documents WHERE status = 'ok'") { out[row["path"]] = row["id"] }
            return out
        }
    }

    public struct RunSummary: Sendable, Equatable {
        public var analysed: Int
        public var reused: Int
        public var removed: Int
    }

    /// Writes one run in a single transaction: replaces the analysed documents, keeps the reused ones,
    /// deletes documents no longer in the corpus. `fail` is a test hook that aborts halfway.
    public func save(_ analysis: CorpusAnalysis, reused: Set<String>, corpus: String, lexiconHash: String,
                     themes: ThemeLexicon?, fail: Bool = false) throws -> RunSummary {
        try database.write { db in
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            let present = Set(analysis.reports.map(\.path))
            let stored = try String.fetchAll(db, sql: "SELECT path FROM documents")
            let removed = stored.filter { !present.contains($0) }
            try db.execute(sql: "INSERT INTO runs (started, corpus, files, analysed, reused, removed) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [ISO8601DateFormatter().string(from: Date()), corpus, analysis.reports.count,
                                       analysis.reports.count - reused.count, reused.count, removed.count])
            let run = db.lastInsertedRowID
            for path in removed { try db.execute(sql: "DELETE FROM documents WHERE path = ?", arguments: [path]) }
            var written = 0
            for report in analysis.reports where !reused.contains(report.path) {
                try db.execute(sql: "DELETE FROM documents WHERE path = ?", arguments: [report.path])
                try insert(report, run: run, db)
                written += 1
                if fail, written == 2 { throw DatabaseError(message: "simulated crash in the middle of a run") }
            }
            let byDocument = Dictionary(grouping: analysis.quotes.filter { !reused.contains($0.document) }, by: \.document)
            for (document, quotes) in byDocument.sorted(by: { $0.key < $1.key }) { try insert(quotes, document: document, db) }
            // Cached statements: prepared once per run, not once per row.
            let insertMatch = try db.cachedStatement(sql: "INSERT INTO matches (document, paragraph, start, \"end\", theme, term, text) VALUES (?, ?, ?, ?, ?, ?, ?)")
            for m in analysis.matches where !reused.contains(m.document) {
                try insertMatch.execute(arguments: [m.document, m.paragraph, m.start, m.end, m.theme, m.term, m.text])
            }
            if let themes {
                try db.execute(sql: "DELETE FROM themes")
                for t in themes.themes {
                    try db.execute(sql: "INSERT INTO themes (name, description) VALUES (?, ?)", arguments: [t.name, t.description])
                }
            }
            try db.execute(sql: "DELETE FROM organisations WHERE id NOT IN (SELECT organisation FROM speakers WHERE organisation IS NOT NULL)")
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('lexicons', ?)", arguments: [lexiconHash])
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('corpus', ?)", arguments: [corpus])
            return RunSummary(analysed: written, reused: reused.count, removed: removed.count)
        }
    }

    private func insert(_ r: FileReport, run: Int64, _ db: Database) throws {
        let (status, reason): (String, String?) = switch r.status { case .ok: ("ok", nil); case .error(let why): ("error", why) }
        let warnings = String(decoding: try JSONSerialization.data(withJSONObject: r.warnings), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO documents (path, id, format, title, size, encoding, paragraphs, sentences, characters, parts, status, reason,
                warnings, description, author, date, url, language, run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [r.path, r.id, r.format.rawValue, r.title, r.sizeBytes, r.encoding, r.paragraphs, r.sentences,
                             r.characters, r.parts, status, reason, warnings, r.metadata.description, r.metadata.author,
                             r.metadata.date, r.metadata.url, r.metadata.language, run])
    }

    private func insert(_ quotes: [QuoteRecord], document: String, _ db: Database) throws {
        var speakers: [String: Int64] = [:]
        for q in quotes {
            var speaker: Int64?
            if let p = q.speaker {
                if let known = speakers[p.name] {
                    speaker = known
                } else {
                    var organisation: Int64?
                    if let name = p.organisation {
                        try db.execute(sql: "INSERT OR IGNORE INTO organisations (name, type) VALUES (?, ?)", arguments: [name, p.organisationType])
                        organisation = try Int64.fetchOne(db, sql: "SELECT id FROM organisations WHERE name = ?", arguments: [name])
                    }
                    try db.execute(sql: "INSERT INTO speakers (document, name, aliases, role, role_category, organisation) VALUES (?, ?, ?, ?, ?, ?)",
                                   arguments: [document, p.name, p.aliases.joined(separator: "|"), p.role, p.roleCategory, organisation])
                    speaker = db.lastInsertedRowID
                    speakers[p.name] = speaker
                }
            }
            try db.cachedStatement(sql: """
                INSERT INTO quotes (id, document, paragraph, start, "end", text, kind, speaker, cue, confidence, repeat_of)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [q.id, q.document, q.paragraph, q.start, q.end, q.text, q.kind.rawValue, speaker, q.cue, q.confidence, q.repeatOf])
            let coding = try db.cachedStatement(sql: "INSERT INTO codings (quote, theme) VALUES (?, ?)")
            for theme in q.themes { try coding.execute(arguments: [q.id, theme]) }
        }
    }

    public func quoteCount() throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM quotes") ?? 0 }
    }

    public func meta(_ key: String) throws -> String? {
        try database.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    public func setMeta(_ key: String, _ value: String) throws {
        try database.write { db in try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value]) }
    }

    /// The stored analysis, in corpus order, as `analyze` would have produced it.
    public func load(documentsOnly: Bool = false) throws -> CorpusAnalysis {
        try database.read { db in
            var reports: [FileReport] = []
            for row in try Row.fetchAll(db, sql: "SELECT * FROM documents ORDER BY path") {
                var r = FileReport(path: row["path"], format: SourceFormat(rawValue: row["format"]) ?? .txt)
                r.id = row["id"]; r.title = row["title"]; r.sizeBytes = row["size"]; r.encoding = row["encoding"]
                r.paragraphs = row["paragraphs"]; r.sentences = row["sentences"]; r.characters = row["characters"]; r.parts = row["parts"]
                r.status = row["status"] == "ok" ? .ok : .error(row["reason"] ?? "")
                r.warnings = (try? JSONSerialization.jsonObject(with: Data((row["warnings"] as String).utf8)) as? [String]) ?? []
                r.metadata.title = r.title; r.metadata.description = row["description"]; r.metadata.author = row["author"]
                r.metadata.date = row["date"]; r.metadata.url = row["url"]; r.metadata.language = row["language"]
                reports.append(r)
            }
            if documentsOnly { return CorpusAnalysis(reports: reports, skipped: [], quotes: [], matches: []) }
            var themesOf: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT quote, theme FROM codings ORDER BY theme") { themesOf[row["quote"], default: []].append(row["theme"]) }
            var quotes: [QuoteRecord] = []
            let sql = """
                SELECT q.*, s.name, s.aliases, s.role, s.role_category, o.name AS organisation, o.type AS organisation_type
                FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker LEFT JOIN organisations o ON o.id = s.organisation
                ORDER BY q.document, q.start, q."end"
                """
            for row in try Row.fetchAll(db, sql: sql) {
                var speaker: Person?
                if let name: String = row["name"] {
                    var p = Person(name: name)
                    p.aliases = (row["aliases"] as String).split(separator: "|").map(String.init)
                    p.role = row["role"]; p.roleCategory = row["role_category"]
                    p.organisation = row["organisation"]; p.organisationType = row["organisation_type"]
                    speaker = p
                }
                let id: String = row["id"]
                quotes.append(QuoteRecord(id: id, document: row["document"], paragraph: row["paragraph"], start: row["start"], end: row["end"],
                                          text: row["text"], kind: QuoteKind(rawValue: row["kind"]) ?? .quote, speaker: speaker,
                                          cue: row["cue"], confidence: row["confidence"], repeatOf: row["repeat_of"],
                                          themes: themesOf[id] ?? []))
            }
            var matches: [MatchRecord] = []
            for row in try Row.fetchAll(db, sql: "SELECT * FROM matches ORDER BY document, start, theme") {
                matches.append(MatchRecord(document: row["document"], paragraph: row["paragraph"], start: row["start"], end: row["end"],
                                           theme: row["theme"], term: row["term"], text: row["text"]))
            }
            var counts: [String: [String: Int]] = [:]
            for m in matches { counts[m.document, default: [:]][m.theme, default: 0] += 1 }
            for k in reports.indices { reports[k].themeCounts = counts[reports[k].path] ?? [:] }
            return CorpusAnalysis(reports: reports, skipped: [], quotes: quotes, matches: matches)
        }
    }
}
