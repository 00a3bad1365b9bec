/// The reading-order walk that attributes quotations: it keeps the most recently mentioned person
/// (`salient`) and the last speaker, and tries the cues of DESIGN §4 from strong to weak.
struct Attribution {
    let lexicon: SpeakerLexicon
    let document: Document
    var register: PersonRegister
    var quotes: [Quote] = []
    /// The person most recently named outside quotes, or the last speaker.
    var salient: Int? {
        didSet { if salient != oldValue { previousSalient = salient == nil ? nil : oldValue } }
    }
    /// The salient person before the present one, for a pronoun that cannot mean the present one.
    private(set) var previousSalient: Int?
    /// The speaker of the last quotation, for chains of quotes after one attribution.
    var lastSpeaker: Int?
    /// Paragraph of the last quotation.
    var lastQuoteParagraph = -10
    /// A quotation that fills its paragraph and is left open at its end, which the next paragraph may continue
    /// with an opening mark of the same style (Dutch newspapers open every paragraph of a long quotation).
    var openQuote: (index: Int, paragraph: Int, style: QuoteMarks.Style)?

    /// Titles and appositions around names, read with this lexicon.
    var appositions: Appositions { Appositions(lexicon: lexicon) }

    init(lexicon: SpeakerLexicon, document: Document, register: PersonRegister) {
        self.lexicon = lexicon
        self.document = document
        self.register = register
    }

    struct Cue {
        var speaker: Int?
        var name: String
        var confidence: Double
    }

    static let pronouns: Set<String> = ["ze", "zij", "hij", "ie"]
    static let determiners: Set<String> = ["de", "het", "een", "onze", "hun", "haar", "zijn"]
    static let objectPronouns: Set<String> = ["haar", "hem", "hen", "hun"]
    static let sentenceEnds: Set<String> = [".", "?", "!", ":", ";"]

    /// `ik ben <rol> bij <organisatie>` inside a turn describes its speaker.
    /// What a moderator says she leads (`ik leid vandaag het gesprek`, `… de bijeenkomst`), folded.
    static let conversationWords: Set<String> = ["gesprek", "gesprekken", "bijeenkomst", "discussie", "sessie", "focusgroep",
                                                 "interview", "groepsgesprek", "rondetafelgesprek"]

    mutating func selfIntroduction(_ words: [Word], from start: Int, speaker: Int?) {
        guard let speaker else { return }
        var k = start
        while k + 1 < words.count {
            // `ik leid vandaag het gesprek`: the one who leads a conversation asks its questions, as an interviewer
            // does (not `ik leid het gesprek niet`; an administrator or a chair who leads it stays what they are).
            guard words[k].key == "ik" else { k += 1; continue }
            let verb = words[k + 1].key
            if verb == "leid", (k + 2..<min(words.count, k + 6)).contains(where: { Self.conversationWords.contains(words[$0].key) }),
               !(k + 2..<min(words.count, k + 7)).contains(where: { words[$0].key == "niet" }),
               !["bestuurder", "voorzitter", "politiek"].contains(register.people[speaker].roleCategory ?? "") {
                register.setRoleCategory(speaker, "interviewer")
            }
            // ik ben (een) coördinator bij …; ik werk als wijkverpleegkundige bij …; ik ben werkzaam bij …
            guard verb == "ben" || verb == "werk" else {
                k += 1
                continue
            }
            var j = k + 2
            if j < words.count, words[j].key == "hier" || words[j].key == "vandaag" { j += 1 }  // ik ben hier als …
            if j < words.count, words[j].key == "werkzaam" { j += 1 }
            if j < words.count, words[j].key == "als" { j += 1 }
            if j < words.count, ["een", "de"].contains(words[j].key) { j += 1 }
            if j < words.count, words[j].isRole {
                let found = appositions.rolePhrase(words, from: j, parenthesised: false)
                if let role = found.role { register.setRole(speaker, role, category: lexicon.cachedRoleCategory(role)) }
                if let org = found.organisation { register.setOrganisation(speaker, org, type: found.organisationType) }
            } else if j + 1 < words.count, words[j].key == "bij", let org = appositions.organisation(words, from: j + 1) {
                register.setOrganisation(speaker, org.name, type: org.type)
            }
            k += 1
        }
        // `Ik ben Gonny Peters, ik woon hier al veertig jaar`: a speaker with no title who says she lives here
        // or in the neighbourhood speaks as a resident (not when her turn's opening names a title: `Ik woon
        // zelf ook in Hatert, maar ik ben hier als wijkconsulent`).
        let opening = start..<min(words.count, start + 40)
        if register.people[speaker].role == nil, register.people[speaker].roleCategory == nil,
           let i = opening.first(where: { words[$0].key == "ik" && $0 + 2 < words.count && words[$0 + 1].key == "woon" }),
           Self.residenceWords.contains(words[i + 2].key), !opening.contains(where: { words[$0].isWord && words[$0].isRole }) {
            register.setRole(speaker, "bewoner", category: lexicon.cachedRoleCategory("bewoner"))
        }
        // `ik doe dit onderzoek voor het Verwey-Jonker Instituut`, `ik zit hier namens de corporatie`: a speaker
        // without an organisation who says whom they work for or speak for is of it, when its kind is known.
        // `voor` and `bij` count only after a word of work (`ik heb het gevraagd bij de gemeente` says nothing).
        // Only the turn's first words are looked at: that is where speakers introduce themselves (every word of
        // every turn cost a tenth of the quotes stage).
        guard register.people[speaker].organisation == nil else { return }
        var ik = false, work = false
        for w in start..<min(words.count, start + 60) {
            if !words[w].isWord {
                let t = words[w].text
                if t == "." || t == "?" || t == "!" { ik = false; work = false }
                continue
            }
            let key = words[w].key
            if key == "ik" { ik = true; continue }
            if ik, !work, Self.workWords.contains(where: { $0 == key }) { work = true; continue }
            guard ik, key == "namens" || key == "vanuit" || (work && (key == "voor" || key == "bij")), w + 1 < words.count,
                  let org = appositions.organisation(words, from: w + 1), let type = org.type else { continue }
            register.setOrganisation(speaker, org.name, type: type)
            return
        }
    }

