import Foundation
import Testing
@testable import WerkzaamCore

/// Who said what: each cue type, aliases, roles and organisations, turns and false labels, on Dutch text.
struct AttributionTests {
    static let lexicon: SpeakerLexicon = try! SpeakerLexicon.load(directory: TestSupport.packageRoot.appendingPathComponent("lexicons").path)

    /// (text, kind, speaker, cue) of every quote found in `text` read as a plain-text file.
    static func speech(_ text: String, format: SourceFormat = .txt) -> [(text: String, kind: QuoteKind, speaker: String?, cue: String?)] {
        let (document, analysis) = analysed(text, format: format)
        return analysis.quotes.map { q in (document.string(q.span), q.kind, q.speaker.map { analysis.register.people[$0].name }, q.cue) }
    }

    static func analysed(_ text: String, format: SourceFormat = .txt) -> (Document, SpeechAnalysis) {
        var document = Document(text: Array(text.utf8), paragraphs: PlainTextLayout.paragraphs(in: Array(text.utf8)))
        SentenceSegmenter.segment(&document)
        return (document, SpeechAnalyzer(lexicon: lexicon).analyze(document, format: format))
    }

    static func person(_ name: String, in text: String) -> Person? {
        let (_, analysis) = analysed(text)
        return analysis.register.resolve(name).map { analysis.register.people[$0] }
    }

    @Test func inversionWithNameAndApposition() {
        let found = Self.speech("Intro van het stuk over samenwerking.\n\n“Goed samenwerken is een opgave”, zegt Jan Gommer, directeur van FlevoMeer Bibliotheek.")
        #expect(found.count == 1)
        #expect(found[0].text == "Goed samenwerken is een opgave")
        #expect(found[0].speaker == "Jan Gommer")
        #expect(found[0].cue == "zegt")
        let jan = Self.person("Gommer", in: "“Goed samenwerken is een opgave”, zegt Jan Gommer, directeur van FlevoMeer Bibliotheek.")
        #expect(jan?.role == "directeur" && jan?.roleCategory == "directie")
        #expect(jan?.organisation == "FlevoMeer Bibliotheek" && jan?.organisationType == "bibliotheek")
    }

    @Test func aldusWithSurnameAliasAndCapitalisedParticle() {
        let text = "Frank van Lissum, programmamanager sociale agenda Limburg, legt het uit.\n\n“We willen niet alleen goed contact met de provincie”, aldus Van Lissum."
        let found = Self.speech(text)
        #expect(found.map(\.speaker) == ["Frank van Lissum"])
        #expect(found.map(\.cue) == ["aldus"])
    }

    @Test func pronounAndSeparableVerb() {
        let text = "Oskam ziet vaak dat de publieke sector vastloopt. “Dat is geen kritiek”, benadrukt ze. “In de agenda-fase verkennen partners hun ambities”, legt Oskam uit."
        let found = Self.speech("Jo-Ann Oskam is consultant van the Alignment House.\n\n" + text)
        #expect(found.map(\.speaker) == ["Jo-Ann Oskam", "Jo-Ann Oskam"])
        #expect(found.map(\.cue) == ["pronoun", "legt"])
    }

    @Test func labelBeforeQuoteInAnArticleIsNoTurn() {
        let text = "Daarover zijn ze het eens, Chantal van Londen-Verheij, beleidsstrateeg bij de gemeente Zutphen, en Jorinde Klungers, directeur-bestuurder van welzijnsorganisatie Perspectief Zutphen.\n\nChantal: ‘We gebruikten bepaalde termen, maar hadden daar andere beelden bij.’ Jorinde: ‘De richting was niet expliciet.’\n\nChantal: ‘Voor ons is het fijn.’"
        let found = Self.speech(text)
        #expect(found.map(\.kind) == [.quote, .quote, .quote])
        #expect(found.map(\.speaker) == ["Chantal van Londen-Verheij", "Jorinde Klungers", "Chantal van Londen-Verheij"])
        #expect(found.map(\.cue) == ["label", "label", "label"])
        let chantal = Self.person("Chantal", in: text)
        #expect(chantal?.organisation == "gemeente Zutphen" && chantal?.roleCategory == "beleid")
    }

    @Test func verbLabelBeforeAColon() {
        let found = Self.speech("Frans Grobbe, expert en begeleider van dit praktijklab, ziet het vaak.\n\nGrobbe legt uit: “In de agenda-fase verkennen partners de eigen probleemdefinities.”")
        #expect(found.map(\.speaker) == ["Frans Grobbe"])
        #expect(found.map(\.cue) == ["legt"])
    }

    @Test func interruptedQuoteAcrossAnApposition() {
        let found = Self.speech("“Op het eerste gezicht lijkt het een vreemde coalitie”, zegt Jan Dekker, directeur van Welzijn Lelystad, “maar het verbindende element is de zelfredzaamheid.”")
        #expect(found.map(\.text) == ["Op het eerste gezicht lijkt het een vreemde coalitie", "maar het verbindende element is de zelfredzaamheid."])
        #expect(found.map(\.speaker) == ["Jan Dekker", "Jan Dekker"])
    }

    @Test func chainAndContextAfterAnIntroduction() {
        let text = """
        Manon de Caluwé is werkzaam bij organisatieadviesbureau Common Eye en begeleidt netwerken. “Wat we willen is dat een partij zelf iets bedenkt waar ze achter staat.”

        Daarom is eigenaarschap belangrijk. “Bespreek daarom met elkaar wat je eruit wilt halen en wanneer het een succes is.”
        """
        let found = Self.speech(text)
        #expect(found.map(\.speaker) == ["Manon de Caluwé", "Manon de Caluwé"])
        #expect(found.map(\.cue) == ["context", "chain"])
        #expect(Self.person("Manon", in: text)?.organisationType == "adviesbureau")
    }

    @Test func noSpeakerWithoutAnyCue() {
        let found = Self.speech("Het was een lange middag in het buurthuis.\n\n“Dit moet anders, en snel ook, want zo kan het niet langer doorgaan met de wachtlijsten.”")
        #expect(found.count == 1)
        #expect(found[0].speaker == nil)
    }

    @Test func scareQuotesAndTermsAreNoQuotations() {
        let found = Self.speech("Lelykracht werkt vanuit een gezamenlijk ‘feitenfundament’. Het ‘veld’ kwam met ‘de regie’. Vink ‘Ik reageer liever als gast’ aan. De provincie wil ‘het toeval van de ontmoeting bevorderen’.")
        #expect(found.isEmpty)
    }

    @Test func shortQuoteWithSourceLaterInTheSentence() {
        let found = Self.speech("In Lelystad is \"een zeer interessante coalitie\" opgestaan genaamd Lelykracht, aldus wethouder Janneke Sparreboom.")
        #expect(found.map(\.text) == ["een zeer interessante coalitie"])
        #expect(found.map(\.speaker) == ["Janneke Sparreboom"])
    }

    @Test func oldNewspaperStyleAndPluralPronoun() {
        let text = "Wethouder Bart Hulsman (Sociaal Domein) is tevreden. ,,Dit is precies wat we bedoelen,'' aldus Hulsman. ,,Bewoners doen het zelf.''\n\nMensen helpen elkaar. 'Ik help gewoon,' zeggen ze dan."
        let found = Self.speech(text)
        #expect(found.map(\.text) == ["Dit is precies wat we bedoelen,", "Bewoners doen het zelf.", "Ik help gewoon,"])
        #expect(found.map(\.speaker) == ["Bart Hulsman", "Bart Hulsman", nil])
    }

    @Test func indirectSpeechWithVolgens() {
        let text = "Manon de Caluwé is adviseur bij Common Eye.\n\nVolgens Manon zijn er vijf condities voor duurzaam eigenaarschap:\n\nHet succes zit hem volgens Chantal, Jorinde en Lou in de kennis."
        let found = Self.speech(text)
        #expect(found.map(\.text) == ["zijn er vijf condities voor duurzaam eigenaarschap"])
        #expect(found.map(\.kind) == [.indirect])
        #expect(found.map(\.speaker) == ["Manon de Caluwé"])
    }

    /// `Volgens X, role bij Y, …`: the apposition introduces the source and the clause after it is what
    /// they say; names listed after a comma are still several sources, not one.
    @Test func indirectSpeechAfterAnAppositionBetweenCommas() {
        let text = """
        Volgens Yusuf Demir, jongerenwerker bij welzijnsorganisatie Alifa, zat het probleem vooral in de versnippering.

        Het werkt volgens Chantal, Jorinde en Lou beter in kleine groepen.
        """
        let found = Self.speech(text)
        #expect(found.map(\.text) == ["zat het probleem vooral in de versnippering"])
        #expect(found.map(\.kind) == [.indirect])
        #expect(found.map(\.speaker) == ["Yusuf Demir"])
        let demir = Self.person("Yusuf Demir", in: text)
        #expect(demir?.role == "jongerenwerker" && demir?.organisation == "welzijnsorganisatie Alifa")
    }

    /// A community police officer belongs to the police even when the text names no force; a role that
    /// merely contains the word (`agentschap`) does not.
    @Test func aPoliceOfficerIsOfThePolice() {
        let text = """
        Wijkagent Ruben Scholten schenkt er zelf de koffie. ‘Je leert de jongens hier beter kennen dan vanuit de auto,’ zegt hij.

        ‘Dat vraagt geduld,’ zegt Anne de Wit, directeur van het agentschap.
        """
        let scholten = Self.person("Ruben Scholten", in: text)
        #expect(scholten?.role == "wijkagent" && scholten?.roleCategory == "professional")
        #expect(scholten?.organisation == "politie" && scholten?.organisationType == "politie")
        let wit = Self.person("Anne de Wit", in: text)
        #expect(wit?.role == "directeur" && wit?.organisationType != "politie")
    }

