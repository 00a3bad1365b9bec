import Foundation
import Testing
@testable import WerkzaamCore

/// DOCX: paragraphs, styles, bold labels, skipped parts, and hostile or damaged packages.
struct DocxReaderTests {
    typealias T = TestSupport

    static let styles = """
    <?xml version="1.0" encoding="UTF-8"?><w:styles \(TestSupport.wordNamespace)>
    <w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/></w:style>
    <w:style w:type="paragraph" w:styleId="Citaat"><w:name w:val="Quote"/></w:style>
    <w:style w:type="character" w:styleId="Zwaar"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
    </w:styles>
    """

    @Test func sampleTranscriptHasHeadingsLabelsAndNoFootnotesOrComments() throws {
        let (d, _) = try T.corpusDocument("transcripten/gespreksverslag-kruiskamp.docx")
        #expect(d.paragraphs.count == 20)
        #expect(d.paragraphs[0].kind == .heading(level: 1))
        #expect(d.paragraphs[3].kind == .heading(level: 1))
        #expect(d.string(d.paragraphs[3].span) == "Het gesprek")
        let labels = d.paragraphs.compactMap { $0.label.map { d.string($0) } }
        #expect(labels.count == 15)
        #expect(Set(labels) == ["Lotte Jansen", "Marieke de Boer", "Ahmed El Amrani"])
        // The label split over two bold runs is one label.
        #expect(d.string(d.paragraphs[5].label!) == "Marieke de Boer")
        #expect(!d.string.contains("wijkplan Kruiskamp 2023"))  // footnote
        #expect(!d.string.contains("privacy-officer"))  // comment
        #expect(d.metadata.title == "Gespreksverslag Kruiskamp")
        #expect(d.metadata.author == "Lotte Jansen")
        #expect(d.metadata.date == "2024-02-21T10:00:00Z")
    }

    @Test func stylesMapLocalisedIdsToHeadingsQuotesAndBold() throws {
        let body = T.documentXML([
            T.wordParagraph([("Tussenkop", false)], style: "Kop2"),
            T.wordParagraph([("‘Een citaat.’", false)], style: "Citaat"),
            #"<w:p><w:r><w:rPr><w:rStyle w:val="Zwaar"/></w:rPr><w:t>R2:</w:t></w:r><w:r><w:t xml:space="preserve"> Ja, zeker.</w:t></w:r></w:p>"#,
            #"<w:p><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Niet vet:</w:t></w:r><w:r><w:t xml:space="preserve"> tekst</w:t></w:r></w:p>"#,
            #"<w:p><w:r><w:t>Tekst</w:t></w:r><w:del><w:r><w:delText>weg</w:delText></w:r></w:del><w:ins><w:r><w:t xml:space="preserve"> erbij</w:t></w:r></w:ins><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>PAGE</w:instrText></w:r></w:p>"#,
            "<w:tbl><w:tr><w:tc>" + T.wordParagraph([("In een cel", false)]) + "</w:tc></w:tr></w:tbl>",
        ])
        let bytes = try T.docx(["word/document.xml": body, "word/styles.xml": Self.styles])
        let (parts, report) = try T.readBytes(bytes, as: "stijlen.docx")
        let d = try #require(parts.first)
        #expect(report.isOK)
        #expect(T.paragraphTexts(d) == ["Tussenkop", "‘Een citaat.’", "R2: Ja, zeker.", "Niet vet: tekst", "Tekst erbij", "In een cel"])
        #expect(d.paragraphs.map(\.kind) == [.heading(level: 2), .blockquote, .body, .body, .body, .body])
        #expect(d.paragraphs[2].label.map { d.string($0) } == "R2")
        #expect(d.paragraphs[3].label == nil)
        #expect(d.metadata.title == "Tussenkop")
    }

    /// Questions set in italics (`<w:i/>`, or an italic character style such as Nadruk) make an interview in
    /// Word as they do on a web page: a paragraph wholly in italics is marked, one with upright text is not.
    @Test func italicQuestionsMakeAnInterviewInWord() throws {
        let styles = Self.styles.replacingOccurrences(of: "</w:styles>", with: #"<w:style w:type="character" w:styleId="Nadruk"><w:name w:val="Emphasis"/><w:rPr><w:i/></w:rPr></w:style></w:styles>"#)
        let body = T.documentXML([
            T.wordParagraph([("Fatima Bouali is wijkverpleegkundige bij Zorgwaard in Feijenoord. We spraken haar over haar werk.", false)]),
            #"<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>Hoe kom je bij mensen binnen die geen hulp vragen?</w:t></w:r></w:p>"#,
            T.wordParagraph([("Via de buren, meestal.", false)]),
            #"<w:p><w:r><w:rPr><w:rStyle w:val="Nadruk"/></w:rPr><w:t>Werk je daarin samen met het wijkteam?</w:t></w:r></w:p>"#,
            T.wordParagraph([("Elke week, aan de keukentafel.", false)]),
            #"<w:p><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Schuin </w:t></w:r><w:r><w:t>en recht?</w:t></w:r></w:p>"#,
        ])
        let bytes = try T.docx(["word/document.xml": body, "word/styles.xml": styles])
        let (parts, _) = try T.readBytes(bytes, as: "interview.docx")
        let d = try #require(parts.first)
        #expect(d.paragraphs.map(\.isItalic) == [false, true, false, true, false, false])
        let analysis = SpeechAnalyzer(lexicon: AttributionTests.lexicon).analyze(d, format: .docx)
        #expect(analysis.quotes.map { q in q.speaker.map { analysis.register.people[$0].displayName } ?? "-" }
                == ["interviewer (anoniem)", "Fatima Bouali", "interviewer (anoniem)", "Fatima Bouali"])
    }

