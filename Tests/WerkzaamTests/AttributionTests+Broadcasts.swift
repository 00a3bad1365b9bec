import Testing
@testable import WerkzaamCore

/// Eighteenth blind round: a television report subtitled with speaker labels in capitals and dialogue
/// dashes, and a news page whose blockquotes name their speakers in `<cite>`.
extension AttributionTests {
    static let televisionReport = """
    1
    00:00:00,500 --> 00:00:04,200
    VERSLAGGEVER: In de wijk Vinkhuizen werken huisartsen en wijkverpleging sinds januari in één team.

    2
    00:00:04,400 --> 00:00:08,900
    ANNE DE VRIES (wijkverpleegkundige): We zien elkaar nu elke ochtend bij de koffie.

    3
    00:00:09,100 --> 00:00:12,000
    VERSLAGGEVER: Mevrouw Zuidema is 86 en woont nog zelfstandig.

    4
    00:00:12,200 --> 00:00:15,000
    - Hoe vaak komen ze bij u langs?
    - Twee keer per dag.

    5
    00:00:15,300 --> 00:00:19,000
    Ze zijn altijd vrolijk.

    6
    00:00:19,300 --> 00:00:23,000
    HUISARTS KOEN BOSMAN: Nu weet ik het de volgende dag.

    7
    00:00:23,200 --> 00:00:26,800
    KOEN BOSMAN: Die tijd wordt nog niet vergoed.

    """

    /// `speaker: text` of every turn of a subtitle file (`-` for an unknown speaker).
    static func subtitleTurns(_ srt: String) throws -> [String] {
        let (parts, _) = try TestSupport.readBytes(Array(srt.utf8), as: "reportage.srt")
        let d = try #require(parts.first)
        let analysis = SpeechAnalyzer(lexicon: Self.lexicon).analyze(d, format: .srt)
        return analysis.quotes.map { "\($0.speaker.map { analysis.register.people[$0].name } ?? "-"): \(d.string($0.span))" }
    }

    /// A name in capitals is the name as written elsewhere; a title before it is the person's role, so the
    /// label without the title is the same person; each line of a dialogue cue is a speaker of its own: the
    /// question the reporter's, the answer someone unnamed (not the reporter, whose turn it followed).
    @Test func capitalLabelsTitlesAndDialogueDashesInSubtitles() throws {
        #expect(try Self.subtitleTurns(Self.televisionReport) == [
            "verslaggever: In de wijk Vinkhuizen werken huisartsen en wijkverpleging sinds januari in één team.",
            "Anne de Vries: We zien elkaar nu elke ochtend bij de koffie.",
            "verslaggever: Mevrouw Zuidema is 86 en woont nog zelfstandig.",
            "verslaggever: Hoe vaak komen ze bij u langs?",
            "-: Twee keer per dag. Ze zijn altijd vrolijk.",
            "Koen Bosman: Nu weet ik het de volgende dag.",
            "Koen Bosman: Die tijd wordt nog niet vergoed.",
        ])
        let (parts, _) = try TestSupport.readBytes(Array(Self.televisionReport.utf8), as: "reportage.srt")
        let analysis = SpeechAnalyzer(lexicon: Self.lexicon).analyze(try #require(parts.first), format: .srt)
        let koen = try #require(analysis.register.resolve("Koen Bosman").map { analysis.register.people[$0] })
        #expect(koen.role == "huisarts" && koen.roleCategory == "professional" && koen.organisationType == "zorgorganisatie")
    }

    /// Without a second dashed line a dash is part of the text (`- en dan nog dit`), and the turn goes on.
    @Test func oneDashedFirstLineIsNoDialogue() throws {
        let srt = """
        1
        00:00:01,000 --> 00:00:04,000
        JAN DE BOER: Wij beginnen klein.

        2
        00:00:04,200 --> 00:00:07,000
        - en dan nog dit:
        we doen het samen.

        """
        #expect(try Self.subtitleTurns(srt) == ["Jan de Boer: Wij beginnen klein. - en dan nog dit: we doen het samen."])
        #expect(SubtitleReader.dialogueLines(["Ja.", "- Nee."]).map(\.newSpeaker) == [false, true])
        #expect(SubtitleReader.dialogueLines(["– Ja?", "– Nee."]).map(\.lines) == [["Ja?"], ["Nee."]])
    }

    @Test func namesInCapitalsAreWrittenAsNames() {
        #expect(Names.fromCapitals("ANNE DE VRIES") == "Anne de Vries")
        #expect(Names.fromCapitals("VAN DER MEER") == "Van der Meer")
        #expect(Names.fromCapitals("FATIMA EL-AMRANI") == "Fatima El-Amrani")
        #expect(Names.fromCapitals("R1") == "R1")
        #expect(Names.fromCapitals("JB") == "JB")
        #expect(Names.fromCapitals("Anne de Vries") == "Anne de Vries")
    }

    static let citedBlockquotes = """
    <html><head><meta charset="utf-8"><title>Wijkcoöperatie</title></head><body><article>
    <h1>Wijkcoöperatie Heerlerheide draait op eigen kracht</h1>
    <p>In Heerlerheide hebben bewoners een coöperatie opgericht die de groenvoorziening regelt.</p>
    <blockquote><p>“We wachten niet meer af tot iemand anders het oplost.”</p><cite>Ria Wetzels, voorzitter van Wijkcoöperatie Heerlerheide</cite></blockquote>
    <p>Wetzels begon vier jaar geleden met een handvol buren.</p>
    <blockquote>“Ik kwam hier na mijn scheiding en kende niemand.”<br>— Mohamed (41), lid van het klussenteam</blockquote>
    </article></body></html>
    """

    /// `<cite>` in a blockquote names the speaker and is not quoted itself; a member of a team that is no
    /// council or party is no politician.
    @Test func aCitationInABlockquoteNamesTheSpeaker() throws {
        let (parts, _) = try TestSupport.readBytes(Array(Self.citedBlockquotes.utf8), as: "pagina.html")
        let d = try #require(parts.first)
        let analysis = SpeechAnalyzer(lexicon: Self.lexicon).analyze(d, format: .html)
        #expect(analysis.quotes.map { d.string($0.span) } == ["We wachten niet meer af tot iemand anders het oplost.",
                                                               "Ik kwam hier na mijn scheiding en kende niemand."])
        let people = analysis.quotes.map { q in q.speaker.map { analysis.register.people[$0] } }
        #expect(people.map { $0?.name } == ["Ria Wetzels", "Mohamed"])
        #expect(people.map { $0?.roleCategory } == ["voorzitter", "bewoner"])
        #expect(people[0]?.organisation == "Wijkcoöperatie Heerlerheide" && people[0]?.organisationType == "vereniging")
        #expect(people[1]?.role == "lid van het klussenteam")
    }

    /// What someone is a member of says which kind of member they are.
    @Test func membersByWhatTheyAreMembersOf() {
        let members = ["lid", "lid van de gemeenteraad", "lid van de fractie", "lid van de raad van bestuur", "lid van het wijkteam",
                       "lid van de cliëntenraad", "lid van het klussenteam"]
        #expect(members.map { Self.lexicon.roleCategory($0) } == ["politiek", "politiek", "politiek", "bestuurder", "professional",
                                                                  "bewoner", "bewoner"])
    }
}