    /// `De directeur van het Graafschap College zei:` is said by the director, who has no name here: the
    /// college, the school and the mother's daughter are no speakers. A particle inside a name (`Jan van
    /// Dijk zei:`) and an organisation after a named speaker stay as they were.
    @Test func theOneAfterVanIsNotTheSpeaker() {
        let text = """
        De zorgcoördinator van het Koning Willem I College zei laatst tegen me: “Jullie zien dingen die wij nooit zien.”

        De conrector van de Christelijke Hogeschool Ede zei: “We doen ook mee.”

        De dochter van Anouk zei: “Ik ga elke week.”

        Jan van Dijk zei: “Dat klopt.”

        Directeur Bert Pelgrim van woningcorporatie Actium zei: “We betalen mee.”
        """
        #expect(Self.speech(text).map(\.speaker) == [nil, nil, nil, "Jan van Dijk", "Bert Pelgrim"])
        let (_, analysis) = Self.analysed(text)
        for name in ["Koning Willem I College", "Ede", "Anouk"] { #expect(analysis.register.resolve(name) == nil) }
    }

    /// A phrase a person characterises something with (`noemt het convenant „…”`, `sprak van „…”`) is that
    /// person's quotation when it has three words or more; a quoted term stays a term, `sprak` needs its `van`
    /// right before the quotation, and a sentence naming two people gives the phrase to neither.
    @Test func aPhraseANamedPersonCharacterisesWithIsTheirs() {
        let text = """
        Wethouder Ilse Dijkgraaf van de gemeente Ede noemt het convenant „een begin, geen eindpunt”. Zij wijst erop dat vrijwilligers het werk niet alleen kunnen dragen.

        Wethouder Hans Bulten sprak tijdens de nieuwjaarsbijeenkomst van „een investering die zich dubbel terugbetaalt”.

        Directeur Esther Roelofs noemt het de ‘huiskamer’ van de buurt.

        Directeur Esther Roelofs sprak met bewoners over „een nieuwe aanpak voor de wijk”.

        Directeur Esther Roelofs en wethouder Hans Bulten noemden het „een stap in de goede richting”.
        """
        let found = Self.speech(text)
        // `Zij wijst erop dat …` is her reported speech (the reported-clause rule), not a phrase.
        #expect(found.map(\.text) == ["een begin, geen eindpunt", "vrijwilligers het werk niet alleen kunnen dragen",
                                      "een investering die zich dubbel terugbetaalt"])
        #expect(found.map(\.kind) == [.quote, .indirect, .quote])
        #expect(found.map(\.speaker) == ["Ilse Dijkgraaf", "Ilse Dijkgraaf", "Hans Bulten"])
        #expect(found.map(\.cue) == ["noemt", "wijst", "sprak"])
    }

    /// A title of two words (`sociaal werker`) or with a field after it (`coördinator schuldhulp`) between a
    /// cue and a name still introduces the person; a field after a title is no evidence that the next
    /// capitalised word is a name (`programmamanager sociale agenda Limburg`).
    @Test func titlesWithAFieldOrOfTwoWordsIntroduceTheSpeaker() {
        let text = """
        Het is een proef van de gemeente en welzijnsorganisatie Mozaïek.

        Volgens sociaal werker Bram Hendriks van Mozaïek is de stage een uitkomst voor beide kanten. “De studenten brengen energie mee,” zegt hij.

        Toch waarschuwt coördinator schuldhulp Fatma Öztürk voor te veel optimisme. “De vaste lasten blijven hoog.”

        Daan Mulder, programmamanager sociale agenda Limburg, vertelt over de totstandkoming van de agenda.
        """
        let found = Self.speech(text)
        #expect(found.map(\.kind) == [.indirect, .quote, .quote])
        #expect(found.map(\.speaker) == ["Bram Hendriks", "Bram Hendriks", "Fatma Öztürk"])
        let bram = Self.person("Bram Hendriks", in: text)
        #expect(bram?.role == "sociaal werker" && bram?.roleCategory == "professional")
        let fatma = Self.person("Fatma Öztürk", in: text)
        #expect(fatma?.role == "coördinator schuldhulp" && fatma?.roleCategory == "professional")
        #expect(Self.person("Limburg", in: text) == nil)
        #expect(Self.person("Daan Mulder", in: text)?.role == "programmamanager sociale agenda")
    }

    /// An organisation named after its type word at the start of a sentence (`Woonstichting De Meerpoort, …`)
    /// is no part of a name met later with `van` (`Karin Meijer van De Meerpoort`); a capitalised type word
    /// inside a sentence is part of the organisation's own name (`van Welzijn Lelystad`), and names nothing.
    @Test func anOrganisationOpeningASentenceEndsANameAfterVan() {
        let text = """
        Woonstichting De Meerpoort, de gemeente Dronten en Welzijn Dronten werken sinds dit voorjaar samen.

        Wijkconsulent Karin Meijer van De Meerpoort doet de huisbezoeken. “Mensen schrikken eerst”, vertelt ze.

        De buurthuizen van Welzijn Lelystad zijn open. “Kom gerust langs”, zegt Jan Willem Bakker van Lelystad.
        """
        #expect(Self.speech(text).map(\.speaker) == ["Karin Meijer", "Jan Willem Bakker van Lelystad"])
        let karin = Self.person("Karin Meijer", in: text)
        #expect(karin?.organisation == "De Meerpoort" && karin?.organisationType == "woningcorporatie")
    }

    /// `De opleidingsmanager van het ROC zei: “…”`: a subject named by a title alone is the one person of
    /// the text with that title, else unknown, never the person named just before.
    @Test func aSpeakerNamedByATitleAloneBeforeAColon() {
        let text = """
        “De studenten brengen energie mee,” zegt sociaal werker Bram Hendriks. Wethouder Gerdien van Beek trok er geld voor uit.

        De opleidingsmanager van het ROC Rivor zei bij de start: “Dit is leren in de echte wereld.”

        De wethouder zei later: “We gaan door.”
        """
        #expect(Self.speech(text).map(\.speaker) == ["Bram Hendriks", nil, "Gerdien van Beek"])
    }

    /// A numbered label takes the name its speaker gives, a first name alone too when it is the whole
    /// predicate (`Ik ben Marco, ervaringsdeskundige armoede.`); one who gives no name keeps the label.
    @Test func aNumberedLabelTakesAFirstNameGivenAlone() {
        let text = """
        Gespreksleider: Welkom allemaal. Ik ben Joyce Peters, onderzoeker bij het Verwey-Jonker Instituut.

        Deelnemer 1: Ik ben Marco, ervaringsdeskundige armoede. Ik heb zelf jaren in de schulden gezeten.

        Deelnemer 2: Ik werk als beleidsmedewerker bij de gemeente Almere.

        Deelnemer 3: Ik ben Almeerder van het eerste uur en woon in Haven.

        Gespreksleider: Wat werkt volgens jullie?

        Deelnemer 1: Mensen die naast je gaan zitten.
        """
        let turns = Self.speech(text).filter { $0.kind == .turn }
        #expect(turns.map(\.speaker) == ["Joyce Peters", "Marco", "Deelnemer 2", "Deelnemer 3", "Joyce Peters", "Marco"])
    }

    /// `Movisie:` labels the questions of an interview: an organisation the lexicon knows by name is a turn
    /// label, the organisation itself speaking (its own organisation, the interviewer as the one who asks);
    /// its questions no longer run on into the answers before them.
    @Test func aKnownOrganisationLabelsTheQuestions() {
        let text = """
        Ingrid Bakker is sociaal verpleegkundige bij GGD Rotterdam-Rijnmond. Kennisinstituut Movisie sprak met haar.

        Movisie: Hoe komt u bij die ouderen terecht?

        Ingrid: Meestal via een signaal. Soms via de huisarts.

        Movisie: En dan gaat u gewoon langs?

        Ingrid: Ja. Je moet durven aanbellen.
        """
        let turns = Self.speech(text).filter { $0.kind == .turn }
        #expect(turns.map(\.speaker) == ["Movisie", "Ingrid Bakker", "Movisie", "Ingrid Bakker"])
        #expect(turns.map(\.text) == ["Hoe komt u bij die ouderen terecht?", "Meestal via een signaal. Soms via de huisarts.",
                                       "En dan gaat u gewoon langs?", "Ja. Je moet durven aanbellen."])
        let movisie = Self.person("Movisie", in: text)
        #expect(movisie?.organisation == "Movisie" && movisie?.organisationType == "kennisinstituut")
    }

    /// A headline without a speaker that repeats the words of one speaker's turn is that speaker's, and a
    /// repeat of the turn (counted once); words two speakers both said leave it unknown.
    @Test func aHeadlineRepeatingATurnIsThatSpeakers() throws {
        func headline(_ markdown: String) throws -> (speaker: String?, repeats: Bool) {
            let (parts, _) = try TestSupport.readBytes(Array(markdown.utf8), as: "interview.md")
            let d = try #require(parts.first)
            let analysis = SpeechAnalyzer(lexicon: Self.lexicon).analyze(d, format: .md)
            let h = try #require(analysis.quotes.first { d.string($0.span) == "Je moet durven aanbellen" })
            return (h.speaker.map { analysis.register.people[$0].name }, h.repeatOf.map { analysis.quotes[$0].kind == .turn } ?? false)
        }
        let interview = """
        # “Je moet durven aanbellen”

        Ingrid Bakker is sociaal verpleegkundige bij GGD Rotterdam-Rijnmond. Kennisinstituut Movisie sprak met haar.

        **Movisie:** En dan gaat u gewoon langs?

        **Ingrid:** Ja. Onaangekondigd, meestal. Je moet durven aanbellen.

        **Movisie:** Werkt u daarin samen met anderen?

        **Ingrid:** Steeds meer.
        """
        let found = try headline(interview)
        #expect(found.speaker == "Ingrid Bakker" && found.repeats)
        let both = interview.replacingOccurrences(of: "Werkt u daarin samen met anderen?", with: "Je moet durven aanbellen, zegt u?")
        #expect(try headline(both).speaker == nil)
    }

    /// What follows a person's age is read as after the name (`Sem Lubbers (24) van Sportbedrijf Emmen`); a
    /// mother introduced as such is a private person who speaks.
    @Test func anAgeDoesNotHideTheOrganisationAndAMotherSpeaks() {
        let text = """
        Buurtsportcoach Sem Lubbers (24) van Sportbedrijf Emmen organiseert het. ,,Hier komen kinderen die nooit bij een club zouden gaan,'' zegt Lubbers.

        Samira el Idrissi, moeder van twee voetballers, ziet het verschil thuis. ,,Ze slapen beter.''
        """
        #expect(Self.speech(text).map(\.speaker) == ["Sem Lubbers", "Samira el Idrissi"])
        let sem = Self.person("Sem Lubbers", in: text)
        #expect(sem?.role == "buurtsportcoach" && sem?.organisation == "Sportbedrijf Emmen" && sem?.organisationType == "sport")
        #expect(Self.person("Samira el Idrissi", in: text)?.roleCategory == "bewoner")
    }

    /// `…, aldus De Wit.` without quotation marks: the sentence before is that person's reported speech
    /// (indirect); with marks it stays a quotation, and `aldus` without a person gives nothing.
    @Test func aSentenceEndingAldusXIsIndirectSpeech() {
        let text = """
        Wijkverpleegkundige Anouk de Wit vertelt over de aanpak. „We bespreken elke maand wie risico loopt”, aldus De Wit.

        Het aantal valincidenten in de wijk daalde met een kwart, aldus De Wit. Ze hoopt op meer wijken.

        Zo blijft het, aldus.
        """
        let found = Self.speech(text)
        #expect(found.map(\.text) == ["We bespreken elke maand wie risico loopt", "Het aantal valincidenten in de wijk daalde met een kwart"])
        #expect(found.map(\.kind) == [.quote, .indirect])
        #expect(found.map(\.speaker) == ["Anouk de Wit", "Anouk de Wit"])
    }

    /// A sentence ending `, zegt ze.` (a speech verb in the singular and `ze`/`hij`, or a name) without
    /// quotation marks is reported speech of the person the pronoun means; `zeggen ze` is a group.
    @Test func aSentenceEndingZegtZeIsIndirectSpeech() {
        let text = """
        'Vijf jaar geleden was dat ondenkbaar,' zegt coördinator Anouk Verhoeven.

        Mensen melden zich vaak pas als de schulden al hoog zijn opgelopen, zegt ze. Vrijwilligers helpen daarbij.

        De wachtlijst groeit elke maand, vertelt Verhoeven.

        Het gaat hier best goed, zeggen ze.
        """
        let found = Self.speech(text)
        #expect(found.map(\.text) == ["Vijf jaar geleden was dat ondenkbaar,",
                                      "Mensen melden zich vaak pas als de schulden al hoog zijn opgelopen",
                                      "De wachtlijst groeit elke maand"])
        #expect(found.map(\.kind) == [.quote, .indirect, .indirect])
        #expect(found.map(\.speaker) == ["Anouk Verhoeven", "Anouk Verhoeven", "Anouk Verhoeven"])
    }

    /// After a first name and a surname, `van` and two capitalised words are an organisation, not the rest of
    /// the name; one word after `van` (`Henk Jan van Dijk`) is a surname.
    @Test func vanAndTwoCapitalisedWordsAfterAFullNameIsAnOrganisation() {
        let text = """
        'We zien steeds meer mensen met een baan,' zegt coördinator Anouk Verhoeven van Voedselbank Helmond.

        'Het loopt goed,' zegt vrijwilliger Henk Jan van Dijk.
        """
        let found = Self.speech(text)
        #expect(found.map(\.speaker) == ["Anouk Verhoeven", "Henk Jan van Dijk"])
        #expect(Self.person("Anouk Verhoeven", in: text)?.organisation == "Voedselbank Helmond")
        // One word after `van` behind a first name and a surname is an organisation too; behind a double first
        // name (`Henk Jan`) it is the surname.
        let one = "Opbouwwerker Lieke Creemers van Trajekt komt elke week langs. \"Mijn rol is klein geworden\", lacht ze."
        #expect(Self.person("Lieke Creemers", in: one)?.organisation == "Trajekt")
        #expect(Self.speech(one).map(\.speaker) == ["Lieke Creemers"])
    }

    /// A lone capital letter is no name: a research report's anonymised `gemeente C` does not speak; the
    /// huisarts it describes does, without a name.
    @Test func aLoneLetterIsNoSpeaker() {
        let text = """
        Een huisarts uit gemeente C zegt: „Sinds we een vaste contactpersoon hebben, zit ik minder vaak met lege handen.”
        """
        let found = Self.speech(text)
        #expect(found.map(\.text) == ["Sinds we een vaste contactpersoon hebben, zit ik minder vaak met lege handen."])
        #expect(found.map(\.speaker) == ["huisarts uit gemeente C"])
    }

    /// `collega-wethouder` is an alderman's title: a municipality's, but not the one the text names (that is
    /// the writer's), so the organisation is `gemeente` without a place.
    @Test func aCollegaWethouderIsOfAMunicipality() {
        let text = """
        Door Jan Bosman, wethouder van de gemeente Kampen.

        Op een congres hoorde ik mijn collega-wethouder Sanne de Groot zeggen: ‘Beleid maak je met mensen, niet voor mensen.’
        """
        let sanne = Self.person("Sanne de Groot", in: text)
        #expect(sanne?.roleCategory == "bestuurder")
        #expect(sanne?.organisation == "gemeente")
        #expect(sanne?.organisationType == "gemeente")
        #expect(Self.person("Jan Bosman", in: text)?.organisation == "gemeente Kampen")
    }

    /// The one who asks the questions is the interviewer when her job is to interview or she works for a
    /// knowledge institute (the programmaleider of Platform31 hosting a webinar), not when she manages a
    /// municipal team.
    @Test func aKnowledgeInstitutesHostIsTheInterviewer() {
        let text = """
        DENNIS: Goedemiddag, welkom bij dit webinar. Mijn naam is Dennis Verhoef, ik ben programmaleider bij Platform31. Wil je jezelf voorstellen, Esra?

        ESRA: Ja, ik ben Esra Kaya, wijkmanager bij de gemeente Utrecht.

        DENNIS: Wat heb je geleerd?

        ESRA: Dat je niet alles tegelijk moet willen.

        DENNIS: En wat zou je anders doen?

        ESRA: Eerder beginnen met de bewoners.
        """
        #expect(Self.person("Dennis Verhoef", in: text)?.roleCategory == "interviewer")
        #expect(Self.person("Esra Kaya", in: text)?.roleCategory == "management")
        let municipal = text.replacingOccurrences(of: "programmaleider bij Platform31", with: "programmaleider bij de gemeente Utrecht")
        #expect(Self.person("Dennis Verhoef", in: municipal)?.roleCategory == "management")
    }

    /// A quotation that fills its paragraph and is left open continues in the next paragraph that opens with
    /// the same mark (one quotation over both); one left open after narration ends with its paragraph.
    @Test func aQuotationOfWholeParagraphsIsOne() {
        let text = """
        Wijkverpleegkundige Anouk de Wit vertelt:

        „Ik kwam bij mensen die al drie keer gevallen waren. Iedereen zag een stukje.

        „Nu bespreken we elke maand samen wie risico loopt.”

        Er wordt gebreid en gepraat. „Toen we begonnen, kwamen er drie mensen,” vertelt coördinator Ineke Smit. „Nu moeten we soms stoelen bijzetten.

        „Het geheim? We organiseren bijna niets.”
        """
        let found = Self.speech(text)
        #expect(found.map(\.text) == ["Ik kwam bij mensen die al drie keer gevallen waren. Iedereen zag een stukje.\n\n„Nu bespreken we elke maand samen wie risico loopt.",
                                       "Toen we begonnen, kwamen er drie mensen,", "Nu moeten we soms stoelen bijzetten.",
                                       "Het geheim? We organiseren bijna niets."])
        #expect(found.map(\.speaker) == ["Anouk de Wit", "Ineke Smit", "Ineke Smit", "Ineke Smit"])
        // Without the mark that opens the second paragraph, its closing mark still ends the one quotation.
        let bare = text.replacingOccurrences(of: "„Nu bespreken", with: "Nu bespreken")
        #expect(Self.speech(bare).first?.text == "Ik kwam bij mensen die al drie keer gevallen waren. Iedereen zag een stukje.\n\nNu bespreken we elke maand samen wie risico loopt.")
    }

    /// `Mijn collega Fenna zei`: a colleague with no other title is a professional (role `collega`, so staff
    /// see what it rests on); a colleague with a title is what the title says.
    @Test func aColleagueIsAProfessionalUnlessATitleSaysOtherwise() {
        let text = """
        R: Nu schuift er elke maand een praktijkondersteuner aan bij ons overleg. Mijn collega Fenna zei laatst nog: "We zijn eindelijk één team."

        ‘Het kan beter,’ zegt collega wethouder Anne Bos.
        """
        let fenna = Self.person("Fenna", in: text)
        #expect(fenna?.role == "collega" && fenna?.roleCategory == "professional")
        let bos = Self.person("Anne Bos", in: text)
        #expect(bos?.role == "collega wethouder" && bos?.roleCategory == "bestuurder" && bos?.organisationType == "gemeente")
    }

    /// A youth or community worker belongs to a welfare organisation: one the text names without a type keeps
    /// its name (`jongerenwerker bij Stimenz`), a worker without one gets the type alone; an alderman for youth
    /// work stays with the municipality, and a worker of a typed organisation keeps it.
    @Test func aYouthWorkerBelongsToAWelfareOrganisation() {
        let text = """
        ‘Wij zien veel jongeren die tussen wal en schip vallen,’ zegt Mehmet Kaya, jongerenwerker bij Stimenz.

        ‘De scholen bellen ons eerder dan vroeger,’ zegt Karim Bouzid, teamleider jongerenwerk bij Divers.

        „Maar na een paar weken regelen de bewoners het meeste zelf”, zegt buurtwerker Thijs Koning.

        ‘Het geld is er,’ zegt Lotte Brands, wethouder jeugd en jongerenwerk.

        ‘We huren de zaal van de kerk,’ zegt Inge Wolters, jongerenwerker bij woningcorporatie Mitros.
        """
        let kaya = Self.person("Mehmet Kaya", in: text)
        #expect(kaya?.organisation == "Stimenz" && kaya?.organisationType == "welzijnsorganisatie")
        let bouzid = Self.person("Karim Bouzid", in: text)
        #expect(bouzid?.role == "teamleider jongerenwerk" && bouzid?.organisation == "Divers" && bouzid?.organisationType == "welzijnsorganisatie")
        let koning = Self.person("Thijs Koning", in: text)
        #expect(koning?.organisation == "welzijnsorganisatie" && koning?.organisationType == "welzijnsorganisatie")
        #expect(Self.person("Lotte Brands", in: text)?.organisationType == "gemeente")
        let wolters = Self.person("Inge Wolters", in: text)
        #expect(wolters?.organisation == "woningcorporatie Mitros" && wolters?.organisationType == "woningcorporatie")
    }

    /// A double first name is no part of the surname (`Henk Jan Bolding` is called `Bolding`), and a double
    /// surname stays one (`Jacqueline Smak Gregoor` is called `Smak Gregoor`).
    @Test func threeWordNamesAnswerToTheirLastWordAndTheirLastTwo() {
        let bolding = Self.speech("Wethouder Henk Jan Bolding ziet het als een investering. „Elke huisuitzetting die we voorkomen, scheelt geld,” aldus Bolding.")
        #expect(bolding.map(\.speaker) == ["Henk Jan Bolding"])
        let person = Self.person("Bolding", in: "Wethouder Henk Jan Bolding ziet het als een investering. „Dat scheelt geld,” aldus Bolding.")
        #expect(person?.name == "Henk Jan Bolding" && person?.role == "wethouder" && person?.organisationType == "gemeente")
        let smak = Self.speech("Jacqueline Smak Gregoor is beleidsregisseur bij de gemeente Katwijk. „We doen het samen,” zegt Smak Gregoor.")
        #expect(smak.map(\.speaker) == ["Jacqueline Smak Gregoor"])
    }

    /// An organisation's type from the words before its cue word (`het sociaal wijkteam`) and, when the
    /// apposition names it bare, from where the same text names it with its type; two types are none.
    @Test func organisationsTakeTheTypeTheTextGivesThem() {
        let mulder = Self.person("Sanne Mulder", in: "Sanne Mulder, teamleider van het sociaal wijkteam Deventer-Noord, is tevreden. „Het werkt,” zegt Mulder.")
        #expect(mulder?.organisation == "sociaal wijkteam Deventer-Noord" && mulder?.organisationType == "welzijnsorganisatie")
        let text = "In Keizerslanden werkt woningcorporatie Rentree mee.\n\nMirjam Oosterhof, huurconsulent bij Rentree, belt aan. „Dat werkt,” zegt Oosterhof."
        let oosterhof = Self.person("Mirjam Oosterhof", in: text)
        #expect(oosterhof?.organisation == "Rentree" && oosterhof?.organisationType == "woningcorporatie")
        let twice = text.replacingOccurrences(of: "mee.", with: "mee, net als zorggroep Rentree.")
        #expect(Self.person("Mirjam Oosterhof", in: twice)?.organisationType == nil)
    }

    /// A meeting report's `Bewoner (mevrouw Van Gorp):` is Van Gorp speaking as a resident; `Raadslid (D66):` and
    /// `Raadslid (VVD):` are two members; any other note (`Interviewer (Movisie):`) leaves the label one person.
    @Test func aRoleLabelWhoseNoteNamesThePersonIsThatPerson() {
        let text = """
        Yvonne Brouwer: Welkom allemaal. Wie wil beginnen?

        Bewoner (mevrouw Van Gorp): Samen bepalen? Dat hoorden we twee jaar geleden ook.

        Yvonne Brouwer: Dank u. Wie nog meer?

        Raadslid (D66): Wij steunen de werkgroep.

        Raadslid (VVD): Wij niet.

        Interviewer (Movisie): Dank u.

        Interviewer: Tot slot?
        """
        #expect(Self.speech(text).map(\.speaker) == ["Yvonne Brouwer", "Van Gorp", "Yvonne Brouwer", "Raadslid D66", "Raadslid VVD",
                                                     "interviewer", "interviewer"])
        #expect(Self.person("Van Gorp", in: text)?.roleCategory == "bewoner")
        let d66 = Self.person("Raadslid D66", in: text)
        #expect(d66?.roleCategory == "politiek" && d66?.organisation == "D66" && d66?.organisationType == "politieke partij")
    }

    /// `van` and an organisation after a name end the name: a cue word (`Stichting Welzijn Assen`) at once, a
    /// bare name (`Actium`) when the document names it as an organisation elsewhere. A surname with `van`
    /// stays whole, and a visitor is no part of her name.
    @Test func anOrganisationAfterVanIsNoPartOfTheName() {
        let smit = Self.speech("Er wordt gebreid. „Toen we begonnen, kwamen er drie mensen,” vertelt coördinator Ineke Smit van Stichting Welzijn Assen.")
        #expect(smit.map(\.speaker) == ["Ineke Smit"])
        let text = """
        De huiskamer is een initiatief van woningcorporatie Actium en Jan van Dijk.

        Directeur Bert Pelgrim van Actium zag een reden om mee te betalen. „Wij merken het als eerste,” zegt hij.

        Bezoeker Gerrit Lubbers (82) komt elke week. „Hier word ik gemist,” zegt Jan van Dijk, vrijwilliger.
        """
        #expect(Self.speech(text).map(\.speaker) == ["Bert Pelgrim", "Jan van Dijk"])
        let pelgrim = Self.person("Bert Pelgrim", in: text)
        #expect(pelgrim?.role == "directeur" && pelgrim?.organisation == "Actium" && pelgrim?.organisationType == "woningcorporatie")
        let lubbers = Self.person("Gerrit Lubbers", in: text)
        #expect(lubbers?.name == "Gerrit Lubbers" && lubbers?.role == "bezoeker" && lubbers?.roleCategory == "bewoner")
    }

    /// A quotation followed by a byline paragraph (`— Naam, functie`, as a <blockquote> with its <cite>) is the
    /// byline's person's, not the person of the paragraph before; a dash that opens a sentence is no byline.
    @Test func aBylineUnderAQuotationNamesItsSpeaker() {
        let text = """
        Wilma de Graaf (58) zorgt al zes jaar voor haar man. „Ik voelde me schuldig,” zegt ze.

        “Mantelzorgers vragen pas om hulp als het eigenlijk al te laat is.”

        — Noor Vermeulen, consulent bij het Mantelzorgpunt

        “Daarom bellen wij zelf.”

        – Dat zei Wilma de Graaf niet, maar ze dacht het wel.
        """
        let found = Self.speech(text)
        #expect(found.map(\.speaker) == ["Wilma de Graaf", "Noor Vermeulen", "Noor Vermeulen"])
        #expect(found.map(\.cue) == ["pronoun", "byline", "context"])
    }

    /// Turns under `Spreker N hh:mm:ss` lines take the names the speakers give (`Mijn naam is …`, `Ik ben …`).
    @Test func turnsUnderSpeakerLinesTakeTheNamesTheSpeakersGive() {
        let text = """
        Spreker 1 00:00:02
        Goedemorgen. Mijn naam is Tom de Haan. Zou u zich willen voorstellen?

        Spreker 2 00:00:11
        Ja hoor. Ik ben Karin Mulder, ik werk als wijkverpleegkundige bij Buurtzorg.

        Spreker 1 00:00:19
        Hoe gaat de samenwerking?
        """
        let found = Self.speech(text)
        #expect(found.map(\.kind) == [.turn, .turn, .turn])
        #expect(found.map(\.speaker) == ["Tom de Haan", "Karin Mulder", "Tom de Haan"])
        #expect(found.map(\.text).last == "Hoe gaat de samenwerking?")
        #expect(Self.person("Karin Mulder", in: text)?.organisationType == "zorgorganisatie")
    }

    /// A speaker says whom they work or speak for (`ik doe dit onderzoek voor …`, `ik zit hier namens …`); a
    /// sentence that only mentions an organisation (`ik heb het gevraagd bij de gemeente`) says nothing of them.
    @Test func aSpeakerWhoSaysWhomTheyWorkForIsOfIt() {
        func organisation(_ turn: String) -> String? {
            let text = "Spreker 1 00:00:02\nGoedemorgen. Mijn naam is Tom de Haan. \(turn)\n\nSpreker 2 00:00:11\nJa hoor.\n\nSpreker 1 00:00:15\nDank u.\n"
            return Self.person("Tom de Haan", in: text)?.organisation
        }
        #expect(organisation("Ik doe dit onderzoek voor het Verwey-Jonker Instituut.") == "Verwey-Jonker Instituut")
        #expect(organisation("Ik zit hier namens Movisie.") == "Movisie")
        #expect(organisation("Ik heb het gevraagd bij de gemeente.") == nil)
        #expect(organisation("Mijn buurman werkt voor Movisie.") == nil)
    }

    @Test func pullQuoteBeforeTheBodyInheritsTheSpeakerAndIsARepeat() {
        let text = """
        “Als maatschappelijke organisatie heb je de taak te luisteren naar de bewoners. Wij hebben die handschoen opgepakt”

        Het fonds moest vernieuwing brengen. “Wij hebben die handschoen opgepakt”, zegt Gommer. “Als maatschappelijke organisatie heb je de taak te luisteren naar de bewoners. Wij dragen kennis over.”

        Jan Gommer is directeur van FlevoMeer Bibliotheek.
        """
        let (document, analysis) = Self.analysed(text)
        let pull = analysis.quotes[0]
        #expect(document.string(pull.span).hasPrefix("Als maatschappelijke organisatie"))
        #expect(pull.cue == "pullquote")
        #expect(pull.repeatOf == 2)  // its first sentence stands in the third quote
        #expect(pull.speaker.map { analysis.register.people[$0].name } == "Jan Gommer")
        #expect(analysis.quotes.filter { $0.repeatOf == nil }.count == 2)
    }

    /// A pull quote set between the two quotations it joins (the end of one, the start of the next) is found
    /// where its own key was taken out; the indexed search and the scan agree on this and on the sample corpus.
    @Test func pullQuoteAcrossTwoQuotationsAndBothSearchesAgree() throws {
        let text = """
        “Wij werken samen met de bibliotheek in de wijk”, zegt wethouder Jan Gommer.

        “De bibliotheek in de wijk, wij gaan voor vertrouwen”

        “Wij gaan voor vertrouwen tussen partners”, zegt Gommer.
        """
        func both(_ text: String, format: SourceFormat = .txt) -> (scanned: [Quote], indexed: [Quote]) {
            let scanned = Repeats.$indexThreshold.withValue(Int.max) { Self.analysed(text, format: format).1.quotes }
            let indexed = Repeats.$indexThreshold.withValue(0) { Self.analysed(text, format: format).1.quotes }
            return (scanned, indexed)
        }
        let (scanned, indexed) = both(text)
        #expect(scanned == indexed)
        #expect(scanned.map(\.cue) == ["zegt", "pullquote", "zegt"])
        #expect(scanned[1].repeatOf == 0)
        #expect(scanned[1].speaker == scanned[0].speaker && scanned[0].speaker != nil)

        var repeats = 0
        for file in try FileManager.default.subpathsOfDirectory(atPath: TestSupport.corpus.path).sorted() where file.hasSuffix(".txt") {
            let sample = try String(contentsOf: TestSupport.corpus.appendingPathComponent(file), encoding: .utf8)
            let (a, b) = both(sample)
            #expect(a == b, "\(file)")
            repeats += a.filter { $0.cue == "pullquote" }.count
        }
        #expect(repeats > 0)
    }

    /// The pull-quote search finds the first occurrence from a start, and counts occurrences that do not
    /// overlap (scanned and through the window index alike): checked against a plain scan on folded Dutch keys and on text of few letters, where
    /// partial matches abound.
    @Test func repeatSearchFindsWhatAPlainScanFinds() {
        func plain(_ needle: [UInt8], _ haystack: [UInt8], _ start: Int) -> Int? {
            guard !needle.isEmpty, needle.count <= haystack.count - start else { return nil }
            return (start...(haystack.count - needle.count)).first { Array(haystack[$0..<($0 + needle.count)]) == needle }
        }
        let text = Array("Wij hebben die handschoen opgepakt, zegt ze. Wij hebben die handschoen echt opgepakt.".utf8)
        let key = Repeats.key(text, Span(0, text.count))  // "wij hebben die handschoen opgepakt zegt ze wij hebben …"
        let sentence = Array("wij hebben die handschoen".utf8)
        #expect(Repeats.find(sentence, in: key) == 0)
        #expect(Repeats.find(sentence, in: key, from: 1) == 43)
        #expect(Repeats.find(sentence, in: key, from: 44) == nil)
        #expect(Repeats.KeyText(key, indexed: false).count(sentence) == 2)
        #expect(Repeats.KeyText(key, indexed: true).count(sentence) == 2)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let haystack = (0..<Int.random(in: 0...60, using: &generator)).map { _ in UInt8.random(in: 0x61...0x63, using: &generator) }
            let needle = (0..<Int.random(in: 1...6, using: &generator)).map { _ in UInt8.random(in: 0x61...0x63, using: &generator) }
            let start = haystack.isEmpty ? 0 : Int.random(in: 0...haystack.count, using: &generator)
            #expect(Repeats.find(needle, in: haystack, from: start) == plain(needle, haystack, start), "\(needle) in \(haystack) from \(start)")
        }
        #expect(Repeats.KeyText(Array("aa".utf8), indexed: false).count(Array("aaaaa".utf8)) == 0)
        #expect(Repeats.KeyText(Array("aaaaa".utf8), indexed: false).count(Array("aa".utf8)) == 2)
        let repeated = Array(String(repeating: "wij gaan voor vertrouwen ", count: 3).utf8)
        #expect(Repeats.KeyText(repeated, indexed: true).count(Array("wij gaan voor vertrouwen wij".utf8)) == 1)
        #expect(Repeats.KeyText(repeated, indexed: false).count(Array("wij gaan voor vertrouwen wij".utf8)) == 1)
        #expect(Repeats.find([], in: key) == nil)
    }

    @Test func repeatKeysKeepLettersAndDigitsFoldedWithSingleSpaces() {
        let text = Array("  „Coöperatie?” Zó — wérkt het... 3 keer, zegt Ærøskøbing-Élan.  ".utf8)
        #expect(String(decoding: Repeats.key(text, Span(0, text.count)), as: UTF8.self)
                == "cooperatie zo werkt het 3 keer zegt ærøskøbing elan")
        let inner = Array("Wij hebben die handschoen opgepakt".utf8)
        #expect(String(decoding: Repeats.key(inner, Span(4, 16)), as: UTF8.self) == "hebben die h")
        #expect(Repeats.key(inner, Span(3, 4)).isEmpty)
        #expect(Repeats.key("Één, twee!") == "een twee")
    }

    /// Letters beyond ASCII fold as `Fold.key` folds them, by table or not; marks and dashes separate words.
    @Test func repeatKeysFoldEveryLetterAsFoldKeyDoes() {
        // The ligature Ĳ folds to ĳ, as `Fold.key` has it.
        #expect(Repeats.key("Zo’n café – “IJsselmonde” of Ĳssel, Ελλάδα!") == "zo n cafe ijsselmonde of ĳssel ελλαδα")
        for v in Array(0x80..<0x250) + Array(0x2000..<0x2070) + [0x391, 0x3B1, 0x416, 0x5D0, 0xFB01] {
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            let expected = scalar.properties.isAlphabetic ? "a " + Fold.key(String(scalar)) + " b" : "a b"
            #expect(Repeats.key("a " + String(scalar) + " b") == expected, "U+\(String(v, radix: 16))")
        }
    }

    @Test func wordFlagsAreMadeOncePerDistinctWordAcrossGrowth() {
        var cache = WordCache()
        var made: [String] = []
        let words = (0..<3000).map { "woord\($0 % 1500)" } + ["wethouder", "zegt", "coöperatie", "zegt"]
        for w in words {
            let flags = cache.flags(w) { key in
                made.append(key)
                return SpeakerLexicon.WordFlags(role: key == "wethouder", cue: false, known: false, speech: key == "zegt",
                                                title: key.hasSuffix("7"), particle: false, notName: false)
            }
            #expect(flags.role == (w == "wethouder") && flags.speech == (w == "zegt") && flags.title == w.hasSuffix("7"))
        }
        #expect(made.count == 1503)
        #expect(Set(made).count == 1503)
    }

    /// Words from the worker's cache are the words tokenizing and annotating make, at each occurrence's own
    /// span, and each distinct token is made once: `Wethouder` and `wethouder` are two tokens, one key.
    @Test func cachedWordsAreTheWordsTokenizingAndAnnotatingMake() {
        let text = Array("Wethouder Dekker zegt: ‘De wethouder zegt het zelf.’ Coöperatie De Wijk, zegt wethouder Dekker.".utf8)
        let span = Span(0, text.count)
        var plain = Words.tokenize(text, span)
        var flags = WordCache()
        Self.lexicon.annotate(&plain, cache: &flags)
        var cache = WordCache()
        let first = Words.tokenize(text, span, lexicon: Self.lexicon, cache: &cache)
        let again = Words.tokenize(text, span, lexicon: Self.lexicon, cache: &cache)
        #expect(first == plain)
        #expect(again == plain)
        let second = plain.firstIndex { $0.text == "wethouder" }!
        #expect(first[second].span == Span(29, 38) && first[second].key == "wethouder" && first[second].isRole && !first[second].isCapitalised)
        #expect(first[0].text == "Wethouder" && first[0].key == "wethouder" && first[0].isRole && first[0].isCapitalised)
        #expect(first.first { $0.text == "Coöperatie" }?.key == "cooperatie")
        #expect(first.filter { $0.text == "zegt" }.map(\.span.start) == [17, 39, 78])
        #expect(first.filter { $0.text == "zegt" && !$0.isSpeechCue }.isEmpty)
        // Wethouder Dekker zegt : ‘ De wethouder het zelf . ’ Coöperatie Wijk ,
        #expect(cache.count == 14)
    }

    @Test func nameWordsAreCountedAsSplittingOnSpacesWould() {
        for name in ["Jan Gommer", "  Liesbeth  van den   Grijsen ", "Jacqueline", "", " ", "mevr. drs. A. van den Berg"] {
            #expect(PersonRegister.wordCount(name) == name.split(separator: " ").count, "\(name)")
        }
        #expect(PersonRegister.wordCount("mevr. drs. A. van den Berg") == 6)
        for name in ["Jan Gommer", "  Liesbeth  van den   Grijsen ", "Jacqueline", " Jan", "Jan ", "Jan  Dekker"] {
            #expect(PersonRegister.isSingleSpaced(name.utf8) == (name.split(separator: " ").joined(separator: " ") == name), "\(name)")
        }
    }

    @Test func pullQuoteOfNarrationHasNoSpeaker() {
        let text = "Zo word je niet afhankelijk van één partij, schrijft de redactie. Voor een vitale coalitie is het essentieel naar meerdere financieringsbronnen toe te werken.\n\n“Voor een vitale coalitie is het essentieel naar meerdere financieringsbronnen toe te werken”"
        let (_, analysis) = Self.analysed(text)
        #expect(analysis.quotes.count == 1)
        #expect(analysis.quotes[0].cue == "pullquote")
        #expect(analysis.quotes[0].speaker == nil)
    }

    @Test func transcriptTurnsWithCastLinesAndTimestamps() {
        let text = """
        Interviewer: Sanne Visser, onderzoeker bij Movisie
        Respondent: Ruud Hendriks, wethouder Zorg, Welzijn en Wonen van de gemeente Harderwijk

        [00:00:04] Interviewer: Hoe is de coalitie ontstaan?
        [00:00:11] Respondent: Het begon in 2019. Dhr. Van der Meulen van de zorggroep zei letterlijk: ‘Jullie willen ons werk overnemen.’
        Dat moest je dan uitpraten.
        [00:01:02] Interviewer: Waarom geen plan?
        """
        let found = Self.speech(text)
        #expect(found.map(\.kind) == [.turn, .turn, .quote, .turn])
        #expect(found.map(\.speaker) == ["Sanne Visser", "Ruud Hendriks", "Van der Meulen", "Sanne Visser"])
        #expect(found[1].text == "Het begon in 2019. Dhr. Van der Meulen van de zorggroep zei letterlijk: ‘Jullie willen ons werk overnemen.’\nDat moest je dan uitpraten.")
        let ruud = Self.person("Respondent", in: text)
        #expect(ruud?.role == "wethouder Zorg, Welzijn en Wonen" && ruud?.organisation == "gemeente Harderwijk")
        #expect(Self.person("Interviewer", in: text)?.roleCategory == "interviewer")
    }

    @Test func timestampsBeforeAndAfterTheLabel() {
        let text = "Interviewer (00:00:04): Hoe begon het?\nR1 [00:00:09]: Met een vraag.\nR1: [00:00:15] En met koffie.\n[00:00:20] Interviewer: Dank u."
        let (_, analysis) = Self.analysed(text)
        let found = Self.speech(text)
        #expect(found.map(\.text) == ["Hoe begon het?", "Met een vraag.", "En met koffie.", "Dank u."])
        #expect(found.map(\.speaker) == ["interviewer", "R1", "R1", "interviewer"])
        #expect(analysis.register.people.allSatisfy { $0.organisation == nil })
    }

    @Test func councilLabelsAndFalseLabels() {
        let text = """
        De voorzitter: Ik geef het woord aan mevrouw Bergkamp.

        Mevrouw Bergkamp (D66): Dank u wel. Ik heb twee vragen:
        1. Hoe betrekt het college inwoners?

        De heer Van Dijk (VVD): Wij dienen een motie in.
        verzoekt het college:
        de raad te informeren.

        Minister De Jonge: Ik reageer straks.

        R2: Ja, dat klopt.
        """
        let found = Self.speech(text)
        #expect(found.map(\.kind) == [.turn, .turn, .turn, .turn, .turn])
        #expect(found.map(\.speaker) == ["De voorzitter", "Bergkamp", "Van Dijk", "De Jonge", "R2"])
        #expect(found[2].text == "Wij dienen een motie in.\nverzoekt het college:\nde raad te informeren.")
        let bergkamp = Self.person("Bergkamp", in: text)
        #expect(bergkamp?.organisation == "D66" && bergkamp?.organisationType == "politieke partij" && bergkamp?.roleCategory == "politiek")
    }

    /// A title and a name, then a comma or a question mark before the colon: a sentence, not a turn label.
    @Test func aSentenceBeforeAColonIsNoLabel() {
        let text = """
        Wethouder Hendriks, gevraagd naar de plannen: het wijkteam begint in maart.

        Wethouder Hendriks? Nee, de voorzitter: zij opent de vergadering.

        Wethouder Hendriks: We beginnen in maart.
        """
        let labels = TurnLabels(lexicon: Self.lexicon)
        let (document, _) = Self.analysed(text)
        let found = document.paragraphs.map { p in labels.label(Words.tokenize(document.text, p.span), sourceLabel: nil)?.text }
        #expect(found == [nil, nil, "Wethouder Hendriks"])
    }

    /// A full stop inside a label is allowed after a form of address or an initial (`Dhr. Jansen:`,
    /// `Drs. A. van den Berg:`); after a name it ends a sentence, and what follows is no label.
    @Test func aFullStopEndsALabelUnlessItEndsATitleOrAnInitial() {
        let text = """
        Interviewer: Hoe begon het project in de wijk?

        Dhr. Jansen: Met een avond in het buurthuis.

        Wethouder Hendriks. Daarna de agenda: de begroting van volgend jaar.

        R.: Met plezier, het was een goede tijd voor ons allemaal.

        Drs. A. van den Berg: Wij stellen steeds de vraag wat de inwoner eraan heeft.

        Mevrouw Yilmaz. Volgende punt: de begroting van dit jaar.
        """
        let turns = Self.speech(text).filter { $0.kind == .turn }.map { "\($0.speaker ?? "-"): \($0.text)" }
        #expect(turns == [
            "interviewer: Hoe begon het project in de wijk?",
            "Jansen: Met een avond in het buurthuis.\n\nWethouder Hendriks. Daarna de agenda: de begroting van volgend jaar.",
            "R: Met plezier, het was een goede tijd voor ons allemaal.",
            "A. van den Berg: Wij stellen steeds de vraag wat de inwoner eraan heeft.\n\nMevrouw Yilmaz. Volgende punt: de begroting van dit jaar.",
        ])
    }

    /// Initials keep their full stops and the rest of the name: `zegt drs. A. van den Berg, directeur van …`
    /// was attributed to a person called "A", without role or organisation.
    @Test func initialsWithFullStopsArePartOfTheName() {
        let text = """
        Het project in Lelystad loopt sinds vorig jaar.

        “Wij beginnen in maart met de buurtavonden”, zegt drs. A. van den Berg, directeur van Welzijn Lelystad.

        “Het geld is er, nu de mensen nog”, aldus J.P. Balkenende.
        """
        #expect(Self.speech(text).map(\.speaker) == ["A. van den Berg", "J.P. Balkenende"])
        let berg = Self.person("A. van den Berg", in: text)
        #expect(berg?.role == "directeur" && berg?.organisation == "Welzijn Lelystad")
        #expect(Self.person("Van den Berg", in: text)?.name == "A. van den Berg")
    }

    /// `op het gebied van …` names a field of work, part of the role staff read in every citation; an
    /// organisation after it is still found, and `van` followed by an article or a capital stops the role as before.
    @Test func aFieldOfWorkIsPartOfTheRole() {
        let text = """
        Frans Grobbe, expert op het gebied van meerpartijensamenwerking en begeleider van dit praktijklab, ziet het vaker.

        “Je moet eerst elkaars belangen kennen”, zegt Grobbe.

        Petra de Wit, adviseur op het terrein van jeugdzorg bij de gemeente Almere, vult aan.

        “Dat kost tijd”, zegt De Wit.

        Karin Mulder, adviseur op het gebied van de Wmo, is het daarmee eens.

        “Begin klein”, zegt Mulder.
        """
        #expect(Self.speech(text).map(\.speaker) == ["Frans Grobbe", "Petra de Wit", "Karin Mulder"])
        let grobbe = Self.person("Frans Grobbe", in: text)
        #expect(grobbe?.role == "expert op het gebied van meerpartijensamenwerking en begeleider")
        #expect(grobbe?.roleCategory == "adviseur/begeleider" && grobbe?.organisation == nil)
        let wit = Self.person("Petra de Wit", in: text)
        #expect(wit?.role == "adviseur op het terrein van jeugdzorg")
        #expect(wit?.organisation == "gemeente Almere" && wit?.organisationType == "gemeente")
        #expect(Self.person("Karin Mulder", in: text)?.role == "adviseur op het gebied")
    }

    /// A bare place name as organisation is the municipality or province the document names with it;
    /// a place named as both stays as it is written.
    @Test func aPlaceAsOrganisationIsTheBodyTheDocumentNames() {
        let limburg = """
        Daarom koos de provincie Limburg een lange termijn visie. Frank van Lissum, programmamanager sociale agenda Limburg, vertelt erover.

        “Wij willen meerjarige initiatieven ondersteunen”, vertelt Van Lissum.
        """
        let frank = Self.person("Frank van Lissum", in: limburg)
        #expect(frank?.organisation == "provincie Limburg" && frank?.organisationType == "provincie")
        let utrecht = """
        De gemeente Utrecht en de provincie Utrecht werken samen. Eva Bos, programmamanager sociale agenda Utrecht, vertelt erover.

        “We beginnen klein”, vertelt Bos.
        """
        let eva = Self.person("Eva Bos", in: utrecht)
        #expect(eva?.organisation == "Utrecht" && eva?.organisationType == nil)
        // On the bytes: the key and the place are words of their own; the key's first letter may be a capital.
        func body(_ place: String, _ text: String) -> String? { Affiliations.body(named: place, in: Array(text.utf8))?.name }
        #expect(body("Zutphen", "Ook de Gemeente Zutphen doet mee.") == "gemeente Zutphen")
        #expect(body("Limburg", "de provincie Limburgse wegen") == nil)
        #expect(body("Limburg", "de deelprovincie Limburg") == nil)
        #expect(body("Limburg", "Limburg, provincie Limburg.") == "provincie Limburg")
        #expect(body("Limburg", "Limburg") == nil)
    }

    /// A header that names the interviewer and the respondent, then turns labelled `I:` and `R:` (or
    /// `Int:`): the abbreviations stand for the people the header names, without being listed as aliases;
    /// without a header, `I:` is still the interviewer.
    @Test func abbreviatedLabelsSpeakForTheHeadersPeople() {
        let text = """
        Interview sociale basis – gemeente Hengelo
        Datum: 12 maart 2025
        Interviewer: Sanne de Groot (Movisie)
        Respondent: Marco Tijhuis, teamleider sociaal wijkteam Hengelo-Noord

        I: Kun je vertellen wat het sociaal wijkteam doet?

        R: Wij zijn met twaalf mensen. Iedereen met een vraag kan bij ons terecht.

        Int: En hoe werken jullie samen met de huisartsen?

        R: Dat is echt veranderd. Nu schuift er elke maand een praktijkondersteuner aan.
        """
        #expect(Self.speech(text).map(\.speaker) == ["Sanne de Groot", "Marco Tijhuis", "Sanne de Groot", "Marco Tijhuis"])
        let sanne = Self.person("Sanne de Groot", in: text)
        #expect(sanne?.roleCategory == "interviewer" && sanne?.organisationType == "kennisinstituut")
        #expect(sanne?.aliases.contains("I") == false && sanne?.aliases.contains("Interviewer") == true)
        #expect(Self.person("Marco Tijhuis", in: text)?.roleCategory == "management")
        let bare = "I: Hoe begon het?\n\nR: Met een koffieochtend.\n\nI: En toen?\n\nR: Toen kwamen er steeds meer mensen."
        // Without a header, `I:` is an interviewer the text does not name: described, not a speaker called `I`.
        let (_, unnamed) = Self.analysed(bare)
        let people = unnamed.quotes.map { q in q.speaker.map { unnamed.register.people[$0] } }
        #expect(people.map { $0?.name } == ["interviewer", "R", "interviewer", "R"])
        #expect(people[0]?.isAnonymous == true && people[0]?.roleCategory == "interviewer" && people[1]?.isAnonymous == false)
        #expect(TurnLabels.abbreviations(of: "Respondent 2") == ["R2"] && TurnLabels.abbreviations(of: "Interviewer") == ["I", "Int"])
        #expect(TurnLabels.abbreviations(of: "De voorzitter").isEmpty && TurnLabels.abbreviations(of: "Respondent Jan").isEmpty)
    }

    /// A speaker introduces herself in her turn: `ik ben X`, `ik werk als X bij Y`, `ik ben werkzaam bij Y`.
    @Test func selfIntroductionsInTurnsGiveRoleAndOrganisation() {
        let text = """
        Lotte Bakker: Zullen we beginnen met een voorstelrondje?

        Youssef Amrani: Ik ben Youssef Amrani, ik werk als wijkverpleegkundige bij Carinova in Deventer.

        Hanneke Smit: Ik ben mantelzorger voor mijn moeder.

        Petra Vos: En ik ben werkzaam bij Humanitas, al twaalf jaar.
        """
        let youssef = Self.person("Youssef Amrani", in: text)
        #expect(youssef?.role == "wijkverpleegkundige" && youssef?.roleCategory == "professional")
        #expect(youssef?.organisation == "Carinova" && youssef?.organisationType == "zorgorganisatie")
        #expect(Self.person("Hanneke Smit", in: text)?.roleCategory == "bewoner")
        let petra = Self.person("Petra Vos", in: text)
        #expect(petra?.organisation == "Humanitas" && petra?.organisationType == "welzijnsorganisatie" && petra?.role == nil)
    }

    /// Anonymous labels of a transcription service (`Spreker 1:`): a speaker who names herself in her turn
    /// speaks under that name from then on; the host who asks the questions counts as interviewer, also with
    /// an adviser's job; a title does not end in `in`; someone unnamed quoted in a turn is kept, unknown.
    @Test func anonymousLabelsTakeTheNameTheSpeakerGives() {
        let text = """
        Spreker 1: Welkom bij deze podcast. Ik ben Marloes de Jong, adviseur bij Movisie.

        Spreker 2: Dank je. Ik ben Henk Mulder, buurtwerker in Leeuwarden-Oost bij welzijnsorganisatie Amaryllis.

        Spreker 1: Henk, wat is er veranderd?

        Spreker 2: Bewoners organiseren het nu zelf. Een buurvrouw zei laatst: "Dit is onze tuin."

        Spreker 1: Heb je een voorbeeld?
        """
        let found = Self.speech(text)
        #expect(found.map(\.speaker) == ["Marloes de Jong", "Henk Mulder", "Marloes de Jong", "Henk Mulder", nil, "Marloes de Jong"])
        #expect(found[4].text == "Dit is onze tuin." && found[4].kind == .quote && found[4].cue == "zei")
        let marloes = Self.person("Marloes de Jong", in: text)
        #expect(marloes?.roleCategory == "interviewer" && marloes?.role == "adviseur" && marloes?.organisationType == "kennisinstituut")
        let henk = Self.person("Henk Mulder", in: text)
        #expect(henk?.role == "buurtwerker" && henk?.organisation == "welzijnsorganisatie Amaryllis")
        #expect(Self.person("Spreker 2", in: text)?.name == "Henk Mulder")
    }

    /// A question-and-answer interview: the answers are of the one person the introduction presents (`is
    /// sinds 2021 directeur van …`: time before the title); an alderman is of a municipality, named or not.
    @Test func answersAreOfThePersonTheIntroductionPresents() {
        let text = """
        Anja Visser is sinds 2021 directeur van welzijnsorganisatie Wijkwerk in Zwolle. Movisie sprak met haar.

        Vraag: Wat bedoelt u met eigenaarschap?

        Antwoord: Dat bewoners zelf beslissen wat er gebeurt.

        Vraag: En de gemeente?

        Antwoord: Ruimte geven. Wethouder Ellen Kamphuis zei het mooi in de raad: ‘We moeten leren loslaten.’
        """
        #expect(Self.speech(text).map(\.speaker) == ["interviewer", "Anja Visser", "interviewer", "Anja Visser", "Ellen Kamphuis"])
        let anja = Self.person("Anja Visser", in: text)
        #expect(anja?.role == "directeur" && anja?.organisation == "welzijnsorganisatie Wijkwerk")
        let ellen = Self.person("Ellen Kamphuis", in: text)
        #expect(ellen?.organisation == "gemeente" && ellen?.organisationType == "gemeente")
        // A negation is no time before a title, and two people introduced leave the answers unattributed.
        #expect(Self.person("Jan Smit", in: "Jan Smit is niet de directeur van het buurthuis.\n\nDat zegt hij zelf.") == nil)
        let two = "Kees Bos is al tien jaar wijkagent. Ria Dekker is buurtbewoner.\n\nVraag: Hoe gaat het?\n\nAntwoord: Goed.\n\nVraag: En verder?\n\nAntwoord: Ook goed."
        #expect(Self.person("Kees Bos", in: two)?.role == "wijkagent" && Self.person("Ria Dekker", in: two) != nil)
        #expect(Self.speech(two).map(\.speaker) == ["interviewer", "Antwoord", "interviewer", "Antwoord"])
    }

    /// `Movisie sprak met haar`: the questions of a question-and-answer interview are of the organisation that
    /// held it. A sentence where an organisation merely acts (`Movisie ging akkoord`) says nothing of it.
    @Test func theQuestionsAreOfTheOrganisationThatHeldTheInterview() {
        func interviewer(_ intro: String) -> Person? {
            let (_, analysis) = Self.analysed(intro + "\n\nVraag: Wat bedoelt u?\n\nAntwoord: Dat bewoners zelf beslissen.\n\nVraag: En verder?\n\nAntwoord: Ruimte geven.")
            return analysis.quotes.first?.speaker.map { analysis.register.people[$0] }
        }
        let movisie = interviewer("Anja Visser is directeur van welzijnsorganisatie Wijkwerk. Movisie sprak met haar over eigenaarschap.")
        #expect(movisie?.roleCategory == "interviewer" && movisie?.organisation == "Movisie" && movisie?.organisationType == "kennisinstituut")
        let platform = interviewer("Anja Visser is directeur van Wijkwerk. Platform31 ging in gesprek met haar.")
        #expect(platform?.organisation == "Platform31" && platform?.organisationType == "kennisinstituut")
        let none = interviewer("Anja Visser is directeur van Wijkwerk. Movisie ging akkoord met haar plan en sprak erover.")
        #expect(none?.roleCategory == "interviewer" && none?.organisation == nil)
    }

    /// A headline that quotes someone is a quotation (its speaker unknown, or the interviewee of a
    /// question-and-answer interview); a quoted term in a heading, or two quoted words on a line, is none, and
    /// so is a title after a word such as `interview` or `rapport`, in a heading or in the text.
    @Test func headlinesThatQuoteSomeoneAreQuotations() throws {
        let html = """
        <html><head><title>Buurtteam</title></head><body><article>
        <h1>Buurtteam Deventer-Oost: ,,We zitten nu aan dezelfde tafel''</h1>
        <p>Wijkverpleging en maatschappelijk werk werken sinds een jaar samen in één buurtteam.</p>
        <h2>De ‘regie’ van de gemeente</h2>
        <h2>Transcript interview ‘Samenwerking in het sociaal domein’ – gemeente Amersfoort</h2>
        <p>,,Vroeger wisten we niets van elkaar,'' zegt teamleider Esther Wolters.</p>
        <p>Het rapport ‘Samen werken aan een sterke sociale basis in elke wijk van de stad’ verscheen vorig jaar.</p>
        </article></body></html>
        """
        let (parts, _) = try TestSupport.readBytes(Array(html.utf8), as: "krant.html")
        let d = try #require(parts.first)
        let analysis = SpeechAnalyzer(lexicon: Self.lexicon).analyze(d, format: .html)
        let found = analysis.quotes.map { (d.string($0.span), $0.cue, $0.speaker.map { analysis.register.people[$0].name }) }
        #expect(found.map(\.0) == ["We zitten nu aan dezelfde tafel", "Vroeger wisten we niets van elkaar,"])
        #expect(found[0].1 == "heading" && found[0].2 == nil && found[1].2 == "Esther Wolters")
        let qa = """
        ‘Laat bewoners zelf de agenda bepalen’

        Anja Visser is directeur van welzijnsorganisatie Wijkwerk. Movisie sprak met haar.

        ‘De regie’

        Vraag: Wat bedoelt u?

        Antwoord: Dat bewoners zelf beslissen.

        Vraag: En verder?

        Antwoord: Ruimte geven.
        """
        let speech = Self.speech(qa)
        #expect(speech.map(\.text) == ["Laat bewoners zelf de agenda bepalen", "Wat bedoelt u?", "Dat bewoners zelf beslissen.", "En verder?", "Ruimte geven."])
        #expect(speech[0].speaker == "Anja Visser" && speech[0].cue == "interviewee")
    }

    /// `Riet Schouten (78)`: name and age introduce a private person, so `vertelt ze` in that paragraph is
    /// hers, and without a role she counts as a resident; a title still decides the category of someone
    /// whose age is given, and a year in brackets introduces nobody.
    @Test func aNameWithAnAgeIntroducesAPrivatePerson() {
        let text = """
        „Mensen komen voor de koffie en blijven voor het gesprek”, zegt Anouk Verhoef, opbouwwerker bij Stimenz.

        Riet Schouten (78) woont al veertig jaar in de wijk. „Toen dacht ik: dan maken we zelf een plek”, vertelt ze.

        Wethouder Jeroen Joon (54) is tevreden. „Dit is wat we bedoelen”, zegt hij.

        De Huiskamer Zuid (2019) begon in een winkel. „Het loopt storm”, zegt Verhoef.
        """
        #expect(Self.speech(text).map(\.speaker) == ["Anouk Verhoef", "Riet Schouten", "Jeroen Joon", "Anouk Verhoef"])
        let riet = Self.person("Riet Schouten", in: text)
        #expect(riet?.roleCategory == "bewoner" && riet?.role == nil)
        #expect(Self.person("Jeroen Joon", in: text)?.roleCategory == "bestuurder")
        #expect(Self.person("Huiskamer Zuid", in: text) == nil)
    }

    /// An initial's full stop joins the name after it, but not a next sentence that starts with a word
    /// that is never a name or with a capitalised particle (`Kees B. Daarna …`, `Kees B. De gemeente …`).
    @Test func anInitialJoinsTheNameAfterItButNotTheNextSentence() {
        func name(_ text: String) -> String? {
            var words = Words.tokenize(Array(text.utf8), Span(0, text.utf8.count))
            var cache = WordCache()
            Self.lexicon.annotate(&words, cache: &cache)
            return Names.parse(words, at: 0)?.name
        }
        #expect(name("A. van den Berg opent de avond") == "A. van den Berg")
        #expect(name("J.P. Balkenende opent de avond") == "J.P. Balkenende")
        #expect(name("Kees B. Daarna gaat het over geld") == "Kees B")
        #expect(name("Kees B. De gemeente betaalt") == "Kees B")
    }

    @Test func voiceLabelsInWebVTTAndTheInterviewerByQuestions() throws {
        let (d, report) = try TestSupport.corpusDocument("transcripten/teams-gesprek-zutphen.vtt")
        #expect(report.isOK)
        let analysis = SpeechAnalyzer(lexicon: Self.lexicon).analyze(d, format: .vtt)
        #expect(analysis.quotes.count == 16)
        #expect(analysis.quotes.allSatisfy { $0.kind == .turn && $0.cue == "voice" })
        let sanne = analysis.register.resolve("Sanne Visser").map { analysis.register.people[$0] }
        #expect(sanne?.roleCategory == "interviewer")
        let fatima = analysis.register.resolve("Fatima Yilmaz").map { analysis.register.people[$0] }
        #expect(fatima?.role == "coördinator" && fatima?.organisation == "Vrijwilligerscentrale Zutphen")
    }

    /// Teams and Outlook show names surname first; the voice `Bruin, Jolanda de` is Jolanda de Bruin.
    @Test func aVoiceWrittenSurnameFirstIsTheName() throws {
        let vtt = """
        WEBVTT

        00:00:01.000 --> 00:00:04.000
        <v Bruin, Jolanda de>Welkom allemaal bij dit gesprek.</v>

        00:00:05.000 --> 00:00:09.000
        <v Kaya, Mehmet>Dank je. Ik ben Mehmet Kaya, jongerenwerker bij Stimenz.</v>

        00:00:10.000 --> 00:00:12.000
        <v Bruin, Jolanda de>Wat zie je in de wijk?</v>
        """
        let (parts, _) = try TestSupport.readBytes(Array(vtt.utf8), as: "teams.vtt")
        let d = try #require(parts.first)
        let analysis = SpeechAnalyzer(lexicon: Self.lexicon).analyze(d, format: .vtt)
        #expect(analysis.quotes.map { $0.speaker.map { analysis.register.people[$0].name } ?? "-" } == ["Jolanda de Bruin", "Mehmet Kaya", "Jolanda de Bruin"])
        #expect(analysis.quotes.map { d.string($0.span) }.first == "Welkom allemaal bij dit gesprek.")
    }

    @Test func aliasesMergeAndAmbiguousFirstNamesDoNot() {
        var register = PersonRegister()
        let jan = register.add("Jan Gommer")
        #expect(register.resolve("Gommer") == jan)
        #expect(register.resolve("Jan") == jan)
        let dekker = register.add("Dekker")
        #expect(register.add("Jan Dekker") == dekker)  // a full name extends the surname met first
        #expect(register.resolve("Jan") == nil)  // two Jans: ambiguous
        let frank = register.add("Frank van Lissum")
        #expect(register.resolve("Van Lissum") == frank && register.resolve("van lissum") == frank)
        let chantal = register.add("Chantal")
        #expect(register.add("Chantal van Londen-Verheij") == chantal)
        #expect(register.resolve("Van Londen-Verheij") == chantal)
        #expect(register.resolve("Jacquelines") == nil)
        let manon = register.add("Manon de Caluwé")
        #expect(register.resolve("Manon de Caluwe") == manon)  // diacritics folded
    }
}

