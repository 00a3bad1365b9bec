import Foundation
import Testing
@testable import WerkzaamCore

/// Theme matching: folding, inflection, compounds, globs, phrases, exclusions and false friends.
struct ThemeMatcherTests {
    static let inline = """
    samenwerking: [samenwerking, "samenwerk*", coalitie]
    werk: [werk]
    eenzaamheid: [eenzaamheid, eenzaam]
    participatie: [participatie, co-creatie, "samen met bewoners"]
    wijk: [wijk, buurt]
    vormen: [initiatief, huis, vraag, stap, basis]
    regie:
      omschrijving: Regie voeren.
      termen: [regie]
      uitgezonderd: ["eigen regie"]
    zelfredzaamheid: ["eigen regie", "zelfredzaam*"]
    sociale basis: ["sociale basis"]
    creeren: [creëren]
    """

    static let inlineMatcher: ThemeMatcher = {
        let lexicon = try! ThemeLexicon(themes: ThemeLexicon.read(YAMLFile(name: "inline.yaml", text: inline)))
        return ThemeMatcher(lexicon: lexicon)
    }()
    static let realMatcher: ThemeMatcher = {
        ThemeMatcher(lexicon: try! ThemeLexicon.load(directory: TestSupport.packageRoot.appendingPathComponent("lexicons").path))
    }()

    static let behaviourCases: [(String, [String])] = [
        ("samenwerking", ["samenwerking"]),
        ("samenwerkingen", ["samenwerking"]),
        ("samenwerkingsverband", ["samenwerking"]),
        ("meerpartijensamenwerking", ["samenwerking"]),
        ("meerpartijen-samenwerking", ["samenwerking"]),
        ("ketensamenwerking", ["samenwerking"]),
        ("samenwerken", ["samenwerking"]),
        ("coalities", ["samenwerking"]),
        ("samen", []),
        ("werkzaam", []),
        ("werk", ["werk"]),
        ("werken", ["werk"]),
        ("vrijwilligerswerk", ["werk"]),
        ("werkgroep", ["werk"]),
        ("meewerken en uitwerken", []),
        ("werkelijk", []),
        ("eenzaamheid", ["eenzaamheid"]),
        ("eenzaamheidsaanpak", ["eenzaamheid"]),
        ("eenzame ouderen", ["eenzaamheid"]),
        ("vereenzaming", []),
        ("participatie", ["participatie"]),
        ("bewonersparticipatie", ["participatie"]),
        ("burgerparticipatie", ["participatie"]),
        ("co-creatie", ["participatie"]),
        ("cocreatie", ["participatie"]),
        ("Co-creatie", ["participatie"]),
        ("samen met bewoners", ["participatie"]),
        ("wijken", ["wijk"]),
        ("wijkje", ["wijk"]),
        ("buurtje", ["wijk"]),
        ("woonwijk", ["wijk"]),
        ("Harderwijk", []),
        ("afwijken", []),
        ("initiatieven", ["vormen"]),
        ("huizen", ["vormen"]),
        ("vragen", ["vormen"]),
        ("stappen", ["vormen"]),
        ("regie", ["regie"]),
        ("eigen regie", ["zelfredzaamheid"]),
        ("De regie en de eigen regie", ["regie", "zelfredzaamheid"]),
        ("sociale basis", ["sociale basis"]),
        ("basis", ["vormen"]),
        ("sociale basissen", ["sociale basis"]),
        ("creëren", ["creeren"]),
        ("creeren", ["creeren"]),
        ("CREËREN", ["creeren"]),
        ("zelfredzaamheid", ["zelfredzaamheid"]),
    ]

