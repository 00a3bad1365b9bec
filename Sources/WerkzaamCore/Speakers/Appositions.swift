/// Reads a person's role and organisation from the words around a name: `X, directeur van Y`,
/// `wethouder X`, `X is werkzaam bij Y`, `X als beleidsregisseur bij Y`, `X (interviewer, Movisie)`.
struct Appositions {
    let lexicon: SpeakerLexicon

    init(lexicon: SpeakerLexicon) { self.lexicon = lexicon }

    func organisationType(_ name: String) -> String? { lexicon.cachedOrganisationType(name) }

    func roleCategory(_ title: String) -> String? { lexicon.cachedRoleCategory(title) }

    struct Found: Equatable {
        var role: String?
        var organisation: String?
        var organisationType: String?
    }

    static let prepositions: Set<String> = ["van", "bij", "namens", "voor", "binnen"]
    static let articles: Set<String> = ["de", "het", "een"]
    static let stops: Set<String> = [",", ".", ";", ":", "(", ")", "!", "?", "“", "”", "\"", "‘", "’", "–", "—"]

    /// Role words just before a name: `adviseur en procesbegeleider Manon de Caluwé`, `wethouder Sparreboom`,
    /// `sociaal werker Bram Hendriks`, `coördinator schuldhulp Fatma Öztürk`.
    /// `fields: false` leaves the field words out: a title with a field before a capitalised word is no
    /// evidence that the word is a name (`programmamanager sociale agenda Limburg`).
    func before(_ words: [Word], nameStart: Int, fields: Bool = true) -> String? {
        let start = titleStart(words, before: nameStart, fields: fields)
        guard start < nameStart else { return nil }
        return words[start..<nameStart].map(\.text).joined(separator: " ").lowercased()
    }

    /// Words that never belong to a field of work after a title (`zegt coördinator tegen …`).
    static let notField: Set<String> = ["de", "het", "een", "van", "bij", "voor", "met", "over", "tegen", "naar", "op", "in",
                                        "aan", "en", "of", "ook", "nog", "wel", "niet", "dan", "dat", "die", "zo", "al",
                                        "graag", "altijd", "vaak", "soms", "nu", "toen", "later", "daarom", "namens"]

    /// Whether the words at `k` make a title of two words (`sociaal werker`, `maatschappelijk werker`).
    func startsTitle(_ words: [Word], _ k: Int) -> Bool {
        k >= 0 && k + 1 < words.count && words[k].isWord && words[k + 1].isWord && !words[k + 1].isCapitalised
            && lexicon.isExactTitle(words[k].key + " " + words[k + 1].key)
    }

    /// One or two lower-case words of a field of work (`schuldhulp`, `sociaal domein`).
    func isField(_ word: Word) -> Bool {
        word.isWord && !word.isCapitalised && !word.isRole && !Self.notField.contains(word.key) && word.key.utf8.count >= 4
    }

    /// Where the title before a name starts (`nameStart` when there is none): role words joined by `en`, an
    /// adjective that makes a title with the role after it, and up to two words of a field right after the
    /// last role word.
    func titleStart(_ words: [Word], before nameStart: Int, fields: Bool = true) -> Int {
        var k = nameStart - 1
        var field = 0
        while fields, k >= 0, field < 2, isField(words[k]), !startsTitle(words, k - 1) { k -= 1; field += 1 }
        guard k >= 0, words[k].isWord, words[k].isRole || startsTitle(words, k - 1) else { return nameStart }
        var start = nameStart
        while k >= 0, words[k].isWord {
            if startsTitle(words, k - 1) {
                start = k - 1
                k -= 2
                continue
            }
            if words[k].isRole {
                start = k
            } else if words[k].key == "en", start == k + 1, k > 0, words[k - 1].isRole || startsTitle(words, k - 2) {
                start = k
            } else {
                break
            }
            k -= 1
        }
        return start
    }

    /// Where the name starts after a title that begins at `start` (`start` when there is none), the way
    /// `titleStart` reads it backwards: `zegt sociaal werker Bram Hendriks`, `waarschuwt coördinator schuldhulp
    /// Fatma Öztürk`. A capitalised role word counts only before another capitalised word.
    func titleEnd(_ words: [Word], from start: Int) -> Int {
        var j = start
        while j < words.count, words[j].isWord {
            if startsTitle(words, j) {
                j += 2
            } else if words[j].isRole, !words[j].isCapitalised || j + 1 < words.count && words[j + 1].isCapitalised {
                j += 1
            } else {
                break
            }
        }
        guard j > start else { return start }
        var f = j
        while f < words.count, f - j < 2, isField(words[f]) { f += 1 }
        if f > j, f < words.count, words[f].isWord, words[f].isCapitalised { j = f }
        return j
    }