/// Header lists of the people present, and names whose surname is a title word.
extension AttributionTests {
    @Test func aCastListNamesThePeopleBehindInitialLabels() {
        let text = """
        Gespreksverslag wijkaanpak Kanaleneiland
        Datum: 14 januari 2026
        Aanwezigen: Karin Post (KP), beleidsadviseur bij de gemeente Utrecht; Dirk Jansen (DJ), opbouwwerker bij Stichting Welzijn Utrecht

        KP: Wat merken jullie van de nieuwe aanpak?

        DJ: Bewoners weten ons beter te vinden. Vorig jaar kwam er bijna niemand op het spreekuur.

        KP: En wat gaat er nog mis?

        DJ: De wachtlijsten bij de schuldhulp. Daar kunnen wij weinig aan doen.
        """
        let (_, analysis) = Self.analysed(text)
        let turns = analysis.quotes.filter { $0.kind == .turn }.map { analysis.register.people[$0.speaker!].name }
        #expect(turns == ["Karin Post", "Dirk Jansen", "Karin Post", "Dirk Jansen"])
        let karin = analysis.register.people.first { $0.name == "Karin Post" }
        #expect(karin?.role == "beleidsadviseur")
        #expect(karin?.organisationType == "gemeente")
        let dirk = analysis.register.people.first { $0.name == "Dirk Jansen" }
        #expect(dirk?.role == "opbouwwerker")
        #expect(dirk?.organisation == "Stichting Welzijn Utrecht")
        #expect(analysis.register.resolve("Aanwezigen") == nil)
    }

