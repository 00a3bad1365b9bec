import Foundation
import Testing
@testable import WerkzaamCore

/// Respondents a research report describes instead of naming: a bracketed description after the quotation,
/// an indefinite title before a colon, and an indefinite title with its organisation as the subject a
/// pronoun then means. Each is a speaker without a name, with the role and organisation the description gives.
extension AttributionTests {
    static let anonymisedReport = """
    Hoofdstuk 3. Ervaringen in de wijk

    Voor dit onderzoek spraken we met twaalf professionals in vier gemeenten. De citaten zijn geanonimiseerd.

    „Zonder een vast gezicht in de wijk komen jongeren niet bij ons terecht. Dat hebben we moeten leren.” (jongerenwerker, gemeente B)

    „Wij betalen, maar de uitvoering ligt bij de partners. Daar moeten we op durven vertrouwen.” (beleidsadviseur, gemeente D)

    Een praktijkondersteuner uit gemeente A zegt: „Ik verwijs nu rechtstreeks naar de schuldhulp, zonder formulier.”

    Een bibliotheekmedewerker van gemeente C is minder positief. Volgens hem blijft het digitale spreekuur te onbekend bij ouderen.

    Wethouder Karin de Boer herkent dat. „We gaan het spreekuur beter bekendmaken”, zegt ze.
    """

    @Test func describedRespondentsSpeakWithoutAName() throws {
        let (document, analysis) = Self.analysed(Self.anonymisedReport)
        let found = analysis.quotes.map { q in (document.string(q.span), q.kind, q.speaker.map { analysis.register.people[$0] }, q.cue) }
        #expect(found.map(\.0) == [
            "Zonder een vast gezicht in de wijk komen jongeren niet bij ons terecht. Dat hebben we moeten leren.",
            "Wij betalen, maar de uitvoering ligt bij de partners. Daar moeten we op durven vertrouwen.",
            "Ik verwijs nu rechtstreeks naar de schuldhulp, zonder formulier.",
            "blijft het digitale spreekuur te onbekend bij ouderen",
            "We gaan het spreekuur beter bekendmaken",
        ])
        #expect(found.map(\.3) == ["description", "description", "zegt", "volgens", "pronoun"])
        let people = found.map(\.2)
        #expect(people.map { $0?.name } == ["jongerenwerker, gemeente B", "beleidsadviseur, gemeente D",
                                             "praktijkondersteuner uit gemeente A", "bibliotheekmedewerker van gemeente C", "Karin de Boer"])
        #expect(people.map { $0?.isAnonymous } == [true, true, true, true, false])
        #expect(people.map { $0?.roleCategory } == ["professional", "beleid", "professional", "professional", "bestuurder"])
        // A municipality in a description is where the respondent works; a title of another kind of organisation
        // (`functies`: a youth worker's, a practice nurse's; a library employee by the word he is made of) says whose.
        #expect(people.map { $0?.organisationType } == ["welzijnsorganisatie", "gemeente", "zorgorganisatie", "bibliotheek", "gemeente"])
        #expect(people[1]?.organisation == "gemeente D")
    }

    /// Not descriptions: a title before a name in brackets, a person of the text named in them, and an
    /// indefinite title without an organisation (`Een wethouder moet …` is anyone).
    @Test func namesAndGeneralStatementsAreNoDescribedRespondents() {
        let named = Self.speech("Marieke Jansen is wethouder in Zwolle.\n\n„We gaan door met de buurtbudgetten.” (wethouder Jansen)")
        #expect(named.map(\.cue) == ["context"] && named.map(\.speaker) == ["Marieke Jansen"])
        let general = Self.speech("Een wethouder moet durven kiezen. Volgens haar is dat de kern van het vak.")
        #expect(general.map(\.speaker) == [nil])
        let (_, analysis) = Self.analysed("Een wethouder moet durven kiezen. Volgens haar is dat de kern van het vak.")
        #expect(analysis.register.people.isEmpty)
        // A clause after the title describes the respondent but is not part of the title.
        let (_, clause) = Self.analysed("„Ze kennen me.” (jongerenwerker die al tien jaar in de wijk werkt)")
        #expect(clause.register.people.map(\.name) == ["jongerenwerker die al tien jaar in de wijk werkt"])
        #expect(clause.register.people.map(\.role) == ["jongerenwerker"])
    }

    /// The same description in one report is one respondent; in `speakers.csv` each document's is its own.
    @Test func oneDescriptionIsOneRespondentPerDocument() {
        let text = "„Bellen werkt beter dan een formulier.” (huisarts, gemeente F)\n\n„En het is sneller.” (huisarts, gemeente F)"
        let (_, analysis) = Self.analysed(text)
        #expect(analysis.register.people.count == 1)
        #expect(analysis.quotes.map(\.speaker) == [0, 0])
        var huisarts = Person(name: "huisarts, gemeente F")
        huisarts.isAnonymous = true
        let records = ["a.txt", "b.txt"].map { doc in
            QuoteRecord(id: doc, document: doc, paragraph: 1, start: 0, end: 1, text: "…", kind: .quote, speaker: huisarts,
                        cue: "description", confidence: 0.8, repeatOf: nil, themes: [])
        }
        let rows = SpeakersCSV.speakers(records).map { "\($0.person.displayName) \($0.documents.sorted())" }
        #expect(rows == ["huisarts, gemeente F (anoniem) [\"a.txt\"]", "huisarts, gemeente F (anoniem) [\"b.txt\"]"])
    }
}

