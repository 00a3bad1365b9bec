import Foundation
import Testing
@testable import WerkzaamCore

/// HTML: main content only, marked headings and pull quotes, metadata from the head, bad input.
struct HTMLReaderTests {
    @Test func organisationPageComesOutAsItsArticleOnly() throws {
        let (d, _) = try TestSupport.corpusDocument("web/vitale-coalitie-lelykracht.html")
        let all = d.string
        for chrome in ["cookies", "Hoofdmenu", "Thema's", "Direct naar de inhoud", "Deel dit artikel", "Gerelateerde",
                       "Blijf op de hoogte", "Privacyverklaring", "Postbus", "dataLayer", "Tags:", "Zoek", "Door de redactie"] {
            #expect(!all.contains(chrome), "chrome left in the text: \(chrome)")
        }
        #expect(d.paragraphs.count == 22)
        #expect(d.string(d.paragraphs[0].span) == "Vitale coalitie: krachtige verbinding voor de regio")
        #expect(d.paragraphs[0].kind == .heading(level: 1))
        #expect(d.paragraphs.filter { $0.kind == .heading(level: 2) }.map { d.string($0.span) }
                == ["Je kunt het niet meer alleen", "Hoe kom je tot een vitale coalitie?",
                    "Lelystad: fonds voor nieuwe verbindingen", "Concrete oplossingen"])
        let pull = d.paragraphs.filter { $0.kind == .pullquote }.map { d.string($0.span) }
        #expect(pull.count == 2)
        #expect(pull.first?.hasPrefix("“Als maatschappelijke organisatie heb je de taak") == true)
        // The text paragraph the .txt breaks in two is one paragraph on the page.
        #expect(TestSupport.paragraphTexts(d).contains { $0.hasPrefix("Lelystedelingen leefden langs elkaar. In veel steden is het stadscentrum een ontmoetingsplek") })
        let m = d.metadata
        #expect(m.title == "Vitale coalitie: krachtige verbinding voor de regio")
        #expect(m.author == "Redactie Kennisplein")
        #expect(m.date == "2016-05-12T09:30:00+02:00")
        #expect(m.url == "https://www.kennisplein-lokale-samenwerking.nl/artikelen/vitale-coalitie-lelykracht")
        #expect(m.description == "Hoe vier maatschappelijke instellingen in Lelystad samen de coalitie Lelykracht vormden.")
        #expect(m.language == "nl")
    }

    @Test func newspaperPageWithoutArticleElementUsesTheDensestBlock() throws {
        let url = TestSupport.fixtures.appendingPathComponent("generalisation/dagblad-buurtteam.html")
        let (parts, report) = TestSupport.read(url)
        let d = try #require(parts.first)
        #expect(report.warnings == ["no <article> or <main>; took the densest text block"])
        let texts = TestSupport.paragraphTexts(d)
        #expect(texts.first == "Buurtteam Deventer-Oost: ,,We zitten nu aan dezelfde tafel''")
        #expect(texts.count == 7)
        for chrome in ["cookies", "ADVERTENTIE", "Lees ook", "Deel op", "Reacties", "Anoniem", "Privacy ·", "Sport", "05-10-23"] {
            #expect(!d.string.contains(chrome), "chrome left in the text: \(chrome)")
        }
        // Entities are decoded.
        #expect(texts[2].contains("in één buurtteam") || texts[1].contains("in één buurtteam"))
        #expect(d.string.contains("€ 60.000 voor de coördinatie."))
        #expect(d.metadata.title == "Buurtteam Deventer-Oost: ,,We zitten nu aan dezelfde tafel''")
        #expect(d.metadata.date == "2023-10-05")
        #expect(d.paragraphs.filter { $0.kind == .heading(level: 2) }.count == 1)
    }

    @Test func boldRunOpeningAParagraphIsALabel() throws {
        let html = "<html><body><article><p><strong>Interviewer:</strong> Hoe begon het?</p><p>Gewone tekst, <b>vet</b> midden in.</p><p><b>Alles vet</b></p></article></body></html>"
        let (parts, _) = try TestSupport.readBytes(Array(html.utf8), as: "label.html")
        let d = try #require(parts.first)
        #expect(d.paragraphs[0].label.map { d.string($0) } == "Interviewer")
        #expect(d.paragraphs[1].label == nil)
        #expect(d.paragraphs[2].label == nil)
    }

    @Test func pageWithoutCharsetIsReadAsUTF8() throws {
        let html = "<html><body><main><p>Samen creëren met één partij.</p></main></body></html>"
        let (parts, report) = try TestSupport.readBytes(Array(html.utf8), as: "zonder-charset.html")
        #expect(parts.first?.string == "Samen creëren met één partij.")
        #expect(report.warnings.isEmpty)
    }

    @Test func malformedHTMLIsRecovered() throws {
        let html = "<html><body><article><h2>Kop<p>Eerste alinea <i>zonder sluittags<p>Tweede alinea</b></div></article>"
        let (parts, report) = try TestSupport.readBytes(Array(html.utf8), as: "kapot.html")
        #expect(report.isOK)
        #expect(parts.first.map(TestSupport.paragraphTexts) == ["Kop", "Eerste alinea zonder sluittags", "Tweede alinea"])
    }

    @Test func htmlWithoutTextFails() throws {
        let html = "<html><head><title>Leeg</title><script>var x = 1;</script></head><body><nav>Menu</nav></body></html>"
        let (_, report) = try TestSupport.readBytes(Array(html.utf8), as: "leeg.html")
        #expect(report.status == .error("no readable text in the HTML"))
    }

    @Test func listsBreaksAndInlineQuotes() throws {
        let html = "<article><ul><li>gedeelde ambitie</li><li>persoonlijke interactie</li></ul><p>Regel een<br>Regel twee</p><p>Ze zei <q>kom</q>.</p></article>"
        let (parts, _) = try TestSupport.readBytes(Array(html.utf8), as: "lijst.html")
        let d = try #require(parts.first)
        #expect(TestSupport.paragraphTexts(d) == ["gedeelde ambitie", "persoonlijke interactie", "Regel een", "Regel twee", "Ze zei “kom”."])
        #expect(d.paragraphs.map(\.kind) == [.listItem, .listItem, .body, .body, .body])
    }
}

