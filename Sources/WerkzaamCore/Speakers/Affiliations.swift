/// Completes affiliations the text implies but does not state next to the person:
/// an alderman or mayor belongs to the municipality the document names, a deputy to its province,
/// and a party member in a council debate has role category politiek.
enum Affiliations {
    static func complete(_ register: inout PersonRegister, document: Document, lexicon: SpeakerLexicon) {
        // Looked up at most once per document (found or not).
        var municipality: String??
        var province: String??
        for p in register.people.indices {
            let person = register.people[p]
            if person.roleCategory == nil, person.role == nil, person.organisationType == "politieke partij" {
                register.setRoleCategory(p, "politiek")
            }
            guard person.organisationType == nil, let role = person.role.map(Fold.key) else { continue }
            if role.hasPrefix("wethouder") || role.hasPrefix("burgemeester") {
                if municipality == nil { municipality = .some(firstPlace(after: ["gemeente", "gemeenteraad"], in: document)) }
                if let m = municipality ?? nil { register.setOrganisation(p, "gemeente " + m, type: "gemeente") }
            } else if role.hasPrefix("gedeputeerde") {
                if province == nil { province = .some(firstPlace(after: ["provincie"], in: document)) }
                if let m = province ?? nil { register.setOrganisation(p, "provincie " + m, type: "provincie") }
            }
        }
    }

    /// The capitalised name after the first `gemeente`/`Gemeenteraad` in the document.
    static func firstPlace(after keys: Set<String>, in document: Document) -> String? {
        for p in document.paragraphs {
            let words = Words.tokenize(document.text, p.span)
            for k in words.indices.dropLast() where keys.contains(words[k].key) {
                var parts: [String] = []
                var j = k + 1
                while j < words.count, words[j].isWord, words[j].isCapitalised || (words[j].text.contains("-" as Character) && !parts.isEmpty) {
                    parts.append(words[j].text)
                    j += 1
                }
                if !parts.isEmpty { return parts.joined(separator: " ") }
            }
        }
        return nil
    }
}