extension AttributionTests {
    static let evaluationReport = """
    Knelpunten

    Een teamleider van een van de buurtteams wijst op de wachtlijsten. Volgens haar kunnen gezinnen soms pas na zes weken terecht.

    "De gemeente vraagt ons om preventief te werken, maar we komen niet eens toe aan de acute vragen." (teamleider buurtteam)

    Een wijkverpleegkundige uit Presikhaaf vertelt: "Ik loop twee keer per week even binnen bij het buurtteam."

    Een inwoner is kritischer: "Ik heb drie verschillende mensen gesproken en moest mijn verhaal drie keer doen."

    "Ik wist niet eens dat ik recht had op een logeeropvang voor mijn man."

    — mantelzorger, 64 jaar

    Onderzoeker Fatima el Amrani van het Verwey-Jonker Instituut: "Het beeld is overwegend positief."
    """

    /// An organisation as `een van de buurtteams`, a team a title ends in, a place after `uit` that the register
    /// took for a name, an indefinite title before a colon without a speech verb, and a byline that describes.
    @Test func describedRespondentsInAnEvaluationReport() throws {
        let (document, analysis) = Self.analysed(Self.evaluationReport)
        let people = analysis.quotes.map { $0.speaker.map { analysis.register.people[$0] } }
        #expect(analysis.quotes.map { document.string($0.span).prefix(24) } == [
            "kunnen gezinnen soms pas", "De gemeente vraagt ons o", "Ik loop twee keer per we", "Ik heb drie verschillend",
            "Ik wist niet eens dat ik", "Het beeld is overwegend ",
        ])
        #expect(people.map { $0?.name } == ["teamleider van een van de buurtteams", "teamleider buurtteam", "wijkverpleegkundige uit Presikhaaf",
                                             "inwoner", "mantelzorger, 64 jaar", "Fatima el Amrani"])
        #expect(analysis.quotes.map(\.cue) == ["volgens", "description", "vertelt", "label", "byline", "context"])
        #expect(people.map { $0?.roleCategory } == ["management", "management", "professional", "bewoner", "bewoner", "kennisinstituut"])
        #expect(people.map { $0?.organisationType } == ["welzijnsorganisatie", "welzijnsorganisatie", "zorgorganisatie", nil, nil, "kennisinstituut"])
    }
}

/// The twelfth blind round's conventions: a council livestream's `Raadslid Yilmaz (GroenLinks):`, `X werkt
/// al twaalf jaar als wijkverpleegkundige`, a `<p class="citaat">` signed by the paragraph under it, and an
/// unnamed boy who speaks.
extension AttributionTests {
    @Test func aTitledMemberWithAPartyIsThatMember() {
        let text = """
        Voorzitter: Het woord is aan mevrouw Yilmaz.

        Raadslid Yilmaz (GroenLinks): De wachtlijsten worden langer.

        Wethouder Kok: Ik deel die zorg.

        Raadslid Brink (VVD): Kijk eerst naar de samenwerking.
        """
        #expect(Self.speech(text).map(\.speaker) == ["Voorzitter", "Raadslid Yilmaz", "Wethouder Kok", "Raadslid Brink"])
        let yilmaz = Self.person("Raadslid Yilmaz", in: text)
        #expect(yilmaz?.role == "raadslid" && yilmaz?.roleCategory == "politiek")
        #expect(yilmaz?.organisation == "GroenLinks" && yilmaz?.organisationType == "politieke partij")
    }

