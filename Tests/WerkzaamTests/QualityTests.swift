import Foundation
import Testing
@testable import WerkzaamCore

/// Quality on the gold annotations, measured end to end: the targets of issue 3 hold.
@Suite(.serialized)
struct QualityTests {
    static func run(corpus: URL, gold: URL) async throws -> Scorer.Scores {
        let lexicon = AttributionTests.lexicon
        let listing = try CorpusWalker.list(root: corpus.path)
        let analysis = await Analyzer.run(listing, options: AnalysisOptions(jobs: 2, lexicon: lexicon))
        let out = try TestSupport.temporaryFolder("quality")
        try Data(QuotesJSONL.render(analysis.quotes)).write(to: out.appendingPathComponent("quotes.jsonl"))
        let predicted = try Scorer.load(jsonl: out.appendingPathComponent("quotes.jsonl").path, gold: false)
        return Scorer.score(gold: try Scorer.load(jsonl: gold.path, gold: true), predicted: predicted)
    }

    @Test func sampleCorpusMeetsTheTargets() async throws {
        let s = try await Self.run(corpus: TestSupport.corpus, gold: TestSupport.fixtures.appendingPathComponent("gold/sample.jsonl"))
        print(Scorer.report(s, title: "sample corpus"))
        #expect(s.gold == 123)
        #expect(s.f1 >= 0.95)
        #expect(s.attributionF1 >= 0.90)
        #expect(s.turnAccuracy >= 0.99)
    }

    @Test func generalisationSetHoldsUp() async throws {
        let folder = TestSupport.fixtures.appendingPathComponent("generalisation")
        let s = try await Self.run(corpus: folder, gold: folder.appendingPathComponent("gold.jsonl"))
        print(Scorer.report(s, title: "generalisation set"))
        #expect(s.gold == 513)
        #expect(s.f1 >= 0.90)
        #expect(s.attributionF1 >= 0.85)
        // Questions of an unnamed interviewer, with or without a label (`Vraag:`, `V:`, `Verslaggever:`), are a
        // described interviewer's, unnamed as in the newer golds; some golds name such speakers after the label
        // (`Presentator`, `Vraag`, `P1`), one leaves `Antwoord` unnamed: 14 of 208 turns, counted as a miss in
        // `turnAccuracy`, as agreement in the other.
        #expect(s.turnAccuracy >= 0.90)
        #expect(s.turnAccuracyLabelsAsUnnamed >= 0.98)
    }

    @Test(arguments: ["gold/sample.jsonl", "generalisation/gold.jsonl"])
    func everyGoldTextIsSourceText(_ path: String) throws {
        let gold = try Scorer.load(jsonl: TestSupport.fixtures.appendingPathComponent(path).path, gold: true)
        let root = path.hasPrefix("gold") ? TestSupport.corpus : TestSupport.fixtures.appendingPathComponent("generalisation")
        var texts: [String: String] = [:]
        for item in gold {
            if texts[item.document] == nil {
                let url = root.appendingPathComponent(item.document)
                texts[item.document] = TestSupport.read(url).0.map(\.string).joined()
            }
            #expect(texts[item.document]!.contains(item.text), "not in \(item.document): \(item.text.prefix(50))")
        }
    }

    @Test func quoteOffsetsAreScalarPositionsInTheNormalisedText() async throws {
        let listing = try CorpusWalker.list(root: TestSupport.corpus.path)
        let analysis = await Analyzer.run(listing, options: AnalysisOptions(jobs: 2, lexicon: AttributionTests.lexicon))
        var texts: [String: [Unicode.Scalar]] = [:]
        for file in listing.files {
            texts[file.relativePath] = Array(TestSupport.read(URL(fileURLWithPath: file.path), format: file.format).0.map(\.string).joined().unicodeScalars)
        }
        #expect(analysis.quotes.count == 123)
        for q in analysis.quotes {
            let scalars = texts[q.document]![q.start..<q.end]
            #expect(String(String.UnicodeScalarView(scalars)) == q.text, "\(q.id)")
        }
        // Ids are stable and unique, and repeats point at existing quotes.
        let ids = Set(analysis.quotes.map(\.id))
        #expect(ids.count == analysis.quotes.count)
        #expect(analysis.quotes.compactMap(\.repeatOf).allSatisfy(ids.contains))
        // Three repeats in article 000 and three in its web page (Dekker, Oskam, Gommer pull quotes).
        #expect(analysis.quotes.filter { $0.repeatOf != nil }.count == 6)
    }

