import Foundation
import GRDB
import GRDBSQLite
import Testing
@testable import WerkzaamCore

/// The SQLite project file: migrations, reuse of unchanged documents, updates for changed and removed
/// ones, a crash halfway through a run, and rendering reports from the store.
@Suite(.serialized)
struct StoreTests {
    /// A copy of the sample corpus the tests may change.
    static func corpusCopy() throws -> URL {
        let folder = try TestSupport.temporaryFolder("storecorpus")
        try FileManager.default.removeItem(at: folder)
        try FileManager.default.copyItem(at: TestSupport.corpus, to: folder)
        return folder
    }

    @Test func migrationsAreVersionedAndApplyOnce() throws {
        let folder = try TestSupport.temporaryFolder("migrations")
        let path = folder.appendingPathComponent("p.sqlite").path
        #expect(try ProjectStore(path: path).migrations() == ["v1", "v2", "v3", "v4", "v5", "v6"])
        #expect(try ProjectStore(path: path).migrations() == ["v1", "v2", "v3", "v4", "v5", "v6"])  // reopening applies nothing again
        let empty = try ProjectStore(path: path).load()
        #expect(empty.reports.isEmpty && empty.quotes.isEmpty)
    }

    @Test func migrationV4PacksTheHitRowsOfEachDocument() throws {
        let folder = try TestSupport.temporaryFolder("migration4")
        let path = folder.appendingPathComponent("v3.sqlite").path
        try? FileManager.default.removeItem(atPath: path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false  // as the store opens it: hit rows without their documents
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try ProjectStore.migrator.migrate(queue, upTo: "v3")
        let rows: [[DatabaseValueConvertible]] = [
            ["a.txt", 2, 120, 132, "samenwerking", "samenwerk*", "samenwerking"],
            ["a.txt", 1, 14, 24, "vertrouwen", "vertrouwen", "Vertrouwen"],
            ["a.txt", 1, 14, 24, "regie", "vertrouw*", "Vertrouwen"],
            ["b/c.txt", 3, 7, 21, "samenwerking", "ketenpartner", "ketenpartners"],
        ]
        try queue.write { db in
            for r in rows { try db.execute(sql: "INSERT INTO matches VALUES (?, ?, ?, ?, ?, ?, ?)", arguments: StatementArguments(r)) }
        }
        try queue.close()
        let store = try ProjectStore(path: path)
        #expect(try store.migrations() == ["v1", "v2", "v3", "v4", "v5", "v6"])
        let hits = try store.database.read { db in try Row.fetchAll(db, sql: "SELECT document, count, data FROM hits ORDER BY document") }
        #expect(hits.map { $0[0] as String } == ["a.txt", "b/c.txt"])
        #expect(hits.map { $0[1] as Int } == [3, 1])
        let a = try #require(PackedHits.unpack([UInt8](hits[0][2] as Data), document: "a.txt"))
        #expect(a.map(\.theme) == ["regie", "vertrouwen", "samenwerking"])  // by start, then theme
        #expect(a.map(\.start) == [14, 14, 120] && a.map(\.end) == [24, 24, 132] && a.map(\.paragraph) == [1, 1, 2])
        #expect(a[0].term == "vertrouw*" && a[0].text == "Vertrouwen" && a[0].document == "a.txt")
        #expect(PackedHits.unpack([UInt8](hits[1][2] as Data), document: "b/c.txt")?.first?.text == "ketenpartners")
        #expect(try store.database.read { db in try db.tableExists("matches") } == false)
    }

    @Test func theOutputStageNotesUnchangedDocumentsUntilOneChanges() throws {
        let out = try TestSupport.temporaryFolder("outputstage")
        #expect(try TestSupport.run(["analyze", TestSupport.corpus.path, "--out", out.path, "--quiet"]).code == 0)
        let store = try ProjectStore(path: out.appendingPathComponent("werkzaam.sqlite").path)
        let lexicon = try ThemeLexicon.load(directory: TestSupport.packageRoot.appendingPathComponent("lexicons").path)
        let staged = out.appendingPathComponent("staged").path
        let a = "artikelen/000_b0bd9ab37d8171c2.txt", b = "transcripten/interview-wethouder-harderwijk.txt"
        // Outputs current and only unchanged documents: nothing is written.
        let idle = OutputStage(out: staged, themes: lexicon, unit: .quote, minimumCount: 1, store: store, outputsCurrent: true)
        idle.add(a, written: nil, unchanged: true)
        idle.add(b, written: nil, unchanged: true)
        #expect(idle.drain().writer == nil)
        #expect(!FileManager.default.fileExists(atPath: staged))
        // A changed document starts the outputs: the noted one is written first, in the order handed over.
        let stage = OutputStage(out: staged, themes: lexicon, unit: .quote, minimumCount: 1, store: store, outputsCurrent: true)
        stage.add(a, written: nil, unchanged: true)
        stage.add(b, written: try store.document(b), unchanged: false)
        let drained = stage.drain()
        #expect(drained.failure == nil)
        try #require(drained.writer).finish()
        let lines = try String(contentsOfFile: staged + "/documents.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("\"path\":\"\(a)\"") && lines[1].contains("\"path\":\"\(b)\""))
        let quotes = try String(contentsOfFile: staged + "/quotes.jsonl", encoding: .utf8)
        #expect(quotes.split(separator: "\n").count == (try store.document(a)!.quotes.count + store.document(b)!.quotes.count))
    }