    @Test func someoneWhoWorksAsATitleIsIntroduced() {
        let text = """
        Marloes Dekker werkt al twaalf jaar als wijkverpleegkundige bij Buurtzorg in Ede-Zuid. We vroegen haar naar de samenwerking.

        V: Wat gaat er goed?

        A: We kennen elkaar.

        V: En wat kan beter?

        A: De administratie.
        """
        #expect(Self.speech(text).map(\.speaker) == ["interviewer", "Marloes Dekker", "interviewer", "Marloes Dekker"])
        let marloes = Self.person("Marloes Dekker", in: text)
        #expect(marloes?.role == "wijkverpleegkundige" && marloes?.organisation == "Buurtzorg")
        // `is al twaalf jaar`: numbers of years before a title.
        #expect(Self.person("Els Kok", in: "Els Kok is al twaalf jaar buurtwerker. „Ik ken iedereen”, zegt ze.")?.role == "buurtwerker")
    }

    @Test func aQuotationParagraphSignedByTheParagraphUnderIt() throws {
        let html = """
        <html><head><title>Jongerenraad</title></head><body><div class="content">
        <h1>Jongerenraad wil eigen plek</h1>
        <p class="citaat">“Jongeren hangen nu op straat omdat er nergens anders plek is.”</p>
        <p class="bron">Sanne Peters, voorzitter jongerenraad</p>
        <p>Een jongen van zeventien, die anoniem wil blijven: „Thuis is het te klein.”</p>
        </div></body></html>
        """
        #expect(try Self.htmlSpeech(html) == [
            "quote Sanne Peters: Jongeren hangen nu op straat omdat er nergens anders plek is.",
            "quote jongen (anoniem): Thuis is het te klein.",
        ])
    }
}

/// The thirteenth blind round's conventions: focus-group participants labelled by a description, a title
/// before `was` and the name, and an organisation subject with a relative clause.
extension AttributionTests {
    static let focusGroup = """
    Op 3 november spraken we met zes inwoners. Gespreksleider was Nicole Hofman van Movisie.

    **Nicole Hofman:** Wat was voor jullie de eerste stap?

    **Deelnemer (moeder, 38):** Een brief van de woningcorporatie.

    **Deelnemer (man, 61):** Bij mij was het de huisarts.

    **Nicole Hofman:** En wat hielp het meest?

    **Deelnemer (moeder, 38):** Dat ze niet oordeelden.
    """

    @Test func participantsLabelledByADescriptionAreDescribedRespondents() throws {
        let (parts, _) = try TestSupport.readBytes(Array(Self.focusGroup.utf8), as: "verslag.md")
        let document = try #require(parts.first)
        let analysis = SpeechAnalyzer(lexicon: Self.lexicon).analyze(document, format: .md)
        let people = analysis.quotes.map { $0.speaker.map { analysis.register.people[$0] } }
        #expect(people.map { $0?.displayName } == ["Nicole Hofman", "Deelnemer (moeder, 38) (anoniem)", "Deelnemer (man, 61) (anoniem)",
                                                   "Nicole Hofman", "Deelnemer (moeder, 38) (anoniem)"])
        // `moeder` is a title; `man` is none, but the introduction counts `zes inwoners` (fifteenth round).
        #expect(people[1]?.roleCategory == "bewoner" && people[1]?.role == "moeder")
        #expect(people[2]?.roleCategory == "bewoner" && people[2]?.role == "inwoner")
        // `Gespreksleider was Nicole Hofman van Movisie`: her title and organisation.
        #expect(people[0]?.roleCategory == "interviewer" && people[0]?.organisation == "Movisie")
    }

    @Test func anOrganisationSubjectWithARelativeClause() {
        let text = """
        Zorgaanbieder Markenheem, die de dagbesteding runt, is opgelucht. "We hadden al een plan B", zegt locatiemanager Erik Jansen.
        """
        let erik = Self.person("Erik Jansen", in: text)
        #expect(erik?.organisation == "Zorgaanbieder Markenheem" && erik?.organisationType == "zorgorganisatie")
    }
}