    @Test func aPartyInBracketsIsNoInitials() {
        let words = Words.tokenize(Array("Jan de Vries (JdV), raadslid".utf8), Span(0, 28))
        #expect(SpeechAnalyzer.initialsNote(words, at: 3) == "JdV")
        #expect(SpeechAnalyzer.initialsNote(Words.tokenize(Array("Jan de Vries (D66)".utf8), Span(0, 18)), at: 3) == nil)
        let (_, analysis) = Self.analysed("Aanwezig: Jan de Vries (VVD), raadslid; Anna Bos (AB), wethouder\n\nAB: Welkom.\n\nJan de Vries: Dank u.\n\nAB: Zullen we beginnen?")
        let jan = analysis.register.resolve("Jan de Vries")
        #expect(jan != nil)
        #expect(analysis.register.resolve("VVD") != jan)
        #expect(analysis.register.resolve("AB") == analysis.register.resolve("Anna Bos"))
    }

    @Test func aTitleWordRightAfterAFirstNameIsASurname() {
        let text = """
        Wethouder Ilse Dijkgraaf van de gemeente Ede is tevreden. „We vragen veel van mensen die het onbetaald doen. Dat moeten we niet vergeten.”

        „De huiskamer blijft open”, zegt Piet Burgemeester, opbouwwerker bij Welzijn Ede.
        """
        let found = Self.speech(text).map { "\($0.speaker ?? "-")" }
        #expect(found == ["Ilse Dijkgraaf", "Piet Burgemeester"])
        #expect(Self.person("Ilse Dijkgraaf", in: text)?.role == "wethouder")
    }
}

