import Foundation
import GRDB

/// The SQLite project file: documents, quotations and turns, speakers, organisations, themes, codings,
/// theme hits and runs. Migrations are versioned; each run is written in one transaction, so a crash
/// leaves the previous project intact. Stored documents are reused when their content hash and the
/// lexicons are unchanged.
public struct ProjectStore: Sendable {
    public let path: String
    let database: DatabaseQueue

    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        // A run's transaction spans many accesses: documents are written as they are analysed (`beginRun`,
        // `add`, `finishRun`), so a run never holds the whole corpus's results in memory.
        configuration.allowsUnsafeTransactions = true
        // Foreign keys stay declared for readers of the file, but are not enforced while writing: every
        // inserted row would look its parent up (1.3 M lookups per 100 MB), and deleting a document's rows
        // is done explicitly (`deleteDocument`).
        configuration.foreignKeysEnabled = false
        database = try DatabaseQueue(path: path, configuration: configuration)
        try Self.migrator.migrate(database)
        try buildCodingsIndexes()  // after a crash between a run's commit and its index build
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
        // The normalised text of each document part, so a theme-lexicon edit re-tags without re-ingesting.
        m.registerMigration("v3") { db in
            try db.execute(sql: """
                CREATE TABLE texts (document TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE, part INTEGER NOT NULL,
                    base_scalars INTEGER NOT NULL, paragraph_base INTEGER NOT NULL, text BLOB NOT NULL, paragraphs BLOB NOT NULL,
                    PRIMARY KEY (document, part));
                """)
        }
        // Theme hits packed per document (`PackedHits`): a row per hit was the store's largest cost.
        m.registerMigration("v4") { db in
            try db.execute(sql: """
                CREATE TABLE hits (document TEXT PRIMARY KEY REFERENCES documents(path) ON DELETE CASCADE,
                    count INTEGER NOT NULL, data BLOB NOT NULL);
                """)
            let paths = try String.fetchAll(db, sql: "SELECT DISTINCT document FROM matches ORDER BY document")
            for path in paths {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT paragraph, start, "end", theme, term, text FROM matches WHERE document = ? ORDER BY start, theme, "end", term
                    """, arguments: [path])
                let matches = rows.map { MatchRecord(document: path, paragraph: $0[0], start: $0[1], end: $0[2], theme: $0[3], term: $0[4], text: $0[5]) }
                try insertHits(path, matches, db)
            }
            try db.execute(sql: "DROP TABLE matches")
        }
        // Respondents known by a description, not a name (`(huisarts, gemeente C)`): `name` holds the description.
        m.registerMigration("v5") { db in
            try db.execute(sql: "ALTER TABLE speakers ADD COLUMN anonymous INTEGER NOT NULL DEFAULT 0")
        }
        // Each speaker's organisation type as their document gives it: read from the organisation shared by
        // name, the first document to name it decided for all (an untyped first mention hid later types).
        m.registerMigration("v6") { db in
            try db.execute(sql: """
                ALTER TABLE speakers ADD COLUMN organisation_type TEXT;
                UPDATE speakers SET organisation_type = (SELECT type FROM organisations o WHERE o.id = speakers.organisation);
                """)
        }
        return m
    }

    /// Applied migration identifiers, oldest first.
    public func migrations() throws -> [String] {
        try database.read { db in try Self.migrator.appliedMigrations(db) }
    }

    /// What can be reused under these fingerprints (`lexiconHash` is "speakers|themes"): documents whose
    /// results stand (`unchanged`), and documents whose quotations stand but whose themes must be tagged
    /// again from the stored text (`retag`), both as path → content hash.
    public func reuse(speakerHash: String, themeHash: String) throws -> (unchanged: [String: String], retag: [String: String]) {
        try database.read { db in
            let stored = (try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'lexicons'") ?? "").split(separator: "|", maxSplits: 1,
                                                                                                           omittingEmptySubsequences: false)
            guard stored.count == 2, stored[0] == speakerHash else { return ([:], [:]) }
            var out: [String: String] = [:]
            let sql = "SELECT path, id FROM documents d WHERE status = 'ok' AND EXISTS (SELECT 1 FROM texts t WHERE t.document = d.path)"
            for row in try Row.fetchAll(db, sql: sql) { out[row[0]] = row[1] }
            return stored[1] == themeHash ? (out, [:]) : ([:], out)
        }
    }

    /// The stored text parts of a document, in order (read by workers while a run's transaction is open).
    public func textParts(_ path: String) throws -> [TextPart] {
        try database.writeWithoutTransaction { db in
            let rows = try CStatement(db, sql: "SELECT text, paragraphs, base_scalars, paragraph_base FROM texts WHERE document = ? ORDER BY part")
            rows.bind(1, path)
            var parts: [TextPart] = []
            while try rows.next() {
                parts.append(TextPart(text: rows.bytes(0), paragraphs: TextPart.unpack(rows.bytes(1)), baseScalars: rows.int(2), paragraphBase: rows.int(3)))
            }
            return parts
        }
    }

    /// Writes a document's theme hits and quotation codings after re-tagging (the run began with
    /// `clearThemes`, so there are none to replace).
    public func addThemes(_ path: String, with result: Retagging.Result) throws {
        try database.writeWithoutTransaction { db in
            try Self.insertHits(path, result.document?.matches ?? result.matches, db)
            let coding = try CStatement(db, sql: "INSERT INTO codings (quote, theme) VALUES (?, ?)")
            for (quote, themes) in result.themes {
                for theme in themes {
                    coding.bind(1, quote); coding.bind(2, theme)
                    try coding.step()
                }
            }
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
        let run = try beginRun(corpus: corpus, paths: analysis.reports.map(\.path))
        do {
            let quotes = Dictionary(grouping: analysis.quotes, by: \.document)
            let matches = Dictionary(grouping: analysis.matches, by: \.document)
            var written = 0
            for report in analysis.reports where !reused.contains(report.path) {
                try add(report, quotes: quotes[report.path] ?? [], matches: matches[report.path] ?? [], to: run)
                written += 1
                if fail, written == 2 { throw DatabaseError(message: "simulated crash in the middle of a run") }
            }
            return try finishRun(run, themes: themes, lexiconHash: lexiconHash, corpus: corpus)
        } catch {
            cancelRun()
            throw error
        }
    }

    /// A run being written: one open transaction.
    public struct Run: Sendable {
        let id: Int64
        let files: Int
        /// The project held no documents when the run began: there is nothing to replace.
        let isFresh: Bool
        /// All hits and codings were deleted when the run began (`clearThemes`).
        let themesCleared: Bool
        public var summary: RunSummary
        /// The run fills codings from empty without their indexes (`codingsIndexes`).
        public var dropsCodingsIndexes: Bool { isFresh || themesCleared }
    }

    /// The indexes on codings. Keeping them up to date costs a B-tree descent per coding at a random place
    /// (quotation ids are hashes; most of storing a re-tag), so a run that fills codings from empty (a fresh
    /// project, or a re-tag, which clears them) drops them and builds them once, sorted: in `finishRun`, or
    /// after it with `buildCodingsIndexes` while the reports are written (a crash in between leaves them to
    /// the next opening of the file). Nothing reads through them meanwhile: a fresh project has no old
    /// documents to replace, and a re-tag run deletes no codings (there are none) and reads none
    /// (`document(_:withThemes:)`). The indexes on quotes and speakers fill in corpus order, near their
    /// ends, and stay (dropping them too gained nothing at 100 MB and made the end of a run 0.2–0.3 s longer).
    static let codingsIndexes: [(name: String, sql: String)] = [
        ("codings_theme", "CREATE INDEX IF NOT EXISTS codings_theme ON codings(theme)"),
        ("codings_quote", "CREATE INDEX IF NOT EXISTS codings_quote ON codings(quote)"),
    ]

    /// Opens the run's transaction, records the run and deletes documents no longer in the corpus (`paths`).
    /// `clearThemes` (a theme-lexicon edit: every stored document is re-tagged or analysed again) deletes
    /// all theme hits and codings at once, far faster than document by document. `clearAll` (nothing can be
    /// reused: another speaker lexicon or build, or `--fresh`) starts from an empty project file: organisations
    /// are shared by name across documents, so one kept from before would keep the type an earlier lexicon gave it.
    public func beginRun(corpus: String, paths: [String], clearThemes: Bool = false, clearAll: Bool = false) throws -> Run {
        try database.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            do {
                let present = Set(paths)
                let removed = try String.fetchAll(db, sql: "SELECT path FROM documents").filter { !present.contains($0) }
                try db.execute(sql: "INSERT INTO runs (started, corpus, files, analysed, reused, removed) VALUES (?, ?, ?, ?, ?, ?)",
                               arguments: [ISO8601DateFormatter().string(from: Date()), corpus, paths.count, 0, 0, removed.count])
                let run = db.lastInsertedRowID
                if !clearAll { for path in removed { try Self.deleteDocument(path, db) } }  // else all go below
                if clearAll {
                    for (table, _) in Self.documentRows { try db.execute(sql: "DELETE FROM \(table)") }
                    try db.execute(sql: "DELETE FROM organisations")
                } else if clearThemes {
                    try db.execute(sql: "DELETE FROM hits")
                    try db.execute(sql: "DELETE FROM codings")
                }
                let isFresh = try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM documents)") ?? true
                if isFresh || clearThemes {
                    for index in Self.codingsIndexes { try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)") }
                }
                return Run(id: run, files: paths.count, isFresh: isFresh, themesCleared: clearThemes,
                           summary: RunSummary(analysed: 0, reused: 0, removed: removed.count))
            } catch {
                try? db.execute(sql: "ROLLBACK")
                throw error
            }
        }
    }

    /// Replaces one analysed document, its quotations, speakers, codings and theme hits. Returns the document
    /// as the store will give it back (`document(_:)`), so outputs can be written without reading it again.
    @discardableResult
    public func add(_ report: FileReport, quotes: [QuoteRecord], matches: [MatchRecord], texts: [TextPart] = [], to run: Run) throws -> StoredDocument {
        try database.writeWithoutTransaction { db in
            if !run.isFresh { try Self.deleteDocument(report.path, db, themesCleared: run.themesCleared) }
            try insert(report, run: run.id, db)
            let people = try insert(quotes, document: report.path, db)
            let stored = StoredDocument(stored: report, quotes: quotes, matches: matches, people: people)
            try Self.insertHits(report.path, stored.matches, db)
            let text = try CStatement(db, sql: "INSERT INTO texts (document, part, base_scalars, paragraph_base, text, paragraphs) VALUES (?, ?, ?, ?, ?, ?)")
            for (k, part) in texts.enumerated() {
                text.bind(1, report.path); text.bind(2, k); text.bind(3, part.baseScalars); text.bind(4, part.paragraphBase)
                text.bind(5, part.text); text.bind(6, part.packedParagraphs)
                try text.step()
            }
            return stored
        }
    }

    /// One document's hits as one packed row (in store order, as `StoredDocument` sorts them).
    static func insertHits(_ path: String, _ matches: [MatchRecord], _ db: Database) throws {
        guard !matches.isEmpty else { return }
        let row = try CStatement(db, sql: "INSERT INTO hits (document, count, data) VALUES (?, ?, ?)")
        row.bind(1, path); row.bind(2, matches.count); row.bind(3, PackedHits.pack(matches))
        try row.step()
    }

    /// Deletes a document and everything stored of it (what `ON DELETE CASCADE` would do with foreign keys on).
    /// `themesCleared`: the run began by deleting all hits and codings, so there are none to look for.
    static func deleteDocument(_ path: String, _ db: Database, themesCleared: Bool = false) throws {
        for (table, rows) in documentRows where !themesCleared || (table != "codings" && table != "hits") {
            try db.cachedStatement(sql: "DELETE FROM \(table) WHERE \(rows)").execute(arguments: [path])
        }
    }

    /// Every table that holds rows of a document, with the condition that selects them by its path (`?`),
    /// in the order they are deleted (codings before the quotations they point at). Organisations are shared
    /// by name, not a document's.
    static let documentRows: [(table: String, rows: String)] = [
        ("codings", "quote IN (SELECT id FROM quotes WHERE document = ?)"), ("hits", "document = ?"), ("quotes", "document = ?"),
        ("speakers", "document = ?"), ("texts", "document = ?"), ("documents", "path = ?"),
    ]

    /// Builds the codings indexes a run dropped, in a transaction of its own (nothing when they exist).
    public func buildCodingsIndexes() throws {
        try database.write { db in
            for index in Self.codingsIndexes { try db.execute(sql: index.sql) }
        }
    }

    /// Records the themes and settings and commits the run. `buildIndexes: false` commits without the
    /// codings indexes the run dropped: the caller builds them with `buildCodingsIndexes` (beside the reports).
    public func finishRun(_ run: Run, themes: ThemeLexicon?, lexiconHash: String, corpus: String, buildIndexes: Bool = true) throws -> RunSummary {
        try database.writeWithoutTransaction { db in
            do {
                if buildIndexes {
                    for index in Self.codingsIndexes { try db.execute(sql: index.sql) }
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
                let analysed = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE run = ?", arguments: [run.id]) ?? 0
                try db.execute(sql: "UPDATE runs SET analysed = ?, reused = ? WHERE id = ?", arguments: [analysed, run.files - analysed, run.id])
                try db.execute(sql: "COMMIT")
                var summary = run.summary
                summary.analysed = analysed
                summary.reused = run.files - analysed
                return summary
            } catch {
                try? db.execute(sql: "ROLLBACK")
                throw error
            }
        }
    }

    /// Abandons the open run: the project stays as the previous run left it.
    public func cancelRun() {
        try? database.writeWithoutTransaction { db in if db.isInsideTransaction { try db.execute(sql: "ROLLBACK") } }
    }

    private func insert(_ r: FileReport, run: Int64, _ db: Database) throws {
        let (status, reason): (String, String?) = switch r.status { case .ok: ("ok", nil); case .error(let why): ("error", why) }
        // Most documents have no warnings: no Foundation serialisation for them.
        let warnings = r.warnings.isEmpty ? "[]" : String(decoding: try JSONSerialization.data(withJSONObject: r.warnings), as: UTF8.self)
        let row = try CStatement(db, sql: """
            INSERT INTO documents (path, id, format, title, size, encoding, paragraphs, sentences, characters, parts, status, reason,
                warnings, description, author, date, url, language, run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        row.bind(1, r.path); row.bind(2, r.id); row.bind(3, r.format.rawValue); row.bind(4, r.title); row.bind(5, r.sizeBytes)
        row.bind(6, r.encoding); row.bind(7, r.paragraphs); row.bind(8, r.sentences); row.bind(9, r.characters); row.bind(10, r.parts)
        row.bind(11, status); row.bind(12, reason); row.bind(13, warnings); row.bind(14, r.metadata.description)
        row.bind(15, r.metadata.author); row.bind(16, r.metadata.date); row.bind(17, r.metadata.url); row.bind(18, r.metadata.language)
        row.bind(19, run)
        try row.step()
    }

    /// Returns each speaker as stored: the first person of that name in the document, with the
    /// organisation's type as the project holds it.
    private func insert(_ quotes: [QuoteRecord], document: String, _ db: Database) throws -> [String: Person] {
        var speakers: [String: Int64] = [:]
        var people: [String: Person] = [:]
        let row = try CStatement(db, sql: """
            INSERT INTO quotes (id, document, paragraph, start, "end", text, kind, speaker, cue, confidence, repeat_of)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let coding = try CStatement(db, sql: "INSERT INTO codings (quote, theme) VALUES (?, ?)")
        // Speakers and organisations through the C API too: GRDB's argument arrays and `Row` cost 3% of a
        // cold run's CPU for a few thousand speakers per 10 MB.
        let addOrganisation = try CStatement(db, sql: "INSERT OR IGNORE INTO organisations (name, type) VALUES (?, ?)")
        let findOrganisation = try CStatement(db, sql: "SELECT id FROM organisations WHERE name = ?")
        let addSpeaker = try CStatement(db, sql: """
            INSERT INTO speakers (document, name, aliases, role, role_category, organisation, anonymous, organisation_type)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for q in quotes {
            var speaker: Int64?
            if let p = q.speaker {
                if let known = speakers[p.name] {
                    speaker = known
                } else {
                    var organisation: Int64?
                    var stored = p
                    stored.aliases = p.aliases.joined(separator: "|").split(separator: "|").map(String.init)
                    if let name = p.organisation {
                        addOrganisation.bind(1, name); addOrganisation.bind(2, p.organisationType)
                        try addOrganisation.step()
                        findOrganisation.bind(1, name)
                        if try findOrganisation.next() {
                            organisation = Int64(findOrganisation.int(0))
                            findOrganisation.reset()
                        }
                    }
                    addSpeaker.bind(1, document); addSpeaker.bind(2, p.name); addSpeaker.bind(3, p.aliases.joined(separator: "|"))
                    addSpeaker.bind(4, p.role); addSpeaker.bind(5, p.roleCategory); addSpeaker.bind(6, organisation)
                    addSpeaker.bind(7, p.isAnonymous ? 1 : 0); addSpeaker.bind(8, stored.organisationType)
                    try addSpeaker.step()
                    speaker = db.lastInsertedRowID
                    speakers[p.name] = speaker
                    people[p.name] = stored
                }
            }
            row.bind(1, q.id); row.bind(2, q.document); row.bind(3, q.paragraph); row.bind(4, q.start); row.bind(5, q.end)
            row.bind(6, q.text); row.bind(7, q.kind.rawValue); row.bind(8, speaker); row.bind(9, q.cue); row.bind(10, q.confidence)
            row.bind(11, q.repeatOf)
            try row.step()
            for theme in q.themes {
                coding.bind(1, q.id); coding.bind(2, theme)
                try coding.step()
            }
        }
        return people
    }

    /// Reads on the connection as it is. GRDB's `read` turns `PRAGMA query_only` on and off, and SQLite
    /// expires every prepared statement of the connection on such a flag pragma: reading each document
    /// during a re-tag made every cached statement (the store's inserts too) be parsed again, 10% of the
    /// re-tag's CPU at 10 MB. Callers only read.
    func reading<T>(_ body: (Database) throws -> T) throws -> T {
        try database.writeWithoutTransaction(body)
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
        if documentsOnly {
            let reports = try reading { db in try Row.fetchAll(db, sql: "SELECT * FROM documents ORDER BY path").map(Self.report) }
            return CorpusAnalysis(reports: reports, skipped: [], quotes: [], matches: [])
        }
        var analysis = CorpusAnalysis(reports: [], skipped: [], quotes: [], matches: [])
        try forEachDocument { d in
            analysis.reports.append(d.report)
            analysis.quotes += d.quotes
            analysis.matches += d.matches
        }
        return analysis
    }

    static func report(_ row: Row) -> FileReport {
        var r = FileReport(path: row["path"], format: SourceFormat(rawValue: row["format"]) ?? .txt)
        r.id = row["id"]; r.title = row["title"]; r.sizeBytes = row["size"]; r.encoding = row["encoding"]
        r.paragraphs = row["paragraphs"]; r.sentences = row["sentences"]; r.characters = row["characters"]; r.parts = row["parts"]
        r.status = row["status"] == "ok" ? .ok : .error(row["reason"] ?? "")
        r.warnings = (try? JSONSerialization.jsonObject(with: Data((row["warnings"] as String).utf8)) as? [String]) ?? []
        r.metadata.title = r.title; r.metadata.description = row["description"]; r.metadata.author = row["author"]
        r.metadata.date = row["date"]; r.metadata.url = row["url"]; r.metadata.language = row["language"]
        return r
    }
}