    static let realCases: [(String, [String])] = [
        ("We willen meer vertrouwen tussen de partners.", ["samenwerking", "vertrouwen"]),
        ("Er was veel wantrouwen.", ["vertrouwen"]),
        ("Het coalitieakkoord van de gemeenteraad", ["decentralisatie en beleid"]),
        ("Eigen regie voor de bewoners", ["zelfredzaamheid"]),
        ("De beleidsadviseur van de gemeente", []),
        ("De gemeente bezuinigde op het budget", ["financiering en bezuiniging"]),
        ("Een steuntje in de rug", ["zelfredzaamheid"]),
        ("Ze voelt zich eenzaam en geïsoleerd.", ["eenzaamheid"]),
        ("eenzame ouderen", ["eenzaamheid"]),
        ("de sociale basis versterken", ["sociale basis"]),
        ("Stuur me het verslag", []),
        ("Harderwijk en Katwijk", []),
        ("in de wijk werken we samen met bewoners", ["bewonersparticipatie en co-creatie", "wijkgericht werken"]),
        ("kennis uit de praktijk delen", ["kennisdeling en leren"]),
        ("elkaar leren kennen", ["vertrouwen"]),
        ("Het Sportbedrijf Lelystad", []),
        ("vrijwilligers en mantelzorgers", ["vrijwilligers", "zelfredzaamheid"]),
        ("Er is weerstand en het loopt vast", ["weerstand en knelpunten"]),
        ("preventie en vroegsignalering", ["preventie"]),
        ("Een nieuwe aanpak, echt een omslag", ["vernieuwing"]),
        ("werkzaam bij de gemeente", []),
        ("samen naar de markt", []),
        ("Lelykracht werkt vanuit de sociale agenda", ["gedeelde ambitie"]),
        ("de rolverdeling en onze verwachtingen", ["rollen en verwachtingen"]),
    ]

    static func themes(_ text: String, _ matcher: ThemeMatcher) -> [String] {
        var tagger = ThemeTagger(matcher: matcher)
        let bytes = Array(text.utf8)
        return Array(Set(tagger.matches(in: bytes, span: Span(0, bytes.count)).map { matcher.themes[$0.theme] })).sorted()
    }

    @Test(arguments: ThemeMatcherTests.behaviourCases)
    func matcherBehaviour(_ text: String, _ expected: [String]) {
        #expect(Self.themes(text, Self.inlineMatcher) == expected.sorted())
    }

    @Test(arguments: ThemeMatcherTests.realCases)
    func realLexicon(_ text: String, _ expected: [String]) {
        #expect(Self.themes(text, Self.realMatcher) == expected.sorted())
    }

    @Test func atLeastSixtyCases() {
        #expect(Self.behaviourCases.count + Self.realCases.count >= 60)
    }

    @Test func matchesCarryThemeTermTextAndOffsets() {
        var tagger = ThemeTagger(matcher: Self.inlineMatcher)
        let text = Array("Één meerpartijensamenwerking, zegt de regie.".utf8)
        let found = tagger.matches(in: text, span: Span(0, text.count))
        #expect(found.count == 2)
        #expect(Self.inlineMatcher.terms[found[0].term].text == "samenwerking")
        #expect(String(decoding: text[found[0].span.start..<found[0].span.end], as: UTF8.self) == "meerpartijensamenwerking")
        #expect(found[0].span == Span(6, 30))  // "Één " is 6 bytes
    }

    @Test func inflectionsOfDutchNouns() {
        let forms = ThemeMatcher.inflections("initiatief")
        #expect(forms.isSuperset(of: ["initiatief", "initiatieven", "initiatiefje", "initiatiefs"]))
        #expect(ThemeMatcher.inflections("stap").contains("stappen"))
        #expect(ThemeMatcher.inflections("vraag").contains("vragen"))
        #expect(ThemeMatcher.inflections("gemeente").contains("gemeenten"))
        #expect(ThemeMatcher.inflections("eenzaamheid").contains("eenzaamheden"))
        #expect(!ThemeMatcher.inflections("wijk").contains("wijkken"))
    }

    @Test func costDoesNotGrowWithTerms() {
        // 10,000 generated terms compile into the same structures; matching one word walks each trie once.
        var yaml = "groot:\n  termen:\n"
        for i in 0..<10_000 { yaml += "    - woord\(String(i, radix: 26))x\n" }
        let big = ThemeMatcher(lexicon: ThemeLexicon(themes: try! ThemeLexicon.read(YAMLFile(name: "big.yaml", text: yaml))))
        #expect(big.terms.count == 10_000)
        #expect(big.matchWord("woord1ax") == [Int32(36)])
        #expect(big.matchWord("samenwerking").isEmpty)
    }
}

