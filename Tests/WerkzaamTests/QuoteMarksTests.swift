import Testing
@testable import WerkzaamCore

/// Quotation marks: every Dutch style, apostrophes, nesting, unclosed and orphan marks.
struct QuoteMarksTests {
    static func quotes(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return QuoteMarks.find(in: bytes, paragraph: Span(0, bytes.count)).map { String(decoding: bytes[$0.content.start..<$0.content.end], as: UTF8.self) }
    }

    @Test(arguments: [
        ("“Goed samenwerken is een opgave”, zegt Jan.", ["Goed samenwerken is een opgave"]),
        ("„Dat werkt”, zei ze.", ["Dat werkt"]),
        ("„Dat werkt“, zei ze.", ["Dat werkt"]),
        ("‘Door de decentralisatie veranderde alles.’", ["Door de decentralisatie veranderde alles."]),
        ("\"Goed samenwerken\", zegt Jan Gommer. \"Je moet wennen aan elkaar.\"", ["Goed samenwerken", "Je moet wennen aan elkaar."]),
        ("'Het werkt', zegt hij.", ["Het werkt"]),
        (",,Het werkt echt,'' zegt de wethouder.", ["Het werkt echt,"]),
        (",, Het werkt echt, '' zegt de wethouder.", ["Het werkt echt,"]),
        ("«Wij doen mee», zegt ze.", ["Wij doen mee"]),
        ("“Dat is mooi,” zei ze, “maar niet genoeg.”", ["Dat is mooi,", "maar niet genoeg."]),
        ("Zo’n aanpak werkt voor auto’s en dilemma’s.", []),
        ("’s Avonds en ’t weekend zijn anders.", []),
        ("Het was in de jaren ’90 anders.", []),
        ("“Wij noemen dit ‘van zorgen voor naar zorgen dat’. Zo werkt het.”", ["Wij noemen dit ‘van zorgen voor naar zorgen dat’. Zo werkt het."]),
        ("Chantal: ‘Wij noemen dit de beweging ‘van zorgen voor naar zorgen dat’. We willen meer.’", ["Wij noemen dit de beweging ‘van zorgen voor naar zorgen dat’. We willen meer."]),
        ("“Voor een instelling is het lastig de issues te tackelen.", ["Voor een instelling is het lastig de issues te tackelen."]),
        ("“Wie?” vroeg hij. “Ik!”", ["Wie?", "Ik!"]),
        ("Het ‘veld’ kwam met oplossingen.", ["veld"]),
        ("het project te vergroten.” Brabant Wonen kreeg ‘de regie’ toebedeeld. De rest had wat anders aan hun hoofd”.",
         ["Brabant Wonen kreeg ‘de regie’ toebedeeld. De rest had wat anders aan hun hoofd"]),
        ("‘We hebben veel besproken?’ Na deze sessies merkte ik een nieuwe taal.’", ["We hebben veel besproken?", "Na deze sessies merkte ik een nieuwe taal."]),
    ])
    func marks(_ text: String, _ expected: [String]) {
        #expect(Self.quotes(text) == expected)
    }
}