    /// What follows a name: `, role [van|bij] org`, `(role, org)`, `is role bij org`, `is werkzaam bij org`,
    /// `als role bij org`. Stops at the end of the sentence and at another person's name.
    func after(_ words: [Word], nameEnd: Int) -> Found {
        var k = nameEnd
        guard k < words.count else { return Found() }
        let opener = words[k].text
        if opener == "," || opener == "(" {
            k += 1
            // `Ik ben Gonny Peters, ik woon hier …`: a pronoun after the comma starts a clause, not an apposition.
            if k < words.count, Self.clausePronouns.contains(words[k].key) { return Found() }
        } else if ["is", "was", "als", "wordt"].contains(words[k].key) {
            k += 1
            if k < words.count, words[k].key == "werkzaam" || words[k].key == "actief" || words[k].key == "werkt" {
                k += 1
                if k < words.count, Self.prepositions.contains(words[k].key) { k += 1 }
                return Found(role: nil, organisation: organisation(words, from: k)?.name, organisationType: organisation(words, from: k)?.type)
            }
            // `is sinds 2021 directeur`, `is al tien jaar wijkagent`: time before the title.
            var j = k
            while j < words.count, j - k < 4, Self.timeWords.contains(words[j].key) || UTF8Scalars.isDigits(words[j].text) {
                j += 1
            }
            if j > k, j < words.count, words[j].isRole { k = j }
            if k < words.count, Self.articles.contains(words[k].key) { k += 1 }
        } else if words[k].key == "van" || words[k].key == "bij", let org = organisation(words, from: k + 1),
                  org.type != nil || (words[k].key == "van" && Names.isOrganisationAfter(words, van: k, nameStart: max(0, k - 2))) {
            // Van der Meulen van de zorggroep; Anouk Verhoeven van Voedselbank Helmond (two capitalised words)
            return Found(role: nil, organisation: org.name, organisationType: org.type)
        } else if words[k].key == "werkt" || words[k].key == "werkte", let asRole = worksAs(words, from: k + 1) {
            // `Marloes Dekker werkt al twaalf jaar als wijkverpleegkundige bij Buurtzorg`
            return rolePhrase(words, from: asRole, parenthesised: false)
        } else if words[k].key == "werkt" || words[k].key == "werkte", let org = worksFor(words, from: k + 1) {
            // `Fatima Bouali werkt sinds 2019 in Rotterdam-Feijenoord voor Zorgwaard`
            return Found(role: nil, organisation: org.name, organisationType: org.type)
        } else if words[k].isRole {
            // Janneke Sparreboom Wethouder WMO …: the title again, after the name
            return rolePhrase(words, from: k, parenthesised: false)
        } else if words[k].isOrganisationCue {
            // Wethouder Janneke Sparreboom … Gemeente Lelystad (no punctuation in between)
            return Found(role: nil, organisation: organisation(words, from: k)?.name, organisationType: organisation(words, from: k)?.type)
        } else {
            return Found()
        }
        return rolePhrase(words, from: k, parenthesised: opener == "(")
    }

    /// The title after `als` within the next words of the clause after `werkt` (time may come first: `werkt al
    /// twaalf jaar als wijkverpleegkundige`), if a title follows it.
    func worksAs(_ words: [Word], from start: Int) -> Int? {
        var j = start
        while j < min(words.count, start + 6), words[j].isWord {
            if words[j].key == "als" {
                var r = j + 1
                if r < words.count, Self.articles.contains(words[r].key) { r += 1 }
                return r < words.count && words[r].isWord && words[r].isRole ? r : nil
            }
            j += 1
        }
        return nil
    }

    /// The organisation after `bij` or `voor` within the next words of the clause after `werkt` (time and
    /// place may come first), if the words there name one: not `werkt voor de buurt`.
    func worksFor(_ words: [Word], from start: Int) -> (name: String, type: String?)? {
        var j = start
        while j < min(words.count, start + 8), words[j].isWord || words[j].text == "-" {
            if words[j].key == "bij" || words[j].key == "voor" { return organisation(words, from: j + 1) }
            j += 1
        }
        return nil
    }

    static let clausePronouns: Set<String> = ["ik", "we", "wij", "je", "jij", "u", "hij", "ze", "zij"]

    /// Words that never begin a job title (`…, aldus wethouder X` is an attribution, not a title).
    static let notTitle: Set<String> = ["aldus", "die", "dat", "is", "was", "en", "of", "maar", "de", "het", "een", "zijn",
                                        "heeft", "wordt", "zegt", "zei", "ook", "nu", "toen", "daar", "hier", "wat", "wie"]

