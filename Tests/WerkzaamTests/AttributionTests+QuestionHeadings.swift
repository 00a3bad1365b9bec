import Foundation
import Testing
@testable import WerkzaamCore

/// `Drie vragen aan …`: an interview whose questions are subheadings, told apart from a page of frequently
/// asked questions and from an article with one question among its subheadings.
extension AttributionTests {
    static let threeQuestions = """
    <html><head><meta charset="utf-8"><title>Drie vragen aan Ellen Mulder</title></head><body><article>
    <h1>Drie vragen aan Ellen Mulder</h1>
    <p>Ellen Mulder is coördinator van Samen Oud in Oost bij welzijnsorganisatie Swazoom in Amsterdam.</p>
    <h3>Wat is Samen Oud in Oost?</h3>
    <p>Een netwerk van buurtbewoners die oudere buren bezoeken. We koppelen vrijwilligers aan ouderen die weinig mensen zien.</p>
    <h3>Waarom werkt het?</h3>
    <p>Omdat het dichtbij is. De vrijwilliger woont twee straten verderop.</p>
    <h3>Wat kan de gemeente beter doen?</h3>
    <p>Langer financieren dan één jaar.</p>
    </article></body></html>
    """

    /// `kind speaker: text` of every quotation and turn found in an HTML page (`-` for an unknown speaker).
    static func htmlSpeech(_ html: String) throws -> [String] {
        let (parts, _) = try TestSupport.readBytes(Array(html.utf8), as: "pagina.html")
        let d = try #require(parts.first)
        let analysis = SpeechAnalyzer(lexicon: Self.lexicon).analyze(d, format: .html)
        // A question only the layout marks is a described interviewer's: `interviewer (anoniem)`.
        return analysis.quotes.map { "\($0.kind) \($0.speaker.map { analysis.register.people[$0].displayName } ?? "-"): \(d.string($0.span))" }
    }

    /// `speaker: text` of the turns only.
    static func turns(_ html: String) throws -> [String] {
        try htmlSpeech(html).filter { $0.hasPrefix("turn ") }.map { String($0.dropFirst(5)) }
    }

    @Test func questionSubheadingsAfterAnAnnouncedInterviewAreTurns() throws {
        #expect(try Self.turns(Self.threeQuestions) == [
            "interviewer (anoniem): Wat is Samen Oud in Oost?",
            "Ellen Mulder: Een netwerk van buurtbewoners die oudere buren bezoeken. We koppelen vrijwilligers aan ouderen die weinig mensen zien.",
            "interviewer (anoniem): Waarom werkt het?",
            "Ellen Mulder: Omdat het dichtbij is. De vrijwilliger woont twee straten verderop.",
            "interviewer (anoniem): Wat kan de gemeente beter doen?",
            "Ellen Mulder: Langer financieren dan één jaar.",
        ])
    }

    @Test func questionSubheadingsWithoutAnAnnouncementOrAmongOtherHeadingsAreNoTurns() throws {
        let faq = Self.threeQuestions.replacingOccurrences(of: "Drie vragen aan Ellen Mulder", with: "Samen Oud in Oost")
        #expect(try Self.turns(faq).isEmpty)
        let article = Self.threeQuestions.replacingOccurrences(of: "<h3>Waarom werkt het?</h3>", with: "<h3>De vrijwilligers</h3>")
        #expect(try Self.turns(article).isEmpty)
    }
}

extension AttributionTests {
    /// A double interview: question subheadings, answers labelled by name with quotation marks. The questions
    /// are the interviewer's turns; the answers stay the named people's quotations.
    @Test func questionSubheadingsOverAnswersLabelledByName() throws {
        let html = """
        <html><head><meta charset="utf-8"><title>Dubbelinterview</title></head><body><main><article>
        <h1>Dubbelinterview over de wijkaanpak</h1>
        <p>Sinds 1 september werken de gemeente Lochem en Welzijn Lochem met één wijkaanpak. We spraken met wethouder Karin Dijkstra en Peter Bosman, directeur van Welzijn Lochem.</p>
        <h2>Waarom een nieuwe aanpak?</h2>
        <p><strong>Dijkstra:</strong> ‘We hadden zes loketten voor één gezin. Dat moest anders.’</p>
        <p><strong>Bosman:</strong> ‘Onze mensen zaten te veel achter een bureau.’</p>
        <h2>Wat merken inwoners ervan?</h2>
        <p><strong>Dijkstra:</strong> ‘Het is nog te vroeg voor cijfers.’</p>
        </article></main></body></html>
        """
        #expect(try Self.htmlSpeech(html) == [
            "turn interviewer (anoniem): Waarom een nieuwe aanpak?",
            "quote Karin Dijkstra: We hadden zes loketten voor één gezin. Dat moest anders.",
            "quote Peter Bosman: Onze mensen zaten te veel achter een bureau.",
            "turn interviewer (anoniem): Wat merken inwoners ervan?",
            "quote Karin Dijkstra: Het is nog te vroeg voor cijfers.",
        ])
    }
}

extension AttributionTests {
    /// Questions set in italics (`<p><em>…?</em></p>`) are questions as bold ones are; an italic paragraph
    /// that is no question, or questions with italic answers, make no interview.
    @Test func italicQuestionsMakeAnInterview() throws {
        let html = """
        <html><head><meta charset="utf-8"><title>Interview</title></head><body><article>
        <h1>“De buurt weet het vaak eerder dan wij”</h1>
        <p>Wijkverpleegkundige Fatima Bouali werkt sinds 2019 in Rotterdam-Feijenoord voor Zorgwaard.</p>
        <p><em>Hoe kom je bij mensen binnen die geen hulp vragen?</em></p>
        <p>Vaak via de buren. De buurt weet het vaak eerder dan wij.</p>
        <p><i>Werk je daarin samen met het wijkteam?</i></p>
        <p>Elke week, op donderdag.</p>
        </article></body></html>
        """
        #expect(try Self.htmlSpeech(html) == [
            "quote Fatima Bouali: De buurt weet het vaak eerder dan wij",
            "turn interviewer (anoniem): Hoe kom je bij mensen binnen die geen hulp vragen?",
            "turn Fatima Bouali: Vaak via de buren. De buurt weet het vaak eerder dan wij.",
            "turn interviewer (anoniem): Werk je daarin samen met het wijkteam?",
            "turn Fatima Bouali: Elke week, op donderdag.",
        ])
        // Half in italics is no italic paragraph.
        let half = html.replacingOccurrences(of: "<p><em>Hoe kom je bij mensen binnen die geen hulp vragen?</em></p>",
                                             with: "<p><em>Hoe kom je</em> bij mensen binnen die geen hulp vragen?</p>")
        #expect(try Self.turns(half).isEmpty)
        let italicAnswers = html.replacingOccurrences(of: "<p>Elke week, op donderdag.</p>", with: "<p><em>Elke week, op donderdag.</em></p>")
        #expect(try Self.turns(italicAnswers).isEmpty)
    }
}

