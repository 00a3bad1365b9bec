/// The shape of Dutch person names: capitalised words with particles (van, de, ter …), an optional
/// form of address (dhr., mevrouw, minister), and no organisation words.
enum Names {
    /// Particles that are part of a name only with an article after them.
    static let articleParticles: Set<String> = ["in", "op"]
    static let nameArticles: Set<String> = ["'t", "het", "de", "den", "der"]
    static let particles: Set<String> = ["van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "op", "in", "la",
                                         "le", "du", "da", "di", "von", "zu", "el", "al", "bin", "ben", "ibn", "del",
                                         "dos", "das", "vande", "vander", "d'", "l'", "uit"]
    static let titles: Set<String> = ["dhr", "mevrouw", "mevr", "mw", "meneer", "heer", "mr", "dr", "drs", "prof", "ir",
                                      "ing", "minister", "staatssecretaris", "ds", "mej", "juffrouw", "zuster", "broeder",
                                      // descriptors before a name in reports: Deelneemster José Moonen
                                      "deelnemer", "deelneemster", "spreker", "spreekster", "collega"]
    /// Capitalised words that start sentences but never names. Streets named after someone (`aan de
    /// Burgemeester Kuperusstraat`) are never names either: `SpeakerLexicon.flags` marks them by `isStreet`.
    static let notNames: Set<String> = ([
        "de", "het", "een", "ik", "we", "wij", "ze", "zij", "hij", "je", "jij", "u", "jullie", "dat", "dit", "die",
        "deze", "er", "maar", "en", "ook", "als", "wat", "hoe", "waarom", "wanneer", "waar", "wie", "welke", "toen",
        "dan", "nu", "zo", "daar", "hier", "daarom", "daarna", "daarnaast", "volgens", "bij", "in", "op", "voor",
        "na", "met", "uit", "over", "door", "naast", "onlangs", "ja", "nee", "goed", "mooi", "dank", "fijn",
        "interview", "datum", "aanwezig", "tijd", "plaats", "locatie", "onderwerp", "foto", "beeld", "bron", "lees",
        "zie", "vraag", "antwoord", "gast", "studiogast", "presentator", "presentatrice", "podcast", "artikel", "einde", "mensen", "iedereen", "niemand", "alle", "elke",
        "geen", "veel", "sommige", "andere", "eerst", "eerste", "tot", "om", "of", "omdat", "want", "terwijl",
        "hierbij", "vanuit", "binnen", "tussen", "tijdens", "zonder", "sinds", "vooral", "samen", "vervolgens",
        "uiteindelijk", "eigenlijk", "echt", "nou", "oké", "ok", "eh", "hallo", "welkom", "goedemiddag",
        "goedemorgen", "goedenavond", "beste", "dag", "meer", "minder", "nog", "al", "wel", "niet", "heel",
        "mijn", "onze", "ons", "hun", "haar", "zijn", "jouw", "uw",
    ] as Set<String>).union(castListHeaders).union(policyWords).union(profileFields)

    /// The fields of a profile box (`Naam: Tim Verbeek`, `Functie: …`): no names, and no turn labels either.
    static let profileFields: Set<String> = ["naam", "functie", "organisatie", "werkgever", "rol", "beroep"]

    /// The social domain's laws and fields, capitalised like surnames after a title (`beleidsadviseur Wmo`,
    /// `coördinator Jeugdwet`): never a name.
    static let policyWords: Set<String> = ["wmo", "jeugdwet", "participatiewet", "wlz", "zvw", "ggz", "wsw", "awbz", "bbz"]

    /// Header words of a list of the people present (`Aanwezig: Jolanda de Bruin (JdB), teamleider …; Martijn
    /// Vos (MV), …`), folded: no names, and no turn labels either (nobody speaks as `Aanwezigen:`).
    static let castListHeaders: Set<String> = ["aanwezig", "aanwezigen", "deelnemers", "sprekers", "geinterviewden",
                                               "gesprekspartners"]

    /// A name starting at word `k`: its word range and its text without a form of address. The words carry
    /// their lexicon flags (`SpeakerLexicon.annotate`): titles, particles and never-names are read from them.
    static func parse(_ words: [Word], at k: Int) -> (range: Range<Int>, name: String)? {
        guard let found = find(words, at: k) else { return nil }
        return (found.range, text(words, found.name))
    }

