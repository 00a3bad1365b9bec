/// Builds a document's person register from the places where Dutch text introduces people:
/// subjects of speech verbs (zegt Jan Gommer, aldus Van Lissum, volgens Manon), labels (Moonen: “…”),
/// appositions (Dennis Bouwman, wethouder van …; wethouder Dennis Bouwman; X is werkzaam bij Y),
/// self-introductions in interviews (ik ben Jeroen Bakker, beleidsadviseur …) and transcript cast lines.
/// Capitalised words elsewhere are not taken for people.
struct RegisterBuilder {
    let lexicon: SpeakerLexicon
    let appositions: Appositions

    init(lexicon: SpeakerLexicon) {
        self.lexicon = lexicon
        self.appositions = Appositions(lexicon: lexicon)
    }

    static let pronouns: Set<String> = ["ze", "zij", "hij", "ie"]

    /// Where the name starts when the words at `k` are a speaker naming themselves: `ik ben`, `ik heet`,
    /// `mijn naam is`.
    static func selfNaming(_ words: [Word], _ k: Int) -> Int? {
        guard k + 1 < words.count else { return nil }
        if words[k].key == "ik", words[k + 1].key == "ben" || words[k + 1].key == "heet" { return k + 2 }
        if words[k].key == "mijn", words[k + 1].key == "naam", k + 2 < words.count, words[k + 2].key == "is" { return k + 3 }
        return nil
    }

    /// Organisations the document names after a type word (`woningcorporatie Actium`, `stichting Humanitas`),
    /// folded: a name that ends `van` and one of them (`Bert Pelgrim van Actium`) is the person of that
    /// organisation, not a surname with a particle.
    static func namedOrganisations(_ paragraphs: [[Word]]) -> Set<String> {
        var names: Set<String> = []
        for words in paragraphs {
            // A capitalised cue word only where a sentence starts (`Woonstichting De Meerpoort, de gemeente …`):
            // elsewhere it is part of a name (`Welzijn Lelystad`).
            for k in words.indices.dropLast() where words[k].isWord && words[k].isOrganisationCue
                && (!words[k].isCapitalised || k == 0 || [".", "!", "?"].contains(words[k - 1].text)) {
                var e = k + 1
                while e < words.count, words[e].isWord, words[e].isCapitalised { e += 1 }
                if e > k + 1 { names.insert(Fold.key(words[(k + 1)..<e].map(\.text).joined(separator: " "))) }
            }
        }
        return names
    }

    /// `range` without a tail of `van` (or another particle) and an organisation of `organisations`.
    static func withoutOrganisation(_ words: [Word], _ range: Range<Int>, _ organisations: Set<String>) -> Range<Int> {
        guard !organisations.isEmpty else { return range }
        for p in range.dropFirst(2) where words[p].isParticle && !words[p].isCapitalised {
            let tail = Fold.key(words[(p + 1)..<range.upperBound].map(\.text).joined(separator: " "))
            if organisations.contains(tail) { return range.lowerBound..<p }
        }
        return range
    }

