import Foundation
import Testing
@testable import WerkzaamCore

/// Co-occurrence statistics and role tables: against hand-computed values and against quotes.jsonl.
struct AnalysisTests {
    @Test func associationMeasuresMatchHandComputedValues() {
        // N = 20 units, theme A in 8, B in 6, both in 4: cells a=4 b=4 c=2 d=10.
        let a = Association(both: 4, first: 8, second: 6, units: 20)
        #expect(abs(a.jaccard - 0.4) < 1e-12)
        #expect(abs(a.lift - 5.0 / 3.0) < 1e-12)
        #expect(abs(a.npmi - 0.31739380551401475) < 1e-12)
        #expect(abs(a.expected - 2.4) < 1e-12)
        #expect(abs(a.g2 - 2.530748180445302) < 1e-9)
        #expect(abs(a.p - 0.11164726697673538) < 1e-9)
        #expect(a.warnings == ["kleine aantallen"])
        // Never together: NPMI −1 and a negative G².
        let never = Association(both: 0, first: 3, second: 4, units: 10)
        #expect(never.npmi == -1)
        #expect(abs(never.g2 - -3.8995198743785253) < 1e-9)
        #expect(never.jaccard == 0)
        // Always together with enough units: NPMI 1, no warnings; skewed frequencies warn.
        #expect(Association(both: 10, first: 10, second: 10, units: 10).npmi == 1)
        #expect(Association(both: 40, first: 50, second: 300, units: 1000).warnings == ["scheve verdeling (>5×)"])
        #expect(Association(both: 30, first: 60, second: 70, units: 400).warnings.isEmpty)
    }

    static func quote(_ id: String, _ doc: String, _ themes: [String], role: String? = "beleid", org: String? = "gemeente",
                      speaker: String = "Jan", repeatOf: String? = nil) -> QuoteRecord {
        var person = Person(name: speaker)
        person.roleCategory = role
        person.organisationType = org
        return QuoteRecord(id: id, document: doc, paragraph: 1, start: 0, end: 1, text: "…", kind: .quote, speaker: person,
                           cue: "zegt", confidence: 0.9, repeatOf: repeatOf, themes: themes)
    }

    @Test func cooccurrenceByQuoteSpeakerParagraphAndDocument() {
        let quotes = [
            Self.quote("q1", "a.txt", ["samenwerking", "vertrouwen"]),
            Self.quote("q2", "a.txt", ["samenwerking", "vertrouwen", "regie"], speaker: "Piet"),
            Self.quote("q3", "b.txt", ["samenwerking"]),
            Self.quote("q4", "b.txt", ["samenwerking", "vertrouwen"], repeatOf: "q1"),  // a repeat: once
            Self.quote("q5", "b.txt", ["vertrouwen", "regie"], role: "interviewer"),  // interviewer: left out
            Self.quote("q6", "b.txt", []),
        ]
        let themes = ["samenwerking", "vertrouwen", "regie"]
        let byQuote = Cooccurrence(unit: .quote, themes: themes, quotes: quotes, matches: [], documents: ["a.txt", "b.txt"])
        #expect(byQuote.unitCount == 4)
        let sv = byQuote.pair("samenwerking", "vertrouwen")!
        #expect(sv.association == Association(both: 2, first: 3, second: 2, units: 4))
        #expect(sv.units == ["q1", "q2"])
        #expect(byQuote.pair("vertrouwen", "regie")?.units == ["q2"])
        let withInterviewer = Cooccurrence(unit: .quote, themes: themes, quotes: quotes, matches: [], documents: [], includeInterviewer: true)
        #expect(withInterviewer.pair("vertrouwen", "regie")?.association.both == 2)
        let bySpeaker = Cooccurrence(unit: .speaker, themes: themes, quotes: quotes, matches: [], documents: [])
        #expect(bySpeaker.unitCount == 2)
        #expect(bySpeaker.pair("samenwerking", "regie")?.units == ["Piet"])
        let matches = [("a.txt", 1, "samenwerking"), ("a.txt", 1, "regie"), ("a.txt", 2, "regie"), ("b.txt", 1, "samenwerking")].map {
            MatchRecord(document: $0.0, paragraph: $0.1, start: 0, end: 1, theme: $0.2, term: $0.2, text: $0.2)
        }
        let byParagraph = Cooccurrence(unit: .paragraph, themes: themes, quotes: [], matches: matches, documents: [])
        #expect(byParagraph.unitCount == 3)
        #expect(byParagraph.pair("samenwerking", "regie")?.units == ["a.txt#1"])
        let byDocument = Cooccurrence(unit: .document, themes: themes, quotes: [], matches: matches, documents: ["a.txt", "b.txt", "c.txt"])
        #expect(byDocument.unitCount == 3)
        #expect(byDocument.pair("samenwerking", "regie")?.association == Association(both: 1, first: 2, second: 1, units: 3))
        let filtered = Cooccurrence(unit: .quote, themes: themes, quotes: quotes, matches: [], documents: [], minimumCount: 2)
        #expect(filtered.pairs.map { "\($0.first)+\($0.second)" } == ["samenwerking+vertrouwen"])
    }