/// A broadcast's guest, a <blockquote> without marks, streets named after people, and a person a pronoun
/// introduces.
extension AttributionTests {
    @Test func aBroadcastGuestIsThePersonThePresenterIntroduced() {
        let text = """
        Presentator: Goedemiddag. Te gast is vandaag Ahmed Benali, directeur van welzijnsorganisatie Zuidwest. Welkom, Ahmed.

        Gast: Dank je wel.

        Presentator: Waar gaat jullie aanpak over?

        Gast: Over eenzaamheid onder jongeren, eigenlijk.
        """
        let (_, analysis) = Self.analysed(text)
        let turns = analysis.quotes.filter { $0.kind == .turn }.map { analysis.register.people[$0.speaker!] }
        #expect(turns.map(\.name) == ["presentator", "Ahmed Benali", "presentator", "Ahmed Benali"])
        #expect(turns[0].roleCategory == "interviewer")
        #expect(turns[1].role == "directeur" && turns[1].organisationType == "welzijnsorganisatie")
        // Two people named before the guest speaks: the label stays a label.
        let two = text.replacingOccurrences(of: "Welkom, Ahmed.", with: "Ook Tineke de Vries, opbouwwerker bij Zuidwest, is er.")
        let (_, other) = Self.analysed(two)
        #expect(other.quotes.filter { $0.kind == .turn }.map { other.register.people[$0.speaker!].name }[1] == "Gast")
    }