    /// What follows `ik woon` when a speaker says where she lives (`hier`, `in Hatert`, `al dertig jaar`).
    static let residenceWords: Set<String> = ["hier", "in", "al", "sinds", "aan", "op", "zelf", "daar"]

    static let workWords = ["werk", "werkte", "werkzaam", "onderzoek", "interview", "interviews", "gesprek", "gesprekken"]

    /// Attributes the quotations of paragraph `k` and records indirect speech, in word order.
    mutating func paragraph(_ k: Int, _ p: SpeechAnalyzer.Paragraph, inTurn: Bool, turnSpeaker: Int?) {
        let words = p.words
        var mentionedHere: Int?
        var previousCue: (quote: Int, endWord: Int, cue: Cue)?
        var w = 0
        var markIndex = 0
        let marks = p.marks
        while w < words.count || markIndex < marks.count {
            // Next event: a quote mark span, or a word outside quotes.
            if markIndex < marks.count, w >= words.count || words[w].span.start >= marks[markIndex].outer.start {
                let found = marks[markIndex]
                markIndex += 1
                let after = Self.firstWord(words, from: found.outer.end)
                // `„Ik kwam bij mensen … het geheel.` then `„Nu bespreken we … de beweeggroep.”`: one quotation.
                if markIndex == 1, !inTurn, let open = openQuote, open.paragraph == k - 1, open.style == found.style,
                   found.outer.start == document.paragraphs[k].span.start {
                    let content = found.closed ? found.content : endOfUnclosedQuote(found.content)
                    quotes[open.index].span.end = content.end
                    openQuote = !found.closed && content == found.content ? (open.index, k, found.style) : nil
                    lastQuoteParagraph = k
                    w = max(w, after)
                    continue
                }
                let before = Self.lastWord(words, before: found.outer.start)
                var cue: Cue?
                var cueEnd = after
                if let prev = previousCue, !endsSentence(quotes[prev.quote].span), sameSentence(words, from: prev.endWord, to: found.outer.start) {
                    // “A”, zegt X, directeur van Y, “B”: the second part has the first part's speaker.
                    cue = Cue(speaker: prev.cue.speaker, name: prev.cue.name, confidence: prev.cue.confidence)
                } else if let inversion = inversion(words, at: after) {
                    cue = inversion.cue
                    cueEnd = inversion.end
                } else if !inTurn, let described = describedAfter(words, at: after) {
                    cue = described.cue  // „…” (wijkteammedewerker, gemeente B)
                    cueEnd = described.end
                } else if let label = labelBefore(words, endingAt: before, inTurn: inTurn, turnSpeaker: turnSpeaker) {
                    cue = label
                } else if !inTurn, let source = laterInSentence(words, after: after, nextQuote: markIndex < marks.count ? marks[markIndex].outer.start : nil) {
                    // … "een zeer interessante coalitie" opgestaan …, aldus wethouder Sparreboom.
                    cue = source.cue
                    cueEnd = source.end
                } else if !inTurn, let phrase = phraseCue(words, endingAt: before, found) {
                    cue = phrase  // Velthuis noemt het convenant „een begin, geen eindpunt”.
                }
                w = max(w, after)
                let speechLike = found.repaired ? QuoteMarks.wordCount(found.content, in: document.text) >= 3 : looksLikeSpeech(found, words)
                if cue == nil && (inTurn || !(speechLike || isWholeParagraph(found, k))) { continue }
                var content = found.content
                if !found.closed { content = endOfUnclosedQuote(content) }
                let attributed = cue ?? contextCue(paragraph: k, mentionedHere: mentionedHere)
                quotes.append(Quote(span: content, kind: .quote, paragraph: k, cue: attributed.name,
                                    speaker: attributed.speaker, confidence: attributed.speaker == nil ? 0 : attributed.confidence))
                // Only a quotation that fills its paragraph from the start continues: after narration in the same
                // paragraph an open quotation ends with the paragraph, as before.
                let fills = found.outer.start == document.paragraphs[k].span.start
                openQuote = fills && !found.closed && content == found.content && markIndex == marks.count ? (quotes.count - 1, k, found.style) : nil
                if cue != nil { previousCue = (quotes.count - 1, cueEnd, attributed) }
                if let s = attributed.speaker { salient = s; lastSpeaker = s; mentionedHere = s }
                quotes += speechInside(content, words, speaker: attributed.speaker, paragraph: k)
                lastQuoteParagraph = k
                // Skip the words of the attribution itself.
                w = max(w, cueEnd)
                continue
            }
            let word = words[w]
            // `isSpeechCue` first: indirect cue words are among the speech cues, and most words are none (a set
            // lookup per word was a hash of every word of the corpus).
            if word.isWord, word.isSpeechCue, !inTurn, lexicon.indirectWords.contains(word.key), let indirect = indirectSpeech(words, at: w, paragraph: k) {
                quotes.append(indirect)
                if let s = indirect.speaker { salient = s; mentionedHere = s }
                w += 1
                continue
            }
            if word.isWord, !inTurn, let reported = reportedWithoutMarks(words, at: w, marks: p.marks, paragraph: k) {
                quotes.append(reported.quote)
                if let s = reported.quote.speaker { salient = s; mentionedHere = s }
                w = reported.end
                continue
            }
            // In a turn, someone else's words the speaker reports: `Wijkregisseur Karin Bos zei dat …`.
            if word.isWord, inTurn, word.isSpeechCue, lexicon.speechVerbs.contains(word.key) || lexicon.separableVerbs[word.key] != nil,
               let reported = reportedClause(words, verbAt: w, marks: p.marks, paragraph: k, turnSpeaker: turnSpeaker, mentioned: mentionedHere) {
                quotes.append(reported.quote)
                w = reported.end
                continue
            }
            if word.isWord, word.isCapitalised, !inTurn, word.key == "een", let described = describedSubject(words, at: w) {
                salient = described.person
                mentionedHere = described.person
                w = described.end
                continue
            }
            if word.isWord, word.isCapitalised, let (range, name) = Names.parse(words, at: w) {
                if let person = register.resolve(name) {
                    salient = person
                    mentionedHere = person
                }
                w = range.upperBound
                continue
            }
            w += 1
        }
    }

