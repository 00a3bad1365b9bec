import Foundation
import Testing
@testable import WerkzaamCore

/// People introduced without a title: a speaker who says she lives in the neighbourhood, a person an age
/// and a description stand for in the next sentence.
extension AttributionTests {
    static let neighbourhoodTalk = """
    Buurtgesprek Hatert. Gespreksleider: Ruud Verbeek.

    [00:00:12] Ruud Verbeek: Welkom allemaal. Wie bent u en wat doet u in Hatert?

    [00:00:31] Mevrouw Peters: Ik ben Gonny Peters, ik woon hier al veertig jaar aan het Zwanenveld. Ik doe de koffieochtend.

    [00:00:48] Hamid Ouali: Hamid Ouali. Ik woon zelf ook in Hatert, maar ik ben hier als wijkconsulent bij Talis.

    [00:01:05] Ruud Verbeek: Wat gaat er goed?
    """

    @Test func aSpeakerWhoSaysSheLivesHereIsAResident() throws {
        let gonny = Self.person("Gonny Peters", in: Self.neighbourhoodTalk)
        #expect(gonny?.role == "bewoner" && gonny?.roleCategory == "bewoner")
        // `, ik woon hier` is a clause of its own, not her organisation.
        #expect(gonny?.organisation == nil)
        let hamid = Self.person("Hamid Ouali", in: Self.neighbourhoodTalk)
        #expect(hamid?.role == "wijkconsulent" && hamid?.roleCategory == "professional")
        #expect(Self.speech(Self.neighbourhoodTalk).map(\.speaker) == ["Ruud Verbeek", "Gonny Peters", "Hamid Ouali", "Ruud Verbeek"])
        // A title in the turn's opening, even without `ik ben`, outweighs where he lives.
        let worker = "Hamid Ouali: Ik woon zelf ook in Hatert, maar als wijkconsulent bij Talis zie ik vooral de achterdeur.\n\nRuud Verbeek: Dank u.\n\nHamid Ouali: Graag.\n\nRuud Verbeek: Wat ziet u?"
        let ouali = try #require(Self.person("Hamid Ouali", in: worker))
        #expect(ouali.roleCategory == nil)
    }

    @Test func anAgeAndADescriptionOpeningASentenceStandForThePersonBefore() throws {
        let text = """
        MAASTRICHT - Het buurthuis zou dichtgaan. "We hebben niet gewacht op een nieuwe subsidie", vertelt Anton Leenders. De 67-jarige oud-conciërge is voorzitter van de bewonersvereniging.
        """
        let anton = Self.person("Anton Leenders", in: text)
        #expect(anton?.role == "voorzitter" && anton?.roleCategory == "voorzitter")
        #expect(anton?.organisationType == "vereniging")
        // Two people in the sentence before: no one is meant for certain.
        let two = "“Het kan beter”, zeggen Anton Leenders en Els Kuipers. De 67-jarige oud-conciërge is voorzitter van de bewonersvereniging."
        let named = try #require(Self.person("Anton Leenders", in: two))
        #expect(named.role == nil)
    }

    /// `woont` and `zorgt` begin with cue words of organisations (`woon*`, `zorg*`) but are verbs.
    @Test func aVerbWhoseStemIsAnOrganisationCueIsNoOrganisation() {
        let riet = Self.person("Riet Schouten", in: "Riet Schouten (78) woont al ruim veertig jaar in de wijk. „Ik zag de winkels verdwijnen”, vertelt ze.")
        #expect(riet?.roleCategory == "bewoner")
        #expect(riet?.organisation == nil)
        let cast = "Deelnemers: R1 (mantelzorger, zorgt voor haar moeder), R2 (mantelzorgconsulent bij Stichting Mantelzorg Den Haag)\n\nR1: Voor mij is het gewoon zorgen.\n\nR2: Dat herken ik.\n\nR1: Ja.\n\nR2: Precies."
        let r1 = Self.person("R1", in: cast)
        #expect(r1?.role == "mantelzorger" && r1?.organisation == nil)
        #expect(Self.person("R2", in: cast)?.organisation == "Stichting Mantelzorg Den Haag")
    }

    /// The organisation that is the subject of the sentence before a title (or of the title's own sentence,
    /// later in it) is the titled person's: typed, or named with a type word elsewhere in the text. Not a
    /// capitalised adverb (`Toch`), and not a resident's.
    @Test func theOrganisationOfTheSentenceBefore() {
        let text = """
        De thuisadministratie wordt geregeld door welzijnsorganisatie Humanitas Breda.

        Ook woningcorporatie Thuisvester doet mee. Projectleider Karin Aerts: „We kloppen samen aan bij huurders met een achterstand.”

        Humanitas zoekt nieuwe vrijwilligers voor de thuisadministratie. „Je hoeft geen boekhouder te zijn”, zegt coördinator Mark Visser.

        Toch waarschuwt adviseur Eva Smit voor te hoge verwachtingen.

        De corporatie bouwt honderd woningen. Bewoner Kees de Ruiter: „Eindelijk komt er iets.”
        """
        let karin = Self.person("Karin Aerts", in: text)
        #expect(karin?.organisation == "woningcorporatie Thuisvester" && karin?.organisationType == "woningcorporatie")
        let mark = Self.person("Mark Visser", in: text)
        #expect(mark?.organisation == "Humanitas" && mark?.organisationType == "welzijnsorganisatie")
        #expect(Self.person("Eva Smit", in: text)?.organisation == nil)
        #expect(Self.person("Kees de Ruiter", in: text)?.organisation == nil)
    }

    /// `X werkt sinds 2019 in Feijenoord voor Zorgwaard`: her organisation, typed by her title
    /// (`wijkverpleegkundige`, `functies` in organisations.yaml); `werkt voor de buurt` names none.
    @Test func theOrganisationSomeoneWorksFor() {
        let text = "Wijkverpleegkundige Fatima Bouali werkt sinds 2019 in Rotterdam-Feijenoord voor Zorgwaard. „De buurt weet het vaak eerder dan wij”, zegt ze."
        let fatima = Self.person("Fatima Bouali", in: text)
        #expect(fatima?.organisation == "Zorgwaard" && fatima?.organisationType == "zorgorganisatie")
        // A district nurse who names no organisation works for a care organisation.
        let anja = Self.person("Anja de Boer", in: "„We zien veel eenzaamheid”, zegt wijkverpleegkundige Anja de Boer.")
        #expect(anja?.organisationType == "zorgorganisatie")
        let jan = Self.person("Jan Smit", in: "Buurtbewoner Jan Smit werkt al jaren voor de buurt. „Het kan beter”, zegt hij.")
        #expect(jan?.roleCategory == "bewoner" && jan?.organisation == nil)
    }

    /// A municipality's name ends at a line break: an alderman of `gemeente Ede`, not `gemeente Ede Vergadering`.
    @Test func aPlaceNameEndsAtTheEndOfItsLine() {
        let text = "Verslag commissie Maatschappij, gemeente Ede\nVergadering van 3 november 2026\n\nWethouder Hendriksen antwoordt dat het budget niet daalt, maar wordt verschoven naar de wijkteams."
        let hendriksen = Self.person("Hendriksen", in: text)
        #expect(hendriksen?.organisation == "gemeente Ede" && hendriksen?.organisationType == "gemeente")
    }
}