    @Test func entityBombIsNeitherExpandedNorSlow() throws {
        var entities = #"<!ENTITY lol "lol">"#
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let prolog = "<!DOCTYPE w:document [\(entities)]>"
        let body = T.documentXML([T.wordParagraph([("Voor &lol9; na", false)])], prolog: prolog)
        let bytes = try T.docx(["word/document.xml": body])
        let started = Date()
        let (parts, report) = try T.readBytes(bytes, as: "bom.docx")
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(parts.isEmpty)
        #expect(report.status == .error("entity bomb: word/document.xml declares nested entity expansions; refused without expanding them"))
    }

    @Test func externalEntitiesAreNeverFetched() throws {
        let prolog = #"<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/hostname"><!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>"#
        let body = T.documentXML([T.wordParagraph([("Geheim: &xxe;&net; einde", false)])], prolog: prolog)
        let bytes = try T.docx(["word/document.xml": body])
        let (parts, report) = try T.readBytes(bytes, as: "xxe.docx")
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(report.isOK)
        #expect(parts.first.map(T.paragraphTexts) == ["Geheim:  einde"])
        #expect(report.warnings == ["word/document.xml declares a DTD (Word never does); its entities were not expanded"])
        if let hostname, !hostname.isEmpty { #expect(!parts[0].string.contains(hostname)) }
    }

    @Test func zipBombIsCappedWhileInflating() throws {
        let huge = T.documentXML([T.wordParagraph([(String(repeating: "a", count: 4 << 20), false)])])
        let bytes = try T.docx(["word/document.xml": huge])
        #expect(bytes.count < 64 << 10)
        var limits = ReadLimits()
        limits.maxDocxPartBytes = 1 << 20
        let (_, capped) = try T.readBytes(bytes, as: "bom.docx", limits: limits)
        #expect(capped.status == .error("zip bomb guard: word/document.xml would inflate to 4.0 MB (limit 1.0 MB)"))
        // The ratio guard catches it even when the header's size is within the cap.
        var ratio = ReadLimits()
        ratio.maxCompressionRatio = 10
        let (_, inflating) = try T.readBytes(bytes, as: "bom2.docx", limits: ratio)
        guard case .error(let reason) = inflating.status else { Issue.record("not refused"); return }
        #expect(reason.hasPrefix("zip bomb guard: word/document.xml inflates past 1.0 MB"))
    }

    @Test func truncatedDocxFails() throws {
        let url = T.corpus.appendingPathComponent("transcripten/gespreksverslag-kruiskamp.docx")
        let bytes = try [UInt8](Data(contentsOf: url))
        let (_, report) = try T.readBytes(Array(bytes.prefix(bytes.count / 2)), as: "half.docx")
        #expect(report.status == .error("damaged .docx: the zip archive cannot be opened (truncated or corrupt)"))
    }

    @Test func corruptCompressedDataFails() throws {
        var bytes = try T.docx(["word/document.xml": T.documentXML([T.wordParagraph([(String(repeating: "samenwerking ", count: 200), false)])])])
        // Flip bytes inside the deflated data (after the 30-byte local header and the 17-byte name).
        for i in 60..<80 { bytes[i] ^= 0x5A }
        let (_, report) = try T.readBytes(bytes, as: "corrupt.docx")
        guard case .error(let reason) = report.status else { Issue.record("corrupt docx accepted"); return }
        #expect(reason.hasPrefix("damaged .docx: word/document.xml"))
    }

    @Test func malformedXMLNamesTheLine() throws {
        let bytes = try T.docx(["word/document.xml": "<?xml version=\"1.0\"?>\n<w:document \(T.wordNamespace)>\n<w:body><w:p></w:body>"])
        let (_, report) = try T.readBytes(bytes, as: "xml.docx")
        guard case .error(let reason) = report.status else { Issue.record("malformed XML accepted"); return }
        #expect(reason.hasPrefix("damaged .docx: word/document.xml is not well-formed XML (line 3"))
    }

    @Test(arguments: [
        (Array("Dit is geen zip maar tekst.".utf8), "not a .docx: the file is not a zip archive (truncated or another format)"),
        ([UInt8](), "empty file (0 bytes)"),
    ])
    func notAZip(_ bytes: [UInt8], _ reason: String) throws {
        let (_, report) = try T.readBytes(bytes, as: "nep.docx")
        #expect(report.status == .error(reason))
    }

    @Test func zipWithoutDocumentPartFails() throws {
        let bytes = try T.docx(["word/styles.xml": Self.styles])
        let (_, report) = try T.readBytes(bytes, as: "leeg.docx")
        #expect(report.status == .error("not a Word document: word/document.xml is missing from the archive"))
    }
}
