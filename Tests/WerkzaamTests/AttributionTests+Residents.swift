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
}
