import Testing
@testable import WerkzaamCore

/// WebVTT and SRT: cues merged into turns, voice tags as labels, timings kept.
struct SubtitleReaderTests {
    @Test func sampleVTTBecomesOneParagraphPerTurn() throws {
        let (d, _) = try TestSupport.corpusDocument("transcripten/teams-gesprek-zutphen.vtt")
        #expect(d.paragraphs.count == 16)
        let labels = d.paragraphs.map { d.string($0.label!) }
        #expect(labels.prefix(4) == ["Sanne Visser", "Jeroen Bakker", "Fatima Yilmaz", "Sanne Visser"])
        // Cues 5 and 6 split one sentence; merged, it is whole.
        #expect(d.string(d.paragraphs[2].span) == "Fatima Yilmaz: En ik ben Fatima Yilmaz, ik ben coördinator bij de Vrijwilligerscentrale Zutphen. Wij hebben zo'n 600 vrijwilligers in ons bestand en we koppelen ze aan organisaties en aan inwoners die een steuntje in de rug nodig hebben.")
        #expect(d.paragraphs[2].time == TimeRange(startMilliseconds: 17_000, endMilliseconds: 31_000))
        #expect(d.paragraphs.last?.time == TimeRange(startMilliseconds: 145_600, endMilliseconds: 148_300))
        #expect(!d.string.contains("NOTE"))
        #expect(!d.string.contains("-->"))
    }

    @Test func srtWithNamePrefixesAndMarkup() throws {
        let srt = """
        1
        00:00:01,000 --> 00:00:03,500
        <i>Voorzitter:</i> Ik open de vergadering.

        2
        00:00:03,600 --> 00:00:06,000
        {\\an8}Mevrouw De Vries: Dank u wel,
        voorzitter.

        3
        00:00:06,100 --> 00:00:08,000
        Ik heb twee vragen &amp; een opmerking.

        """
        let (parts, report) = try TestSupport.readBytes(Array(srt.utf8), as: "raad.srt")
        let d = try #require(parts.first)
        #expect(report.isOK)
        #expect(TestSupport.paragraphTexts(d) == ["Voorzitter: Ik open de vergadering.",
                                                  "Mevrouw De Vries: Dank u wel, voorzitter. Ik heb twee vragen & een opmerking."])
        #expect(d.paragraphs.map(\.time) == [TimeRange(startMilliseconds: 1000, endMilliseconds: 3500),
                                             TimeRange(startMilliseconds: 3600, endMilliseconds: 8000)])
    }

    /// Zoom writes the speaker's name before every cue: the same name again continues the turn (its
    /// repeated prefix dropped), another name starts the next one.
    @Test func repeatedNamePrefixesContinueTheTurn() throws {
        let vtt = """
        WEBVTT

        1
        00:00:08.010 --> 00:00:15.320
        Hanneke Smit: Ja, ik begin wel. Ik ben mantelzorger voor mijn moeder.

        2
        00:00:15.900 --> 00:00:19.100
        Hanneke Smit: Ik zorg nu vier jaar voor haar.

        3
        00:00:19.800 --> 00:00:27.450
        Youssef Amrani: Ik ben wijkverpleegkundige.

        4
        00:00:28.000 --> 00:00:34.200
        Hanneke Smit: Dat klopt.

        """
        let (parts, report) = try TestSupport.readBytes(Array(vtt.utf8), as: "zoom.vtt")
        let d = try #require(parts.first)
        #expect(report.isOK)
        #expect(TestSupport.paragraphTexts(d) == ["Hanneke Smit: Ja, ik begin wel. Ik ben mantelzorger voor mijn moeder. Ik zorg nu vier jaar voor haar.",
                                                  "Youssef Amrani: Ik ben wijkverpleegkundige.", "Hanneke Smit: Dat klopt."])
        #expect(d.paragraphs.first?.time == TimeRange(startMilliseconds: 8_010, endMilliseconds: 19_100))
        #expect(SubtitleReader.labelPrefix("Jan de Vries:  Hallo daar")! == ("Jan de Vries", "Hallo daar"))
        #expect(SubtitleReader.labelPrefix("Hallo, Jan: daar") == nil)
    }

    @Test func vttTimingsWithoutHoursAndCueSettings() {
        #expect(SubtitleReader.timing("01:02.500 --> 01:05.000 align:start position:10%") == TimeRange(startMilliseconds: 62_500, endMilliseconds: 65_000))
        #expect(SubtitleReader.timing("01:00:00.001 --> 01:00:01.000") == TimeRange(startMilliseconds: 3_600_001, endMilliseconds: 3_601_000))
        #expect(SubtitleReader.timing("geen tijd") == nil)
        // The arrow is found on the bytes: SRT's commas, no spaces, a longer arrow; a broken one is no timing.
        #expect(SubtitleReader.timing("00:00:02,250-->00:00:04,5") == TimeRange(startMilliseconds: 2_250, endMilliseconds: 4_500))
        #expect(SubtitleReader.timing("00:01.000 ---> 00:02.000") == TimeRange(startMilliseconds: 1_000, endMilliseconds: 2_000))
        #expect(SubtitleReader.timing("00:01.000 -- > 00:02.000") == nil)
        #expect(SubtitleReader.timing("00,00:01.000 --> 00:02.000") == nil)
        #expect(SubtitleReader.stripMarkup("<v Jeroen Bakker>Wij &amp; de {\\an8}wijk</v>") == ("Jeroen Bakker", "Wij & de wijk"))
    }

    @Test func voiceTagWithClassAndLongGapWithoutVoices() {
        #expect(SubtitleReader.stripMarkup("<v.loud Jan de Vries>Hallo <b>allemaal</b></v>") == ("Jan de Vries", "Hallo allemaal"))
        let cues = [
            SubtitleReader.Cue(time: TimeRange(startMilliseconds: 0, endMilliseconds: 1000), voice: nil, text: "Eerste stuk."),
            SubtitleReader.Cue(time: TimeRange(startMilliseconds: 1000, endMilliseconds: 2000), voice: nil, text: "Zelfde beurt."),
            SubtitleReader.Cue(time: TimeRange(startMilliseconds: 30_000, endMilliseconds: 31_000), voice: nil, text: "Na een lange stilte."),
        ]
        let d = SubtitleReader.merge(cues)
        #expect(TestSupport.paragraphTexts(d) == ["Eerste stuk. Zelfde beurt.", "Na een lange stilte."])
    }

    @Test(arguments: [
        ("WEBVTT\n\nAlleen tekst zonder tijden.\n", "no cues with a timing line (00:00:01.000 --> 00:00:04.000) found"),
        ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n", "no cues with a timing line (00:00:01.000 --> 00:00:04.000) found"),
    ])
    func vttWithoutCuesFails(_ text: String, _ reason: String) throws {
        let (_, report) = try TestSupport.readBytes(Array(text.utf8), as: "leeg.vtt")
        #expect(report.status == .error(reason))
    }
}