    // MARK: cues

    /// `“…”, zegt Jan Gommer` / `“…”, aldus Van Lissum` / `“…”, benadrukt ze` / `“…”, legt Grobbe uit`.
    func inversion(_ words: [Word], at start: Int) -> (cue: Cue, end: Int)? {
        var k = start
        while k < words.count, words[k].text == "," || words[k].text == "–" || words[k].text == "—" { k += 1 }
        guard k < words.count, words[k].isWord else { return nil }
        let verb = words[k]
        let plain = lexicon.speechVerbs.contains(verb.key) || lexicon.sourceWords.contains(verb.key)
        // A separable verb needs its particle (legt … uit), unless it is a speech verb on its own too (vertelt).
        let separable = plain ? nil : lexicon.separableVerbs[verb.key]
        guard plain || separable != nil else { return nil }
        let cueName = verb.key
        var j = k + 1
        guard j < words.count else { return nil }
        if Self.pronouns.contains(words[j].key) {
            if let separable, !Self.particleFollows(words, after: j, separable) { return nil }
            // `zeggen ze`: a plural verb makes `ze` a group, not one person.
            if verb.key.hasSuffix("en"), words[j].key == "ze" || words[j].key == "zij" {
                return (Cue(speaker: nil, name: "pronoun", confidence: 0), j + 1)
            }
            return (Cue(speaker: pronounSpeaker(words[j].key), name: "pronoun", confidence: 0.75), j + 1)
        }
        // zegt wethouder Sparreboom / aldus de wethouder
        var roleWords: [String] = []
        if ["de", "het"].contains(words[j].key), j + 1 < words.count, words[j + 1].isRole { j += 1 }
        let titleFrom = j
        while j < words.count, words[j].isWord, words[j].isRole {
            roleWords.append(words[j].text)
            j += 1
        }
        // `zegt sociaal werker Bram Hendriks`, `zegt coördinator schuldhulp Fatma Öztürk`
        let titled = appositions.titleEnd(words, from: titleFrom)
        if titled > j, Names.parse(words, at: titled) != nil { j = titled }
        if let (range, name) = Names.parse(words, at: j) {
            if let separable, !Self.particleFollows(words, after: range.upperBound - 1, separable) { return nil }
            let person = register.resolve(name)
            return (Cue(speaker: person, name: cueName, confidence: person == nil ? 0 : 0.9), range.upperBound)
        }
        if !roleWords.isEmpty, let person = uniquePerson(withRole: roleWords.joined(separator: " ")) {
            return (Cue(speaker: person, name: cueName, confidence: 0.7), j)
        }
        return nil
    }

    /// Whom `ze` or `hij` means: the salient person, unless the text said that person is the other
    /// (`Ze is schuldhulpverlener …`) and the person salient before is not.
    func pronounSpeaker(_ pronoun: String) -> Int? {
        guard let s = salient, let female = PersonRegister.isFemalePronoun(pronoun),
              let known = register.pronounFemale[s], known != female else { return salient }
        guard let other = previousSalient, register.pronounFemale[other] != known else { return salient }
        return other
    }

    /// Whether one of a separable verb's particles follows word `k` in its sentence (`legt Grobbe uit`).
    static func particleFollows(_ words: [Word], after k: Int, _ particles: Set<String>) -> Bool {
        var j = k + 1
        while j < words.count, j - k <= 10, ![".", "?", "!"].contains(words[j].text) {
            if particles.contains(words[j].key) { return true }
            j += 1
        }
        return false
    }

    /// `‘Ze zien vaker hetzelfde gezicht. Een moeder zei laatst tegen onze buurtwerker: “Eindelijk …”’`: a
    /// quotation inside a quotation, introduced by a speech verb and a colon, is speech of its own, as it is
    /// inside a turn: its speaker unknown unless the clause names one (`ik zei:` is the quoted speaker's).
    /// Nested marks without such a clause (`‘de regie’`) stay part of the quotation around them.
    mutating func speechInside(_ content: Span, _ words: [Word], speaker: Int?, paragraph k: Int) -> [Quote] {
        // Only a quotation with a colon in it can report speech so (most have none: one byte scan, no marks).
        guard document.text[content.start..<content.end].contains(0x3A) else { return [] }
        let inner = QuoteMarks.find(in: document.text, paragraph: content)
        guard !inner.isEmpty else { return [] }
        let floor = Self.firstWord(words, from: content.start)
        return inner.compactMap { found in
            guard found.closed, QuoteMarks.wordCount(found.content, in: document.text) >= 3,
                  let cue = labelBefore(words, endingAt: Self.lastWord(words, before: found.outer.start), inTurn: true,
                                        turnSpeaker: speaker, floor: floor),
                  cue.name != "label" || cue.speaker == speaker else { return nil }
            return Quote(span: found.content, kind: .quote, paragraph: k, cue: cue.name, speaker: cue.speaker,
                         confidence: cue.speaker == nil ? 0 : cue.confidence)
        }
    }