    /// The name's words as written, any space between two of them as one: `A. van den Berg`, `J.P. Balkenende`.
    static func text(_ words: [Word], _ range: Range<Int>) -> String {
        var text = ""
        for k in range {
            if k > range.lowerBound, words[k].span.start > words[k - 1].span.end { text += " " }
            text += words[k].text
        }
        return text
    }

    /// A name written in capitals, as television subtitles and some transcripts write their speaker labels
    /// (`ANNE DE VRIES`), the way a name is written elsewhere (`Anne de Vries`), so both are one person. Text
    /// with a lower-case letter, or without a word of three letters (`R1`, `JB`: initials), is returned as it is.
    static func fromCapitals(_ text: String) -> String {
        // Most names have a lower-case ASCII letter among their first bytes: they leave at once.
        guard !text.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }), !text.contains(where: \.isLowercase), text.split(separator: " ").contains(where: { $0.count(where: \.isLetter) >= 3 }) else {
            return text
        }
        var out: [String] = []
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let lower = word.lowercased()
            if !out.isEmpty, particles.contains(lower) {
                out.append(lower)
            } else if word.count(where: \.isLetter) >= 2 {
                // El-Amrani, O'Neill: a capital after a hyphen or an apostrophe too.
                var cased = ""
                var capital = true
                for ch in lower {
                    cased += capital ? ch.uppercased() : String(ch)
                    capital = ch == "-" || ch == "'" || ch == "’"
                }
                out.append(cased)
            } else {
                out.append(String(word))
            }
        }
        return out.joined(separator: " ")
    }

    /// Whether word `j` is an initial inside a name: one capital letter, a full stop, then a particle
    /// (`A. van den Berg`) or a capitalised word that can start a name (`A. Jansen`, `J.P.`). `team B. Daarna`
    /// ends a sentence.
    static func isInitial(_ words: [Word], _ j: Int) -> Bool {
        guard j + 2 < words.count, words[j + 1].text == ".", words[j].isInitialLetter else { return false }
        let next = words[j + 2]
        guard next.isWord, !next.isRole, !next.isOrganisationCue, !next.isKnownOrganisation else { return false }
        return next.isCapitalised ? !next.isNotName && !next.isParticle : next.isParticle
    }

    /// `parse` without making the name's text: the register builder looks at most candidates' surroundings
    /// and drops them, so it joins the words only for the names it keeps. `range` includes a form of
    /// address; `name` is the name's own words.
    static func find(_ words: [Word], at k: Int) -> (range: Range<Int>, name: Range<Int>)? {
        var i = k
        // `de heer Van Dijk`
        if i + 1 < words.count, words[i].key == "de", words[i + 1].key == "heer" { i += 1 }
        // Forms of address: dhr., mevrouw, minister …
        while i < words.count, words[i].isWord, words[i].isTitle {
            i += 1
            if i < words.count, words[i].text == "." { i += 1 }
        }
        let start = i
        var lastCapital = -1
        var j = i
        var stops = 0  // initials' full stops: six words at most, not counting them
        var particlesPassed = false  // a particle between two capitalised words of the name (`el` in Fatima el Amrani)
        while j < words.count, j - start - stops < 6, words[j].isWord {
            let w = words[j]
            // `in` and `op` belong to a name only before an article (`In 't Veld`, `op den Brouw`): `Buurthuizen in
            // Zwolle`, `In Zwolle` are none.
            if w.isParticle, articleParticles.contains(w.key), !(j + 1 < words.count && nameArticles.contains(words[j + 1].key)) {
                if j == start { return nil }
                break
            }
            if w.isCapitalised {
                if j == start, w.isNotName, !(j + 1 < words.count && words[j + 1].isCapitalised && w.isParticle) {
                    return nil
                }
                if w.isOrganisationCue || w.isKnownOrganisation {
                    // `Ineke Smit van Stichting Welzijn Assen`: the organisation after `van` ends the name before it.
                    if lastCapital >= start, words[j - 1].isParticle { break }
                    return nil
                }
                if j == start, w.isRole { return nil }  // Wethouder Janneke …: the name starts after it
                // `Janneke Sparreboom Wethouder WMO`: a title after the name ends it; but right after a
                // first name a title word is a surname (`Ilse Dijkgraaf`, `Piet Burgemeester`).
                if w.isRole && j > start && !(j == start + 1 && !words[start].isParticle) { break }
                lastCapital = j
                // An initial and its full stop (`A. van den Berg`, `J.P. Balkenende`), when a name goes on after it.
                if isInitial(words, j) { j += 2; stops += 1; continue }
            } else if !w.isParticle {
                break
            } else if w.key == "van", isOrganisationAfter(words, van: j, nameStart: start) {
                break  // `Anouk Verhoeven van Voedselbank Helmond`
            } else if particlesPassed, lastCapital == j - 1 {
                break  // `Fatima el Amrani van het Verwey-Jonker Instituut`: a name has one group of particles
            } else if lastCapital >= start, lastCapital == j - 1 {
                particlesPassed = true
            }
            j += 1
        }
        guard lastCapital >= start else { return nil }
        let range = start..<(lastCapital + 1)
        // A lone particle-led word ("De") is no name, nor a lone letter (`een huisarts uit gemeente C zegt`,
        // the anonymised municipality of a research report).
        if range.count == 1, words[start].isParticle || words[start].isInitialLetter { return nil }
        return (k..<range.upperBound, range)
    }
}