/// Fourteenth blind round: a first name introduced by age and role, an organisation type of two words after
/// `van het`, and one of a group named by a plural title (`Een van de huisartsen uit gemeente C zegt:`).
extension AttributionTests {
    static let socialMediaPost = """
    We begonnen bij Ahmed (42), vader van drie kinderen. Hij had maandenlang een stapel ongeopende post. "Ik schaamde me. Ik dacht: dat los ik zelf wel op," vertelde hij me.

    Teamleider Marloes van het sociaal team legde uit wat er dan gebeurt. "We kijken niet alleen naar de schulden."

    Een van de huisartsen uit gemeente C zegt: "Ik zie minder mensen met geldzorgen."

    Een van de moeders zei: "Jullie moeten niet voor ons praten."

    Een van de partners zegt: "Wij doen gewoon mee."

    "Dat gaan we zien," zegt Marloes.
    """

    @Test func firstNamesByAgeTwoWordTypesAndOneOfAGroup() throws {
        let (_, analysis) = Self.analysed(Self.socialMediaPost)
        let people = analysis.quotes.map { q in q.speaker.map { analysis.register.people[$0] } }
        #expect(people.map { $0?.name } == ["Ahmed", "Marloes", "huisarts uit gemeente C", "moeder", nil, "Marloes"])
        #expect(people.map { $0?.isAnonymous } == [false, false, true, true, nil, false])
        #expect(people.map { $0?.role } == ["vader", "teamleider", "huisarts", "moeder", nil, "teamleider"])
        #expect(people.map { $0?.roleCategory } == ["bewoner", "management", "professional", "bewoner", nil, "management"])
        #expect(people.map { $0?.organisation } == [nil, "sociaal team", "zorgorganisatie", nil, nil, "sociaal team"])
        #expect(people.map { $0?.organisationType } == [nil, "welzijnsorganisatie", "zorgorganisatie", nil, nil, "welzijnsorganisatie"])
        #expect(analysis.quotes.map(\.cue) == ["pronoun", "context", "zegt", "zei", "zegt", "zegt"])
    }

    /// A capitalised word with an age but no role after it stays no one (`Zwolle (12), Deventer (9)`), and
    /// `in` before a place is no particle of a name (`In Zwolle (12)`, `Buurthuizen in Zwolle`).
    @Test func aFirstNameByAgeAloneIntroducesNoOne() throws {
        let (_, analysis) = Self.analysed("""
        In Zwolle (12) en Deventer (9) doen buurthuizen mee. Buurthuizen in Zwolle (12), Deventer (9) en Kampen (4) ook. "We zijn er blij mee," zei hij.
        """)
        #expect(analysis.register.people.isEmpty)
        #expect(analysis.quotes.map(\.speaker) == [nil])
    }
}

/// A law or field after a title is no surname (`beleidsadviseur Wmo`), and a name followed by a two-word type
/// is an organisation of that type (`Sterker sociaal werk`).
extension AttributionTests {
    @Test func fieldsAreNoSurnamesAndTwoWordTypesFollowNames() throws {
        let (_, analysis) = Self.analysed("""
        Gespreksleider: Ruud Verbeek (Sterker sociaal werk).

        “We hebben met de huisartsen afgesproken dat ze overbelaste mantelzorgers direct naar ons doorverwijzen.” (beleidsadviseur Wmo, gemeente Breda)

        “Dat werkt goed,” zegt Verbeek.
        """)
        let people = analysis.quotes.map { q in q.speaker.map { analysis.register.people[$0] } }
        #expect(people.map { $0?.name } == ["beleidsadviseur Wmo, gemeente Breda", "Ruud Verbeek"])
        #expect(people.map { $0?.roleCategory } == ["beleid", nil])
        #expect(people.map { $0?.organisation } == ["gemeente Breda", "Sterker sociaal werk"])
        #expect(people.map { $0?.organisationType } == ["gemeente", "welzijnsorganisatie"])
        #expect(!analysis.register.people.contains { $0.name == "Wmo" })
    }
}