    /// `Chantal: ‘…’`, `Grobbe legt uit: “…”`, `X vertelt over …: “…”`, `Ze zei: ‘…’`, in a turn `ik zei: ‘…’`.
    /// `floor`: the first word the clause may start at (inside a quotation, the one after its opening mark).
    mutating func labelBefore(_ words: [Word], endingAt last: Int, inTurn: Bool, turnSpeaker: Int?, floor: Int = 0) -> Cue? {
        guard last >= 0, words[last].text == ":" else { return nil }
        var start = last - 1
        while start >= floor, ![".", "?", "!", "”", "’", "\""].contains(words[start].text) { start -= 1 }
        start += 1
        guard start < last else { return nil }
        let clause = Array(words[start..<last])
        let verb = clause.first { lexicon.speechVerbs.contains($0.key) || lexicon.separableVerbs[$0.key] != nil }
        if clause.first?.key == "ik", inTurn { return Cue(speaker: turnSpeaker, name: "label", confidence: 0.8) }
        if Self.pronouns.contains(clause.first?.key ?? ""), verb != nil {
            // In a turn `ze zei:` is someone the speaker talks about, never the speaker (who says `ik`).
            let person = pronounSpeaker(clause[0].key)
            if inTurn, person == turnSpeaker { return Cue(speaker: nil, name: verb!.key, confidence: 0) }
            return Cue(speaker: person, name: "pronoun", confidence: 0.7)
        }
        // `Een huisarts uit gemeente C zegt: „…”`, `Een inwoner is kritischer: „…”`: an indefinite title is someone
        // new, described, not named (not a place or person in the clause, nor anyone met before).
        // (Inside a turn or a quotation, `Een moeder zei laatst: “…”` is an anecdote: its speaker stays unknown.)
        if !inTurn, clause.count >= 2, clause[0].key == "een", clause[1].isWord, clause[1].isRole,
           let described = describedRespondent(clause, 1..<(clause.firstIndex { $0.key == verb?.key } ?? clause.count)) {
            return Cue(speaker: described.person, name: verb?.key ?? "label", confidence: 0.7)
        }
        if !inTurn, let verb, let (singular, title) = partitive(clause, at: 0),
           let v = clause.firstIndex(where: { $0.key == verb.key }), v > title,
           let described = describedRespondent(singular, title..<v) {
            return Cue(speaker: described.person, name: verb.key, confidence: 0.7)
        }
        // `Een van de partners zegt:`: one of a group the lexicon has no title for, someone unnamed all the same.
        if !inTurn, let verb, clause.count >= 4, clause[0].key == "een", clause[1].key == "van",
           Appositions.articles.contains(clause[2].key), clause[3].isWord, !clause[3].isCapitalised {
            return Cue(speaker: nil, name: verb.key, confidence: 0)
        }
        for i in clause.indices where clause[i].isCapitalised || Names.titles.contains(clause[i].key) {
            if let (range, name) = Names.parse(clause, at: i), let person = register.resolve(name) {
                let onlyName = range.lowerBound == 0 && range.upperBound == clause.count
                guard onlyName || verb != nil || i == 0 else { continue }
                return Cue(speaker: person, name: onlyName ? "label" : (verb?.key ?? "label"), confidence: 0.9)
            }
        }
        // In a turn, `Een buurvrouw zei laatst: “…”`: reported speech of someone unnamed, kept, its speaker unknown.
        if inTurn, let verb { return Cue(speaker: nil, name: verb.key, confidence: 0) }
        // `De opleidingsmanager van het ROC zei bij de start: “…”`: a subject named by a title alone is the one
        // person of the text with that title, else someone unnamed (not whoever was named before).
        if let verb, let v = clause.firstIndex(where: { $0.key == verb.key }),
           let r = clause[..<v].firstIndex(where: { $0.isWord && $0.isRole }), r > 0, Self.determiners.contains(clause[r - 1].key) {
            // `Een collega van Jan zei:`: someone unnamed, not the one of the text with that title.
            if clause[r - 1].key == "een" { return Cue(speaker: nil, name: verb.key, confidence: 0) }
            if let person = uniquePerson(withRole: clause[r].key) { return Cue(speaker: person, name: verb.key, confidence: 0.7) }
            return Cue(speaker: nil, name: verb.key, confidence: 0)
        }
        return nil
    }

    /// `Wethouder Hans Bulten sprak tijdens de bijeenkomst van „een investering die zich dubbel terugbetaalt”`,
    /// `Velthuis noemt het convenant „een begin, geen eindpunt”`: a phrase of three words or more that a verb
    /// of `typeringen` puts to a person named in the same sentence before it (or `ze`/`hij` right by the
    /// verb) is that person's. A verb with a particle needs the particle right before the quotation.
    func phraseCue(_ words: [Word], endingAt last: Int, _ found: QuoteMarks.Found) -> Cue? {
        guard last >= 1, !lexicon.phraseVerbs.isEmpty, QuoteMarks.wordCount(found.content, in: document.text) >= 3 else { return nil }
        var start = last
        while start > 0, ![".", "?", "!", ":", "”", "’", "\""].contains(words[start - 1].text) { start -= 1 }
        guard let verb = (start...last).last(where: { words[$0].isWord && lexicon.phraseVerbs[words[$0].key] != nil }) else { return nil }
        let particles = lexicon.phraseVerbs[words[verb].key]!
        if !particles.isEmpty, !particles.contains(words[last].key) { return nil }
        for k in [verb - 1, verb + 1] where k >= start && k <= last && Self.pronouns.contains(words[k].key) {
            return Cue(speaker: pronounSpeaker(words[k].key), name: words[verb].key, confidence: 0.7)
        }
        var people: Set<Int> = []
        var k = start
        while k < last {
            if words[k].isWord, words[k].isCapitalised || Names.titles.contains(words[k].key), let (range, name) = Names.parse(words, at: k) {
                if let person = register.resolve(name) { people.insert(person) }
                k = max(k + 1, range.upperBound)
            } else {
                k += 1
            }
        }
        guard people.count == 1 else { return nil }
        return Cue(speaker: people.first, name: words[verb].key, confidence: 0.8)
    }