    @Test func packedHitsRoundTripAndRefuseDamagedBytes() throws {
        let hits = [
            MatchRecord(document: "d.txt", paragraph: 4, start: 310, end: 323, theme: "eigenaarschap", term: "regie", text: "régie"),
            MatchRecord(document: "d.txt", paragraph: 1, start: 5, end: 17, theme: "samenwerking", term: "samen doen", text: "samen doen"),
            MatchRecord(document: "d.txt", paragraph: 300, start: 70_000, end: 70_200, theme: "samenwerking", term: "coöperatie",
                        text: String(repeating: "coöperatie ", count: 18)),
        ]
        let bytes = PackedHits.pack(hits)  // out of order on purpose: the second start lies before the first
        #expect(PackedHits.unpack(bytes, document: "d.txt") == hits)
        #expect(PackedHits.unpack(PackedHits.pack([]), document: "d.txt") == [])
        #expect(PackedHits.unpack(Array(bytes.dropLast()), document: "d.txt") == nil)
        #expect(PackedHits.unpack(bytes + [0], document: "d.txt") == nil)
        #expect(PackedHits.unpack([2] + bytes.dropFirst(), document: "d.txt") == nil)
        #expect(PackedHits.unpack([], document: "d.txt") == nil)
    }

    @Test func unchangedDocumentsAreReusedAndChangesAreUpdated() throws {
        let corpus = try Self.corpusCopy()
        let out = try TestSupport.temporaryFolder("storeout")
        let first = try TestSupport.run(["analyze", corpus.path, "--out", out.path, "--quiet"])
        #expect(first.code == 0)
        let freshQuotes = try Data(contentsOf: out.appendingPathComponent("quotes.jsonl"))
        let fresh = try Outputs.files.map { try Data(contentsOf: out.appendingPathComponent($0)) }
        let second = try TestSupport.run(["analyze", corpus.path, "--out", out.path, "--quiet"])
        #expect(second.out.contains("project store: 9 unchanged documents reused, 0 analysed, 0 removed"))
        #expect(second.out.contains("project store: nothing changed; the outputs in \(out.path)/ are up to date"))
        #expect(second.out.contains("123 quotations and turns"))
        #expect(try Data(contentsOf: out.appendingPathComponent("quotes.jsonl")) == freshQuotes)
        // A missing output is written again even when nothing changed.
        try FileManager.default.removeItem(at: out.appendingPathComponent("report.html"))
        let again = try TestSupport.run(["analyze", corpus.path, "--out", out.path, "--quiet"])
        #expect(!again.out.contains("nothing changed"))
        // Written again from the project file, every output is the bytes the fresh run wrote from memory.
        for (file, bytes) in zip(Outputs.files, fresh) {
            #expect(try Data(contentsOf: out.appendingPathComponent(file)) == bytes, "\(file)")
        }
        // Change one article, remove a transcript.
        let article = corpus.appendingPathComponent("artikelen/004_a924b13050f0aa6d.txt")
        try (String(contentsOf: article, encoding: .utf8) + "\n“Samenwerking vraagt vertrouwen en geduld van iedereen”, zegt Frank van Lissum.\n")
            .write(to: article, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("transcripten/teams-gesprek-zutphen.vtt"))
        let third = try TestSupport.run(["analyze", corpus.path, "--out", out.path, "--quiet"])
        #expect(third.out.contains("project store: 7 unchanged documents reused, 1 analysed, 1 removed"))
        let project = try ProjectStore(path: out.appendingPathComponent("werkzaam.sqlite").path)
        let stored = try project.load()
        #expect(stored.reports.count == 8)
        // The changed and the removed document left nothing behind: every row still has its document,
        // quotation, speaker and organisation (the declared foreign keys hold).
        #expect(try project.database.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }.isEmpty)
        #expect(try project.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM texts WHERE document LIKE '%.vtt'") } == 0)
        #expect(!stored.quotes.contains { $0.document.hasSuffix(".vtt") })
        #expect(stored.quotes.contains { $0.text == "Samenwerking vraagt vertrouwen en geduld van iedereen" && $0.speaker?.name == "Frank van Lissum" })
        // The same corpus analysed from scratch writes the same bytes.
        let freshOut = try TestSupport.temporaryFolder("storefresh")
        #expect(try TestSupport.run(["analyze", corpus.path, "--out", freshOut.path, "--quiet", "--fresh"]).code == 0)
        for file in ["documents.jsonl", "quotes.jsonl", "matches.jsonl", "report.html", "cooccurrence.csv"] {
            #expect(try Data(contentsOf: out.appendingPathComponent(file)) == Data(contentsOf: freshOut.appendingPathComponent(file)), "\(file)")
        }
    }