    @Test func roleTableCountsSharesAndKeyness() {
        let quotes = [
            Self.quote("q1", "a", ["samenwerking"], role: "bestuurder"),
            Self.quote("q2", "a", ["samenwerking", "financiering"], role: "bestuurder"),
            Self.quote("q3", "a", ["financiering"], role: "bewoner", org: nil),
            Self.quote("q4", "a", [], role: nil, org: nil),
            Self.quote("q5", "a", ["samenwerking"], role: "interviewer"),
        ]
        let table = RoleTable(.roleCategory, themes: ["samenwerking", "financiering"], quotes: quotes)
        #expect(table.groups == ["bestuurder", "bewoner", "onbekend"])
        #expect(table.groupQuotes == [2, 1, 1])  // q4 has no theme, yet counts for its group
        #expect(RoleTable(.roleCategory, themes: [], quotes: quotes).groupQuotes == [2, 1, 1])
        #expect(table.totalQuotes == 4)
        let cell = table.cell("bestuurder", "samenwerking")!
        #expect(cell.count == 2 && cell.groupQuotes == 2 && cell.share == 1 && cell.quotes == ["q1", "q2"])
        #expect(cell.keyness == Association(both: 2, first: 2, second: 2, units: 4))
        #expect(cell.keyness.g2 > 0)
        #expect(table.cell("bewoner", "samenwerking")!.keyness.g2 < 0)
        let orgs = RoleTable(.organisationType, themes: ["financiering"], quotes: quotes)
        #expect(orgs.groups == ["gemeente", "onbekend"])
        #expect(orgs.cell("onbekend", "financiering")?.count == 1)
    }

    @Test func sampleCorpusCooccurrenceAgreesWithQuoteThemes() async throws {
        let a = try await ThemeTaggingTests.run()
        let lexicon = try ThemeLexicon.load(directory: TestSupport.packageRoot.appendingPathComponent("lexicons").path)
        let names = lexicon.themes.map(\.name)
        let c = Cooccurrence(unit: .quote, themes: names, quotes: a.quotes, matches: a.matches, documents: a.reports.map(\.path))
        let counted = a.quotes.filter { $0.repeatOf == nil && $0.speaker?.roleCategory != "interviewer" }
        #expect(c.unitCount == counted.count)
        for pair in c.pairs {
            let expected = counted.filter { $0.themes.contains(pair.first) && $0.themes.contains(pair.second) }.map(\.id)
            #expect(pair.units == expected)
            #expect(pair.association.first == counted.filter { $0.themes.contains(pair.first) }.count)
        }
        #expect(c.pair("samenwerking", "vertrouwen") != nil)
    }