    /// No sentence ends between the first quote's attribution and the next quote: `“A”, zegt X, functie, “B”`.
    /// A label (`Jorinde: ‘…’`) starts a new attribution.
    func sameSentence(_ words: [Word], from start: Int, to end: Int) -> Bool {
        var k = start
        while k < words.count, words[k].span.start < end {
            if [".", "?", "!", ":"].contains(words[k].text) { return false }
            k += 1
        }
        return true
    }

    /// Whether a quote's own words end a sentence (then a following quote is not its continuation).
    func endsSentence(_ span: Span) -> Bool {
        guard span.end > span.start else { return false }
        let last = document.text[span.end - 1]
        return last == 0x2E || last == 0x3F || last == 0x21 || (span.end >= 3 && document.text[(span.end - 3)..<span.end] == [0xE2, 0x80, 0xA6])
    }

    /// A speech verb or `aldus` with a named subject later in the quote's sentence, before any other quote.
    func laterInSentence(_ words: [Word], after start: Int, nextQuote: Int?) -> (cue: Cue, end: Int)? {
        var k = start
        while k < words.count, ![".", "?", "!"].contains(words[k].text) {
            if let nextQuote, words[k].span.start >= nextQuote { return nil }
            if words[k].isWord, words[k].isSpeechCue, lexicon.sourceWords.contains(words[k].key) || lexicon.speechVerbs.contains(words[k].key),
               let found = inversion(words, at: k), found.cue.speaker != nil, found.cue.name != "pronoun" {
                return (Cue(speaker: found.cue.speaker, name: found.cue.name, confidence: 0.8), found.end)
            }
            k += 1
        }
        return nil
    }

    /// No cue at the quote: someone named earlier in this paragraph, else the speaker of the quote just
    /// before (a chain), else the person last named in this section.
    mutating func contextCue(paragraph k: Int, mentionedHere: Int?) -> Cue {
        if let here = mentionedHere { return Cue(speaker: here, name: "context", confidence: 0.7) }
        if let last = lastSpeaker, k - lastQuoteParagraph <= 2, salient == last {
            return Cue(speaker: last, name: "chain", confidence: 0.75)
        }
        if let s = salient { return Cue(speaker: s, name: "context", confidence: 0.6) }
        return Cue(speaker: nil, name: "context", confidence: 0)
    }

    /// A paragraph that is one quotation and nothing else (`‘Laat bewoners zelf de agenda bepalen’` above an
    /// interview): displayed speech, not a term, when it has three words or more and begins with a capital.
    func isWholeParagraph(_ found: QuoteMarks.Found, _ k: Int) -> Bool {
        let paragraph = document.paragraphs[k].span
        return found.outer.start == paragraph.start && found.outer.end == paragraph.end && QuoteMarks.readsAsSpeech(found, in: document.text)
    }

    /// Quoted words without a cue are speech only when they read like it: a sentence or a long stretch,
    /// not a term (‘feitenfundament’, ‘de regie’, ‘Ik reageer liever als gast’).
    func looksLikeSpeech(_ found: QuoteMarks.Found, _ words: [Word]) -> Bool {
        // Words come in text order without overlap, so the quote's words are one run: found by binary
        // search rather than by filtering every word of the paragraph for every quote.
        let lo = Self.firstWord(words, from: found.content.start)
        var end = lo
        while end < words.count, words[end].span.end <= found.content.end { end += 1 }
        let inner = words[lo..<end]
        let count = inner.count(where: \.isWord)
        guard let first = inner.first else { return false }
        let capital = first.isCapitalised || first.text.first?.isNumber == true || first.text == "…"
        if !capital { return false }
        func endsSentence(_ w: Word) -> Bool { w.text == "." || w.text == "?" || w.text == "!" }
        let reads = count >= 8 || inner.dropLast().contains(where: endsSentence) || inner.last.map(endsSentence) == true && count >= 3
        // `het rapport ‘…’` holds a title: asked last, only of quotations that would otherwise count.
        return reads && !QuoteMarks.isTitle(found, in: document.text)
    }

    /// An unclosed quote may stop where narration resumes: a later sentence that starts with Ze/Zij/Hij.
    func endOfUnclosedQuote(_ content: Span) -> Span {
        let sentences = SentenceSegmenter.sentences(in: document.text, span: content)
        guard sentences.count > 1 else { return content }
        for s in sentences.dropFirst() {
            let first = Words.tokenize(document.text, Span(s.start, min(s.end, s.start + 12))).first
            if let first, ["ze", "zij", "hij"].contains(first.key) {
                let end = document.text.withUnsafeBufferPointer { SentenceSegmenter.trimEnd($0, content.start, s.start) }
                return Span(content.start, end)
            }
        }
        return content
    }