    @Test func aBlockquoteWithoutMarksIsAQuotationOfItsCaption() throws {
        let html = """
        <html><head><title>Nieuws</title></head><body><main>
        <h1>Buurtcirkels van start</h1>
        <p>In Zaandam-Oost zijn drie buurtcirkels gestart met welzijnsorganisatie Welzaan.</p>
        <figure><blockquote><p>We willen dat mensen weer op elkaar terug kunnen vallen.</p></blockquote>
        <figcaption>Sita Ramdin, wethouder Zorg en Welzijn</figcaption></figure>
        <blockquote><p>“Daarom bellen wij zelf.”</p><p>— Noor Vermeulen, consulent bij het Mantelzorgpunt</p></blockquote>
        <blockquote><p>Elke uitzetting die we voorkomen, scheelt een gezin een hoop ellende.</p>
        <footer>— Peter Claassen, wethouder Wonen en Schuldhulp</footer></blockquote>
        </main><footer><p>Gemeente Dronten – Stadhuis</p></footer></body></html>
        """
        let (parts, _) = try TestSupport.readBytes(Array(html.utf8), as: "nieuws.html")
        let d = try #require(parts.first)
        let analysis = SpeechAnalyzer(lexicon: Self.lexicon).analyze(d, format: .html)
        let found = analysis.quotes.map { "\($0.speaker.map { analysis.register.people[$0].name } ?? "-"): \(d.string($0.span))" }
        #expect(found == ["Sita Ramdin: We willen dat mensen weer op elkaar terug kunnen vallen.",
                          "Noor Vermeulen: Daarom bellen wij zelf.",
                          "Peter Claassen: Elke uitzetting die we voorkomen, scheelt een gezin een hoop ellende."])
        // The <footer> inside the <blockquote> is its citation, a paragraph of its own; the page's footer stays out.
        let texts = d.paragraphs.map { d.string($0.span) }
        #expect(texts.suffix(2) == ["Elke uitzetting die we voorkomen, scheelt een gezin een hoop ellende.",
                                    "— Peter Claassen, wethouder Wonen en Schuldhulp"])
    }

    @Test func aStreetNamedAfterSomeoneIsNoPerson() {
        #expect(Names.isStreet("kuperusstraat") && Names.isStreet("stationsplein") && Names.isStreet("van haarenlaan"))
        #expect(!Names.isStreet("verlaan") && !Names.isStreet("hogeweg") && !Names.isStreet("verkade") && !Names.isStreet("laan"))
        let text = "Wendy Hoekstra werkt aan de Burgemeester Kuperusstraat. „Dan ben je eigenlijk te laat”, zegt de wethouder."
        let (_, analysis) = Self.analysed(text)
        #expect(analysis.register.resolve("Kuperusstraat") == nil)
    }

    @Test func aPronounWithARoleIntroducesThePersonNamedBefore() {
        let text = """
        Het is dinsdag en Wendy Hoekstra zet koffie. Ze is schuldhulpverlener bij de gemeente Heerenveen. „Dan ben je eigenlijk te laat”, vertelt ze.

        Tegenover haar zit Sjoerd Dijkstra, huurincassomedewerker bij woningcorporatie Accolade. Hij belt nu eerst Hoekstra. „Privacy blijft lastig”, zegt hij.

        Marit de Jong loopt binnen. Ze is blij.
        """
        let (_, analysis) = Self.analysed(text)
        let speakers = analysis.quotes.map { $0.speaker.map { analysis.register.people[$0].name } ?? "-" }
        #expect(speakers == ["Wendy Hoekstra", "Sjoerd Dijkstra"])
        let wendy = analysis.register.resolve("Wendy Hoekstra").map { analysis.register.people[$0] }
        #expect(wendy?.role == "schuldhulpverlener")
        #expect(wendy?.organisationType == "gemeente")
        // `Ze is blij` holds no role: Marit de Jong is not introduced by it.
        #expect(analysis.register.resolve("Marit de Jong") == nil)
        // Two people in the sentence before: `Hij` could be either, so neither takes the role.
        let (_, two) = Self.analysed("Bij de opening waren Jan de Boer en Piet Smit aanwezig. Hij is wethouder van Ede.")
        #expect(two.register.people.allSatisfy { $0.role == nil })
    }
}