    /// Scans the words of one paragraph (outside `skip` ranges: quoted text) and adds the people it introduces.
    func scan(_ words: [Word], skip: [Span], organisations: Set<String> = [], into register: inout PersonRegister) {
        var k = 0
        var quoted = Inside(skip)
        while k < words.count {
            if quoted.contains(words[k].span) { k += 1; continue }
            let w = words[k]
            // `Wendy Hoekstra zet koffie. Ze is schuldhulpverlener bij …`: a pronoun opening a sentence with a role
            // as its predicate introduces the one full name of the sentence before.
            if w.isCapitalised, (2...3).contains(w.key.utf8.count), PersonRegister.isFemalePronoun(w.key) != nil,
               k > 1, !words[k - 1].isWord, k + 1 < words.count,
               words[k + 1].key == "is" || words[k + 1].key == "was" {
                introducedByPronoun(words, pronounAt: k, into: &register)
            }
            // `De 67-jarige oud-conciërge is voorzitter van de bewonersvereniging.`: an age and a description
            // opening a sentence stand for the person of the sentence before, as `Hij is …` does.
            if w.isCapitalised, k > 1, w.key == "de", !words[k - 1].isWord, let verb = Self.agedDescriptionVerb(words, k) {
                introducedByPronoun(words, pronounAt: verb - 1, subjectStart: k, into: &register)
            } else if w.isCapitalised, k > 1, w.key == "de", !words[k - 1].isWord, k + 3 < words.count,
                      words[k + 1].key.hasSuffix("jarige"), words[k + 2].isWord, words[k + 2].isRole {
                // `De 45-jarige moeder van twee kwam er …`: the title in the description is theirs.
                let title = Appositions.Found(role: words[k + 2].text.lowercased(), organisation: nil, organisationType: nil)
                introducedByPronoun(words, pronounAt: k + 2, subjectStart: k, found: title, into: &register)
            }
            var nameAt: Int?
            // Lexicon flags come from `SpeakerLexicon.annotate` (one lookup per distinct word, kept by the worker).
            if w.isWord, w.isSpeechCue, separableParticleFollows(words, k) {
                // zegt Jan Gommer / aldus wethouder Sparreboom / volgens Manon / zegt sociaal werker Bram Hendriks
                nameAt = appositions.titleEnd(words, from: k + 1)
            } else if w.isWord, k > 0, let at = Self.selfNaming(words, k - 1) {
                nameAt = at  // ik ben Jeroen Bakker, ik heet …, mijn naam is …
            } else if w.isWord, w.isCapitalised {
                nameAt = k  // anywhere: `het standpunt van Dennis Bouwman, wethouder …`; the evidence check decides
            } else if w.isWord, w.isTitle {
                nameAt = k
            }
            guard let at = nameAt, at < words.count, let (found, foundName) = Names.find(words, at: at) else {
                k += 1
                continue
            }
            let nameWords = Self.withoutOrganisation(words, foundName, organisations)
            let range = found.lowerBound..<nameWords.upperBound
            let evidence = introduces(words, range, trigger: k, nameAt: at)
            if evidence {
                let person = register.add(Names.text(words, nameWords))
                // Mentions read the name with its organisation again (`… aldus Bert Pelgrim van Actium`): they resolve to him.
                if nameWords != foundName {
                    register.addLookup(Names.text(words, foundName), for: person)
                    let organisation = words[(nameWords.upperBound + 1)..<foundName.upperBound].map(\.text).joined(separator: " ")
                    register.setOrganisation(person, organisation, type: appositions.organisationType(organisation))
                }
                let aged = isAge(words, after: range.upperBound)
                // `– Tigist, 34` signing a quotation: the age after a comma, as a signature writes it.
                if aged || Self.signsAQuotation(words, nameStart: firstNameWord(words, range), nameEnd: range.upperBound)
                    && isSignedAge(words, after: range.upperBound) {
                    register.noteIntroducedByAge(person)
                }
                let nameStart = firstNameWord(words, range)
                let titleBefore = appositions.before(words, nameStart: nameStart) ?? invertedTitle(words, nameStart: nameStart)
                if let role = titleBefore {
                    register.setRole(person, role, category: appositions.roleCategory(role))
                }
                // `Buurtsportcoach Sem Lubbers (24) van Sportbedrijf Emmen`: what follows the age is read as after the name.
                let found = appositions.after(words, nameEnd: range.upperBound + (aged ? 3 : 0))
                if let role = found.role { register.setRole(person, role, category: appositions.roleCategory(role)) }
                // `Wethouder Liesbeth Grijsen (Zorg)`: brackets after an administrator hold the portfolio, or a party.
                let portfolio = titleBefore.map { appositions.roleCategory($0) == "bestuurder" } ?? false
                    && range.upperBound < words.count && words[range.upperBound].text == "("
                if let org = found.organisation, !portfolio || found.organisationType == "politieke partij" {
                    register.setOrganisation(person, org, type: found.organisationType)
                }
                if let role = titleBefore, register.people[person].organisation == nil,
                   let org = subjectOrganisation(words, titleAt: appositions.titleStart(words, before: nameStart), role: role,
                                                 organisations: organisations) {
                    register.setOrganisation(person, org.name, type: org.type)
                }
            }
            k = max(k + 1, range.upperBound)
        }
    }