    /// `Het aantal valincidenten daalde met een kwart, aldus De Wit.`, `Mensen melden zich pas als de schulden
    /// hoog zijn, zegt ze.`: the sentence before `, aldus` or a speech verb (in the singular), followed by a
    /// person the text introduced or by `ze`/`hij` and the sentence's end, without quotation marks, is that
    /// person's reported speech (kind indirect).
    func reportedBefore(_ words: [Word], sourceAt k: Int, marks: [QuoteMarks.Found], paragraph: Int) -> (quote: Quote, end: Int)? {
        let ends = { (i: Int) in i == words.count || Self.sentenceEnds.contains(words[i].text) }
        // `Dat is een bewuste keuze, licht manager Ellen Smit toe.`: a separable verb's particle ends the sentence.
        let plain = lexicon.speechVerbs.contains(words[k].key) || lexicon.sourceWords.contains(words[k].key)
        let separable = plain ? nil : lexicon.separableVerbs[words[k].key]
        let endsAfterParticle = { (i: Int) -> Int? in
            guard let separable else { return ends(i) ? i : nil }
            return i < words.count && separable.contains(words[i].key) && ends(i + 1) ? i + 1 : nil
        }
        var found: (person: Int, end: Int)?
        if k + 1 < words.count, Self.pronouns.contains(words[k + 1].key), let end = endsAfterParticle(k + 2) {
            // `zeggen ze`: a group, not one person.
            guard plain || separable != nil, !words[k].key.hasSuffix("en"), let person = pronounSpeaker(words[k + 1].key) else { return nil }
            found = (person, end)
        } else {
            // `Dat werkt, vindt ook social worker Mark de Graaf.`: `ook` before the subject.
            let at = appositions.titleEnd(words, from: k + 1 < words.count && words[k + 1].key == "ook" ? k + 2 : k + 1)
            guard let (range, name) = Names.parse(words, at: at), let person = register.resolve(name) else { return nil }
            var after = range.upperBound
            // `… licht manager Ellen Smit van Contour de Twern toe.`: the name's organisation before the particle.
            if separable != nil, after + 1 < words.count, ["van", "bij"].contains(words[after].key),
               let org = appositions.organisation(words, from: after + 1) {
                after += 1 + (Appositions.articles.contains(words[after + 1].key) ? 1 : 0) + PersonRegister.wordCount(org.name)
            }
            guard let end = endsAfterParticle(after) else { return nil }
            found = (person, end)
        }
        guard let (person, end) = found, let sentence = sentence(containing: words[k].span.start),
              !marks.contains(where: { $0.outer.start < words[k].span.start && $0.outer.end > sentence.start }) else { return nil }
        let first = Self.firstWord(words, from: sentence.start)
        let last = k - 2  // the word before the comma
        // Two words are a statement too (`Dat werkt, vindt …`, `Dat klopt, zegt …`); one is an answer (`Ja, zegt …`).
        guard first <= last, words[first..<(last + 1)].count(where: \.isWord) >= 2 else { return nil }
        let quote = Quote(span: Span(words[first].span.start, words[last].span.end), kind: .indirect, paragraph: paragraph,
                          cue: words[k].key, speaker: person, confidence: 0.8)
        return (quote, end)
    }

    /// Speech reported without quotation marks whose cue is the word at `w`: `Het aantal valincidenten daalde
    /// met een kwart, aldus De Wit.`, `… Dat zegt Sandra Mulder.`, `Wethouder Bakker antwoordt dat …`.
    /// The word flags are asked before the lexicon's sets: most words are no speech cue.
    func reportedWithoutMarks(_ words: [Word], at w: Int, marks: [QuoteMarks.Found], paragraph k: Int) -> (quote: Quote, end: Int)? {
        let word = words[w]
        if word.isSpeechCue, w > 0, words[w - 1].text == ",",
           lexicon.sourceWords.contains(word.key) || lexicon.speechVerbs.contains(word.key) || lexicon.separableVerbs[word.key] != nil,
           let reported = reportedBefore(words, sourceAt: w, marks: marks, paragraph: k) {
            return reported
        }
        if word.isCapitalised, w + 1 < words.count, words[w + 1].isSpeechCue, word.key == "dat",
           let reported = thatSays(words, at: w, marks: marks, paragraph: k) {
            return reported
        }
        if word.isSpeechCue, lexicon.speechVerbs.contains(word.key) || lexicon.separableVerbs[word.key] != nil {
            return reportedClause(words, verbAt: w, marks: marks, paragraph: k)
        }
        return nil
    }