    @Test func unitIDsSpillToDiskAndReadBackInOrder() {
        let lists = UnitIDLists(memoryBudget: 64)
        let a = lists.makeList(), b = lists.makeList()
        var expectedA: [String] = [], expectedB: [String] = []
        for k in 0..<500 {
            let id = "9d3f9175-\(k * 37)"
            lists.append(id, to: a)
            expectedA.append(id)
            if k % 3 == 0 {
                let paragraph = "gemeente-\(k).txt#\(k % 7)"
                lists.append(paragraph, to: b)
                expectedB.append(paragraph)
            }
        }
        // 200 bytes: a two-byte length.
        let long = String(repeating: "ë", count: 100)
        lists.append(long, to: b)
        expectedB.append(long)
        #expect(lists.spilledBytes > 5_000)
        #expect(lists.bufferedBytes <= 64)
        #expect(Array(lists.ids(of: a)) == expectedA)
        #expect(Array(lists.ids(of: b)) == expectedB)
        #expect(lists.ids(of: b).count == 168)
        #expect(lists.ids(of: a).prefix(3) == ["9d3f9175-0", "9d3f9175-37", "9d3f9175-74"])
        #expect(lists.ids(of: b).prefix(0).isEmpty)
    }

    /// themes.csv counts the distinct paragraphs and documents with a hit of each theme, whatever order a
    /// document's hits arrive in.
    @Test func themeParagraphsAreCountedOncePerParagraphInAnyOrder() throws {
        let lexicon = try ThemeLexicon.load(directory: TestSupport.packageRoot.appendingPathComponent("lexicons").path)
        func hit(_ paragraph: Int, _ theme: String, _ term: String) -> MatchRecord {
            MatchRecord(document: "a.txt", paragraph: paragraph, start: paragraph * 100, end: paragraph * 100 + 5, theme: theme, term: term, text: term)
        }
        let inOrder = [hit(1, "samenwerking", "samenwerking"), hit(1, "samenwerking", "partner"), hit(2, "eigenaarschap", "eigenaarschap"),
                       hit(3, "samenwerking", "netwerk"), hit(3, "samenwerking", "netwerk"), hit(7, "eigenaarschap", "regie")]
        var figures: [[ThemeFigures]] = []
        for matches in [inOrder, inOrder.reversed(), [inOrder[3], inOrder[0], inOrder[5], inOrder[2], inOrder[4], inOrder[1]]] {
            var tally = ReportTally(lexicon: lexicon)
            tally.add(nil, quotes: [], matches: matches)
            let model = ReportModel(tally)
            figures.append(["samenwerking", "eigenaarschap"].map { model.figures[$0] ?? ThemeFigures() })
        }
        #expect(figures[0] == [ThemeFigures(matches: 4, quotes: 0, paragraphs: 2, documents: 1), ThemeFigures(matches: 2, quotes: 0, paragraphs: 2, documents: 1)])
        #expect(figures[1] == figures[0])
        #expect(figures[2] == figures[0])
    }

    @Test func reportTablesAreTheSameWhenTheUnitIDsSpill() async throws {
        let a = try await ThemeTaggingTests.run()
        let lexicon = try ThemeLexicon.load(directory: TestSupport.packageRoot.appendingPathComponent("lexicons").path)
        var spilled = ReportTally(lexicon: lexicon, idMemoryBudget: 256)
        spilled.add(a)
        var inMemory = ReportTally(lexicon: lexicon, idMemoryBudget: .max)
        inMemory.add(a)
        let s = ReportModel(spilled), m = ReportModel(inMemory)
        #expect(s.cooccurrence.pairs.count > 20)
        #expect(s.cooccurrence.pairs == m.cooccurrence.pairs)
        #expect(AnalysisCSV.cooccurrence(s.cooccurrence) == AnalysisCSV.cooccurrence(m.cooccurrence))
        #expect(AnalysisCSV.roles([s.roles, s.organisations]) == AnalysisCSV.roles([m.roles, m.organisations]))
        #expect(ReportJSON.render(s) == ReportJSON.render(m))
        #expect(ReportHTML.render(s) == ReportHTML.render(m))
    }
}