    /// `directeur van FlevoMeer Bibliotheek`, `beleidsadviseur Brabant Wonen`, `interviewer, Movisie`,
    /// `wethouder Zorg, Welzijn en Wonen van de gemeente Harderwijk` (an administrator's portfolio is part of the title).
    func rolePhrase(_ words: [Word], from start: Int, parenthesised: Bool) -> Found {
        var found = Found()
        var k = start
        var roleWords: [String] = []
        var sawRole = false
        var portfolio = false
        while k < words.count {
            let w = words[k]
            if portfolio, w.text == ",", k + 1 < words.count, words[k + 1].isCapitalised, !isGovernment(words[k + 1].text) {
                roleWords.append(",")
                k += 1
                continue
            }
            if !w.isWord { break }
            if !sawRole, lexicon.speechVerbs.contains(w.key) || lexicon.sourceWords.contains(w.key) || Self.notTitle.contains(w.key) { break }
            if !sawRole, roleWords.count >= 2 { break }
            if sawRole, isFieldOfWork(words, before: k, from: start) { roleWords.append(w.text); k += 1; continue }
            // `lid van het klussenteam`, `lid van de gemeenteraad`: what someone is a member of says which
            // kind of member (`SpeakerLexicon.memberCategory`); a capitalised body (`lid van GroenLinks`) is
            // read as the organisation below.
            if sawRole, roleWords.count == 1, w.key == "van", Fold.key(roleWords[0]) == "lid", let end = Self.memberBodyEnd(words, k + 1) {
                roleWords += words[k..<end].map(\.text)
                k = end
                break
            }
            if Self.prepositions.contains(w.key) { break }
            if w.isCapitalised && sawRole {
                // `beleidsregisseur Jacqueline Smak Gregoor`: the title belongs to the next person in a list.
                if let next = Names.parse(words, at: k), next.range.count >= 2, !portfolio || isPersonList(words, k) {
                    return Found()
                }
                guard portfolio, !isGovernment(w.text) else { break }
            } else if w.isCapitalised && !sawRole && !w.isRole {
                break
            } else if portfolio, w.key == "en", k + 1 < words.count, words[k + 1].isCapitalised {
                // Zorg, Welzijn en Wonen
            } else if sawRole, portfolio, !w.isCapitalised {
                break
            }
            if !sawRole, w.isRole {
                sawRole = true
                portfolio = roleCategory(w.text) == "bestuurder"
            }
            roleWords.append(w.text)
            k += 1
            if roleWords.count > 12 { break }
        }
        if sawRole {
            // `buurtwerker in Leeuwarden-Oost`: a title never ends in a function word.
            while let last = roleWords.last, roleWords.count > 1, Self.neverLast.contains(Fold.key(last)) { roleWords.removeLast() }
            var title = ""
            for word in roleWords { title += word == "," || title.isEmpty ? word : " " + word }
            found.role = portfolio ? title.prefix(1).lowercased() + title.dropFirst() : title.lowercased()
        } else {
            k = start
        }
        // The organisation: after a preposition, directly after the title, or after a comma inside brackets.
        var o = k
        if o < words.count, Self.prepositions.contains(words[o].key) { o += 1 }
        if o < words.count, words[o].text == ",", parenthesised { o += 1 }
        if let org = organisation(words, from: o), org.type != nil || !portfolio {
            found.organisation = org.name
            found.organisationType = org.type
        }
        if sawRole, found.organisationType == nil {
            // `wethouder Zorg, Welzijn en Wonen van de gemeente Harderwijk`: look on to the end of the sentence.
            var j = k
            while j < words.count, words[j].text != ".", words[j].text != ")" {
                let startsOrg = Self.prepositions.contains(words[j].key) ? j + 1 : (words[j].isCapitalised && words[j].isOrganisationCue ? j : nil)
                if let s = startsOrg, let org = organisation(words, from: s), org.type != nil {
                    found.organisation = org.name
                    found.organisationType = org.type
                    break
                }
                j += 1
            }
        }
        return found
    }

    /// Where a lower-case body after `lid van` ends (`het klussenteam`, `de raad van bestuur`): an optional
    /// article, then up to four lower-case words; nil when none follows.
    static func memberBodyEnd(_ words: [Word], _ start: Int) -> Int? {
        var k = start
        if k < words.count, articles.contains(words[k].key) { k += 1 }
        let first = k
        while k < words.count, k - first < 4, words[k].isWord, !words[k].isCapitalised, k == first || words[k].key == "van" || words[k - 1].key == "van" {
            k += 1
        }
        if k > first, words[k - 1].key == "van" { k -= 1 }
        return k > first ? k : nil
    }

    /// Words of time between `is` and a title (never a negation: `is niet de directeur` is no title).
    static let timeWords: Set<String> = ["sinds", "al", "nu", "inmiddels", "ruim", "bijna", "jaar", "jaren", "maanden", "kort",
                                         "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
                                         "twaalf", "vijftien", "twintig", "dertig", "veertig"]