    @Test func scorerCountsMatchesSpeakersAndTurns() {
        let gold = [Scorer.Item(document: "a", kind: "quote", text: "Wij hebben die handschoen opgepakt", speaker: "Jan Gommer"),
                    Scorer.Item(document: "a", kind: "turn", text: "Hoe begon het eigenlijk", speaker: "Sanne Visser"),
                    Scorer.Item(document: "a", kind: "quote", text: "Dat is geen kritiek", speaker: nil)]
        let predicted = [Scorer.Item(document: "a", kind: "quote", text: "Wij hebben die handschoen opgepakt,", speaker: "Gommer"),
                         Scorer.Item(document: "a", kind: "turn", text: "Hoe begon het eigenlijk?", speaker: "Ruud Hendriks"),
                         Scorer.Item(document: "a", kind: "quote", text: "Iets heel anders dan gezegd", speaker: nil)]
        let s = Scorer.score(gold: gold, predicted: predicted)
        #expect(s.matched == 2)
        #expect(s.speakerRight == 1)  // Gommer = Jan Gommer; Ruud Hendriks ≠ Sanne Visser
        #expect(abs(s.f1 - 2.0 / 3.0) < 1e-9)
        #expect(abs(s.attributionF1 - 1.0 / 3.0) < 1e-9)
        #expect(s.turnAccuracy == 0)
    }

    /// A `Vraag` turn against an unnamed gold questioner is counted wrong, and counted apart as a difference
    /// of convention; a named speaker against an unnamed gold one is simply wrong.
    @Test func aRoleLabelForAnUnnamedGoldSpeakerIsCountedApart() {
        let gold = [Scorer.Item(document: "a", kind: "turn", text: "Hoe kom je bij mensen binnen?", speaker: nil),
                    Scorer.Item(document: "a", kind: "turn", text: "Vaak via de buren in de straat.", speaker: "Fatima Bouali"),
                    Scorer.Item(document: "a", kind: "turn", text: "Werk je samen met het wijkteam?", speaker: nil)]
        let predicted = [Scorer.Item(document: "a", kind: "turn", text: "Hoe kom je bij mensen binnen?", speaker: "Vraag"),
                         Scorer.Item(document: "a", kind: "turn", text: "Vaak via de buren in de straat.", speaker: "Fatima Bouali"),
                         Scorer.Item(document: "a", kind: "turn", text: "Werk je samen met het wijkteam?", speaker: "Fatima Bouali")]
        let s = Scorer.score(gold: gold, predicted: predicted)
        #expect(s.speakerRight == 1)
        #expect(s.labelForUnnamed == 1 && s.labelForUnnamedTurns == 1)
        #expect(abs(s.turnAccuracy - 1.0 / 3.0) < 1e-9)
        #expect(abs(s.turnAccuracyLabelsAsUnnamed - 2.0 / 3.0) < 1e-9)
        // The other way round: a gold named after a label (`Presentator`, `R1`) against someone described (a
        // role category, no name); not for a speaker left unknown.
        let older = [Scorer.Item(document: "a", kind: "turn", text: "Wat doen jullie dan?", speaker: "Presentator"),
                     Scorer.Item(document: "a", kind: "turn", text: "Wie belt er dan?", speaker: "Presentator"),
                     Scorer.Item(document: "a", kind: "turn", text: "Ik bel zelf.", speaker: "R1")]
        let described = [Scorer.Item(document: "a", kind: "turn", text: "Wat doen jullie dan?", speaker: nil, roleCategory: "interviewer"),
                         Scorer.Item(document: "a", kind: "turn", text: "Wie belt er dan?", speaker: nil),
                         Scorer.Item(document: "a", kind: "turn", text: "Ik bel zelf.", speaker: nil, roleCategory: "interviewer")]
        let t = Scorer.score(gold: older, predicted: described)
        #expect(t.speakerRight == 0 && t.labelForUnnamed == 2)
    }
}

