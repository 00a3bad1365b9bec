import CLibXML2
import Foundation
import Testing
@testable import WerkzaamCore

/// The reports staff read: the HTML parses cleanly with libxml2 and every internal link resolves;
/// CSVs use the Dutch Excel dialect; Markdown cites every quote.
@Suite(.serialized)
struct ReportTests {
    static func model() async throws -> ReportModel {
        let a = try await ThemeTaggingTests.run()
        return ReportModel(analysis: a, lexicon: try ThemeLexicon.load(directory: TestSupport.packageRoot.appendingPathComponent("lexicons").path))
    }

    @Test func listExcerptsCutAfter110CharactersWithAnEllipsis() {
        let exact = String(repeating: "a", count: 109) + "é"
        #expect(ReportHTML.excerpt(exact, characters: 110) == exact)
        // "e" + combining acute is one character, as `prefix` and `count` see it.
        let longer = String(repeating: "e\u{301}", count: 111)
        #expect(ReportHTML.excerpt(longer, characters: 110) == String(repeating: "e\u{301}", count: 110) + "…")
        #expect(ReportHTML.excerpt("", characters: 110) == "")
    }

    /// Escaping copies the runs between & < > " whole: specials at either end, side by side, and next to
    /// letters of more than one byte.
    @Test func htmlEscapingKeepsEveryOtherByte() {
        #expect(ReportHTML.esc("Wethouder Öztürk: “samen”") == "Wethouder Öztürk: “samen”")
        #expect(ReportHTML.esc("<b>café & \"buurt\"</b>") == "&lt;b&gt;café &amp; &quot;buurt&quot;&lt;/b&gt;")
        #expect(ReportHTML.esc("&&é>") == "&amp;&amp;é&gt;")
        #expect(ReportHTML.esc("\"") == "&quot;")
        #expect(ReportHTML.esc("") == "")
    }

    /// Quotations listed in report.md and the dossier sit on one line: line breaks become spaces, nothing else.
    @Test func quotationsOnOneLine() {
        #expect(ReportModel.oneLine("We zijn gaan praten.\n\nMet ’t hele team.") == "We zijn gaan praten.  Met ’t hele team.")
        #expect(ReportModel.oneLine("Eén regel, café") == "Eén regel, café")
        #expect(ReportModel.oneLine("a\r\nb") == "a\r b")
    }

    @Test func themeCountsCountHitsPerTheme() {
        let themes = ["samenwerking", "vertrouwen", "samenwerking", "regie", "vertrouwen", "samenwerking"]
        let hits = themes.enumerated().map { k, t in
            MatchRecord(document: "a.txt", paragraph: 1, start: k * 10, end: k * 10 + 5, theme: t, term: t, text: t)
        }
        #expect(FileReport.themeCounts(hits) == ["samenwerking": 3, "vertrouwen": 2, "regie": 1])
        #expect(FileReport.themeCounts([]).isEmpty)
    }