/// Theme lexicon files: the accepted shapes, errors with file:line, checks, and LIWC import.
struct ThemeLexiconTests {
    @Test func quantedaNestedAndFullShapes() throws {
        let yaml = """
        samenwerking: [samenwerking, coalitie]
        regie:
          gemeente: [gemeentelijke regie]
          netwerk: [netwerkregie]
        vertrouwen:
          omschrijving: Onderling vertrouwen.
          termen: [vertrouwen]
          uitgezonderd: [vertrouwenspersoon]
          subthemas:
            relatie: [werkrelatie]
        """
        let themes = try ThemeLexicon.read(YAMLFile(name: "t.yaml", text: yaml))
        #expect(themes.map(\.name) == ["samenwerking", "regie/gemeente", "regie/netwerk", "vertrouwen", "vertrouwen/relatie"])
        #expect(themes[3].description == "Onderling vertrouwen.")
        #expect(themes[3].exclusions.map(\.text) == ["vertrouwenspersoon"])
        #expect(themes[1].terms[0].kind == .phrase)
    }

    @Test func errorsNameFileAndLine() {
        #expect(throws: LexiconError(file: "t.yaml", line: 2, "bad term 'sa*men' in 'samenwerking': a * may only stand at the start or end of a word")) {
            _ = try ThemeLexicon.read(YAMLFile(name: "t.yaml", text: "samenwerking:\n  - sa*men\n"))
        }
        #expect(throws: LexiconError(file: "t.yaml", line: 3, "unknown field 'termn' in theme 'regie' (use omschrijving, termen, uitgezonderd, subthemas)")) {
            _ = try ThemeLexicon.read(YAMLFile(name: "t.yaml", text: "regie:\n  omschrijving: x\n  termn: [regie]\n"))
        }
        do {
            _ = try ThemeLexicon.read(YAMLFile(name: "t.yaml", text: "regie: [regie\nvertrouwen: [x]\n"))
            Issue.record("broken YAML accepted")
        } catch {
            #expect(error.file == "t.yaml" && error.line == 2)
        }
    }

    @Test func checkFindsDuplicatesAndTermsInTwoThemes() throws {
        let yaml = "samenwerking: [coalitie, partner, Coalitie]\nregie: [regie, partner]\n"
        let lexicon = ThemeLexicon(themes: try ThemeLexicon.read(YAMLFile(name: "t.yaml", text: yaml)))
        #expect(lexicon.problems().map(\.description) == [
            "t.yaml:1: 'Coalitie' twice in 'samenwerking'",
            "t.yaml:2: 'partner' is in 'regie' and in 'samenwerking' (line 1)",
        ])
    }

    @Test func theShippedLexiconIsCleanAndLargeEnough() throws {
        let lexicon = try ThemeLexicon.load(directory: TestSupport.packageRoot.appendingPathComponent("lexicons").path)
        #expect(lexicon.problems().isEmpty)
        #expect(lexicon.themes.count >= 25)
        #expect(lexicon.themes.allSatisfy { $0.terms.count >= 15 && $0.description != nil })
    }

    @Test func liwcDictionaryImport() throws {
        let dic = "%\n1\tsamenwerking\n2\teenzaamheid\n%\nsamenwerk*\t1\ncoalitie\t1\neenzaam*\t2\nisolement\t2\nnetwerk\t1 2\n"
        let themes = try LIWC.parse(dic, file: "liwc.dic")
        #expect(themes.map(\.name) == ["samenwerking", "eenzaamheid"])
        #expect(themes[0].terms.map(\.text) == ["samenwerk*", "coalitie", "netwerk"])
        #expect(themes[1].terms.map(\.text) == ["eenzaam*", "isolement", "netwerk"])
        let matcher = ThemeMatcher(lexicon: ThemeLexicon(themes: themes))
        #expect(ThemeMatcherTests.themes("Het sociale netwerk tegen eenzaamheid", matcher) == ["eenzaamheid", "samenwerking"])
        #expect(throws: LexiconError(file: "bad.dic", line: 4, "unknown category 3 for 'buurt'")) { try LIWC.parse("%\n1\ta\n%\nbuurt\t3\n", file: "bad.dic") }
        #expect(throws: LexiconError.self) { try LIWC.parse("geen procent\n", file: "bad.dic") }
    }

    @Test func dicFilesInTheLexiconFolderAreLoaded() throws {
        let dir = try LexiconTests.folder([:])
        try "%\n1\tliwc-thema\n%\nfoobar*\t1\n".write(toFile: dir + "/extra.dic", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: TestSupport.packageRoot.appendingPathComponent("lexicons/themes.yaml").path, toPath: dir + "/themes.yaml")
        let lexicon = try ThemeLexicon.load(directory: dir)
        #expect(lexicon.themes.last?.name == "liwc-thema")
    }
}