    /// `Mevrouw De Vries (VVD) zegt dat haar fractie blij is …`, `De heer Kaya vraagt waarom …`, `Hij wijst erop
    /// dat …`: a person (a name with its title and party, `ze`/`hij`, or the one person with a title) as the
    /// subject that opens the sentence, a speech verb (a separable one with its particle right after it), and
    /// a clause after `dat`, `of` or a question word, without quotation marks, is that person's reported speech
    /// (kind indirect): the clause to the end of the sentence, the question word included.
    ///
    /// In a turn (`turnSpeaker` given) the subject must be someone other than the speaker: a person of the
    /// text (`Wijkregisseur Karin Bos zei dat …`), or someone the speaker tells of without a name (`Een buurvrouw
    /// vertelde me dat …`: speaker unknown, as a quotation in an anecdote); never `ik`, `we` or a pronoun, and an
    /// object pronoun may stand before the clause (`vertelde me dat`). A pronoun there is the one other
    /// person the turn named before it (`mentioned`: `Wijkagent Bram Koster belde terug. Hij zei dat …`).
    func reportedClause(_ words: [Word], verbAt v: Int, marks: [QuoteMarks.Found], paragraph: Int,
                        turnSpeaker: Int?? = nil, mentioned: Int? = nil) -> (quote: Quote, end: Int)? {
        let inTurn = turnSpeaker != nil
        var c = v + 1
        if inTurn, c < words.count, Self.turnObjects.contains(words[c].key) { c += 1 }
        if lexicon.speechVerbs.contains(words[v].key) {
            if c < words.count, lexicon.separableVerbs[words[v].key]?.contains(words[c].key) == true { c += 1 }
        } else {
            guard c < words.count, lexicon.separableVerbs[words[v].key]?.contains(words[c].key) == true else { return nil }
            c += 1
        }
        guard c < words.count, words[c].isWord, Self.complementisers.contains(words[c].key) || Self.questionWords.contains(words[c].key),
              let sentence = sentence(containing: words[v].span.start) else { return nil }
        var first = Self.firstWord(words, from: sentence.start)
        // A turn's first sentence starts with its label (`Youssef: Een buurvrouw vertelde …`): the subject after it.
        if inTurn, let colon = words[first..<v].lastIndex(where: { $0.text == ":" }) { first = colon + 1 }
        guard first < v else { return nil }
        let speaker: Int?
        if let turnSpeaker {
            if v - first == 2, words[first].key == "een", words[first + 1].isWord, words[first + 1].isRole {
                speaker = nil  // an anecdote's someone: unknown, as a quotation in an anecdote
            } else if v - first == 1, Self.pronouns.contains(words[first].key), !words[v].key.hasSuffix("en"),
                      let mentioned, mentioned != turnSpeaker {
                speaker = mentioned
            } else if !Self.pronouns.contains(words[first].key), let named = subject(words, from: first, to: v), named != turnSpeaker {
                speaker = named
            } else {
                return nil
            }
        } else {
            guard let named = subject(words, from: first, to: v) else { return nil }
            speaker = named
        }
        var end = c + 1
        while end < words.count, words[end].span.start < sentence.end, !Self.sentenceEnds.contains(words[end].text) { end += 1 }
        let from = Self.questionWords.contains(words[c].key) ? c : c + 1
        // `vertelt hoe dat ging` announces what follows; a question-word clause says something from four words on.
        guard words[from..<end].count(where: \.isWord) >= (from == c ? 4 : 3),
              !marks.contains(where: { $0.outer.start < words[end - 1].span.end && $0.outer.end > words[first].span.start }) else { return nil }
        let quote = Quote(span: Span(words[from].span.start, words[end - 1].span.end), kind: .indirect, paragraph: paragraph,
                          cue: words[v].key, speaker: speaker, confidence: speaker == nil ? 0 : 0.75)
        return (quote, end)
    }

    /// Object pronouns a speaker in a turn puts between a speech verb and what was said (`vertelde me dat`).
    static let turnObjects: Set<String> = ["me", "mij", "ons"]

    /// `Het aantal ouderen dat eenzaam is, groeit sneller dan het aantal vrijwilligers. Dat zegt Sandra Mulder,
    /// directeur van …`: a sentence opening with `Dat` and a speech verb in the singular with a person after
    /// it (as after a quotation: a name with its title, or `ze`/`hij`) makes the sentence before, in the
    /// same paragraph and without quotation marks, that person's indirect speech.
    func thatSays(_ words: [Word], at w: Int, marks: [QuoteMarks.Found], paragraph k: Int) -> (quote: Quote, end: Int)? {
        guard !words[w + 1].key.hasSuffix("en"), let (cue, end) = inversion(words, at: w + 1), let speaker = cue.speaker,
              end == words.count || Self.sentenceEnds.contains(words[end].text) || words[end].text == ",",
              let this = sentence(containing: words[w].span.start), this.start == words[w].span.start,
              w > 0, let before = sentence(containing: words[w - 1].span.start),
              before.start >= document.paragraphs[k].span.start,
              !marks.contains(where: { $0.outer.start < before.end && $0.outer.end > before.start }),
              !quotes.contains(where: { $0.paragraph == k && $0.span.start < before.end && $0.span.end > before.start }) else { return nil }
        var first = Self.firstWord(words, from: before.start)
        let last = Self.lastWord(words, before: before.end)
        // A dateline (`ZWOLLE - Het aantal …`) is not what was said.
        if first + 2 <= last, ["-", "–", "—"].contains(words[first + 1].text),
           document.text.withUnsafeBufferPointer({ PlainTextLayout.isAllCaps($0, words[first].span) }) { first += 2 }
        guard first <= last, words[first...last].count(where: \.isWord) >= 3 else { return nil }
        let quote = Quote(span: Span(words[first].span.start, words[last].span.end), kind: .indirect, paragraph: k,
                          cue: words[w + 1].key, speaker: speaker, confidence: 0.75)
        return (quote, end)
    }

    static let complementisers: Set<String> = ["dat", "of"]
    static let questionWords: Set<String> = ["waarom", "hoe", "wat", "wie", "wanneer", "waar", "welke", "hoeveel", "waarmee", "waarvoor"]