extension AnalysisTests {
    /// A name is one person across the corpus; a role label is a different one in every document.
    @Test func roleLabelsAreSpeakersPerDocumentAndNamesAcrossTheCorpus() {
        let quotes = [
            Self.quote("q1", "a.txt", ["samenwerking"], role: "interviewer", org: nil, speaker: "Vraag"),
            Self.quote("q2", "b.txt", ["samenwerking"], role: "interviewer", org: nil, speaker: "Vraag"),
            Self.quote("q3", "b.txt", ["vertrouwen"], role: "interviewer", org: nil, speaker: "Vraag"),
            Self.quote("q4", "a.txt", ["regie"], speaker: "R1"),
            Self.quote("q5", "b.txt", ["regie"], speaker: "R1"),
            Self.quote("q6", "a.txt", ["regie"], speaker: "Anja Visser"),
            Self.quote("q7", "b.txt", ["regie"], speaker: "Anja Visser"),
        ]
        let rows = SpeakersCSV.speakers(quotes).map { "\($0.person.name) \($0.quotes) \($0.documents.sorted())" }
        #expect(rows == ["Anja Visser 2 [\"a.txt\", \"b.txt\"]", "Vraag 2 [\"b.txt\"]", "R1 1 [\"a.txt\"]", "R1 1 [\"b.txt\"]",
                         "Vraag 1 [\"a.txt\"]"])
    }

    /// `speakers.csv`, the report's speaker counts, the speaker co-occurrence and the dossier count one set of
    /// speakers: `R1` once per document, `Anja Visser` and `Anja visser` once across the corpus.
    @Test func everyCountOfSpeakersUsesOneIdentity() throws {
        let quotes = [
            Self.quote("q1", "a.txt", ["regie", "vertrouwen"], role: "bewoner", speaker: "R1"),
            Self.quote("q2", "b.txt", ["regie", "vertrouwen"], role: "bewoner", speaker: "R1"),
            Self.quote("q3", "a.txt", ["regie"], speaker: "Anja Visser"),
            Self.quote("q4", "b.txt", ["regie", "vertrouwen"], speaker: "Anja visser"),
            Self.quote("q5", "b.txt", ["regie"], role: "interviewer", speaker: "Vraag"),
        ]
        #expect(SpeakersCSV.speakers(quotes).map { "\($0.person.name) \($0.documents.sorted())" }
                == ["Anja Visser [\"a.txt\", \"b.txt\"]", "R1 [\"a.txt\"]", "R1 [\"b.txt\"]", "Vraag [\"b.txt\"]"])
        let lexicon = try ThemeLexicon.load(directory: TestSupport.packageRoot.appendingPathComponent("lexicons").path)
        let reports = ["a.txt", "b.txt"].map { FileReport(path: $0, format: .txt) }
        let m = ReportModel(analysis: CorpusAnalysis(reports: reports, skipped: [], quotes: quotes, matches: []), lexicon: lexicon, unit: .speaker)
        #expect(m.speakerCount == 3)  // the interviewer is not counted
        #expect(m.roleGroups["bewoner"]?.speakers == 2)
        #expect(m.roleGroups["beleid"]?.speakers == 1)
        #expect(m.cooccurrence.unitCount == 3)
        #expect(m.cooccurrence.pairs.map(\.units) == [["Anja Visser", "R1 (a.txt)", "R1 (b.txt)"]])
        let computed = Cooccurrence(unit: .speaker, themes: lexicon.themes.map(\.name), quotes: quotes, matches: [], documents: [])
        #expect(computed.pairs.map(\.units) == m.cooccurrence.pairs.map(\.units))
    }
}
