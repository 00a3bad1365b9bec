import Foundation
import Testing
@testable import WerkzaamCore

/// TXT and Markdown: encodings, line ends, NFC, paragraph layout, streaming, and bad input.
struct PlainTextReaderTests {
    let dutch = "Gelijkwaardigheid is de sleutel. Wij koesteren de dynamiek in de wijken, zo’n €85.000 per jaar."

    @Test func utf8WithAndWithoutBOMGiveTheSameText() throws {
        let (plain, r1) = try TestSupport.readBytes(Array(dutch.utf8), as: "a.txt")
        let (bom, r2) = try TestSupport.readBytes([0xEF, 0xBB, 0xBF] + Array(dutch.utf8), as: "b.txt")
        #expect(plain[0].string == dutch)
        #expect(bom[0].string == dutch)
        #expect(r1.encoding == "UTF-8")
        #expect(r2.encoding == "UTF-8 (BOM)")
        #expect(r1.characters == dutch.unicodeScalars.count)
    }

    @Test func utf16LittleAndBigEndianWithBOM() throws {
        let le: [UInt8] = [0xFF, 0xFE] + dutch.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + dutch.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let (a, ra) = try TestSupport.readBytes(le, as: "le.txt")
        let (b, rb) = try TestSupport.readBytes(be, as: "be.txt")
        #expect(a[0].string == dutch && b[0].string == dutch)
        #expect(ra.encoding == "UTF-16LE" && rb.encoding == "UTF-16BE")
        #expect(ra.sentences == 2)
    }

    @Test func windows1252FallbackDecodesCurlyQuotesAndEuro() throws {
        // “Cre‰ren” in Windows-1252: 0x93 “, 0x94 ”, 0x80 €, 0xEB ë
        let bytes: [UInt8] = [0x93] + Array("Samen cre".utf8) + [0xEB] + Array("ren,".utf8) + [0x94]
            + Array(" zegt ze. Het kost ".utf8) + [0x80] + Array(" 10.".utf8)
        let (parts, report) = try TestSupport.readBytes(bytes, as: "oud.txt")
        #expect(parts[0].string == "“Samen creëren,” zegt ze. Het kost € 10.")
        #expect(report.encoding == "Windows-1252")
        #expect(report.warnings == ["not valid UTF-8; read as Windows-1252"])
        #expect(report.isOK)
    }

    @Test func invalidBytesInsideUTF8AreReplacedAndReported() throws {
        let bytes = Array("Eén twee drie vier vijf zes zeven ëën.".utf8) + [0xFF] + Array(" Verder.".utf8)
        let (parts, report) = try TestSupport.readBytes(bytes, as: "kapot.txt")
        #expect(parts[0].string == "Eén twee drie vier vijf zes zeven ëën.\u{FFFD} Verder.")
        #expect(report.encoding == "UTF-8")
        #expect(report.warnings == ["1 invalid UTF-8 sequence(s) replaced by U+FFFD, first at byte 41"])
    }

    @Test func lineEndsBecomeLF() throws {
        let (parts, _) = try TestSupport.readBytes(Array("Een.\r\n\r\nTwee.\rDrie.\n".utf8), as: "crlf.txt")
        #expect(parts[0].string == "Een.\n\nTwee.\nDrie.\n")
        #expect(TestSupport.paragraphTexts(parts[0]) == ["Een.", "Twee.", "Drie."])
    }

    @Test func decomposedTextIsNormalisedToNFC() throws {
        let decomposed = "We willen samen cre\u{65}\u{308}ren."
        let (parts, report) = try TestSupport.readBytes(Array(decomposed.utf8), as: "nfd.txt")
        #expect(parts[0].text == Array("We willen samen creëren.".utf8))
        #expect(report.characters == 24)
    }