    /// `Gespreksleider was Nicole Hofman van Movisie.`: a title opening the sentence, `is` or `was`, then the
    /// name: the title is the person's, as `Gespreksleider Nicole Hofman` would be.
    func invertedTitle(_ words: [Word], nameStart: Int) -> String? {
        guard nameStart >= 2, ["is", "was"].contains(words[nameStart - 1].key), words[nameStart - 2].isWord,
              words[nameStart - 2].isRole, nameStart == 2 || !words[nameStart - 3].isWord else { return nil }
        return words[nameStart - 2].text.lowercased()
    }

    /// A verb that speaks only with its particle (`legt … uit`, `wil … weten`) introduces the name after it only
    /// when the particle follows in the sentence: `wil Deventer aantrekkelijker maken` names no one.
    func separableParticleFollows(_ words: [Word], _ k: Int) -> Bool {
        let key = words[k].key
        guard let particles = lexicon.separableVerbs[key], !lexicon.speechVerbs.contains(key), !lexicon.sourceWords.contains(key),
              !lexicon.indirectWords.contains(key) else { return true }
        return Attribution.particleFollows(words, after: k, particles)
    }

    /// `Ook woningcorporatie Vivare is enthousiast. Directeur-bestuurder Ruud Hofstede: „…”`, `Travers zoekt …
    /// „…”, zegt coördinator Bas Jonker`: an organisation that is the subject of the sentence before the one a
    /// title opens (or a quotation opens, the title after it), or of the sentence the title stands in later,
    /// is the titled person's. Not for
    /// residents, politicians and administrators, nor for a title that belongs to a kind of organisation
    /// (`functies`: a wethouder of the province the sentence before names is still a municipality's).
    /// The organisation needs a type, or a name the document gives a type word elsewhere (`organisations`:
    /// `Travers` of `welzijnsorganisatie Travers Welzijn`); `Toch waarschuwt coördinator …` names none.
    func subjectOrganisation(_ words: [Word], titleAt t: Int, role: String, organisations: Set<String>) -> (name: String, type: String?)? {
        let category = appositions.roleCategory(role)
        guard !["bewoner", "politiek", "bestuurder", "interviewer"].contains(category ?? ""),
              lexicon.organisationType(impliedBy: Fold.key(role)) == nil else { return nil }
        func sentenceStart(before k: Int) -> Int {
            var s = k
            while s > 0, ![".", "?", "!"].contains(words[s - 1].text) { s -= 1 }
            return s
        }
        var s = sentenceStart(before: t)
        if s == t || !words[s].isWord {
            // The title opens its sentence, or follows the quotation that opens it: the sentence before.
            guard s > 0 else { return nil }
            s = sentenceStart(before: s - 1)
        }
        var j = s
        if j < words.count, words[j].key == "ook" { j += 1 }
        guard j < t, let org = appositions.organisation(words, from: j) else { return nil }
        // The organisation must be the whole subject, a verb right after it (`Vivare is`, `Travers zoekt`).
        let article = Appositions.articles.contains(words[j].key) ? 1 : 0
        var after = j + article + PersonRegister.wordCount(org.name)
        // `Zorgaanbieder Markenheem, die de dagbesteding runt, is opgelucht`: past a relative clause.
        if after + 1 < t, words[after].text == ",", ["die", "dat"].contains(words[after + 1].key),
           let close = words[(after + 1)..<min(t, after + 14)].firstIndex(where: { $0.text == "," }) {
            after = close + 1
        }
        guard after < t, words[after].isWord, !words[after].isCapitalised, words[after].key != "en" else { return nil }
        let key = Fold.key(org.name)
        guard org.type != nil || organisations.contains(where: { $0 == key || $0.hasPrefix(key + " ") }) else { return nil }
        return org
    }