/// Interviews whose questions are bold paragraphs, and Markdown quotation blocks with their byline.
extension AttributionTests {
    @Test func boldQuestionsWithoutLabelsMakeAnInterview() throws {
        let html = """
        <html><head><title>Interview</title></head><body><article>
        <h1>“Jongeren willen gezien worden”</h1>
        <p>Karim Bouzid is teamleider jongerenwerk bij welzijnsorganisatie Divers. We spraken hem over outreachend werken.</p>
        <p><strong>Wat is outreachend jongerenwerk eigenlijk?</strong></p>
        <p>Wij wachten niet tot jongeren naar ons toe komen.</p>
        <p>Daar bouw je een band op.</p>
        <p><b>Hoe werken jullie samen met scholen?</b></p>
        <p>Steeds beter.</p>
        </article></body></html>
        """
        let (parts, _) = try TestSupport.readBytes(Array(html.utf8), as: "interview.html")
        let d = try #require(parts.first)
        #expect(d.paragraphs.map(\.isBold) == [false, false, true, false, false, true, false])
        #expect(try Self.htmlSpeech(html) == [
            "quote Karim Bouzid: Jongeren willen gezien worden",
            "turn interviewer (anoniem): Wat is outreachend jongerenwerk eigenlijk?",
            "turn Karim Bouzid: Wij wachten niet tot jongeren naar ons toe komen.\n\nDaar bouw je een band op.",
            "turn interviewer (anoniem): Hoe werken jullie samen met scholen?",
            "turn Karim Bouzid: Steeds beter.",
        ])
        // One bold question is a subheading in an article, not an interview.
        let one = html.replacingOccurrences(of: "<p><b>Hoe werken jullie samen met scholen?</b></p>", with: "")
        let (single, _) = try TestSupport.readBytes(Array(one.utf8), as: "artikel.html")
        let s = try #require(single.first)
        #expect(SpeechAnalyzer(lexicon: Self.lexicon).analyze(s, format: .html).quotes.allSatisfy { $0.kind != .turn })
        // Bold subheadings of two words are no questions of an interview.
        let subheadings = html.replacingOccurrences(of: "Wat is outreachend jongerenwerk eigenlijk?", with: "Wat werkt?")
            .replacingOccurrences(of: "Hoe werken jullie samen met scholen?", with: "Wat niet?")
        let (article, _) = try TestSupport.readBytes(Array(subheadings.utf8), as: "artikel.html")
        let a = try #require(article.first)
        #expect(SpeechAnalyzer(lexicon: Self.lexicon).analyze(a, format: .html).quotes.allSatisfy { $0.kind != .turn })
    }

    @Test func aMarkdownQuotationBlockTakesTheBylineUnderIt() throws {
        let md = "Inleiding over de buurtapp in de wijk.\n\n> Ik dacht eerst dat het een klikapp zou worden.\n>\n> — Johan Pieters, bewoner en beheerder van de app\n\nDaarna verder.\n"
        let (parts, _) = try TestSupport.readBytes(Array(md.utf8), as: "blog.md")
        let d = try #require(parts.first)
        #expect(d.paragraphs.allSatisfy { $0.span.length > 0 })
        #expect(d.paragraphs.map(\.kind) == [.body, .blockquote, .blockquote, .body])
        let analysis = SpeechAnalyzer(lexicon: Self.lexicon).analyze(d, format: .md)
        #expect(analysis.quotes.map { $0.speaker.map { analysis.register.people[$0].name } ?? "-" } == ["Johan Pieters"])
    }
}

