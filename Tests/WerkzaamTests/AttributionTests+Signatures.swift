import Testing
@testable import WerkzaamCore

/// Nineteenth blind round: a page of testimonials, each quotation signed after a dash in its own list item,
/// and a neighbourhood app's chat export.
extension AttributionTests {
    static let testimonials = """
    <html><head><meta charset="utf-8"><title>Ervaringen</title></head><body><main>
    <h1>Wat deelnemers zeggen over het Taalcafé</h1>
    <p>Elke dinsdagmiddag oefenen zo'n twintig mensen Nederlands in de bibliotheek.</p>
    <ul>
    <li>„Hier durf ik fouten te maken. Niemand lacht.” – Tigist, 34</li>
    <li>„Ik spreek nu met mijn buurvrouw.” – Oleksandr (58)</li>
    <li>„Mijn kinderen zijn trots op mij.” – Samira, moeder van drie</li>
    <li>„Ik leer er zelf net zoveel van.” – Henk Wolters, vrijwilliger sinds 2019</li>
    </ul>
    </main></body></html>
    """

    /// A dash after a quotation's closing mark, then a name to the end of the item (or its description):
    /// the quotation's signature, its speaker; with an age alone, a private person.
    @Test func aSignatureAfterTheQuotationNamesItsSpeaker() throws {
        let (parts, _) = try TestSupport.readBytes(Array(Self.testimonials.utf8), as: "ervaringen.html")
        let d = try #require(parts.first)
        let analysis = SpeechAnalyzer(lexicon: Self.lexicon).analyze(d, format: .html)
        let people = analysis.quotes.map { q in q.speaker.map { analysis.register.people[$0] } }
        #expect(analysis.quotes.map { d.string($0.span) } == ["Hier durf ik fouten te maken. Niemand lacht.", "Ik spreek nu met mijn buurvrouw.",
                                                               "Mijn kinderen zijn trots op mij.", "Ik leer er zelf net zoveel van."])
        #expect(people.map { $0?.name } == ["Tigist", "Oleksandr", "Samira", "Henk Wolters"])
        #expect(people.map { $0?.roleCategory } == ["bewoner", "bewoner", "bewoner", "bewoner"])
        #expect(people.map { $0?.role } == [nil, nil, "moeder", "vrijwilliger sinds 2019"])
        #expect(analysis.quotes.allSatisfy { $0.cue == "byline" })
        // Only after a closing mark: `Zij – Tigist, 34 – …` in running text signs nothing.
        var words = Words.tokenize(Array("Zij – Tigist, 34".utf8), Span(0, 18))
        var cache = WordCache()
        Self.lexicon.annotate(&words, cache: &cache)
        #expect(!RegisterBuilder.signsAQuotation(words, nameStart: 2, nameEnd: 3))
    }

    /// A chat export (`[12-03-2026 09:14] Petra de Wit: …`): every message a turn of its sender, the date and
    /// time before the name no part of it.
    @Test func aChatExportIsTurnsOfItsSenders() {
        let found = Self.speech("""
        [12-03-2026 09:14] Petra de Wit: Goedemorgen allemaal! Vanavond is de bewonersavond, 19.30 uur in De Boog.
        [12-03-2026 09:21] Youssef: Ik kom. Neem ik mijn zoon mee?
        [12-03-2026 09:23] Petra de Wit: Goed idee Youssef!
        """)
        #expect(found.map(\.kind) == [.turn, .turn, .turn])
        #expect(found.map(\.speaker) == ["Petra de Wit", "Youssef", "Petra de Wit"])
        #expect(found.map(\.text) == ["Goedemorgen allemaal! Vanavond is de bewonersavond, 19.30 uur in De Boog.",
                                      "Ik kom. Neem ik mijn zoon mee?", "Goed idee Youssef!"])
    }

    /// In a turn, what the speaker reports of someone else is that person's indirect speech: a person of the
    /// text by name, or someone unnamed of an anecdote (speaker unknown); not the speaker's own `ik zei dat`,
    /// nor a pronoun's, which in a turn may mean anyone.
    @Test func reportedSpeechOfSomeoneElseInATurn() {
        let found = Self.speech("""
        [12-03-2026 21:40] Petra de Wit: Het was een goede avond. Wijkregisseur Karin Bos zei dat de plannen in april klaar zijn.
        [12-03-2026 21:44] Youssef: Een buurvrouw vertelde me dat er ook bankjes komen bij het speelveld. Ik zei dat ik dat mooi vind.
        [12-03-2026 21:50] Petra de Wit: Hij zei dat hij het nog niet wist. Petra de Wit zei dat zij het zou navragen.
        """)
        #expect(found.map(\.kind) == [.turn, .indirect, .turn, .indirect, .turn])
        #expect(found.filter { $0.kind == .indirect }.map(\.text) == ["de plannen in april klaar zijn", "er ook bankjes komen bij het speelveld"])
        #expect(found.filter { $0.kind == .indirect }.map(\.speaker) == ["Karin Bos", nil])
    }
}
