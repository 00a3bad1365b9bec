import Foundation
import Testing
@testable import WerkzaamCore

/// The dossier draft: grounded in quotations from several kinds of speakers, every citation leads back to
/// its source text, and pseudonymisation leaves no speaker's name behind.
@Suite(.serialized)
struct DossierTests {
    static let lexicons = TestSupport.packageRoot.appendingPathComponent("lexicons").path

    static func draft(_ focus: [String], pseudonymise: Bool = false) async throws -> (DossierDraft, CorpusAnalysis) {
        let a = try await ThemeTaggingTests.run()
        let lexicon = try ThemeLexicon.load(directory: lexicons)
        let cues = try ThemeLexicon.load(file: lexicons + "/dossier.yaml")
        let d = DossierDraft(analysis: a, lexicon: lexicon, focus: focus, cues: ThemeMatcher(lexicon: cues),
                             pseudonyms: pseudonymise ? Pseudonyms(quotes: a.quotes) : nil)
        return (d, a)
    }

    static func allEvidence(_ d: DossierDraft) -> [DossierDraft.Evidence] {
        d.elements.flatMap(\.evidence) + d.successes + d.obstacles + d.perspectives.flatMap(\.evidence)
    }

    @Test func samenwerkingDraftQuotesSeveralKindsOfSpeakers() async throws {
        let (d, _) = try await Self.draft(["samenwerking"])
        let evidence = Self.allEvidence(d)
        let speakers = Set(evidence.compactMap { $0.quote.speaker?.name })
        let roles = Set(evidence.compactMap { $0.quote.speaker?.roleCategory })
        #expect(speakers.count >= 4 && speakers.count == 12)
        #expect(roles.count >= 3)
        #expect(d.focusQuotes == 32)
        #expect(d.elements.first?.theme == "gedeelde ambitie")
        for e in d.elements {
            #expect((2...4).contains(e.evidence.count), "\(e.theme)")
            #expect(Set(e.evidence.map(\.text)).count == e.evidence.count, "pull-quote duplicate in \(e.theme)")
        }
        #expect(evidence.allSatisfy { $0.quote.repeatOf == nil })
        // Every cited quotation is about the focus theme.
        for e in evidence { #expect(e.quote.themes.contains("samenwerking")) }
        let md = DossierMarkdown.render(d)
        #expect(md.hasPrefix("# Wat werkt bij samenwerking: conceptdossier\n"))
        for heading in ["## Samenvatting in cijfers", "## Werkzame elementen", "## Succesfactoren", "## Knelpunten",
                        "## Perspectieven per rol", "## Open vragen", "## Bronnen"] {
            #expect(md.contains(heading + "\n"), "\(heading)")
        }
        #expect(md.contains("— Fatima Yilmaz, coördinator, Vrijwilligerscentrale Zutphen (transcripten/teams-gesprek-zutphen.vtt, alinea 8)"))
    }

    @Test func everyCitationResolvesToItsSourceText() async throws {
        let (d, _) = try await Self.draft(["samenwerking", "gelijkwaardigheid"])
        var texts: [String: [Unicode.Scalar]] = [:]
        var paragraphs: [String: [(Int, Int)]] = [:]
        for file in try CorpusWalker.list(root: TestSupport.corpus.path).files {
            let parts = TestSupport.read(URL(fileURLWithPath: file.path), format: file.format).0
            texts[file.relativePath] = Array(parts.map(\.string).joined().unicodeScalars)
            paragraphs[file.relativePath] = parts.flatMap { p in
                p.paragraphs.map { (p.base.scalars + p.string(Span(0, $0.span.start)).unicodeScalars.count,
                                    p.base.scalars + p.string(Span(0, $0.span.end)).unicodeScalars.count) }
            }
        }
        let evidence = Self.allEvidence(d)
        #expect(evidence.count >= 10)
        for e in evidence {
            let q = e.quote
            let source = try #require(texts[q.document], "\(q.document)")
            #expect(String(String.UnicodeScalarView(source[q.start..<q.end])) == q.text, "\(q.id)")
            #expect(e.text == q.text)
            let (start, end) = try #require(paragraphs[q.document]?[q.paragraph - 1])
            #expect(start <= q.start && q.end <= end, "\(q.id) alinea \(q.paragraph)")
            #expect(e.citation.hasSuffix("(\(q.document), alinea \(q.paragraph))"))
        }
    }

    @Test func pseudonymisedDraftNamesNoSpeaker() async throws {
        let (d, a) = try await Self.draft(["samenwerking"], pseudonymise: true)
        let md = DossierMarkdown.render(d)
        let people = Dictionary(a.quotes.compactMap(\.speaker).map { ($0.name, $0) }, uniquingKeysWith: { p, _ in p })
        #expect(people.count >= 10)
        let plain = DossierMarkdown.render(try await Self.draft(["samenwerking"]).0)
        #expect(plain.contains("Fatima Yilmaz") && plain.contains("Jorinde Klungers"))
        for p in people.values {
            for form in Set([p.name] + p.aliases) where form.count >= 3 {
                #expect(!md.contains(form), "\(form)")
            }
        }
        #expect(md.contains("— coördinator welzijnsorganisatie X (transcripten/teams-gesprek-zutphen.vtt, alinea 8)"))
        #expect(md.contains("— wethouder "))
        // The Word version, every part of it.
        let archive = try DocxArchive(try DossierDocx.render(d), limits: ReadLimits())
        let word = try ["word/document.xml", "docProps/core.xml"].map { String(decoding: try #require(try archive.part($0)), as: UTF8.self) }.joined()
        #expect(word.contains("coördinator welzijnsorganisatie X"))
        for p in people.values { #expect(!word.contains(p.name), "\(p.name)") }
    }

    @Test func cueLexiconSortsSuccessesFromObstacles() throws {
        let cues = try ThemeLexicon.load(file: Self.lexicons + "/dossier.yaml")
        #expect(cues.themes.map(\.name) == ["succesfactoren", "knelpunten"])
        #expect(cues.problems().isEmpty)
        var tagger = ThemeTagger(matcher: ThemeMatcher(lexicon: cues))
        #expect(DossierDraft.cueGroups("Die rolverdeling helder krijgen en steeds herhalen hielp.", &tagger) == ["succesfactoren"])
        #expect(DossierDraft.cueGroups("Er was miscommunicatie en onduidelijkheid over wie waar over gaat.", &tagger) == ["knelpunten"])
        #expect(DossierDraft.cueGroups("Het is lastig, maar essentieel.", &tagger) == ["succesfactoren", "knelpunten"])
        // "werkt samen" is collaboration, not a claim that something works.
        #expect(DossierDraft.cueGroups("De bibliotheek werkt samen met het wijkteam.", &tagger).isEmpty)
    }

    @Test func evidenceIsChosenForVariety() {
        func quote(_ id: String, _ name: String, _ category: String, _ organisation: String) -> QuoteRecord {
            var p = Person(name: name)
            p.roleCategory = category
            p.organisation = organisation
            return QuoteRecord(id: id, document: "a.txt", paragraph: 1, start: 0, end: 1, text: id, kind: .quote,
                               speaker: p, cue: nil, confidence: 1, repeatOf: nil, themes: [])
        }
        let quotes = [quote("q1", "Ruud Hendriks", "bestuurder", "gemeente Harderwijk"),
                      quote("q2", "Ruud Hendriks", "bestuurder", "gemeente Harderwijk"),
                      quote("q3", "Anouk de Vries", "bestuurder", "gemeente Harderwijk"),
                      quote("q4", "Fatima Yilmaz", "professional", "Vrijwilligerscentrale Zutphen"),
                      quote("q5", "Jorinde Klungers", "directie", "Perspectief Zutphen")]
        // A new role first, then a new speaker; the second Hendriks quotation only when nobody else is left.
        #expect(DossierDraft.varied(quotes, 4).map(\.id) == ["q1", "q4", "q5", "q3"])
        #expect(DossierDraft.varied(quotes, 5).map(\.id) == ["q1", "q4", "q5", "q3", "q2"])
    }

    @Test func pseudonymsReplaceNamesAndPossessivesOnly() {
        var p = Person(name: "Jacqueline Smit")
        p.aliases = ["Smit"]
        p.role = "wethouder"
        p.roleCategory = "bestuurder"
        let q = QuoteRecord(id: "q1", document: "a.txt", paragraph: 2, start: 0, end: 10, text: "x", kind: .quote,
                            speaker: p, cue: nil, confidence: 1, repeatOf: nil, themes: [])
        let names = Pseudonyms(quotes: [q])
        #expect(names.labels["Jacqueline Smit"] == "wethouder A")
        #expect(names.text("Jacqueline Smits aanpak, zei Smit tegen de Smitse buren.") == "wethouder A aanpak, zei wethouder A tegen de Smitse buren.")
        #expect(names.citation(q) == "— wethouder A (a.txt, alinea 2)")
        #expect(Pseudonyms.function("wethouder Zorg, Welzijn en Wonen") == "wethouder")
        #expect(Pseudonyms.function("strategisch adviseur") == "strategisch adviseur")
        #expect(Pseudonyms.function("Directeur Welzijn Zutphen") == "directeur")
        #expect(Pseudonyms.letters(0) == "A" && Pseudonyms.letters(25) == "Z" && Pseudonyms.letters(26) == "AA")
    }
}

/// The Word version: well-formed parts, Word's own styles, the same content as the Markdown, stable bytes,
/// and (where LibreOffice is installed) a file another program opens.
@Suite(.serialized)
struct DossierDocxTests {
    @Test func wordDraftReadsBackWithHeadingsQuotesAndCitations() async throws {
        let (d, _) = try await DossierTests.draft(["samenwerking"])
        let bytes = try DossierDocx.render(d)
        #expect(try DossierDocx.render(d) == bytes, "same draft, same bytes")
        let archive = try DocxArchive(bytes, limits: ReadLimits())
        for path in ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml", "word/styles.xml",
                     "word/numbering.xml", "word/_rels/document.xml.rels"] {
            let part = try #require(try archive.part(path), "\(path)")
            let parse = TestSupport.strictXMLParse(part, name: path)
            #expect(parse.wellFormed && parse.error == 0, "\(path): libxml2 error \(parse.error) at line \(parse.line)")
        }
        let styles = String(decoding: try #require(try archive.part("word/styles.xml")), as: UTF8.self)
        for name in ["heading 1", "heading 2", "Quote", "List Bullet", "Table Grid"] { #expect(styles.contains("<w:name w:val=\"\(name)\"/>")) }
        let documentXML = String(decoding: try #require(try archive.part("word/document.xml")), as: UTF8.self)
        #expect(documentXML.contains("<w:tbl>") && documentXML.contains("<w:tblHeader/>"))
        #expect(documentXML.components(separatedBy: "<w:numId w:val=\"1\"/>").count - 1 == d.blocks.filter { if case .bullet = $0 { true } else { false } }.count)

        // Read back with Werkzaam's own DOCX reader: headings are headings, quotations are quotations.
        let (parts, report) = try TestSupport.readBytes(bytes, as: "dossier.docx")
        #expect(report.isOK)
        let doc = try #require(parts.first)
        let read = doc.paragraphs.map { (doc.string($0.span), $0.kind) }
        let headings = read.filter { if case .heading = $0.1 { true } else { false } }.map(\.0)
        let expected = d.blocks.compactMap { if case .heading(_, let t) = $0 { t } else { nil } }
        #expect(headings == expected)
        #expect(headings.first == "Wat werkt bij samenwerking: conceptdossier")
        let quotes = read.filter { $0.1 == .blockquote }.map(\.0)
        let evidence = DossierTests.allEvidence(d)
        #expect(quotes.count == evidence.count)
        for (i, e) in evidence.enumerated() where i < quotes.count { #expect(quotes.contains(e.text.replacingOccurrences(of: "\n", with: " "))) }
        #expect(read.contains { $0.0 == "— Fatima Yilmaz, coördinator, Vrijwilligerscentrale Zutphen (transcripten/teams-gesprek-zutphen.vtt, alinea 8)" })
        #expect(doc.metadata.title == "Wat werkt bij samenwerking: conceptdossier")
    }

    @Test func quotationTextIsEscapedAndStrippedOfControlCharacters() {
        let xml = DossierDocx.document([.quote(text: "Zorg & welzijn <samen>\u{0B}\u{1F}\tnu", citation: "— wethouder A (a.txt, alinea 1)")])
        #expect(xml.contains(#"<w:pStyle w:val="Quote"/></w:pPr><w:r><w:t xml:space="preserve">Zorg &amp; welzijn &lt;samen&gt;\#tnu</w:t></w:r>"#))
        let parse = TestSupport.strictXMLParse(Array(xml.utf8), name: "document.xml")
        #expect(parse.wellFormed && parse.error == 0)
    }

    static let soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: soffice != nil, "LibreOffice is not installed"))
    func libreOfficeConvertsTheWordDraft() async throws {
        let (d, _) = try await DossierTests.draft(["samenwerking"])
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let docx = try TestSupport.write(try DossierDocx.render(d), "dossier.docx", in: folder)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.soffice!)
        process.arguments = ["--headless", "-env:UserInstallation=file://\(folder.path)/profile", "--convert-to", "pdf", "--outdir", folder.path, docx.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let pdf = try Data(contentsOf: folder.appendingPathComponent("dossier.pdf"))
        #expect(pdf.starts(with: Array("%PDF-".utf8)) && pdf.count > 10_000)
    }
}
