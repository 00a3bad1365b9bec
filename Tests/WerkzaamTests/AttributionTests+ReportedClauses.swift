import Foundation
import Testing
@testable import WerkzaamCore

/// Minutes and press releases report what people said without quotation marks: `Wethouder Bakker antwoordt
/// dat …`. The clause after `dat`, `of` or a question word is the subject's indirect speech.
extension AttributionTests {
    static let minutes = """
    Verslag van de commissie Samenleving van 12 maart

    Aanwezig: de heer Kaya (DENK), mevrouw De Vries (VVD), wethouder Bakker en voorzitter Jansen (CDA).

    De heer Kaya (DENK) vraagt waarom de wachtlijst bij het wijkteam zo lang is. Mevrouw De Vries (VVD) zegt dat haar fractie blij is met de nieuwe aanpak. Wethouder Bakker antwoordt dat de wachttijden in het voorjaar korter worden. Hij wijst erop dat er drie nieuwe consulenten zijn aangenomen. De voorzitter concludeert dat de commissie het onderwerp in juni opnieuw bespreekt.

    Veel jongeren hebben schulden. Veel van hen vertellen dat niet op school. Ze zeggen dat ze zich schamen.
    """

    @Test func aSpeechVerbWithDatAfterItsSubjectReportsTheClause() {
        let found = Self.speech(Self.minutes)
        #expect(found.map(\.text) == [
            "waarom de wachtlijst bij het wijkteam zo lang is",
            "haar fractie blij is met de nieuwe aanpak",
            "de wachttijden in het voorjaar korter worden",
            "er drie nieuwe consulenten zijn aangenomen",
            "de commissie het onderwerp in juni opnieuw bespreekt",
        ])
        #expect(found.allSatisfy { $0.kind == .indirect })
        #expect(found.map(\.speaker) == ["Kaya", "De Vries", "Bakker", "Bakker", "Jansen"])
        #expect(found.map(\.cue) == ["vraagt", "zegt", "antwoordt", "wijst", "concludeert"])
        #expect(Self.person("Jansen", in: Self.minutes)?.role == "voorzitter")
    }

    /// `Hij wil weten of …` asks, as `vraagt of` does (`willen weten` in speech-verbs.yaml); `wil` alone says
    /// nothing, and an organisation that wants to know is no person.
    @Test func wantingToKnowAsks() {
        let text = "Mevrouw De Vries (VVD) is kritisch. Zij wil weten of de wethouder de subsidie voor De Schakel wil verlengen. De gemeente wil weten hoeveel bezoekers er komen. Mevrouw De Vries wil Deventer aantrekkelijker maken."
        let found = Self.speech(text)
        #expect(found.map(\.text) == ["de wethouder de subsidie voor De Schakel wil verlengen"])
        #expect(found.map(\.speaker) == ["De Vries"] && found.map(\.cue) == ["wil"])
        #expect(Self.person("Deventer", in: text) == nil)
    }

    /// A clause with quotation marks in it is left to the quotation rules, and a plural subject
    /// (`Ze zeggen`, `Veel van hen vertellen`) names no one.
    @Test func noReportedClauseWithMarksOrWithoutASingleSubject() {
        let marked = "Wethouder Bakker is nieuw in Gouda. Wethouder Bakker zegt dat het “prima gaat” met de wijkteams."
        #expect(Self.speech(marked).isEmpty)
        let plural = "Veel jongeren hebben schulden. Veel van hen vertellen dat niet op school. Ze zeggen dat ze zich schamen voor hun ouders."
        #expect(Self.speech(plural).isEmpty)
    }

    /// Speech a quotation reports with a verb and a colon is speech of its own: unnamed (`Een moeder zei
    /// laatst: “…”`) or the quoted speaker's (`Ik zei toen: ‘…’`); a quoted term inside (`‘de regie’`) is not.
    @Test func speechReportedInsideAQuotationIsItsOwn() {
        let text = """
        Peter Bosman is directeur van Welzijn Lochem.

        Bosman: ‘Ze zien vaker hetzelfde gezicht. Een moeder zei laatst tegen onze buurtwerker: “Eindelijk hoef ik mijn verhaal niet drie keer te vertellen.”’

        „Het gaat om ‘de regie’ in de wijk”, zegt Bosman. „Ik zei toen: ‘Dan doen we het samen, met de school erbij.’ Zo begon het.”
        """
        let found = Self.speech(text)
        #expect(found.map(\.text) == [
            "Ze zien vaker hetzelfde gezicht. Een moeder zei laatst tegen onze buurtwerker: “Eindelijk hoef ik mijn verhaal niet drie keer te vertellen.”",
            "Eindelijk hoef ik mijn verhaal niet drie keer te vertellen.",
            "Het gaat om ‘de regie’ in de wijk",
            "Ik zei toen: ‘Dan doen we het samen, met de school erbij.’ Zo begon het.",
            "Dan doen we het samen, met de school erbij.",
        ])
        #expect(found.map(\.speaker) == ["Peter Bosman", nil, "Peter Bosman", "Peter Bosman", "Peter Bosman"])
        #expect(found.map(\.cue) == ["label", "zei", "zegt", "context", "label"])
    }

    /// `… Dat zegt Sandra Mulder, directeur van …`: the sentence before is hers, without the dateline; not
    /// when it is a quotation already, and not for a group or an organisation.
    @Test func datZegtXMakesTheSentenceBeforeIndirectSpeech() {
        let text = "Welzijnswerk Zwolle zoekt vrijwilligers\n\nZWOLLE - Het aantal ouderen dat thuis eenzaam is, groeit sneller dan het aantal vrijwilligers dat hen bezoekt. Dat zegt Sandra Mulder, directeur van welzijnsorganisatie Travers Welzijn. Het project loopt al drie jaar."
        let found = Self.speech(text)
        #expect(found.map(\.text) == ["Het aantal ouderen dat thuis eenzaam is, groeit sneller dan het aantal vrijwilligers dat hen bezoekt."])
        #expect(found.map(\.kind) == [.indirect])
        #expect(found.map(\.speaker) == ["Sandra Mulder"])
        #expect(found.map(\.cue) == ["zegt"])
        let others = "Sandra Mulder is directeur van Travers Welzijn.\n\nDe wachtlijst groeit elke maand verder. Dat zeggen de vrijwilligers van het project. De huur gaat omhoog met tien procent. Dat meldt de gemeente Zwolle."
        #expect(Self.speech(others).isEmpty)
        let quoted = "Sandra Mulder is directeur van Travers Welzijn.\n\n„De wachtlijst groeit elke maand verder.” Dat zegt Sandra Mulder."
        #expect(Self.speech(quoted).map(\.kind) == [.quote])
    }

    /// A separable verb with its particle before `dat`: `Zij zegt toe dat …` (toezeggen).
    @Test func aPromiseWithItsParticleIsReportedSpeech() {
        let text = "Wethouder Hendriksen is sinds maart verantwoordelijk voor welzijn. Wethouder Hendriksen zegt toe dat de commissie voor 1 februari een evaluatie van De Schakel ontvangt."
        let found = Self.speech(text)
        #expect(found.map(\.text) == ["de commissie voor 1 februari een evaluatie van De Schakel ontvangt"])
        #expect(found.map(\.speaker) == ["Hendriksen"])
    }

    /// `Dat werkt, vindt ook social worker Mark de Graaf.`: `ook` before the subject of the inversion, and a
    /// statement of two words; a one-word answer (`Ja, zegt …`) is no reported speech.
    @Test func aShortStatementWithOokInTheInversion() {
        let text = "Community builder Esra Kaya en social worker Mark de Graaf werken samen in Zaandam-Oost.\n\nDat werkt, vindt ook social worker Mark de Graaf. Het buurthuis is weer open.\n\nJa, zegt Esra Kaya."
        let found = Self.speech(text)
        #expect(found.map(\.text) == ["Dat werkt"])
        #expect(found.map(\.kind) == [.indirect])
        #expect(found.map(\.speaker) == ["Mark de Graaf"])
        #expect(found.map(\.cue) == ["vindt"])
    }
}