    /// Results are reused only by the build that made them: another executable (a copy here, as a rebuilt or
    /// upgraded Werkzaam would be) analyses every document again, and then reuses its own results.
    @Test func anotherBuildOfWerkzaamAnalysesAgain() throws {
        let corpus = try Self.corpusCopy()
        let out = try TestSupport.temporaryFolder("buildout")
        func lastRun() throws -> [Int] {
            let project = try ProjectStore(path: out.appendingPathComponent("werkzaam.sqlite").path)
            return try project.database.read { db in try Row.fetchOne(db, sql: "SELECT analysed, reused FROM runs ORDER BY id DESC LIMIT 1") }
                .map { [$0[0], $0[1]] } ?? []
        }
        #expect(try TestSupport.run(["analyze", corpus.path, "--out", out.path, "--quiet"]).code == 0)
        #expect(try TestSupport.run(["analyze", corpus.path, "--out", out.path, "--quiet"]).out.contains("9 unchanged documents reused"))
        #expect(try lastRun() == [0, 9])
        let other = try TestSupport.temporaryFolder("otherbuild").appendingPathComponent("werkzaam")
        try FileManager.default.copyItem(at: TestSupport.executable, to: other)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_000)], ofItemAtPath: other.path)
        let upgraded = try TestSupport.run(["analyze", corpus.path, "--out", out.path, "--quiet"], executable: other)
        #expect(upgraded.code == 0 && !upgraded.out.contains("reused") && !upgraded.out.contains("nothing changed"))
        #expect(try lastRun() == [9, 0])
        #expect(try TestSupport.run(["analyze", corpus.path, "--out", out.path, "--quiet"], executable: other).out.contains("9 unchanged documents reused"))
        #expect(try lastRun() == [0, 9])
    }

    @Test func speakerLexiconsDecideReuseThemeLexiconsDecideRetagging() throws {
        let folder = try TestSupport.temporaryFolder("lexhash")
        let store = try ProjectStore(path: folder.appendingPathComponent("p.sqlite").path)
        let run = try store.beginRun(corpus: "c", paths: ["a.txt", "b.txt"])
        let text = Array("Samenwerking vraagt vertrouwen.\n\nEn geduld.".utf8)
        let part = TextPart(text: text, paragraphs: [Span(0, 31), Span(33, 43)], baseScalars: 0, paragraphBase: 0)
        try store.add(Self.report("a.txt"), quotes: [], matches: [], texts: [part], to: run)
        try store.add(Self.report("b.txt"), quotes: [], matches: [], texts: [], to: run)  // no stored text: never re-tagged
        _ = try store.finishRun(run, themes: nil, lexiconHash: "sprekers1|themas1", corpus: "c")
        #expect(try store.textParts("a.txt") == [part])
        let same = try store.reuse(speakerHash: "sprekers1", themeHash: "themas1")
        #expect(same.unchanged == ["a.txt": "hash-a.txt"] && same.retag.isEmpty)
        let themesEdited = try store.reuse(speakerHash: "sprekers1", themeHash: "themas2")
        #expect(themesEdited.unchanged.isEmpty && themesEdited.retag == ["a.txt": "hash-a.txt"])
        let speakersEdited = try store.reuse(speakerHash: "sprekers2", themeHash: "themas1")
        #expect(speakersEdited.unchanged.isEmpty && speakersEdited.retag.isEmpty)
    }

    /// Adding one theme term re-tags the stored text (nothing re-ingested) and writes exactly what a fresh
    /// analysis under the edited lexicon writes.
    @Test func aThemeEditRetagsStoredTextAndMatchesAFreshRun() throws {
        let lexicons = try Self.lexiconsCopy("retaglex")
        let out = try TestSupport.temporaryFolder("retag"), freshOut = try TestSupport.temporaryFolder("retagfresh")
        let corpus = TestSupport.corpus.path
        #expect(try TestSupport.run(["analyze", corpus, "--out", out.path, "--quiet", "--lexicons", lexicons.path]).code == 0)
        let before = try String(contentsOf: out.appendingPathComponent("matches.jsonl"), encoding: .utf8)
        #expect(!before.contains("\"term\":\"gezamenlijk\""))
        let themes = lexicons.appendingPathComponent("themes.yaml")
        var yaml = try String(contentsOf: themes, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "termen: [samenwerking,", with: "termen: [samenwerking, gezamenlijk,")
        try yaml.write(to: themes, atomically: true, encoding: .utf8)
        let retag = try TestSupport.run(["analyze", corpus, "--out", out.path, "--quiet", "--lexicons", lexicons.path])
        #expect(retag.code == 0)
        #expect(retag.out.contains("9 unchanged documents re-tagged from the stored text, 0 analysed"), "\(retag.out)")
        #expect(try TestSupport.run(["analyze", corpus, "--out", freshOut.path, "--quiet", "--lexicons", lexicons.path]).code == 0)
        for file in ["documents.jsonl", "quotes.jsonl", "matches.jsonl", "themes.csv", "cooccurrence.csv", "speaker_roles.csv", "report.html"] {
            #expect(try Data(contentsOf: out.appendingPathComponent(file)) == Data(contentsOf: freshOut.appendingPathComponent(file)), "\(file)")
        }
        let after = try String(contentsOf: out.appendingPathComponent("matches.jsonl"), encoding: .utf8)
        #expect(after.contains("\"term\":\"gezamenlijk\""))
    }

    /// An edit of the speaker lexicons analyses everything again with a fresh run's results: an organisation
    /// kept from before kept the type the earlier lexicon gave it (`Indebuurt033` stayed untyped after
    /// `buurtcoach` became a title of welfare organisations).
    @Test func aSpeakerLexiconEditMatchesAFreshRun() throws {
        let lexicons = try Self.lexiconsCopy("speakerlex")
        let corpus = try TestSupport.temporaryFolder("speakerlexcorpus")
        try """
        Naima Bouzid werkt sinds 2022 als wijkconsulent bij Indebuurt033. “De lijnen zijn kort,” zegt Bouzid.
        """.write(to: corpus.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let out = try TestSupport.temporaryFolder("speakerlexout"), freshOut = try TestSupport.temporaryFolder("speakerlexfresh")
        #expect(try TestSupport.run(["analyze", corpus.path, "--out", out.path, "--quiet", "--lexicons", lexicons.path]).code == 0)
        let before = try String(contentsOf: out.appendingPathComponent("quotes.jsonl"), encoding: .utf8)
        #expect(before.contains("\"organisation\":\"Indebuurt033\",\"organisation_type\":null"))
        let organisations = lexicons.appendingPathComponent("organisations.yaml")
        var yaml = try String(contentsOf: organisations, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "ouderenwerker, ouderenwerk,", with: "ouderenwerker, ouderenwerk, wijkconsulent,")
        try yaml.write(to: organisations, atomically: true, encoding: .utf8)
        #expect(try TestSupport.run(["analyze", corpus.path, "--out", out.path, "--quiet", "--lexicons", lexicons.path]).code == 0)
        #expect(try TestSupport.run(["analyze", corpus.path, "--out", freshOut.path, "--quiet", "--lexicons", lexicons.path]).code == 0)
        let after = try String(contentsOf: out.appendingPathComponent("quotes.jsonl"), encoding: .utf8)
        #expect(after.contains("\"organisation\":\"Indebuurt033\",\"organisation_type\":\"welzijnsorganisatie\""))
        for file in ["quotes.jsonl", "speakers.csv", "speaker_roles.csv", "report.html"] {
            #expect(try Data(contentsOf: out.appendingPathComponent(file)) == Data(contentsOf: freshOut.appendingPathComponent(file)), "\(file)")
        }
    }

    /// Each speaker keeps the organisation type their own document gives: an organisation named untyped in
    /// one document (`Indebuurt033`) and typed by a title in the next keeps that type there, in a fresh run
    /// and in one that reuses the first document.
    @Test func eachSpeakerKeepsTheOrganisationTypeOfTheirDocument() throws {
        let corpus = try TestSupport.temporaryFolder("orgtypecorpus")
        try "“Het begon klein,” zegt Sanne Mulder, medewerker bij Indebuurt033.".write(to: corpus.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "“De lijnen zijn kort,” zegt buurtcoach Naima Bouzid van Indebuurt033."
            .write(to: corpus.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let out = try TestSupport.temporaryFolder("orgtypeout")
        #expect(try TestSupport.run(["analyze", corpus.path, "--out", out.path, "--quiet"]).code == 0)
        let speakers = try String(contentsOf: out.appendingPathComponent("speakers.csv"), encoding: .utf8)
        #expect(speakers.contains("Naima Bouzid;Bouzid | Naima;buurtcoach;professional;Indebuurt033;welzijnsorganisatie;"))
        #expect(speakers.contains("Sanne Mulder;Mulder | Sanne;medewerker;professional;Indebuurt033;;"), "\(speakers)")
        // a.txt edited: analysed again; b.txt reused, read back from the project file with its own type.
        try "“Het begon heel klein,” zegt Sanne Mulder, medewerker bij Indebuurt033."
            .write(to: corpus.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let rerun = try TestSupport.run(["analyze", corpus.path, "--out", out.path])
        #expect(rerun.out.contains("1 unchanged documents reused, 1 analysed"), "\(rerun.out)")
        #expect(try String(contentsOf: out.appendingPathComponent("speakers.csv"), encoding: .utf8)
            .contains("Naima Bouzid;Bouzid | Naima;buurtcoach;professional;Indebuurt033;welzijnsorganisatie;"))
    }

    /// The project's lexicons copied to a folder of their own, for a test to edit.
    static func lexiconsCopy(_ name: String) throws -> URL {
        let folder = try TestSupport.temporaryFolder(name)
        let lexicons = TestSupport.packageRoot.appendingPathComponent("lexicons")
        for file in try FileManager.default.contentsOfDirectory(atPath: lexicons.path) {
            try FileManager.default.copyItem(at: lexicons.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        return folder
    }

    /// Every coding with its row id, in insertion order.
    static func codingRows(_ project: URL) throws -> [(rowid: Int64, coding: String)] {
        try DatabaseQueue(path: project.path).read { db in
            try Row.fetchAll(db, sql: "SELECT rowid, quote || ' ' || theme FROM codings ORDER BY rowid").map { ($0[0], $0[1]) }
        }
    }

    /// Renaming a theme re-tags the stored text: the run clears all codings and builds their indexes anew,
    /// with a fresh run's results, rows inserted in a fresh run's order.
    @Test func aRenamedThemeClearsTheCodingsAndMatchesAFreshRun() throws {
        let lexicons = try Self.lexiconsCopy("renamelex")
        let out = try TestSupport.temporaryFolder("rename"), freshOut = try TestSupport.temporaryFolder("renamefresh")
        let corpus = TestSupport.corpus.path
        #expect(try TestSupport.run(["analyze", corpus, "--out", out.path, "--quiet", "--lexicons", lexicons.path]).code == 0)
        let project = out.appendingPathComponent("werkzaam.sqlite")
        let before = try Self.codingRows(project)
        #expect(before.contains { $0.coding.hasSuffix(" samenwerking") })
        let themes = lexicons.appendingPathComponent("themes.yaml")
        let yaml = try String(contentsOf: themes, encoding: .utf8)
        try yaml.replacingOccurrences(of: "\nsamenwerking:\n", with: "\nsamen optrekken:\n").write(to: themes, atomically: true, encoding: .utf8)
        let retag = try TestSupport.run(["analyze", corpus, "--out", out.path, "--quiet", "--lexicons", lexicons.path])
        #expect(retag.code == 0)
        #expect(retag.out.contains("9 unchanged documents re-tagged from the stored text, 0 analysed"), "\(retag.out)")
        let after = try Self.codingRows(project)
        #expect(!after.contains { $0.coding.hasSuffix(" samenwerking") } && after.contains { $0.coding.hasSuffix(" samen optrekken") })
        #expect(after.count == before.count)
        #expect(try Self.indexes(project) == ["codings_quote", "codings_theme", "quotes_document", "quotes_speaker", "speakers_organisation"])
        #expect(try TestSupport.run(["analyze", corpus, "--out", freshOut.path, "--quiet", "--lexicons", lexicons.path]).code == 0)
        for file in ["quotes.jsonl", "matches.jsonl", "themes.csv", "cooccurrence.csv", "speaker_roles.csv", "report.json"] {
            #expect(try Data(contentsOf: out.appendingPathComponent(file)) == Data(contentsOf: freshOut.appendingPathComponent(file)), "\(file)")
        }
        #expect(try Self.themeRows(project) == (try Self.themeRows(freshOut.appendingPathComponent("werkzaam.sqlite"))))
        let fresh = try Self.codingRows(freshOut.appendingPathComponent("werkzaam.sqlite"))
        #expect(after.map(\.rowid) == fresh.map(\.rowid) && after.map(\.coding) == fresh.map(\.coding))
    }

    /// Tagging options decide which quotations get themes at all: a re-tag after they change gives a fresh
    /// run's codings (a run that kept the stored codings would leave the first run's turn themes standing).
    @Test func changedThemeKindsRetagToAFreshRunsCodings() throws {
        let out = try TestSupport.temporaryFolder("kinds"), freshOut = try TestSupport.temporaryFolder("kindsfresh")
        let corpus = TestSupport.corpus.path
        #expect(try TestSupport.run(["analyze", corpus, "--out", out.path, "--quiet"]).code == 0)
        let project = out.appendingPathComponent("werkzaam.sqlite")
        let turnsCoded = { (p: URL) in
            try DatabaseQueue(path: p.path).read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM codings c JOIN quotes q ON q.id = c.quote WHERE q.kind = 'turn'") ?? -1
            }
        }
        #expect(try turnsCoded(project) > 0)
        let retag = try TestSupport.run(["analyze", corpus, "--out", out.path, "--quiet", "--theme-kinds", "quote,indirect"])
        #expect(retag.code == 0)
        #expect(retag.out.contains("9 unchanged documents re-tagged from the stored text, 0 analysed"), "\(retag.out)")
        #expect(try turnsCoded(project) == 0)
        #expect(try TestSupport.run(["analyze", corpus, "--out", freshOut.path, "--quiet", "--theme-kinds", "quote,indirect"]).code == 0)
        #expect(try Self.themeRows(project) == (try Self.themeRows(freshOut.appendingPathComponent("werkzaam.sqlite"))))
        for file in ["quotes.jsonl", "themes.csv", "cooccurrence.csv", "speaker_roles.csv", "report.json"] {
            #expect(try Data(contentsOf: out.appendingPathComponent(file)) == Data(contentsOf: freshOut.appendingPathComponent(file)), "\(file)")
        }
    }

    /// The project file's own indexes (a run that fills codings from empty drops two, `ProjectStore.codingsIndexes`).
    static func indexes(_ project: URL) throws -> [String] {
        try DatabaseQueue(path: project.path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        }
    }

    /// Rows that hold themes, in a stable order, for comparing two project files.
    static func themeRows(_ project: URL) throws -> [String] {
        try DatabaseQueue(path: project.path).read { db in
            try String.fetchAll(db, sql: "SELECT quote || ' ' || theme FROM codings ORDER BY quote, theme")
                + String.fetchAll(db, sql: "SELECT document || ' ' || count || ' ' || hex(data) FROM hits ORDER BY document")
        }
    }

    /// A fresh project and a re-tag each fill codings from empty without their indexes and build them at the
    /// end; a theme edit together with a changed and a removed document gives the files and theme rows of a
    /// fresh run.
    @Test func indexesDroppedWhileFillingAreBackAndTheResultsMatchAFreshRun() throws {
        let corpus = try Self.corpusCopy()
        let lexicons = try Self.lexiconsCopy("indexlex")
        let all = ["codings_quote", "codings_theme", "quotes_document", "quotes_speaker", "speakers_organisation"]
        let out = try TestSupport.temporaryFolder("indexes"), freshOut = try TestSupport.temporaryFolder("indexesfresh")
        #expect(try TestSupport.run(["analyze", corpus.path, "--out", out.path, "--quiet", "--lexicons", lexicons.path]).code == 0)
        #expect(try Self.indexes(out.appendingPathComponent("werkzaam.sqlite")) == all)

        let themes = lexicons.appendingPathComponent("themes.yaml")
        let yaml = try String(contentsOf: themes, encoding: .utf8)
        try yaml.replacingOccurrences(of: "termen: [samenwerking,", with: "termen: [samenwerking, gezamenlijk,")
            .write(to: themes, atomically: true, encoding: .utf8)
        let changed = corpus.appendingPathComponent("artikelen/001_586d0a8c4c5bdf6f.txt")
        let text = try String(contentsOf: changed, encoding: .utf8)
        try (text + "\n\n“We doen het gezamenlijk”, zegt wethouder Piet Jansen van de gemeente Zwolle.\n")
            .write(to: changed, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("artikelen/004_a924b13050f0aa6d.txt"))
        let rerun = try TestSupport.run(["analyze", corpus.path, "--out", out.path, "--quiet", "--lexicons", lexicons.path])
        #expect(rerun.code == 0)
        #expect(rerun.out.contains("7 unchanged documents re-tagged from the stored text, 1 analysed, 1 removed"), "\(rerun.out)")
        #expect(try Self.indexes(out.appendingPathComponent("werkzaam.sqlite")) == all)

        #expect(try TestSupport.run(["analyze", corpus.path, "--out", freshOut.path, "--quiet", "--lexicons", lexicons.path]).code == 0)
        for file in ["documents.jsonl", "quotes.jsonl", "matches.jsonl", "themes.csv", "cooccurrence.csv", "speaker_roles.csv", "report.json"] {
            #expect(try Data(contentsOf: out.appendingPathComponent(file)) == Data(contentsOf: freshOut.appendingPathComponent(file)), "\(file)")
        }
        let rows = try Self.themeRows(out.appendingPathComponent("werkzaam.sqlite"))
        #expect(rows.contains { $0.hasSuffix(" samenwerking") })
        #expect(rows == (try Self.themeRows(freshOut.appendingPathComponent("werkzaam.sqlite"))))
        let quotes = try String(contentsOf: out.appendingPathComponent("quotes.jsonl"), encoding: .utf8)
        #expect(quotes.contains("We doen het gezamenlijk"))
    }

    /// `analyze` commits before it builds the codings indexes (beside the reports): a project file left
    /// without them by a crash in between gets them back when it is opened.
    @Test func missingCodingsIndexesAreBuiltWhenTheProjectIsOpened() async throws {
        let folder = try TestSupport.temporaryFolder("healindex")
        let project = folder.appendingPathComponent("p.sqlite")
        let store = try ProjectStore(path: project.path)
        let full = try await ThemeTaggingTests.run()
        let run = try store.beginRun(corpus: "corpus", paths: full.reports.map(\.path))
        #expect(run.dropsCodingsIndexes)
        let quotes = Dictionary(grouping: full.quotes, by: \.document)
        for report in full.reports { try store.add(report, quotes: quotes[report.path] ?? [], matches: [], to: run) }
        _ = try store.finishRun(run, themes: nil, lexiconHash: "h", corpus: "corpus", buildIndexes: false)
        #expect(try Self.indexes(project) == ["quotes_document", "quotes_speaker", "speakers_organisation"])
        let codings = try Self.themeRows(project).count
        #expect(codings == full.quotes.reduce(0) { $0 + $1.themes.count } && codings > 0)
        _ = try ProjectStore(path: project.path)
        #expect(try Self.indexes(project).count == 5)
    }

    /// A first run that fails halfway leaves an empty project with every index (the drop is rolled back).
    @Test func aFailedFirstRunKeepsTheIndexes() async throws {
        let folder = try TestSupport.temporaryFolder("crashfresh")
        let project = folder.appendingPathComponent("p.sqlite")
        let store = try ProjectStore(path: project.path)
        let full = try await ThemeTaggingTests.run()
        #expect(throws: (any Error).self) { try store.save(full, reused: [], corpus: "corpus", lexiconHash: "h", themes: nil, fail: true) }
        #expect(try store.load().reports.isEmpty)
        #expect(try Self.indexes(project).count == 5)
    }

    static func report(_ path: String) -> FileReport {
        var r = FileReport(path: path, format: .txt)
        r.id = "hash-" + path
        return r
    }

    /// Stored quotations come back field for field (read through SQLite's C API): NULLs as nil, an
    /// empty text as "", aliases, organisation and its type, themes by name, repeats.
    @Test func storedQuotationsReadBackFieldForField() throws {
        let folder = try TestSupport.temporaryFolder("rowreader")
        let store = try ProjectStore(path: folder.appendingPathComponent("p.sqlite").path)
        let run = try store.beginRun(corpus: "c", paths: ["interview-zeewolde.txt"])
        var gommer = Person(name: "Jan Gommer")
        gommer.aliases = ["Gommer", "Jan"]
        gommer.role = "directeur"; gommer.roleCategory = "directie"
        gommer.organisation = "FlevoMeer Bibliotheek"; gommer.organisationType = "bibliotheek"
        var bewoner = Person(name: "Chantal")
        bewoner.roleCategory = "bewoner"
        var huisarts = Person(name: "huisarts, gemeente C")
        huisarts.isAnonymous = true
        huisarts.role = "huisarts"; huisarts.roleCategory = "professional"
        let path = "interview-zeewolde.txt"
        let quotes = [
            QuoteRecord(id: "9d3f9175-12", document: path, paragraph: 2, start: 12, end: 58, text: "We doen het samen, met de bibliotheek als huiskamer",
                        kind: .quote, speaker: gommer, cue: "zegt", confidence: 0.9, repeatOf: nil, themes: ["samenwerking", "eenzaamheid"]),
            QuoteRecord(id: "9d3f9175-80", document: path, paragraph: 4, start: 80, end: 80, text: "", kind: .turn, speaker: bewoner,
                        cue: "label", confidence: 0.95, repeatOf: nil, themes: []),
            QuoteRecord(id: "9d3f9175-140", document: path, paragraph: 7, start: 140, end: 186, text: "We doen het samen, met de bibliotheek als huiskamer",
                        kind: .quote, speaker: nil, cue: nil, confidence: 0, repeatOf: "9d3f9175-12", themes: ["samenwerking"]),
            QuoteRecord(id: "9d3f9175-200", document: path, paragraph: 9, start: 200, end: 230, text: "Bellen werkt beter dan een formulier.",
                        kind: .quote, speaker: huisarts, cue: "description", confidence: 0.8, repeatOf: nil, themes: []),
        ]
        let written = try store.add(Self.report(path), quotes: quotes, matches: [], to: run)
        _ = try store.finishRun(run, themes: nil, lexiconHash: "s|t", corpus: "c")
        let read = try #require(try store.document(path))
        #expect(read.quotes == written.quotes)
        #expect(read.quotes.map(\.themes) == [["eenzaamheid", "samenwerking"], [], ["samenwerking"], []])
        // A described respondent stays one: no name, the description kept.
        #expect(read.quotes[3].speaker == huisarts && read.quotes[3].speaker?.isAnonymous == true)
        #expect(read.quotes[1].speaker?.isAnonymous == false)
        #expect(read.quotes[0].speaker == gommer)
        #expect(read.quotes[1].speaker == bewoner && read.quotes[1].speaker?.role == nil && read.quotes[1].text == "")
        #expect(read.quotes[2].speaker == nil && read.quotes[2].cue == nil && read.quotes[2].repeatOf == "9d3f9175-12")
        #expect(read.quotes.map(\.confidence) == [0.9, 0.95, 0, 0.8])
        #expect(try store.document(path, withThemes: false)!.quotes.allSatisfy { $0.themes.isEmpty })
        #expect(try store.document("elders.txt") == nil)
    }

    /// Workers read stored documents while the store thread inserts on the same connection (a re-tag).
    /// A read must not make SQLite expire the connection's prepared statements: GRDB's `read` toggles
    /// `PRAGMA query_only`, which did, and every insert was parsed again after every document read.
    @Test func readingStoredDocumentsDuringARunKeepsPreparedStatements() throws {
        let folder = try TestSupport.temporaryFolder("reprepare")
        let store = try ProjectStore(path: folder.appendingPathComponent("p.sqlite").path)
        let paths = ["a-zeewolde.txt", "b-almere.txt"]
        let first = try store.beginRun(corpus: "c", paths: paths)
        for path in paths {
            let quote = QuoteRecord(id: path + "-1", document: path, paragraph: 1, start: 0, end: 20, text: "We doen het samen.",
                                    kind: .quote, speaker: nil, cue: "zegt", confidence: 0.9, repeatOf: nil, themes: [])
            let text = TextPart(text: Array("We doen het samen.".utf8), paragraphs: [Span(0, 18)], baseScalars: 0, paragraphBase: 0)
            try store.add(Self.report(path), quotes: [quote], matches: [], texts: [text], to: first)
        }
        _ = try store.finishRun(first, themes: nil, lexiconHash: "s|t", corpus: "c")
        let run = try store.beginRun(corpus: "c", paths: paths, clearThemes: true)
        let hit = MatchRecord(document: paths[0], paragraph: 1, start: 12, end: 17, theme: "samenwerking", term: "samen", text: "samen")
        let insert = "INSERT INTO hits (document, count, data) VALUES (?, ?, ?)"
        try store.database.writeWithoutTransaction { db in try ProjectStore.insertHits(paths[0], [hit], db) }
        for _ in 0..<3 {
            #expect(try store.document(paths[1], withThemes: false)?.quotes.map(\.id) == ["b-almere.txt-1"])
            #expect(try store.textParts(paths[1]).map(\.text) == [Array("We doen het samen.".utf8)])
        }
        var moved = hit
        moved.document = paths[1]
        let reprepared = try store.database.writeWithoutTransaction { db -> Int32 in
            try ProjectStore.insertHits(paths[1], [moved], db)
            return sqlite3_stmt_status(try db.cachedStatement(sql: insert).sqliteStatement, SQLITE_STMTSTATUS_REPREPARE, 0)
        }
        #expect(reprepared == 0)
        _ = try store.finishRun(run, themes: nil, lexiconHash: "s|u", corpus: "c")
        #expect(try paths.map { try store.document($0)?.matches.map(\.text) } == [["samen"], ["samen"]])
    }

    @Test func aCrashHalfwayLeavesThePreviousProjectIntact() async throws {
        let folder = try TestSupport.temporaryFolder("crash")
        let store = try ProjectStore(path: folder.appendingPathComponent("p.sqlite").path)
        let full = try await ThemeTaggingTests.run()
        _ = try store.save(full, reused: [], corpus: "corpus", lexiconHash: "h", themes: nil)
        let before = try store.load()
        var changed = full
        changed.reports = full.reports.map { var r = $0; r.title = "gewijzigd"; return r }
        #expect(throws: (any Error).self) { try store.save(changed, reused: [], corpus: "corpus", lexiconHash: "h", themes: nil, fail: true) }
        let after = try store.load()
        #expect(after.reports == before.reports)
        #expect(after.quotes == before.quotes)
        #expect(after.matches == before.matches)
        #expect(!after.reports.contains { $0.title == "gewijzigd" })
    }

    @Test func reportRendersFromTheStoreWithoutAnalysing() throws {
        let out = try TestSupport.temporaryFolder("reportsrc")
        #expect(try TestSupport.run(["analyze", TestSupport.corpus.path, "--out", out.path, "--quiet"]).code == 0)
        let rendered = try TestSupport.temporaryFolder("reportdst")
        let result = try TestSupport.run(["report", "--db", out.appendingPathComponent("werkzaam.sqlite").path, "--out", rendered.path,
                                          "--format", "md,html"])
        #expect(result.code == 0)
        #expect(try Data(contentsOf: rendered.appendingPathComponent("report.html")) == Data(contentsOf: out.appendingPathComponent("report.html")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: rendered.path).sorted() == ["report.html", "report.md"])
        // Every output, rendered document by document from the project file, is what analyze wrote.
        let all = try TestSupport.temporaryFolder("reportall")
        #expect(try TestSupport.run(["report", "--db", out.appendingPathComponent("werkzaam.sqlite").path, "--out", all.path]).code == 0)
        for file in Outputs.files {
            #expect(try Data(contentsOf: all.appendingPathComponent(file)) == Data(contentsOf: out.appendingPathComponent(file)), "\(file)")
        }
        let paragraphs = try TestSupport.run(["report", "--db", out.appendingPathComponent("werkzaam.sqlite").path, "--out", rendered.path,
                                              "--format", "csv", "--unit", "paragraph"])
        #expect(paragraphs.code == 0)
        let csv = try String(contentsOf: rendered.appendingPathComponent("cooccurrence.csv"), encoding: .utf8)
        #expect(csv.components(separatedBy: "\r\n")[1].contains(";paragraph;"))
        #expect(try TestSupport.run(["report", "--db", "/bestaat/niet.sqlite"]).code == 2)
    }
}
