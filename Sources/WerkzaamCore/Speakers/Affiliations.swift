/// Completes affiliations the text implies but does not state next to the person:
/// an alderman or mayor belongs to the municipality the document names, a deputy to its province, a police
/// officer to the police, a youth or community worker to a welfare organisation (named or not),
/// a bare place name as organisation is the municipality or province the document names with it, an
/// organisation without a type has the one the document gives it elsewhere (`woningcorporatie Rentree`),
/// a person introduced by age and never by a role is a private person (role category bewoner),
/// and a party member in a council debate has role category politiek.
enum Affiliations {
    /// `words`: each paragraph's words, as attribution tokenized them.
    static func complete(_ register: inout PersonRegister, document: Document, words: [[Word]], lexicon: SpeakerLexicon) {
        // Looked up at most once per document (found or not).
        var municipality: String??
        var province: String??
        for p in register.people.indices {
            let person = register.people[p]
            if person.roleCategory == nil, person.role == nil, person.organisationType == "politieke partij" {
                register.setRoleCategory(p, "politiek")
            }
            // `Riet Schouten (78) woont al veertig jaar in de wijk`: officials are introduced by their title, not their age.
            if person.roleCategory == nil, person.role == nil, register.introducedByAge.contains(p) {
                register.setRoleCategory(p, "bewoner")
            }
            // `programmamanager sociale agenda Limburg` in a text about `de provincie Limburg`.
            if let place = person.organisation, person.organisationType == nil, let body = body(named: place, in: document.text) {
                register.setOrganisation(p, body.name, type: body.type)
                continue
            }
            // `huurconsulent bij Rentree` in a text that also writes `woningcorporatie Rentree`.
            if let name = person.organisation, person.organisationType == nil,
               let type = typeGiven(to: name, in: document.text, lexicon: lexicon) {
                register.setOrganisation(p, name, type: type)
                continue
            }
            guard person.organisationType == nil, let role = person.role.map(Fold.key),
                  let type = lexicon.organisationType(impliedBy: role) else { continue }
            // An alderman or mayor is of a municipality, a deputy of a province, named or not (`Wethouder Ellen
            // Kamphuis zei het in de raad` in a text that never writes `gemeente Zwolle`); a police officer of
            // the police (`functies` in organisations.yaml).
            switch type {
            case "gemeente" where role.hasPrefix("collega"):
                // `mijn collega-wethouder Sanne de Groot`: an alderman, of a municipality the text does not say.
                register.setOrganisation(p, "gemeente", type: "gemeente")
            case "gemeente":
                if municipality == nil { municipality = .some(firstPlace(after: ["gemeente", "gemeenteraad"], in: words, text: document.text)) }
                register.setOrganisation(p, (municipality ?? nil).map { "gemeente " + $0 } ?? "gemeente", type: "gemeente")
            case "provincie":
                if province == nil { province = .some(firstPlace(after: ["provincie"], in: words, text: document.text)) }
                register.setOrganisation(p, (province ?? nil).map { "provincie " + $0 } ?? "provincie", type: "provincie")
            default:
                // `jongerenwerker bij Stimenz`: the organisation keeps its name and gets the title's type.
                register.setOrganisation(p, person.organisation ?? type, type: type)
            }
        }
    }

    /// The capitalised name after the first `gemeente`/`Gemeenteraad` in the document.
    /// A line break ends the name (`Verslag commissie Maatschappij, gemeente Ede` over `Vergadering van …`).
    static func firstPlace(after keys: [String], in paragraphs: [[Word]], text: [UInt8]) -> String? {
        for words in paragraphs {
            // Compared, not hashed: every word of a document without the key is asked.
            for k in words.indices.dropLast() where keys.contains(where: { $0 == words[k].key }) {
                var parts: [String] = []
                var j = k + 1
                while j < words.count, words[j].isWord, words[j].isCapitalised || (words[j].text.contains("-" as Character) && !parts.isEmpty),
                      !text[words[j - 1].span.end..<words[j].span.start].contains(0x0A) {
                    parts.append(words[j].text)
                    j += 1
                }
                if !parts.isEmpty { return parts.joined(separator: " ") }
            }
        }
        return nil
    }

    struct Body: Equatable {
        var name: String
        var type: String
    }

    /// The municipality or province a text names with `place` (`de provincie Limburg`, `Gemeente Zutphen`),
    /// looked for on the bytes; nil when it names none, or both (`gemeente Utrecht`, `provincie Utrecht`).
    static func body(named place: String, in text: [UInt8]) -> Body? {
        var found: Body?
        var conflict = false
        wordsBefore(Array(place.utf8), in: text) { word in
            // The key with its first letter in either case (`gemeente`, `Gemeente`).
            for key in bodyKeys where word.count == key.utf8.count && text[word.lowerBound] | 0x20 == key.utf8.first!
                && text[(word.lowerBound + 1)..<word.upperBound].elementsEqual(key.utf8.dropFirst()) {
                let body = Body(name: key + " " + place, type: key)
                if let found, found != body { conflict = true; return false }
                found = body
            }
            return true
        }
        return conflict ? nil : found
    }

    static let bodyKeys = ["gemeente", "provincie"]

    /// The type the text gives an organisation where it names it with a word before it (`woningcorporatie
    /// Rentree`, `welzijnsorganisatie Alifa`); nil when it gives none, or two different ones.
    static func typeGiven(to name: String, in text: [UInt8], lexicon: SpeakerLexicon) -> String? {
        var found: String?
        var conflict = false
        wordsBefore(Array(name.utf8), in: text) { word in
            guard let type = lexicon.cachedOrganisationType(String(decoding: text[word], as: UTF8.self) + " " + name) else { return true }
            if let found, found != type { conflict = true; return false }
            found = type
            return true
        }
        return conflict ? nil : found
    }

    /// The word before each occurrence of `name` that stands as words of its own (`woningcorporatie` before
    /// `Rentree`), as a range of `text`, in text order, until `each` returns false.
    static func wordsBefore(_ name: [UInt8], in text: [UInt8], _ each: (Range<Int>) -> Bool) {
        guard !name.isEmpty else { return }
        var from = 0
        while let at = Repeats.find(name, in: text, from: from) {
            from = at + 1
            guard at + name.count == text.count || !UTF8Scalars.isWordByte(text[at + name.count]), at >= 2, text[at - 1] == 0x20 else { continue }
            var start = at - 1
            while start > 0, UTF8Scalars.isWordByte(text[start - 1]) { start -= 1 }
            if start < at - 1, !each(start..<(at - 1)) { return }
        }
    }
}
