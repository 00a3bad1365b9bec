import Testing
@testable import WerkzaamCore

/// Twenty-first to twenty-third blind rounds: subtitles that name their speakers in square brackets, a
/// regional article with an organisation after a full name and a source named by title alone, an Android
/// chat export, a Zoom transcript saved as text, and a Markdown interview with italic questions.
extension AttributionTests {
    /// `[SANNE] Ik ben …`: a bracketed speaker before the words is a voice; `[MUZIEK]` is a sound, not a speaker.
    @Test func bracketedSpeakersInSubtitles() throws {
        let srt = """
        1
        00:00:01,000 --> 00:00:04,000
        [INTERVIEWER] Wie ben je en wat doe je?

        2
        00:00:04,500 --> 00:00:09,000
        [SANNE] Ik ben Sanne Peeters, buurtsportcoach bij Sportbedrijf Venlo.

        3
        00:00:09,200 --> 00:00:12,000
        [MUZIEK] We gaan naar het veld.

        """
        #expect(try Self.subtitleTurns(srt) == ["interviewer: Wie ben je en wat doe je?",
                                                "Sanne Peeters: Ik ben Sanne Peeters, buurtsportcoach bij Sportbedrijf Venlo. [MUZIEK] We gaan naar het veld."])
        #expect(SubtitleReader.bracketedSpeaker("[lacht] Ja.") == nil && SubtitleReader.bracketedSpeaker("[00:01] Ja.") == nil)
        #expect(SubtitleReader.bracketedSpeaker("[Jan de Boer] Ja.")! == ("Jan de Boer", "Ja."))
    }

    /// `energiecoach Anouk Kersten van het Energieloket`: a surname's particles stand before it, so `van het`
    /// and a capital after a first name and surname is her organisation; `Volgens de wethouder …` is the one
    /// wethouder of the text.
    @Test func anOrganisationAfterAFullNameAndASourceByTitle() {
        let text = """
        Wethouder Noël Vergunst noemde het fonds "een vangnet voor wie nu tussen wal en schip valt". Volgens de wethouder melden zich vooral gezinnen met een kleine baan.

        "Mensen schamen zich om hulp te vragen," vertelt energiecoach Anouk Kersten van het Energieloket.
        """
        let (_, analysis) = Self.analysed(text)
        let people = analysis.quotes.map { q in q.speaker.map { analysis.register.people[$0] } }
        #expect(analysis.quotes.map(\.kind) == [.quote, .indirect, .quote])
        #expect(people.map { $0?.name } == ["Noël Vergunst", "Noël Vergunst", "Anouk Kersten"])
        #expect(people[2]?.organisation == "Energieloket" && people[2]?.roleCategory == "professional")
        #expect(Self.person("Jan Willem van de Berg", in: "\"Goed zo,\" zegt Jan Willem van de Berg.") != nil)
    }

    /// `14-11-2026 20:02 - Marco Hulshof: …` (a chat exported on Android): the date, time and dash are no part
    /// of the label; in a turn, `Hij zei dat …` is the one other person the turn named before it.
    @Test func anAndroidChatExportAndAPronounInATurn() {
        let found = Self.speech("""
        14-11-2026 20:02 - Marco Hulshof: Er liep net iemand met een zaklamp bij de schuurtjes.
        14-11-2026 20:05 - Ingrid Tuin: Ik heb het ook gezien. Heb de politie gebeld.
        14-11-2026 20:31 - Marco Hulshof: Wijkagent Bram Koster belde terug. Hij zei dat er vanavond extra gesurveild wordt.
        """)
        #expect(found.map(\.kind) == [.turn, .turn, .turn, .indirect])
        #expect(found.map(\.speaker) == ["Marco Hulshof", "Ingrid Tuin", "Marco Hulshof", "Bram Koster"])
        #expect(found[0].text == "Er liep net iemand met een zaklamp bij de schuurtjes.")
        #expect(found[3].text == "er vanavond extra gesurveild wordt")
    }

    /// `[Sanne Visser] 10:02:15` on a line above the words (Zoom's saved transcript): a turn of Sanne Visser.
    @Test func aZoomTranscriptSavedAsText() {
        let found = Self.speech("""
        [Sanne Visser] 10:02:15
        Goedemiddag allemaal. Ik ben Sanne Visser, onderzoeker bij Movisie.

        [Erik Dijkman] 10:02:31
        Dank je. Ik ben Erik Dijkman, teamleider van het wijkteam.

        [Sanne Visser] 10:02:45
        Wat is de grootste verandering?
        """)
        #expect(found.map(\.kind) == [.turn, .turn, .turn])
        #expect(found.map(\.speaker) == ["Sanne Visser", "Erik Dijkman", "Sanne Visser"])
        #expect(found[0].text == "Goedemiddag allemaal. Ik ben Sanne Visser, onderzoeker bij Movisie.")
    }

    /// After a Markdown title (`# …`), a short line is a subheading: the first of an interview's questions too.
    @Test func aShortLineAfterAMarkdownTitleIsASubheading() throws {
        let text = "# Een titel\n\nMarieke Holtkamp is ervaringsdeskundige. We spraken met haar over haar werk.\n\n*Hoe ben je begonnen?*\n\nMet een opleiding.\n\n*Wat doe je anders?*\n\nIk vertel mijn verhaal."
        let (parts, _) = try TestSupport.readBytes(Array(text.utf8), as: "interview.md")
        let d = try #require(parts.first)
        #expect(d.paragraphs.map(\.kind) == [.heading(level: 1), .body, .heading(level: 2), .body, .heading(level: 2), .body])
        let analysis = SpeechAnalyzer(lexicon: Self.lexicon).analyze(d, format: .md)
        #expect(analysis.quotes.filter { $0.kind == .turn }.map { d.string($0.span) }
                == ["Hoe ben je begonnen?", "Met een opleiding.", "Wat doe je anders?", "Ik vertel mijn verhaal."])
    }
}