extension HTMLReaderTests {
    /// A class that names furniture (`nieuwsbrief`) marks it beside the content; around the whole page it is
    /// the content, and the page is read with a warning instead of failing as empty.
    @Test func aPageWhollyInsideANewsletterBlockIsReadWithAWarning() throws {
        let html = """
        <html><head><meta charset="utf-8"><title>Nieuwsbrief december</title></head><body>
        <div class="nieuwsbrief">
        <h1>Nieuwsbrief december</h1>
        <p>De voedselbank in Helmond heeft er dit jaar veertig vrijwilligers bij.</p>
        <p>In januari start een cursus schuldhulp voor vrijwilligers.</p>
        </div>
        </body></html>
        """
        let (parts, report) = try TestSupport.readBytes(Array(html.utf8), as: "nieuwsbrief.html")
        #expect(report.warnings == ["all text is inside elements whose class, id or role names page furniture; read them all",
                                    "no <article> or <main>; took the densest text block"])
        #expect(parts.first.map(TestSupport.paragraphTexts) == [
            "Nieuwsbrief december",
            "De voedselbank in Helmond heeft er dit jaar veertig vrijwilligers bij.",
            "In januari start een cursus schuldhulp voor vrijwilligers.",
        ])
        // Beside an article the same block is still furniture.
        let beside = html.replacingOccurrences(of: "<div class=\"nieuwsbrief\">", with: "<article><p>Het wijkteam opent een tweede inloop.</p></article><div class=\"nieuwsbrief\">")
        let (other, plain) = try TestSupport.readBytes(Array(beside.utf8), as: "pagina.html")
        #expect(plain.warnings.isEmpty)
        #expect(other.first.map(TestSupport.paragraphTexts) == ["Het wijkteam opent een tweede inloop."])
    }
}
