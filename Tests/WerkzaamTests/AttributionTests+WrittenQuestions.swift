import Testing
@testable import WerkzaamCore

/// Twentieth blind round: a council member's written questions with numbered `Vraag 1:` / `Antwoord 1:`
/// labels, a focus group whose introduction names its moderator mid-sentence and whose participants are
/// described in brackets, and a separable verb reporting a statement.
extension AttributionTests {
    /// `Vraag 1:`, `Vraag 2:` are one asker's, not speakers numbered 1 and 2; `Vragensteller: X (CDA)` says who.
    @Test func numberedWrittenQuestionsAreTheAskers() {
        let text = """
        Onderwerp: eenzaamheid onder ouderen

        Vragensteller: Ingrid de Boer (CDA)

        Vraag 1: Is het college bekend met het bericht dat het ontmoetingscentrum sluit?

        Antwoord 1: Ja, het college is hiermee bekend.

        Vraag 2: Is het college bereid de raad te informeren?

        Antwoord 2: Ja.
        """
        let (_, analysis) = Self.analysed(text)
        let people = analysis.quotes.map { q in q.speaker.map { analysis.register.people[$0] } }
        #expect(analysis.quotes.map(\.kind) == Array(repeating: .turn, count: 4))
        #expect(people.map { $0?.name } == ["Ingrid de Boer", "Antwoord", "Ingrid de Boer", "Antwoord"])
        #expect(people[0]?.roleCategory == "politiek" && people[0]?.organisation == "CDA" && people[0]?.organisationType == "politieke partij")
    }

    /// `Moderator: Femke Jansen (Movisie).` inside an introduction names whose `Moderator:` turns are; a
    /// participant's bracketed description gives the title it holds, wherever among its parts.
    @Test func aModeratorNamedInTheIntroductionAndDescribedParticipants() {
        let text = """
        *Gehouden op 5 november 2026 in het wijkcentrum. Moderator: Femke Jansen (Movisie). Vijf deelnemers.*

        Moderator: Wat is voor jullie het zwaarst?

        P1 (vrouw, 45, mantelzorger): Dat het nooit ophoudt.

        P2 (man, 71, mantelzorger): De administratie.

        Moderator: En wat helpt?

        P1 (vrouw, 45, mantelzorger): De consulent.
        """
        let (_, analysis) = Self.analysed(text)
        let people = analysis.quotes.map { q in q.speaker.map { analysis.register.people[$0] } }
        #expect(people.map { $0?.name } == ["Femke Jansen", "P1 (vrouw, 45, mantelzorger)", "P2 (man, 71, mantelzorger)", "Femke Jansen",
                                            "P1 (vrouw, 45, mantelzorger)"])
        #expect(people.map { $0?.roleCategory } == ["interviewer", "bewoner", "bewoner", "interviewer", "bewoner"])
        #expect(people[0]?.organisation == "Movisie" && people[1]?.role == "mantelzorger" && people[1]?.isAnonymous == true)
    }

    /// `Dat is een bewuste keuze, licht manager Ellen Smit van Contour de Twern toe.`: a separable verb whose
    /// particle ends the sentence, after the name and its organisation.
    @Test func aSeparableVerbAfterAStatementReportsIt() {
        let text = "Manager Ellen Smit van Contour de Twern leidt het team.\n\nDat is een bewuste keuze, licht manager Ellen Smit van Contour de Twern toe. Het werk verandert.\n\nDe keuze is gemaakt, licht Ellen Smit niet toe aan de pers."
        let found = Self.speech(text)
        #expect(found.map(\.text) == ["Dat is een bewuste keuze"])
        #expect(found.map(\.kind) == [.indirect])
        #expect(found.map(\.speaker) == ["Ellen Smit"])
    }
}
