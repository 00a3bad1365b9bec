import Foundation
import Testing
@testable import WerkzaamCore

/// Lexicon files: broken YAML and bad entries give file:line errors; role and organisation lookups.
struct LexiconTests {
    static func folder(_ files: [String: String]) throws -> String {
        let dir = try TestSupport.temporaryFolder("lexicon")
        for name in ["speech-verbs.yaml", "roles.yaml", "organisations.yaml"] {
            let source = TestSupport.packageRoot.appendingPathComponent("lexicons/\(name)")
            let text = try files[name] ?? String(contentsOf: source, encoding: .utf8)
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir.path
    }

    @Test func brokenYAMLNamesFileAndLine() throws {
        let dir = try Self.folder(["roles.yaml": "bestuurder: [wethouder, burgemeester\ndirectie: [directeur]\n"])
        #expect(throws: LexiconError.self) { try SpeakerLexicon.load(directory: dir) }
        do { _ = try SpeakerLexicon.load(directory: dir) } catch {
            #expect(error.file == "roles.yaml")
            #expect(error.line == 2)
        }
    }

    @Test func termInTwoCategoriesIsAnError() throws {
        let dir = try Self.folder(["roles.yaml": "bestuurder: [wethouder]\nbeleid:\n  - beleidsadviseur\n  - wethouder\n"])
        do {
            _ = try SpeakerLexicon.load(directory: dir)
            Issue.record("accepted a duplicate role")
        } catch {
            #expect(error.description == "roles.yaml:4: 'wethouder' is in both 'bestuurder' and 'beleid'")
        }
    }

    /// `typeringen`: plain forms need no particle, `{vormen, partikel}` forms need theirs; a folder without
    /// the section has none.
    @Test func phraseVerbsReadWithAndWithoutParticle() throws {
        let l = AttributionTests.lexicon
        #expect(l.phraseVerbs["noemt"] == [] && l.phraseVerbs["sprak"] == ["van"] && l.phraseVerbs["omschreef"] == ["als"])
        #expect(l.phraseVerbs["zegt"] == nil)
        let none = try SpeakerLexicon.load(directory: Self.folder(["speech-verbs.yaml": "werkwoorden:\n  zeggen: [zegt]\n"]))
        #expect(none.phraseVerbs.isEmpty)
    }

    @Test func badGlobAndMissingFieldsAreErrors() throws {
        let glob = try Self.folder(["organisations.yaml": "kenmerken:\n  gemeente: [gem*eente]\n"])
        do { _ = try SpeakerLexicon.load(directory: glob); Issue.record("bad glob accepted") } catch {
            #expect(error.description == "organisations.yaml:2: bad pattern 'gem*eente': use * only at the start or end")
        }
        let separable = try Self.folder(["speech-verbs.yaml": "werkwoorden:\n  zeggen: [zegt]\nscheidbaar:\n  uitleggen: {vormen: [legt]}\n"])
        do { _ = try SpeakerLexicon.load(directory: separable); Issue.record("missing particle accepted") } catch {
            #expect(error.description == "speech-verbs.yaml:4: scheidbaar/uitleggen needs 'vormen' (a list) and 'partikel' (a word)")
        }
        let phrase = try Self.folder(["speech-verbs.yaml": "werkwoorden:\n  zeggen: [zegt]\ntyperingen:\n  spreken: {vormen: [sprak]}\n"])
        do { _ = try SpeakerLexicon.load(directory: phrase); Issue.record("phrase verb without particle accepted") } catch {
            #expect(error.description == "speech-verbs.yaml:4: typeringen/spreken needs a list of forms, or 'vormen' (a list) and 'partikel' (a word)")
        }
        let missing = try TestSupport.temporaryFolder("nolexicon")
        #expect(throws: LexiconError(file: "speech-verbs.yaml", line: nil, "cannot read the file")) {
            try SpeakerLexicon.load(directory: missing.path)
        }
    }

    @Test func rolesByCompoundHeadAndOrganisationsByCue() {
        let l = AttributionTests.lexicon
        #expect(l.roleCategory("programmadirecteur") == "directie")
        #expect(l.roleCategory("wijkverpleegkundige") == "professional")
        #expect(l.roleCategory("strategisch beleidsadviseur") == "beleid")
        #expect(l.roleCategory("beleidsadviseur sociaal domein") == "beleid")
        #expect(l.roleCategory("adviseur en procesbegeleider") == "adviseur/begeleider")
        #expect(l.roleCategory("bakker") == nil)
        #expect(l.organisationType("FlevoMeer Bibliotheek") == "bibliotheek")
        #expect(l.organisationType("Welzijn Lelystad") == "welzijnsorganisatie")
        #expect(l.organisationType("gemeente Midden-Drenthe") == "gemeente")
        #expect(l.organisationType("Platform31") == "kennisinstituut")
        #expect(l.organisationType("D66") == "politieke partij")
        #expect(l.organisationType("Sportbedrijf") == "sport")
        #expect(l.organisationType("buurtteamorganisatie Sociaal Utrecht") == "welzijnsorganisatie")
        #expect(l.organisationType("Jan Jansen") == nil)
    }