    @Test func htmlParsesWithoutErrorsAndEveryLinkResolves() async throws {
        let m = try await Self.model()
        let html = ReportHTML.render(m)
        #expect(!html.contains("<script"))
        // Self-contained: nothing is loaded (namespace declarations are no requests).
        #expect(!html.contains("src=") && !html.contains("href=\"http") && !html.contains("url("))
        // Strict parse: the page is polyglot XHTML, so libxml2's XML parser must find it well-formed
        // (every tag closed, attributes quoted, only the XML entities).
        let parse = TestSupport.strictXMLParse(Array(html.utf8), name: "report.html")
        #expect(parse.wellFormed && parse.error == 0, "libxml2 error \(parse.error) at line \(parse.line)")
        // Internal links: every href="#x" has an id="x"; ids are unique.
        let ids = Self.captures(html, #"id="([^"]+)""#)
        #expect(Set(ids).count == ids.count, "duplicate ids")
        let targets = Set(Self.captures(html, ##"href="#([^"]+)""##))
        #expect(targets.count > 100)
        #expect(targets.subtracting(ids).isEmpty, "unresolved: \(targets.subtracting(ids).sorted().prefix(5))")
        // Every counted quote is on the page, and the headings are Dutch.
        #expect(m.listed.count == m.countedCount)
        for q in m.listed { #expect(ids.contains("q-\(q.id)")) }
        #expect(html.contains("<h2 id=\"samenhang\">Samenhang tussen thema's</h2>"))
    }

    /// Above 1,000 counted quotations the page lists only the quotations its capped lists link to, and
    /// every link still resolves.
    @Test func largeCorpusListsOnlyLinkedQuotations() throws {
        let lexicon = try ThemeLexicon.load(directory: TestSupport.packageRoot.appendingPathComponent("lexicons").path)
        var quotes: [QuoteRecord] = []
        for k in 0..<1200 {
            var p = Person(name: "Spreker \(k % 7)")
            p.roleCategory = k % 2 == 0 ? "bestuurder" : "bewoner"
            let themes = k % 3 == 0 ? ["samenwerking", "vertrouwen"] : ["samenwerking"]
            quotes.append(QuoteRecord(id: String(format: "doc-%05d", k), document: "a.txt", paragraph: k + 1, start: k * 100, end: k * 100 + 50,
                                      text: "Citaat \(k) over samenwerking", kind: .quote, speaker: p, cue: "zegt", confidence: 0.9,
                                      repeatOf: nil, themes: themes))
        }
        var report = FileReport(path: "a.txt", format: .txt)
        report.id = "abc"
        let m = ReportModel(analysis: CorpusAnalysis(reports: [report], skipped: [], quotes: quotes, matches: []), lexicon: lexicon)
        let html = ReportHTML.render(m)
        let listed = Self.captures(html, #"id="q-([^"]+)""#)
        let linked = Set(Self.captures(html, ##"href="#q-([^"]+)""##))
        #expect(Set(listed) == linked)
        // 50 per theme: 0–49 (samenwerking) and every third of 0–147 (vertrouwen); the pair's and the role
        // cells' first 20 fall within those: 50 + 33 = 83.
        #expect(listed.count == 83)
        #expect(html.contains("De 83 citaten waarnaar hierboven verwezen wordt, van de 1200 meegetelde; alle staan in quotes.jsonl."))
    }

    /// With speakers as the unit, a theme pair lists the first 20 counted quotations that carry both themes,
    /// in corpus order across documents, and counts the rest.
    @Test func pairListsOfOtherUnitsTakeTheFirstQuotationsWithBothThemes() throws {
        let lexicon = try ThemeLexicon.load(directory: TestSupport.packageRoot.appendingPathComponent("lexicons").path)
        var quotes: [QuoteRecord] = []
        var reports: [FileReport] = []
        for d in 0..<2 {
            var report = FileReport(path: "d\(d).txt", format: .txt)
            report.id = "abc\(d)"
            reports.append(report)
            for k in 0..<700 {
                var p = Person(name: "Spreker \(k % 5)")
                p.roleCategory = "bewoner"
                let themes = k % 2 == 0 ? ["samenwerking", "vertrouwen"] : ["samenwerking"]
                quotes.append(QuoteRecord(id: "d\(d)-\(k)", document: report.path, paragraph: k + 1, start: k * 10, end: k * 10 + 5,
                                          text: "Citaat \(d)-\(k)", kind: .quote, speaker: p, cue: "zegt", confidence: 0.9,
                                          repeatOf: nil, themes: themes))
            }
        }
        let m = ReportModel(analysis: CorpusAnalysis(reports: reports, skipped: [], quotes: quotes, matches: []), lexicon: lexicon, unit: .speaker)
        #expect(m.cooccurrence.unitCount == 10)  // `Spreker 0`–`Spreker 4` are role labels: five per document
        #expect(m.pairQuoteCount("vertrouwen", "samenwerking") == 700)
        let html = ReportHTML.render(m)
        let section = try #require(html.components(separatedBy: "<h3 id=\"paar-samenwerking--vertrouwen\">").dropFirst().first)
        let list = try #require(section.components(separatedBy: "</ul>").first)
        #expect(Self.captures(list, ##"href="#q-([^"]+)""##) == (0..<20).map { "d0-\($0 * 2)" })
        #expect(list.contains("… en nog 680 citaten"))
    }

    @Test func slugsAreTheSameOnTheASCIIFastPathAndTheGeneralOne() {
        #expect(ReportModel.slug("Rollen en verwachtingen") == "rollen-en-verwachtingen")
        #expect(ReportModel.slug("  Kennisdeling/leren! ") == "kennisdeling-leren")
        #expect(ReportModel.slug("Thema's & co") == "thema-s-co")
        #expect(ReportModel.slug("Ideeën — ronde 2") == "ideeen-ronde-2")
    }

    static func captures(_ text: String, _ pattern: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range(at: 1), in: text)!]) }
    }

    @Test func csvUsesTheDutchExcelDialect() async throws {
        let m = try await Self.model()
        let csv = String(decoding: AnalysisCSV.cooccurrence(m.cooccurrence), as: UTF8.self)
        #expect(csv.hasPrefix("\u{FEFF}theme_a;theme_b;unit;n_a;n_b;n_ab;units;jaccard;lift;npmi;g2;p;warning;unit_ids\r\n"))
        let first = try #require(m.cooccurrence.pairs.first)
        let row = try #require(csv.components(separatedBy: "\r\n").dropFirst().first)
        #expect(row.hasPrefix("\(first.first);\(first.second);quote;\(first.association.first);\(first.association.second);\(first.association.both);"))
        #expect(row.contains(";\(AnalysisCSV.decimal(first.association.jaccard));"))
        #expect(AnalysisCSV.decimal(0.31739) == "0,3174")
        #expect(AnalysisCSV.decimal(-3.89951, places: 2) == "-3,90")
        #expect(AnalysisCSV.decimal(12) == "12,0000")
        #expect(AnalysisCSV.decimal(-0.00001) == "0,0000")
        let matrix = String(decoding: AnalysisCSV.matrix(m.cooccurrence), as: UTF8.self)
        #expect(matrix.components(separatedBy: "\r\n").count == m.themes.count + 2)  // header, rows, trailing empty
        let roles = String(decoding: AnalysisCSV.roles([m.roles]), as: UTF8.self)
        #expect(roles.contains("\r\nrole_category;bestuurder;"))
    }

    @Test func speakersHaveTopThemesAndTheJSONCarriesTheStatistics() async throws {
        let a = try await ThemeTaggingTests.run()
        let m = ReportModel(analysis: a, lexicon: try ThemeLexicon.load(directory: TestSupport.packageRoot.appendingPathComponent("lexicons").path))
        let gommer = try #require(m.speakers.first { $0.person.name == "Jan Gommer" })
        let own: [QuoteRecord] = a.quotes.filter { $0.speaker?.name == "Jan Gommer" && $0.repeatOf == nil }
        let expected: [String: Int] = Dictionary(own.flatMap(\.themes).map { ($0, 1) }, uniquingKeysWith: +)
        #expect(gommer.themes == expected)
        #expect(gommer.topThemes.count == min(3, expected.count))
        #expect(gommer.topThemes.first.map { expected[$0] } == expected.values.max())
        let json = try JSONSerialization.jsonObject(with: Data(ReportJSON.render(m))) as! [String: Any]
        #expect(json["unit"] as? String == "quote")
        let pairs = json["cooccurrence"] as! [[String: Any]]
        #expect(pairs.count == m.cooccurrence.pairs.count)
        let first = m.cooccurrence.pairs[0]
        #expect(pairs[0]["n_ab"] as? Int == first.association.both)
        #expect(abs((pairs[0]["npmi"] as! Double) - first.association.npmi) < 1e-6)
        #expect(pairs[0]["unit_ids"] as? [String] == Array(first.units))
        #expect((json["speakers"] as! [[String: Any]]).contains { $0["name"] as? String == "Jan Gommer" })
    }

    @Test func markdownCitesEveryCountedQuote() async throws {
        let m = try await Self.model()
        let md = ReportMarkdown.render(m)
        #expect(md.hasPrefix("# Werkzaam-rapport\n\n## Overzicht\n\n- Documenten: 9 (9 gelezen)\n"))
        for q in m.listed where !q.themes.isEmpty { #expect(md.contains(ReportModel.citation(q))) }
        let gommer = try #require(m.listed.first { $0.speaker?.name == "Jan Gommer" })
        #expect(ReportModel.citation(gommer).hasPrefix("— Jan Gommer, directeur, FlevoMeer Bibliotheek (artikelen/000_b0bd9ab37d8171c2.txt, alinea "))
    }
}