extension Names {
    /// Whether `van` at word `k` starts an organisation rather than a surname: a first name and a surname
    /// before it (two capitalised words, no particle) and two capitalised words after it. A surname has one
    /// word after its particles (`Henk Jan van Dijk`, `Jan Willem van de Ven`); `Voedselbank Helmond` has two.
    /// One capitalised word after `van` is an organisation too when the word before `van` is a surname, not
    /// the second of a double first name (`Lieke Creemers van Trajekt`, but `Henk Jan van Dijk`).
    static func isOrganisationAfter(_ words: [Word], van k: Int, nameStart: Int) -> Bool {
        guard k - nameStart >= 2, k + 1 < words.count,
              words[nameStart..<k].allSatisfy({ $0.isWord && $0.isCapitalised && !$0.isParticle }) else { return false }
        // `Anouk Kersten van het Energieloket`: a surname's particles stand before it, so `van` and an article
        // after a first name and a surname start an organisation (`Jan Willem van de Berg` is one name).
        if k + 2 < words.count, nameArticles.contains(words[k + 1].key), !words[k + 1].isCapitalised,
           words[k + 2].isWord, words[k + 2].isCapitalised, !words[k + 2].isNotName {
            return k - nameStart > 2 || !secondFirstNames.contains(words[k - 1].key)
        }
        let single = words[k + 1]
        guard single.isWord, single.isCapitalised, !single.isParticle, !single.isNotName else { return false }
        if k + 2 < words.count, words[k + 2].isWord, words[k + 2].isCapitalised {
            return !words[k + 2].isParticle && !words[k + 2].isNotName && words[k + 2].span.start > words[k + 1].span.end
        }
        return k - nameStart == 2 && !secondFirstNames.contains(words[k - 1].key)
    }

    /// First names that commonly stand second in a double first name (`Henk Jan`, `Jan Willem`, `Anne Marie`).
    static let secondFirstNames: Set<String> = ["jan", "willem", "pieter", "piet", "maria", "marie", "anne", "paul", "hendrik",
                                                "johan", "jacob", "frans", "hans", "kees", "maarten", "sophie", "louise", "jaap"]

    /// Street words (folded) and the letters a street name needs before them: `Kuperusstraat`, `Stationsplein`,
    /// `Burgemeester van Haarenlaan`; but `Verlaan`, `Hogeweg` and `Verkade` are surnames.
    private static let streetEndings: [(ending: String, before: Int)] = [
        ("straat", 2), ("plein", 3), ("singel", 3), ("gracht", 3), ("dreef", 3), ("steeg", 3), ("plantsoen", 3),
        ("laan", 5), ("weg", 5), ("kade", 5),
    ]

    static func isStreet(_ key: String) -> Bool {
        let count = key.utf8.count
        return streetEndings.contains { count >= $0.ending.utf8.count + $0.before && key.hasSuffix($0.ending) }
    }
}

extension Word {
    /// One capital letter: an initial when a full stop follows it (`A. van den Berg`, `J.P. Balkenende`).
    var isInitialLetter: Bool { isWord && isCapitalised && text.unicodeScalars.count == 1 }
}
