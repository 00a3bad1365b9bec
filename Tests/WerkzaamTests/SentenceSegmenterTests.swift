import Testing
@testable import WerkzaamCore

/// Dutch sentence boundaries: each case lists the exact sentences the text must split into.
struct SentenceSegmenterTests {
    static let cases: [(String, [String])] = [
        // abbreviations
        ("Dit geldt o.a. voor de gemeente. Daarna volgt de provincie.",
         ["Dit geldt o.a. voor de gemeente.", "Daarna volgt de provincie."]),
        ("Neem bijv. de bibliotheek. Die doet mee.", ["Neem bijv. de bibliotheek.", "Die doet mee."]),
        ("Dhr. Jansen opende de vergadering.", ["Dhr. Jansen opende de vergadering."]),
        ("Mevr. De Vries was er ook. Zij sprak als eerste.", ["Mevr. De Vries was er ook.", "Zij sprak als eerste."]),
        ("Het rapport van drs. Pieters verscheen gisteren.", ["Het rapport van drs. Pieters verscheen gisteren."]),
        ("Volgens dr. Bakker werkt het. Volgens prof. Smit niet.", ["Volgens dr. Bakker werkt het.", "Volgens prof. Smit niet."]),
        ("Er kwamen ca. 140 mensen. Dat was meer dan verwacht.", ["Er kwamen ca. 140 mensen.", "Dat was meer dan verwacht."]),
        ("Afspraken m.b.t. de zorg zijn gemaakt.", ["Afspraken m.b.t. de zorg zijn gemaakt."]),
        ("Het moet anders, d.w.z. Samen met bewoners.", ["Het moet anders, d.w.z. Samen met bewoners."]),
        ("De avond werd i.s.m. Welzijn Lelystad georganiseerd.", ["De avond werd i.s.m. Welzijn Lelystad georganiseerd."]),
        ("Zie nr. 12 in de bijlage. Daar staat het.", ["Zie nr. 12 in de bijlage.", "Daar staat het."]),
        ("Lees blz. 4 en verder. Het is kort.", ["Lees blz. 4 en verder.", "Het is kort."]),
        ("Op 3 maart jl. Besloot de raad anders.", ["Op 3 maart jl.", "Besloot de raad anders."]),
        ("Op 3 maart jl. besloot de raad anders.", ["Op 3 maart jl. besloot de raad anders."]),
        ("Sport, cultuur, welzijn enz. Alles hoort erbij.", ["Sport, cultuur, welzijn enz.", "Alles hoort erbij."]),
        ("Sport, cultuur enz. zijn partners.", ["Sport, cultuur enz. zijn partners."]),
        ("Van 1 t/m 3 april. Daarna niet meer.", ["Van 1 t/m 3 april.", "Daarna niet meer."]),
        ("Het loopt tot 15 jan. 2025 door.", ["Het loopt tot 15 jan. 2025 door."]),
        ("Dat zei Jan. Hij bleef nog even.", ["Dat zei Jan.", "Hij bleef nog even."]),
        ("Dit gebeurt z.s.m. na de zomer.", ["Dit gebeurt z.s.m. na de zomer."]),
        // initials
        ("Het onderzoek van H. Huisinga liet dat zien.", ["Het onderzoek van H. Huisinga liet dat zien."]),
        ("Zij sprak met A. van den Berg. Die was het eens.", ["Zij sprak met A. van den Berg.", "Die was het eens."]),
        ("Oud-premier J.P. Balkenende was aanwezig.", ["Oud-premier J.P. Balkenende was aanwezig."]),
        ("De brief is van mr. A.J.M. de Groot. Hij reageert later.", ["De brief is van mr. A.J.M. de Groot.", "Hij reageert later."]),
        // numbers
        ("Er zijn 1.000 vrijwilligers. Dat is veel.", ["Er zijn 1.000 vrijwilligers.", "Dat is veel."]),
        ("Van de ouderen is 83,3 procent tevreden.", ["Van de ouderen is 83,3 procent tevreden."]),
        ("De meeting is op 15/03 om 10.30 uur. Kom op tijd.", ["De meeting is op 15/03 om 10.30 uur.", "Kom op tijd."]),
        ("Dat begon in 2016. Daarna groeide het.", ["Dat begon in 2016.", "Daarna groeide het."]),
        ("1. Inleiding van de wethouder", ["1. Inleiding van de wethouder"]),
        ("De subsidie bedraagt €125.000 per jaar. Dat is genoeg.", ["De subsidie bedraagt €125.000 per jaar.", "Dat is genoeg."]),
        // ellipses
        ("Ik dacht… nou ja, laat maar.", ["Ik dacht… nou ja, laat maar."]),
        ("We wachten af… Dan zien we verder.", ["We wachten af…", "Dan zien we verder."]),
        ("We wachten af... Dan zien we verder.", ["We wachten af...", "Dan zien we verder."]),
        ("En toen... niets meer.", ["En toen... niets meer."]),
        // quote marks stay with their sentence
        ("“We doen het samen met bewoners.” De gemeente knikte.", ["“We doen het samen met bewoners.”", "De gemeente knikte."]),
        (",,Het werkt echt.'' De wethouder is tevreden.", [",,Het werkt echt.''", "De wethouder is tevreden."]),
        ("'Het werkt echt.' De wethouder is tevreden.", ["'Het werkt echt.'", "De wethouder is tevreden."]),
        ("\"Kom binnen!\" zei ze. Hij kwam binnen.", ["\"Kom binnen!\" zei ze.", "Hij kwam binnen."]),
        ("“Wat nu?” vroeg hij zich af.", ["“Wat nu?” vroeg hij zich af."]),
        ("Ze zei: “Dit is stap één. Dit is stap twee.” Toen ging ze.",
         ["Ze zei: “Dit is stap één.", "Dit is stap twee.”", "Toen ging ze."]),
        ("Dat is klaar. “Nu het volgende,” zegt Jan.", ["Dat is klaar.", "“Nu het volgende,” zegt Jan."]),
        ("We zijn er. ,,Eindelijk,'' zegt Piet.", ["We zijn er.", ",,Eindelijk,'' zegt Piet."]),
        // Dutch specifics
        ("Het was laat. ’s Avonds is het rustig.", ["Het was laat.", "’s Avonds is het rustig."]),
        ("Zo’n aanpak werkt. Auto’s zijn er niet.", ["Zo’n aanpak werkt.", "Auto’s zijn er niet."]),
        ("Werkt het? Ja! Zeker weten.", ["Werkt het?", "Ja!", "Zeker weten."]),
        ("Echt?! Dat had ik niet gedacht.", ["Echt?!", "Dat had ik niet gedacht."]),
        ("(Zie ook het rapport.) Daarna verder.", ["(Zie ook het rapport.)", "Daarna verder."]),
        ("Kijk op www.movisie.nl voor meer. Of bel.", ["Kijk op www.movisie.nl voor meer.", "Of bel."]),
        ("Dat is het. – Ja, zeker.", ["Dat is het.", "– Ja, zeker."]),
        ("Het project stopt. 2025 wordt anders.", ["Het project stopt.", "2025 wordt anders."]),
        ("Wat werkt? volgens haar vooral tijd.", ["Wat werkt? volgens haar vooral tijd."]),
        ("Ze werkt bij de gemeente Zutphen. Élke dag.", ["Ze werkt bij de gemeente Zutphen.", "Élke dag."]),
        ("Dat staat in art. 5 van de wet.", ["Dat staat in art. 5 van de wet."]),
        ("   Spaties voor en na.   ", ["Spaties voor en na."]),
        ("Geen eindteken aan het eind", ["Geen eindteken aan het eind"]),
        ("Regel een.\nRegel twee in dezelfde alinea.", ["Regel een.", "Regel twee in dezelfde alinea."]),
    ]