    /// The one full name (two words or more) of the sentence before the pronoun at `k`, when the pronoun's
    /// predicate is a role: that person, with the role, the organisation and the pronoun. Nothing for `Ze is
    /// blij`, or when that sentence names no one or two people.
    /// `subjectStart`: where a description standing for the person begins (`De 67-jarige oud-conciërge`),
    /// whose last word is at `k`; nil for a pronoun.
    func introducedByPronoun(_ words: [Word], pronounAt k: Int, subjectStart: Int? = nil, found given: Appositions.Found? = nil,
                             into register: inout PersonRegister) {
        let found = given ?? appositions.after(words, nameEnd: k + 1)
        guard let role = found.role else { return }
        let subject = subjectStart ?? k
        var start = subject - 2
        while start >= 0, !(words[start].text == "." || words[start].text == "?" || words[start].text == "!") { start -= 1 }
        var names: [Range<Int>] = []
        var i = start + 1
        while i < subject - 1 {
            if words[i].isCapitalised, let (_, name) = Names.find(words, at: i) {
                if name.count >= 2, !words[name.lowerBound].isParticle { names.append(name) }
                i = max(i + 1, name.upperBound)
            } else {
                i += 1
            }
        }
        guard names.count == 1 else { return }
        let text = Names.text(words, names[0])
        let person = register.resolve(text) ?? register.add(text)
        if subjectStart == nil { register.notePronoun(words[k].key, for: person) }
        if register.people[person].role == nil { register.setRole(person, role, category: appositions.roleCategory(role)) }
        if register.people[person].organisation == nil, let org = found.organisation {
            register.setOrganisation(person, org, type: found.organisationType)
        }
    }

    /// The `is`/`was` after `De 67-jarige` and at most two words of description (`oud-conciërge`, `nieuwe
    /// voorzitter`) at `k`, or nil.
    static func agedDescriptionVerb(_ words: [Word], _ k: Int) -> Int? {
        guard k + 2 < words.count, words[k + 1].key.hasSuffix("jarige") else { return nil }
        for v in (k + 2)..<min(words.count, k + 5) {
            if words[v].key == "is" || words[v].key == "was" { return v > k + 2 ? v : nil }
            if !words[v].isWord || words[v].isCapitalised { return nil }
        }
        return nil
    }

    /// Whether the words around a name show that it is a person: a speech verb or title before it,
    /// a role apposition or predicate after it, or a label colon.
    func introduces(_ words: [Word], _ range: Range<Int>, trigger: Int, nameAt: Int) -> Bool {
        if trigger < nameAt { return true }  // after a speech verb, `volgens` or `ik ben`
        let start = firstNameWord(words, range)
        if start > range.lowerBound { return true }  // a form of address: dhr., mevrouw, minister
        // `(bewoner Kanaleneiland, 34 jaar)`: a research report's description of a respondent by title, place and
        // age; the one capitalised word is where they live, not their surname.
        if range.count == 1, start >= 2, words[start - 2].text == "(", range.upperBound + 2 < words.count,
           words[range.upperBound].text == ",", UTF8Scalars.isDigits(words[range.upperBound + 1].text),
           words[range.upperBound + 2].key == "jaar" { return false }
        if appositions.before(words, nameStart: start, fields: false) != nil { return true }
        if Self.signsAQuotation(words, nameStart: start, nameEnd: range.upperBound) { return true }
        let end = range.upperBound
        guard end < words.count else { return false }
        let next = words[end]
        if next.text == ":" { return true }
        if isAge(words, after: end) {
            if range.upperBound - start >= 2 { return true }
            // `Ahmed (42), vader van drie kinderen`: a first name alone with an age needs a role after it.
            if end + 3 < words.count, words[end + 3].text == ",", appositions.after(words, nameEnd: end + 3).role != nil { return true }
        }
        if next.text == "," || next.text == "(" {
            let found = appositions.after(words, nameEnd: end)
            return found.role != nil || (next.text == "(" && found.organisation != nil)
        }
        if invertedTitle(words, nameStart: start) != nil { return true }  // Gespreksleider was Nicole Hofman
        if ["is", "was", "als", "werkt", "werkte"].contains(next.key) {
            let found = appositions.after(words, nameEnd: end)
            return found.role != nil || found.organisation != nil
        }
        // `Grobbe legt uit:` — a name, a speech verb and a colon; `Lelykracht stelde de inwoner centraal` is no person.
        // `De directeur van het Graafschap College zei:` — the one who speaks is the noun before `van`.
        if next.isWord, next.isSpeechCue, isSpeechWord(next.key), !isOwner(words, before: start) {  // the flag first: most words are no cue
            var j = end + 1
            while j < words.count, ![".", "?", "!"].contains(words[j].text) {
                if words[j].text == ":" { return true }
                j += 1
            }
        }
        return false
    }

