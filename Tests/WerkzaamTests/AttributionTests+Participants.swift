import Foundation
import Testing
@testable import WerkzaamCore

/// Fifteenth blind round: a focus group whose participants are labelled by letter and whose moderator's
/// abbreviation the introduction gives, an article that gives a title in an age description, and a
/// question-and-answer page whose interviewee tells of someone else.
extension AttributionTests {
    static let letteredFocusGroup = """
    *Datum: 3 november 2026. Moderator (M): Eline Vos, onderzoeker bij het Verwey-Jonker Instituut. Deelnemers: vier jongeren tussen 15 en 19 jaar uit Gouda-Oost, aangeduid met letters.*

    M: Wat vinden jullie van de buurt?

    Deelnemer A: Saai. Er is niks te doen voor ons.

    Deelnemer B: Dat vind ik niet. Op woensdag is er een jongerenavond.

    M: Wie organiseert die avond?

    Deelnemer B: De jongerenwerker, Kevin.
    """

    @Test func lettersLabelParticipantsAndTheIntroductionSaysWhoTheyAre() throws {
        let (_, analysis) = Self.analysed(Self.letteredFocusGroup)
        let people = analysis.quotes.map { q in q.speaker.map { analysis.register.people[$0] } }
        #expect(analysis.quotes.map(\.kind) == Array(repeating: .turn, count: 5))
        #expect(people.map { $0?.name } == ["Eline Vos", "A", "B", "Eline Vos", "B"])
        #expect(people.map { $0?.roleCategory } == ["interviewer", "bewoner", "bewoner", "interviewer", "bewoner"])
        #expect(people.map { $0?.role } == ["onderzoeker", "jongere", "jongere", "onderzoeker", "jongere"])
        #expect(people[0]?.organisationType == "kennisinstituut")
        #expect(TurnLabels.isAnonymousKey("deelnemer a") && !TurnLabels.isAnonymousKey("deelnemer ab"))
    }

    /// Two kinds of participant counted (`drie bewoners en twee huisartsen`) give no one a title.
    @Test func twoKindsOfParticipantGiveNoTitle() throws {
        let text = Self.letteredFocusGroup.replacingOccurrences(of: "vier jongeren tussen 15 en 19 jaar", with: "drie bewoners en twee huisartsen")
        let (_, analysis) = Self.analysed(text)
        let roles = analysis.quotes.map { q in q.speaker.flatMap { analysis.register.people[$0].roleCategory } }
        #expect(roles == ["interviewer", nil, nil, "interviewer", nil])
    }

    @Test func anAgeDescriptionWithATitleIntroducesThePersonBefore() throws {
        let (_, analysis) = Self.analysed("""
        Naast hem zit Marieke Hendriks aan de naaimachine. De 45-jarige moeder van twee kwam er drie jaar geleden voor het eerst. "Ik ben nooit meer weggegaan," lacht ze.

        "Het begon met vier mensen," vertelt oprichter Jos Moonen (72).
        """)
        let people = analysis.quotes.map { q in q.speaker.map { analysis.register.people[$0] } }
        #expect(people.map { $0?.name } == ["Marieke Hendriks", "Jos Moonen"])
        #expect(people.map { $0?.role } == ["moeder", "oprichter"])
        #expect(people.map { $0?.roleCategory } == ["bewoner", "bewoner"])
    }

    /// In a turn, `ze zei:` is someone the speaker tells of, not the speaker; `ik zei:` is the speaker.
    @Test func aThirdPersonInATurnIsNotTheSpeaker() throws {
        let found = Self.speech("""
        Interviewer: Wat is je mooiste moment?

        Naima Bouzid: Een mevrouw van tachtig kwam niet meer buiten. Ze zei laatst tegen me: ‘Ik heb mijn leven terug.’ Ik zei: ‘Dat is mooi.’

        Interviewer: En verder?

        Naima Bouzid: Verder gaat het goed.
        """)
        #expect(found.map(\.text) == ["Wat is je mooiste moment?",
                                      "Een mevrouw van tachtig kwam niet meer buiten. Ze zei laatst tegen me: ‘Ik heb mijn leven terug.’ Ik zei: ‘Dat is mooi.’",
                                      "Ik heb mijn leven terug.", "Dat is mooi.", "En verder?", "Verder gaat het goed."])
        #expect(found.map(\.speaker) == ["interviewer", "Naima Bouzid", nil, "Naima Bouzid", "interviewer", "Naima Bouzid"])
    }
}

