/// Respondents a text describes instead of naming, as research reports and evaluations anonymise them:
/// `„…” (wijkteammedewerker, gemeente B)`, `Een huisarts uit gemeente C zegt: „…”`, `Een beleidsmedewerker
/// van gemeente A ziet het anders. Volgens haar …`. Each description is one respondent per document, with
/// the role and organisation it gives, so the role tables count their words; the name stays unknown.
extension Attribution {
    /// Words that place a title: `huisarts uit gemeente C`, `beleidsmedewerker van gemeente A`.
    static let descriptionPlaces: Set<String> = Appositions.prepositions.union(placeWords)
    static let placeWords: Set<String> = ["uit", "in", "te"]

    /// `„…” (huisarts, gemeente F)`: a bracketed description right after the quotation (before or after its
    /// full stop) that starts with a title and names no one.
    mutating func describedAfter(_ words: [Word], at start: Int) -> (cue: Cue, end: Int)? {
        var k = start
        if k < words.count, words[k].text == "." || words[k].text == "," { k += 1 }
        guard k + 2 < words.count, words[k].text == "(" else { return nil }
        let first = k + 1
        guard let close = words[first..<min(words.count, first + 16)].firstIndex(where: { $0.text == ")" }),
              let (person, _) = describedRespondent(words, first..<close, wholeRange: true) else { return nil }
        var after = close + 1
        if after < words.count, words[after].text == "." { after += 1 }
        return (Cue(speaker: person, name: "description", confidence: 0.8), after)
    }

    /// `Een beleidsmedewerker van gemeente A ziet het anders.`: a sentence whose subject is an indefinite
    /// title with an organisation or place makes that respondent the one a pronoun after it means (`Volgens
    /// haar …`). Without the organisation (`Een wethouder moet durven kiezen`) it is anyone, and no one is meant.
    mutating func describedSubject(_ words: [Word], at w: Int) -> (person: Int, end: Int)? {
        guard words[w].key == "een", words[w].isCapitalised, w + 2 < words.count, words[w + 1].isWord, words[w + 1].isRole,
              w == 0 || [".", "?", "!", ":"].contains(words[w - 1].text) else { return nil }
        let limit = words[(w + 1)...].prefix(12).firstIndex { !$0.isWord && $0.text != "-" } ?? min(words.count, w + 13)
        return describedRespondent(words, (w + 1)..<limit, needsOrganisation: true)
    }

    /// `Een van de deelnemers zegt:`, `een van de huisartsen uit gemeente C`: one of a group named by a plural
    /// title. Returns the words with that title in the singular (`deelnemer`, `huisarts`) and the title's index,
    /// so the respondent is described as the singular would describe them.
    func partitive(_ words: [Word], at k: Int) -> (words: [Word], title: Int)? {
        guard k + 3 < words.count, words[k].key == "een", words[k + 1].key == "van", words[k + 2].key == "de" || words[k + 2].key == "het"
        else { return nil }
        let plural = words[k + 3]
        guard plural.isWord, !plural.isCapitalised else { return nil }
        guard let title = lexicon.singularTitle(plural.key) else { return nil }
        var singular = words
        singular[k + 3].key = title.key
        singular[k + 3].text = String(plural.text.dropLast(title.dropped))
        singular[k + 3].isRole = true
        return (singular, k + 3)
    }

    /// Reads `title [place-word] [organisation]` from the start of `range` and registers the respondent so
    /// described; returns them and the word after the description. Nil when the title is followed by a full
    /// name (`wethouder Marieke Jansen`), when a person of the text is named in it, or (with `needsOrganisation`) when no
    /// organisation follows the title. `wholeRange`: the description is all of `range` (a bracket's content).
    mutating func describedRespondent(_ words: [Word], _ range: Range<Int>, needsOrganisation: Bool = false,
                                      wholeRange: Bool = false) -> (person: Int, end: Int)? {
        let first = range.lowerBound
        guard first < range.upperBound, words[first].isWord, words[first].isRole else { return nil }
        var i = first + 1
        // The title and the words that qualify it (`teamleider sociaal wijkteam`), up to four, never a clause
        // (`jongerenwerker die al tien jaar …`).
        while i < range.upperBound, i - first < 4, words[i].isWord, !words[i].isCapitalised, !Self.descriptionPlaces.contains(words[i].key),
              !Appositions.notTitle.contains(words[i].key), !words[i].isSpeechCue {
            i += 1
        }
        // `wethouder Marieke Jansen`: a title before a full name is that person's, not a description (a single
        // capitalised word may be a field: `beleidsadviseur Wmo`; a person the text named is caught below).
        if i < range.upperBound, words[i].isWord, words[i].isCapitalised, !words[i].isOrganisationCue, !words[i].isKnownOrganisation,
           let (name, _) = Names.parse(words, at: i), name.count >= 2 {
            return nil
        }
        while i < range.upperBound, words[i].isWord, words[i].isCapitalised, !words[i].isOrganisationCue, !words[i].isKnownOrganisation,
              i - first < 4 {
            i += 1  // the field: `beleidsadviseur Wmo`
        }
        // A place (`uit Presikhaaf`, `in Arnhem`) may have been taken for a name; it names no one here.
        for k in range where words[k].isWord && words[k].isCapitalised && !(k > first && Self.placeWords.contains(words[k - 1].key)) {
            if let (_, name) = Names.parse(words, at: k), register.resolve(name) != nil { return nil }
        }
        let role = Names.text(words, first..<i).lowercased()
        var end = i
        var organisation: (name: String, type: String?)?
        var o = i
        if o < range.upperBound, words[o].text == "," || Self.descriptionPlaces.contains(words[o].key) { o += 1 }
        // `teamleider van een van de buurtteams`
        if o + 2 < range.upperBound, words[o].key == "een", words[o + 1].key == "van", Appositions.articles.contains(words[o + 2].key) { o += 3 }
        if o < range.upperBound, let org = appositions.organisation(words, from: o) {
            organisation = org
            let article = Appositions.articles.contains(words[o].key) ? 1 : 0
            end = min(range.upperBound, o + article + PersonRegister.wordCount(org.name))
        }
        if needsOrganisation, organisation == nil { return nil }
        let last = wholeRange ? range.upperBound - 1 : end - 1
        // From the title's text, which `partitive` gives in the singular (`een van de huisartsen` → `huisarts`).
        let description = words[first].text + document.string(Span(words[first].span.end, words[last].span.end))
        let person = register.addDescribed(description)
        register.setRole(person, role, category: lexicon.cachedRoleCategory(role))
        // `(huisarts, gemeente F)`: a municipality in a description is where the respondent works; a title that
        // belongs to another kind of organisation (a GP's practice, a welfare organisation's team) says whose.
        if let org = organisation,
           !((org.type == "gemeente" || org.type == "provincie") && lexicon.organisationType(impliedBy: Fold.key(role)) != nil) {
            register.setOrganisation(person, org.name, type: org.type)
        }
        return (person, end)
    }
}