    @Test("Dutch sentence boundaries", arguments: cases)
    func boundaries(_ input: String, _ expected: [String]) {
        let text = Array(input.utf8)
        let spans = SentenceSegmenter.sentences(in: text)
        let sentences = spans.map { String(decoding: text[$0.start..<$0.end], as: UTF8.self) }
        #expect(sentences == expected)
    }

    @Test func thereAreAtLeastFortyCases() {
        #expect(Self.cases.count >= 40)
    }

    @Test func offsetsAreExactBytesAndScalars() {
        let text = Array("Hij zei: “Dat is één.” Daarna ging hij.".utf8)
        let spans = SentenceSegmenter.sentences(in: text)
        #expect(spans == [Span(0, 28), Span(29, 45)])  // bytes: “ and ” are 3 bytes, é is 2
        var offsets = ScalarOffsets(text)
        #expect(spans.map { [offsets.scalar(at: $0.start), offsets.scalar(at: $0.end)] } == [[0, 22], [23, 39]])
    }

    @Test func segmentFillsParagraphRanges() {
        var document = Document(text: Array("Eerste zin. Tweede zin.\n\nDerde zin.".utf8),
                                paragraphs: [Paragraph(span: Span(0, 23)), Paragraph(span: Span(25, 35))])
        SentenceSegmenter.segment(&document)
        #expect(document.sentences == [Span(0, 11), Span(12, 23), Span(25, 35)])
        #expect(document.paragraphs.map(\.sentences) == [0..<2, 2..<3])
    }
}