    /// The person words `from..<to` name as a sentence's subject, and nothing more: `ze`/`hij` (before a verb
    /// in the singular), a name with its title, form of address and a bracketed party (`De heer Kaya (DENK)`,
    /// `Wethouder Bakker`), or a title alone that one person of the text holds (`De voorzitter`).
    func subject(_ words: [Word], from: Int, to: Int) -> Int? {
        var to = to
        if to - from >= 3, words[to - 1].text == ")", let open = words[from..<to].lastIndex(where: { $0.text == "(" }), open > from { to = open }
        if to - from == 1, Self.pronouns.contains(words[from].key) {
            return words[to].key.hasSuffix("en") ? nil : pronounSpeaker(words[from].key)
        }
        let at = appositions.titleEnd(words, from: from)
        if let (range, name) = Names.parse(words, at: at), at == from || range.lowerBound == at {
            if range.upperBound == to { return register.resolve(name) }
            // `Onderzoeker Lisa van Dam van Movisie concludeert dat …`: the name's organisation before the verb.
            if range.upperBound + 1 < to, ["van", "bij"].contains(words[range.upperBound].key),
               words[(range.upperBound + 1)..<to].allSatisfy({ $0.isWord && ($0.isCapitalised || Appositions.articles.contains($0.key)) }),
               appositions.organisation(words, from: range.upperBound + 1) != nil {
                return register.resolve(name)
            }
        }
        if from + 1 < to, Self.determiners.contains(words[from].key), words[(from + 1)..<to].allSatisfy({ $0.isWord && $0.isRole }) {
            return uniquePerson(withRole: Names.text(words, (from + 1)..<to))
        }
        return nil
    }

    /// The sentence holding byte `offset`: sentences are in text order without overlap, so a binary search
    /// (a scan per cue grew with the square of a long document's cues).
    func sentence(containing offset: Int) -> Span? {
        let sentences = document.sentences
        var low = 0, high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        return low < sentences.count && sentences[low].start <= offset ? sentences[low] : nil
    }

    /// `Volgens Manon zijn er vijf condities …` / `Dat is volgens Dennis wat …`: the reported words, kind indirect.
    func indirectSpeech(_ words: [Word], at k: Int, paragraph: Int) -> Quote? {
        guard k + 1 < words.count else { return nil }
        var speaker: Int?
        var nameEnd: Int
        if Self.objectPronouns.contains(words[k + 1].key) {
            speaker = salient
            nameEnd = k + 2
        } else if k + 3 < words.count, words[k + 1].key == "de", words[k + 2].isWord, words[k + 2].isRole, !words[k + 3].isCapitalised,
                  let person = uniquePerson(withRole: words[k + 2].text) {
            // `Volgens de wethouder melden zich …`: the one person of the text with that title.
            speaker = person
            nameEnd = k + 3
        } else {
            // volgens opbouwwerker Kees Wennink van welzijnsorganisatie Avedan
            let at = appositions.titleEnd(words, from: k + 1)
            guard let (range, name) = Names.parse(words, at: at), let person = register.resolve(name) else { return nil }
            speaker = person
            nameEnd = range.upperBound
            if nameEnd < words.count, words[nameEnd].key == "van" || words[nameEnd].key == "bij" {
                var o = nameEnd + 1
                if o < words.count, ["de", "het"].contains(words[o].key) { o += 1 }
                while o < words.count, words[o].isWord, words[o].isCapitalised || words[o].isOrganisationCue { o += 1 }
                if o > nameEnd + 1 { nameEnd = o }
            }
        }
        // `Volgens Yusuf Demir, jongerenwerker bij Alifa, zat …`: a role between commas introduces the source;
        // the clause starts after the second comma.
        if nameEnd < words.count, words[nameEnd].text == ",", speaker != nil,
           appositions.after(words, nameEnd: nameEnd).role != nil,
           let close = words[(nameEnd + 1)...].firstIndex(where: { $0.text == "," || Self.sentenceEnds.contains($0.text) }),
           words[close].text == ",", close + 1 < words.count {
            nameEnd = close + 1
        }
        // Several sources (volgens Chantal, Jorinde en Lou) are not one speaker.
        if nameEnd < words.count, words[nameEnd].text == "," || words[nameEnd].key == "en" { return nil }
        guard let sentence = sentence(containing: words[k].span.start) else { return nil }
        let trailing: Set<String> = [".", ":", ";", "!", "?", ","]
        var span: Span
        let rest = words.filter { $0.span.start >= (nameEnd < words.count ? words[nameEnd].span.start : sentence.end) && $0.span.end <= sentence.end }
        if rest.contains(where: \.isWord), let first = rest.first {
            let lastWord = rest.last { !trailing.contains($0.text) } ?? first
            span = Span(first.span.start, lastWord.span.end)
        } else {
            // `Dat werkt, volgens Jan.`: the words before it.
            let head = words.filter { $0.span.start >= sentence.start && $0.span.end <= words[k].span.start }
            guard let first = head.first, let lastWord = head.last(where: { !trailing.contains($0.text) }) else { return nil }
            span = Span(first.span.start, lastWord.span.end)
        }
        return Quote(span: span, kind: .indirect, paragraph: paragraph, cue: "volgens", speaker: speaker,
                     confidence: speaker == nil ? 0 : 0.8)
    }

    func uniquePerson(withRole role: String) -> Int? {
        let key = Fold.key(role)
        let hits = register.people.indices.filter { register.people[$0].role.map { Fold.key($0).contains(key) } ?? false }
        return hits.count == 1 ? hits[0] : nil
    }

    /// The first word starting at or after `offset`. Words are in text order without overlap, so both ends of
    /// their spans ascend: a binary search, not a scan from the paragraph's start per quote (a paragraph of
    /// 4 MB, as text extracted without line breaks gives, spent most of its 3 s there).
    static func firstWord(_ words: [Word], from offset: Int) -> Int {
        Self.partition(words.count) { words[$0].span.start >= offset }
    }

    /// The last word ending at or before `offset`, or -1.
    static func lastWord(_ words: [Word], before offset: Int) -> Int {
        Self.partition(words.count) { words[$0].span.end > offset } - 1
    }

    /// The first index in 0..<count where `isAfter` holds, given that it holds from some index on.
    static func partition(_ count: Int, _ isAfter: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if isAfter(mid) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