/// Sixteenth blind round: a profile box before an interview whose bold questions Markdown makes subheadings,
/// a Teams export marking guests `(Extern)`, and English titles.
extension AttributionTests {
    static func analysedFile(_ text: String, as name: String, format: SourceFormat) throws -> SpeechAnalysis {
        let (parts, _) = try TestSupport.readBytes(Array(text.utf8), as: name)
        return SpeechAnalyzer(lexicon: Self.lexicon).analyze(try #require(parts.first), format: format)
    }

    @Test func aProfileBoxNamesTheInterviewee() throws {
        let analysis = try Self.analysedFile(Self.profileInterview, as: "profiel.md", format: .md)
        let people = analysis.quotes.map { q in q.speaker.map { analysis.register.people[$0] } }
        #expect(analysis.quotes.map(\.kind) == [.turn, .turn, .turn, .turn])
        #expect(people.map { $0?.displayName } == ["interviewer (anoniem)", "Tim Verbeek", "interviewer (anoniem)", "Tim Verbeek"])
        #expect(people[1]?.role == "kwartiermaker sociale basis" && people[1]?.roleCategory == "beleid")
        #expect(people[1]?.organisation == "gemeente Helmond" && people[1]?.organisationType == "gemeente")
    }

    static let profileInterview = """
        # In gesprek met de kwartiermaker

        **Naam:** Tim Verbeek
        **Functie:** kwartiermaker sociale basis
        **Organisatie:** gemeente Helmond

        Sinds een jaar bouwt hij aan een sterkere sociale basis. Wij vroegen hem naar zijn eerste ervaringen.

        **Wat doet een kwartiermaker eigenlijk?**

        Ik maak ruimte voor iets nieuws.

        **Wat heb je geleerd?**

        Dat je als gemeente vooral moet luisteren.
        """

    @Test func anUntitledProfileInterview() throws {
        // The introduction right before the questions announces the interview when the title does not.
        let untitled = try Self.analysedFile(Self.profileInterview.replacingOccurrences(of: "# In gesprek met de kwartiermaker", with: "# De kwartiermaker"),
                                             as: "profiel.md", format: .md)
        #expect(untitled.quotes.map { q in q.speaker.map { untitled.register.people[$0].displayName } }
                == ["interviewer (anoniem)", "Tim Verbeek", "interviewer (anoniem)", "Tim Verbeek"])
    }

    @Test func aGuestMarkIsNoOrganisation() throws {
        let analysis = try Self.analysedFile("""
        WEBVTT

        00:00:01.000 --> 00:00:05.000
        <v Jansen, Petra (Gemeente Enschede)>Wat zouden jullie van de gemeente nodig hebben?</v>

        00:00:06.000 --> 00:00:12.000
        <v Bakker, Ruben (Extern)>Ik ben Ruben Bakker, huisarts in de wijk. Een vast aanspreekpunt.</v>

        00:00:13.000 --> 00:00:15.000
        <v Vos, Anna (Extern)>Dat herken ik.</v>
        """, as: "overleg.vtt", format: .vtt)
        let people = analysis.quotes.map { q in q.speaker.map { analysis.register.people[$0] } }
        #expect(people.map { $0?.name } == ["Petra Jansen", "Ruben Bakker", "Anna Vos"])
        #expect(people.map { $0?.organisation } == ["Gemeente Enschede", "zorgorganisatie", nil])
        #expect(people.map { $0?.organisationType } == ["gemeente", "zorgorganisatie", nil])
    }

    @Test func englishTitlesOfTheSocialDomain() {
        let text = """
        "We komen met vragen," zegt community builder Esra Kaya van Buurtwerk Zaandam. Ook social worker Mark de Graaf ziet het. "Nu bellen mensen eerder," zegt De Graaf.
        """
        #expect(Self.speech(text).map(\.speaker) == ["Esra Kaya", "Mark de Graaf"])
        let mark = Self.person("Mark de Graaf", in: text)
        #expect(mark?.role == "social worker" && mark?.roleCategory == "professional" && mark?.organisationType == "welzijnsorganisatie")
        #expect(Self.person("Esra Kaya", in: text)?.organisationType == "welzijnsorganisatie")
    }
}

/// Seventeenth blind round: a council letter quoting respondents by title, place and age, a web page's
/// caption with titles before the name, and reported speech whose subject carries an organisation.
extension AttributionTests {
    @Test func aTitlePlaceAndAgeDescribeARespondent() throws {
        let (_, analysis) = Self.analysed("""
        De bewoners zijn positief. "Eindelijk een plek waar je zonder afspraak binnen kunt lopen" (bewoner Kanaleneiland, 34 jaar).

        Onderzoeker Lisa van Dam van Movisie concludeert dat de wijkaanpak werkt, maar dat de gemeente zichtbaarder moet worden. Teamleider Ilona Verhagen van ContourdeTwern vertelt hoe dat ging. Wethouder Jan de Boer van D66 vraagt waarom de bus niet komt.
        """)
        #expect(!analysis.register.people.contains { $0.name == "Kanaleneiland" })
        let people = analysis.quotes.map { q in q.speaker.map { analysis.register.people[$0] } }
        #expect(analysis.quotes.map(\.kind) == [.quote, .indirect, .indirect])
        #expect(people.map { $0?.displayName } == ["bewoner Kanaleneiland, 34 jaar (anoniem)", "Lisa van Dam", "Jan de Boer"])
        #expect(people.map { $0?.roleCategory } == ["bewoner", "kennisinstituut", "bestuurder"])
    }

    @Test func aCaptionMayGiveTitlesBeforeTheName() throws {
        let html = """
        <html><body><article><h1>Taalhuis helpt honderd inwoners</h1>
        <p>Het Taalhuis heeft dit jaar honderd inwoners geholpen met lezen en schrijven.</p>
        <figure><blockquote><p>Ik kon mijn eigen post niet lezen. Nu help ik anderen.</p></blockquote>
        <figcaption>Deelnemer en taalvrijwilliger Hatice Yıldız</figcaption></figure>
        <p>Het Taalhuis zoekt nog meer vrijwilligers voor het nieuwe jaar.</p>
        </article></body></html>
        """
        let analysis = try Self.analysedFile(html, as: "taalhuis.html", format: .html)
        let people = analysis.quotes.map { q in q.speaker.map { analysis.register.people[$0] } }
        #expect(people.map { $0?.name } == ["Hatice Yıldız"])
        #expect(people.first??.roleCategory == "bewoner")
    }
}