    /// `„Hier durf ik fouten te maken.” – Tigist, 34`: a dash after a closing quotation mark, then a name that
    /// ends the paragraph or is followed by its description: the quotation's signature, as testimonials and
    /// lists of reactions are signed.
    static func signsAQuotation(_ words: [Word], nameStart: Int, nameEnd: Int) -> Bool {
        // The word flags first: this is asked of every capitalised word that may start a name.
        guard nameStart >= 2, !words[nameStart - 1].isWord, !words[nameStart - 2].isWord,
              SpeechAnalyzer.bylineDashes.contains(words[nameStart - 1].text), closingMarks.contains(words[nameStart - 2].text) else { return false }
        return nameEnd == words.count || words[nameEnd].text == "," || words[nameEnd].text == "("
    }

    static let closingMarks: Set<String> = ["”", "\"", "’", "'", "»"]

    /// Whether the name starting at `start` follows `van`, `bij` or `namens` (an article and the capitalised
    /// words of an organisation between) after a lower-case word: `de zorgcoördinator van het Koning Willem I
    /// College`, `de conrector van de Christelijke Hogeschool Ede`, `de dochter van Anouk`. Such a name is whom
    /// the person before it belongs to, not who speaks. (`Jan van Dijk` has a capital before `van`.)
    func isOwner(_ words: [Word], before start: Int) -> Bool {
        var k = start - 1
        while k >= 0, words[k].isWord, words[k].isCapitalised { k -= 1 }
        if k >= 0, ["het", "de", "'t"].contains(words[k].key) { k -= 1 }
        guard k >= 1, ["van", "bij", "namens"].contains(words[k].key), !words[k].isCapitalised else { return false }
        let before = words[k - 1]
        return before.isWord && !before.isCapitalised
    }

    /// `Riet Schouten (78)`: the way a newspaper introduces a private person, by first name, surname and age.
    func isAge(_ words: [Word], after end: Int) -> Bool {
        end + 2 < words.count && words[end].text == "(" && words[end + 2].text == ")" && Self.isAge(words[end + 1].text)
    }

    /// A person's age in years: one to three digits, 1 to 120.
    static func isAge(_ digits: String) -> Bool {
        guard digits.utf8.count <= 3, UTF8Scalars.isDigits(digits), let age = Int(digits) else { return false }
        return age >= 1 && age <= 120
    }

    /// `, 34` ending a signature (or before another comma).
    func isSignedAge(_ words: [Word], after end: Int) -> Bool {
        end + 1 < words.count && words[end].text == "," && (end + 2 == words.count || [",", "."].contains(words[end + 2].text))
            && Self.isAge(words[end + 1].text)
    }

    func firstNameWord(_ words: [Word], _ range: Range<Int>) -> Int {
        var s = range.lowerBound
        while s < range.upperBound, words[s].isTitle || words[s].text == "." { s += 1 }
        return s
    }

    func isSpeechWord(_ key: String) -> Bool {
        lexicon.speechVerbs.contains(key) || lexicon.separableVerbs[key] != nil || lexicon.sourceWords.contains(key)
    }

    /// Whether spans met in text order lie inside one of `ranges`: one pass over the ranges sorted by start,
    /// keeping the furthest end of those begun (asking every range per word grew with the square of a
    /// paragraph holding many quotations).
    struct Inside {
        private let ranges: [Span]
        private var next = 0
        private var reach = Int.min

        init(_ ranges: [Span]) { self.ranges = ranges.sorted { $0.start < $1.start } }

        /// `span` must not start before the one asked before it.
        mutating func contains(_ span: Span) -> Bool {
            while next < ranges.count, ranges[next].start <= span.start {
                reach = max(reach, ranges[next].end)
                next += 1
            }
            return span.end <= reach
        }
    }
}