    /// `functies` says which kind of organisation a title belongs to; staff can add one (a boa of the
    /// municipality), and a lexicon folder from before the section keeps the shipped ones.
    @Test func titlesBelongToTheOrganisationsTheLexiconNames() throws {
        let l = AttributionTests.lexicon
        #expect(l.organisationType(ofRole: "wethouder zorg en welzijn") == "gemeente")
        #expect(l.organisationType(ofRole: "gedeputeerde") == "provincie")
        #expect(l.organisationType(ofRole: "wijkagent") == "politie")
        #expect(l.organisationType(ofRole: "agentschapsdirecteur") == nil)
        #expect(l.organisationType(ofRole: "boa") == nil)
        // The title a role starts with decides; failing that, the field it ends with.
        #expect(l.organisationType(ofRole: "jongerenwerker") == "welzijnsorganisatie")
        #expect(l.organisationType(ofRole: "teamleider jongerenwerk") == "welzijnsorganisatie")
        #expect(l.organisationType(ofRole: "senior opbouwwerker") == "welzijnsorganisatie")
        #expect(l.organisationType(ofRole: "wethouder jeugd en jongerenwerk") == "gemeente")
        #expect(l.organisationType(ofRole: "jongerenwerkcoördinator") == nil)
        #expect(l.organisationType(ofRole: "beleidsmedewerker buurtwerkplaatsen") == nil)
        let shipped = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("lexicons/organisations.yaml"), encoding: .utf8)
        let edited = try SpeakerLexicon.load(directory: Self.folder(["organisations.yaml": shipped.replacingOccurrences(
            of: "gemeente: [wethouder, burgemeester]", with: "gemeente: [wethouder, burgemeester, boa]")]))
        #expect(edited.organisationType(ofRole: "boa") == "gemeente")
        let before = try SpeakerLexicon.load(directory: Self.folder(["organisations.yaml": "kenmerken:\n  politie: [politie]\n"]))
        #expect(before.organisationType(ofRole: "wethouder") == "gemeente" && before.organisationType(ofRole: "brigadier") == "politie")
        let none = try SpeakerLexicon.load(directory: Self.folder(["organisations.yaml": "functies: {}\n"]))
        #expect(none.organisationType(ofRole: "wethouder") == nil)
    }

    /// Copies share one set of tables; loading more into one copy leaves the others as they were, and
    /// the lookups it remembered are forgotten (a title that became a role is found).
    @Test func copiesShareTablesUntilOneIsChanged() throws {
        var lexicon = try SpeakerLexicon.load(directory: Self.folder([:]))
        #expect(lexicon.cachedRoleCategory("bakker") == nil)
        #expect(lexicon.cachedOrganisationType("Welzijn Lelystad") == "welzijnsorganisatie")
        let before = lexicon
        let extra = try Self.folder(["roles.yaml": "ondernemer:\n  - bakker\n"])
        try lexicon.readRoles(YAMLFile(path: extra + "/roles.yaml"))
        lexicon.speechVerbs.insert("fluistert")
        #expect(lexicon.cachedRoleCategory("bakker") == "ondernemer")
        #expect(lexicon.roleCategory("banketbakker") == "ondernemer")
        #expect(lexicon.speechVerbs.contains("fluistert"))
        #expect(before.cachedRoleCategory("bakker") == nil)
        #expect(before.roleCategory("banketbakker") == nil)
        #expect(!before.speechVerbs.contains("fluistert"))
        #expect(before.cachedRoleCategory("programmadirecteur") == "directie")

        // Changed in place (no other copy): the remembered `nil` must go too.
        var only = try SpeakerLexicon.load(directory: Self.folder([:]))
        #expect(only.cachedRoleCategory("bakker") == nil)
        try only.readRoles(YAMLFile(path: extra + "/roles.yaml"))
        #expect(only.cachedRoleCategory("bakker") == "ondernemer")
    }

    /// The remembered lookups stay bounded on any corpus: full at `limit`, the table starts again.
    @Test func rememberedLookupsStayBounded() {
        let memo = LookupMemo(limit: 3)
        var computed = 0
        for name in ["Gemeente Zwolle", "Gemeente Zwolle", "Welzijn Lelystad", "Area", "Platform31", "Area"] {
            _ = memo.value(name, in: \.organisationTypes) { computed += 1; return nil }
        }
        // Zwolle once; Lelystad, Area; Platform31 empties the full table; Area is computed again.
        #expect(computed == 5)
        #expect(memo.count == 2)
    }
}