extension AttributionTests {
    /// `ik leid vandaag het gesprek` makes a moderator of an adviser, not of an alderman.
    @Test func aSpeakerWhoLeadsTheConversationIsTheInterviewer() {
        let text = """
        Annemarie Smit: Goedemorgen. Ik ben Annemarie Smit, beleidsadviseur bij de gemeente Apeldoorn, en ik leid vandaag het gesprek.

        Mehmet Kaya: Dank je. Ik ben Mehmet Kaya, jongerenwerker bij Stimenz.

        Annemarie Smit: Wat zie je in de wijk?

        Mehmet Kaya: Veel jongeren die tussen wal en schip vallen. Ik leid het gesprek niet, maar ik wil dit wel zeggen.

        Jan de Boer (wethouder): Ik leid vanavond het gesprek in de raad.
        """
        let (_, analysis) = Self.analysed(text)
        let annemarie = analysis.register.resolve("Annemarie Smit").map { analysis.register.people[$0] }
        #expect(annemarie?.roleCategory == "interviewer" && annemarie?.role == "beleidsadviseur")
        let mehmet = analysis.register.resolve("Mehmet Kaya").map { analysis.register.people[$0] }
        #expect(mehmet?.roleCategory == "professional")
        let jan = analysis.register.resolve("Jan de Boer").map { analysis.register.people[$0] }
        #expect(jan?.roleCategory == "bestuurder")
    }
}