    /// Words a title does not end in.
    static let neverLast: Set<String> = ["in", "op", "aan", "te", "met", "en", "de", "het", "een", ","]

    /// Words that name a field of work: `op het gebied van`, `op het terrein van`, `op het vlak van`.
    static let fields: Set<String> = ["gebied", "terrein", "vlak", "snijvlak"]

    /// `expert op het gebied van meerpartijensamenwerking`: this `van` names the field, part of the title, not an
    /// organisation; it goes on only into a plain lower-case word (`op het gebied van de Wmo` stops as before).
    func isFieldOfWork(_ words: [Word], before k: Int, from start: Int) -> Bool {
        guard words[k].key == "van", k - 3 >= start, words[k - 3].key == "op", words[k - 2].key == "het",
              Self.fields.contains(words[k - 1].key), k + 1 < words.count else { return false }
        let next = words[k + 1]
        return next.isWord && !next.isCapitalised && !Self.articles.contains(next.key) && !Self.prepositions.contains(next.key)
    }

    /// Municipalities and provinces end an administrator's portfolio: `wethouder WMO, Cultuur Gemeente Lelystad`.
    func isGovernment(_ word: String) -> Bool {
        let type = organisationType(word)
        return type == "gemeente" || type == "provincie" || type == "rijksoverheid"
    }

    /// A name followed by `,` or `en` and another title: a list of people.
    func isPersonList(_ words: [Word], _ k: Int) -> Bool {
        guard let parsed = Names.parse(words, at: k) else { return false }
        let end = parsed.range.upperBound
        return end >= words.count || [",", "en", "."].contains(words[end].key)
    }

    /// An organisation name from `start`: capitalised words, organisation cue words and inner connectors.
    /// `de Vrijwilligerscentrale Zutphen`, `welzijnsorganisatie Perspectief Zutphen`, `the Alignment House`.
    func organisation(_ words: [Word], from start: Int) -> (name: String, type: String?)? {
        var k = start
        if k < words.count, Self.articles.contains(words[k].key) { k += 1 }
        var parts: [String] = []
        var capitalised = false
        var cue = false
        while k < words.count, words[k].isWord {
            let w = words[k]
            if w.isRole, !w.isOrganisationCue { break }
            if w.isCapitalised || w.isKnownOrganisation {
                if !parts.isEmpty || !Names.notNames.contains(w.key) { parts.append(w.text); capitalised = true } else { break }
            } else if w.isOrganisationCue {
                // `Riet Schouten (78) woont al …`, `R1 (mantelzorger, zorgt voor haar moeder)`: a verb whose stem
                // is a cue word (`woon*`, `zorg*`) opens no organisation.
                if parts.isEmpty, w.key.hasSuffix("t"), organisationType(String(w.key.dropLast())) != nil { break }
                parts.append(w.text)
                cue = true
            } else if parts.isEmpty, !w.isRole, !Self.prepositions.contains(w.key), !Self.articles.contains(w.key),
                      k + 1 < words.count, words[k + 1].isWord, words[k + 1].isOrganisationCue, !words[k + 1].isCapitalised {
                parts.append(w.text)  // an adjective before the cue word: het sociaal wijkteam, de regionale ggd
            } else if parts.isEmpty || capitalised, !cue, k + 1 < words.count, words[k + 1].isWord, !words[k + 1].isCapitalised,
                      !words[k + 1].isOrganisationCue, lexicon.twoWordCueType(w.key, words[k + 1].key) != nil {
                // `van het sociaal team`, `(Sterker sociaal werk)`: a type of two words in the lexicon, neither of
                // them a cue word alone, alone or after a name.
                parts += [w.text, words[k + 1].text]
                cue = true
                k += 1
            } else if (["the", "van", "voor", "en", "de", "&"].contains(w.key)) && k + 1 < words.count && words[k + 1].isCapitalised
                        && (!parts.isEmpty || w.key == "the") {
                parts.append(w.text)
            } else {
                break
            }
            k += 1
            if parts.count > 7 { break }
        }
        guard !parts.isEmpty, capitalised || cue else { return nil }
        // `Fleur (Extern)`: how a meeting application marks a guest, no organisation.
        if parts.count == 1, TurnLabels.guestMarks.contains(words[k - 1].key) { return nil }
        let name = parts.joined(separator: " ")
        var type = organisationType(name)
        // `the Alignment House, een organisatieadviesbureau`: the type in an apposition after the name.
        if type == nil, k + 2 < words.count, words[k].text == ",", words[k + 1].key == "een" {
            type = organisationType(words[k + 2].text)
        }
        return (name, type)
    }
}
