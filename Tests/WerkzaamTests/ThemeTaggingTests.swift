import Foundation
import Testing
@testable import WerkzaamCore

/// Themes on the sample corpus: quotes, documents and evidence records agree, and tagging can leave
/// interviewer turns out.
@Suite(.serialized)
struct ThemeTaggingTests {
    static func run(skip: Set<String> = [], kinds: Set<QuoteKind> = [.quote, .turn, .indirect]) async throws -> CorpusAnalysis {
        var options = AnalysisOptions(jobs: 2, lexicon: AttributionTests.lexicon)
        options.themes = ThemeMatcherTests.realMatcher
        options.themeSkipRoles = skip
        options.themeKinds = kinds
        return await Analyzer.run(try CorpusWalker.list(root: TestSupport.corpus.path), options: options)
    }

    /// Themes compiled on first use: never while every document is reused, and when documents are analysed
    /// the same hits as a matcher compiled beforehand.
    @Test func theMatcherIsCompiledOnlyWhenADocumentNeedsIt() async throws {
        let listing = try CorpusWalker.list(root: TestSupport.corpus.path)
        let lexicon = try ThemeLexicon.load(directory: TestSupport.packageRoot.appendingPathComponent("lexicons").path)
        var reusing = AnalysisOptions(jobs: 2, lexicon: AttributionTests.lexicon)
        reusing.compileOnFirstUse(lexicon)
        for file in listing.files {
            var input = try FileInput(path: file.path)
            reusing.reusable[file.relativePath] = input.finishHash()
        }
        let reused = await Analyzer.run(listing, options: reusing)
        #expect(reused.reused.count == 9 && reusing.onFirstUse?.isCompiled == false)
        var analysing = AnalysisOptions(jobs: 2, lexicon: AttributionTests.lexicon)
        analysing.compileOnFirstUse(lexicon)
        let lazily = await Analyzer.run(listing, options: analysing)
        #expect(analysing.onFirstUse?.isCompiled == true)
        let eager = try await Self.run()
        #expect(lazily.matches.count > 400 && lazily.matches == eager.matches && lazily.quotes == eager.quotes)
    }

    @Test func quotesGetTheThemesOfTheirWords() async throws {
        let a = try await Self.run()
        let gommer = try #require(a.quotes.first { $0.text == "Goed samenwerken, écht goed samenwerken is een opgave" })
        #expect(gommer.themes == ["samenwerking"])
        let smak = try #require(a.quotes.first { $0.text.hasPrefix("Het gaat om vertrouwen in elkaar") })
        #expect(smak.themes == ["rollen en verwachtingen", "vertrouwen"])
        // Every quote theme is backed by a match inside the quote.
        for q in a.quotes where !q.themes.isEmpty {
            let inside = a.matches.filter { $0.document == q.document && $0.start >= q.start && $0.end <= q.end }
            #expect(Set(inside.map(\.theme)) == Set(q.themes), "\(q.id)")
        }
    }

    @Test func matchRecordsPointAtTheirWords() async throws {
        let a = try await Self.run()
        var texts: [String: [Unicode.Scalar]] = [:]
        for file in try CorpusWalker.list(root: TestSupport.corpus.path).files {
            texts[file.relativePath] = Array(TestSupport.read(URL(fileURLWithPath: file.path), format: file.format).0.map(\.string).joined().unicodeScalars)
        }
        #expect(a.matches.count > 300)
        for m in a.matches {
            #expect(String(String.UnicodeScalarView(texts[m.document]![m.start..<m.end])) == m.text)
        }
        let report = try #require(a.reports.first { $0.path == "artikelen/002_212bf0b2e713789b.txt" })
        #expect(report.themeCounts["gelijkwaardigheid"] == a.matches.filter { $0.document == report.path && $0.theme == "gelijkwaardigheid" }.count)
        #expect((report.themeCounts["gelijkwaardigheid"] ?? 0) >= 5)
    }

    @Test func interviewerTurnsCanBeLeftOut() async throws {
        let all = try await Self.run()
        let respondents = try await Self.run(skip: ["interviewer"])
        let interviewerTurns = { (a: CorpusAnalysis) in a.quotes.filter { $0.speaker?.roleCategory == "interviewer" } }
        #expect(interviewerTurns(all).contains { !$0.themes.isEmpty })
        #expect(interviewerTurns(respondents).allSatisfy { $0.themes.isEmpty })
        #expect(interviewerTurns(respondents).count == 21)
        let onlyQuotes = try await Self.run(kinds: [.quote])
        #expect(onlyQuotes.quotes.filter { $0.kind == .turn }.allSatisfy { $0.themes.isEmpty })
    }

    @Test func themesCSVCountsQuotesOnceAndUsesTheExcelDialect() async throws {
        let a = try await Self.run()
        let lexicon = try ThemeLexicon.load(directory: TestSupport.packageRoot.appendingPathComponent("lexicons").path)
        let csv = String(decoding: ThemesCSV.render(ReportModel(analysis: a, lexicon: lexicon)), as: UTF8.self)
        #expect(csv.hasPrefix("\u{FEFF}theme;description;matches;quotes;paragraphs;documents\r\n"))
        let row = try #require(csv.components(separatedBy: "\r\n").first { $0.hasPrefix("samenwerking;") })
        let fields = row.split(separator: ";").map(String.init)
        #expect(Int(fields[2]) == a.matches.filter { $0.theme == "samenwerking" }.count)
        #expect(Int(fields[3]) == a.quotes.filter { $0.repeatOf == nil && $0.themes.contains("samenwerking") }.count)
        #expect(Int(fields[5]) == 9)
    }
}