    @Test func blankLinesSeparateParagraphsAndOneLinePerParagraphToo() throws {
        let text = """
        Titel van het stuk

        Eerste alinea met een zin. Nog een zin.
        Tweede alinea op de volgende regel, zoals in de voorbeelden.
          • gedeelde ambitie;
          • persoonlijke interactie;
        """
        let (parts, _) = try TestSupport.readBytes(Array(text.utf8), as: "regels.txt")
        let d = parts[0]
        #expect(TestSupport.paragraphTexts(d) == ["Titel van het stuk", "Eerste alinea met een zin. Nog een zin.",
                                                  "Tweede alinea op de volgende regel, zoals in de voorbeelden.",
                                                  "• gedeelde ambitie;", "• persoonlijke interactie;"])
        #expect(d.paragraphs.map(\.kind) == [.heading(level: 1), .body, .body, .listItem, .listItem])
        #expect(d.metadata.title == "Titel van het stuk")
    }

    @Test func titlesWithAColonAreHeadingsButLabelsAreNot() throws {
        let text = "Lokale samenwerking: (over)ambitieus en (onder)georganiseerd?\n\nPodcast: een sterke coalitie\n\nInterviewer: Hoe begon het\n\nChantal: ‘Door de decentralisatie’\n"
        let (parts, _) = try TestSupport.readBytes(Array(text.utf8), as: "titels.txt")
        #expect(parts[0].paragraphs.map(\.kind) == [.heading(level: 1), .heading(level: 2), .body, .body])
        #expect(parts[0].metadata.title == "Lokale samenwerking: (over)ambitieus en (onder)georganiseerd?")
    }

    @Test func hardWrappedBlocksAreOneParagraph() throws {
        let text = """
        De gemeente heeft als missie om te stimuleren dat inwoners,
        verenigingen, vrijwilligers en buurten actief oppakken wat
        zij zelf kunnen.

        Interviewer: Hoe begon het?
        Respondent: Met een vraag aan de partners.
        """
        let (parts, _) = try TestSupport.readBytes(Array(text.utf8), as: "wrap.txt")
        let texts = TestSupport.paragraphTexts(parts[0])
        #expect(texts.count == 3)
        #expect(texts[0].hasSuffix("zij zelf kunnen."))
        #expect(texts[1] == "Interviewer: Hoe begon het?")
        #expect(parts[0].sentences.count == 3)
    }

    @Test func transcriptTimestampsBecomeParagraphTimes() throws {
        let (d, _) = try TestSupport.corpusDocument("transcripten/interview-wethouder-harderwijk.txt")
        #expect(d.paragraphs.count == 24)
        #expect(d.paragraphs[3].time == nil)
        #expect(d.paragraphs[4].time == TimeRange(startMilliseconds: 4_000, endMilliseconds: 11_000))
        #expect(d.paragraphs[5].time == TimeRange(startMilliseconds: 11_000, endMilliseconds: 62_000))
        #expect(d.paragraphs.last?.time == TimeRange(startMilliseconds: 424_000, endMilliseconds: 424_000))
        #expect(d.string(d.paragraphs[4].span).hasPrefix("[00:00:04] Interviewer: Fijn dat u tijd heeft."))
        let stamp = { (s: String) in Array(s.utf8).withUnsafeBufferPointer { PlainTextLayout.leadingTimestamp($0, Span(0, $0.count)) } }
        #expect(stamp("(01:02) Jan: ja") == 62_000)
        #expect(stamp("01:02:03 R: ja") == 3_723_000)
        #expect(stamp("[1:2] R: ja") == 62_000)
        #expect(stamp("12:30 uur begon het") == nil)
        #expect(stamp("2024: een goed jaar") == nil)
        #expect(stamp("[00:61] x") == nil)
    }

    @Test func markdownHeadingsAndQuotes() throws {
        let text = "# Verslag\n\nTekst van de alinea.\n\n> Een citaat van de wethouder.\n\n## Kopje twee\n"
        let (parts, _) = try TestSupport.readBytes(Array(text.utf8), as: "verslag.md")
        let d = parts[0]
        #expect(TestSupport.paragraphTexts(d) == ["Verslag", "Tekst van de alinea.", "Een citaat van de wethouder.", "Kopje twee"])
        #expect(d.paragraphs.map(\.kind) == [.heading(level: 1), .body, .blockquote, .heading(level: 2)])
    }

    /// Inline Markdown is markup, not text: bold labels, emphasis, links and code read as their words; a
    /// bullet, an underscore inside a word and a star between spaces stay. A .txt file keeps every star.
    @Test func markdownInlineMarkupIsNotText() throws {
        let text = """
        **Yvonne Brouwer:** Welkom *allemaal*, ook __de__ ***nieuwe*** bewoners.

        Lees [het verslag](https://example.org/verslag.pdf) en ![de kaart](kaart.png) over `buurt_budget`.

        * punt één met buurt_budget en 3 * 4 = 12
        """
        let (parts, _) = try TestSupport.readBytes(Array(text.utf8), as: "verslag.md")
        #expect(TestSupport.paragraphTexts(parts[0]) == [
            "Yvonne Brouwer: Welkom allemaal, ook de nieuwe bewoners.",
            "Lees het verslag en de kaart over buurt_budget.",
            "* punt één met buurt_budget en 3 * 4 = 12",
        ])
        let (plain, _) = try TestSupport.readBytes(Array(text.utf8), as: "verslag.txt")
        #expect(TestSupport.paragraphTexts(plain[0]).first == "**Yvonne Brouwer:** Welkom *allemaal*, ook __de__ ***nieuwe*** bewoners.")
    }

    /// A transcription service's export puts the speaker and a timestamp on a line of their own above the turn:
    /// that line is the turn's label and time, and the lines under it, up to the next such line, its words. A
    /// clock time on an agenda (`Opening 19:30`) is no timestamp.
    @Test func aSpeakerAndTimestampLineLabelsTheTurnUnderIt() throws {
        let text = "Interview Zoetermeer\nTranscriptie: Amberscript\n\nSpreker 1 00:00:02\nGoedemorgen. Stelt u zich voor?\n\n"
            + "Karin Mulder (01:12)\nIk ben Karin Mulder.\nIk werk bij Buurtzorg.\n[00:01:30] Spreker 1\nDank u.\n\n"
            + "Opening 19:30\nWelkom door de voorzitter\n"
        let (parts, _) = try TestSupport.readBytes(Array(text.utf8), as: "interview.txt")
        let d = parts[0]
        #expect(TestSupport.paragraphTexts(d) == ["Interview Zoetermeer", "Transcriptie: Amberscript",
                                                   "Spreker 1 00:00:02\nGoedemorgen. Stelt u zich voor?",
                                                   "Karin Mulder (01:12)\nIk ben Karin Mulder.\nIk werk bij Buurtzorg.",
                                                   "[00:01:30] Spreker 1\nDank u.", "Opening 19:30", "Welkom door de voorzitter"])
        #expect(d.paragraphs.map { $0.label.map { d.string($0) } } == [nil, nil, "Spreker 1", "Karin Mulder", "Spreker 1", nil, nil])
        #expect(d.paragraphs.map { $0.time?.startMilliseconds } == [nil, nil, 2_000, 72_000, 90_000, nil, nil])
    }

    @Test func streamedPartsGiveTheSameCountsAndContinuousOffsets() throws {
        var text = ""
        for n in 0..<3000 {
            text += "Alinea \(n): de coalitie werkt samen met dhr. Jansen en mevr. Yılmaz aan zo’n plan. Het werkt!\n\n"
        }
        var small = ReadLimits()
        small.partBytes = 64 << 10
        let (whole, r1) = try TestSupport.readBytes(Array(text.utf8), as: "groot.txt")
        let (parts, r2) = try TestSupport.readBytes(Array(text.utf8), as: "groot.txt", limits: small)
        #expect(whole.count == 1)
        #expect(parts.count > 4)
        #expect(r2.parts == parts.count)
        #expect(r1.paragraphs == 3000 && r2.paragraphs == 3000)
        #expect(r1.sentences == 6000 && r2.sentences == 6000)
        #expect(r1.characters == r2.characters)
        #expect(r1.id == r2.id)
        // Each part starts where the previous ended, in bytes and in scalars.
        for k in 1..<parts.count {
            let previous = parts[k - 1]
            #expect(parts[k].base.bytes == previous.base.bytes + previous.text.count)
            #expect(parts[k].base.scalars == previous.base.scalars + String(decoding: previous.text, as: UTF8.self).unicodeScalars.count)
        }
        #expect(parts.map(\.string).joined() == whole[0].string)
    }

    @Test func contentHashIsTheSHA256OfTheFile() throws {
        let (_, report) = try TestSupport.readBytes(Array("abc".utf8), as: "abc.txt")
        #expect(report.id == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test(arguments: [
        ([UInt8](), "empty file (0 bytes)"),
        (Array("  \n\n\t \n".utf8), "no text (only whitespace)"),
        (Array("tekst".utf8) + [0, 0, 1, 2] + Array("meer".utf8), "binary file (NUL byte at 5), not text"),
        (Array("%PDF-1.7\n%âãÏÓ".utf8), "binary file (PDF), not text"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "binary file (ZIP archive; a .docx renamed?), not text"),
    ])
    func badTextInputFailsWithAReason(_ bytes: [UInt8], _ reason: String) throws {
        let (_, report) = try TestSupport.readBytes(bytes, as: "slecht.txt")
        #expect(report.status == .error(reason))
    }

    @Test func aVeryLongLineIsSplitWithAWarning() throws {
        let line = String(repeating: "woord ", count: 40_000)  // 240 KB, no newline
        var small = ReadLimits()
        small.partBytes = 64 << 10
        let (parts, report) = try TestSupport.readBytes(Array(line.utf8), as: "lang.txt", limits: small)
        #expect(parts.count >= 3)
        #expect(report.isOK)
        #expect(report.warnings.contains { $0.contains("split mid-line") })
        #expect(parts.map(\.string).joined() == line)
    }
}
