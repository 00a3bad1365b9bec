/// How turn labels and interview introductions name their speakers: cast lines, role labels, the
/// organisation that held an interview, a speaker introducing themselves.
extension SpeechAnalyzer {
    /// Header lines that say who a label stands for (`Respondent: Ruud Hendriks, wethouder …`): a label,
    /// then a name and no sentence, before the first turn.
    func castLines(_ paragraphs: [Paragraph], _ document: Document) -> Set<Int> {
        var cast: Set<Int> = []
        for (k, p) in paragraphs.enumerated() where !p.isHeading {
            guard let label = p.label else { continue }
            let content = Array(p.words[label.contentWord...])
            let text = document.string(document.paragraphs[k].span)
            let endsSentence = text.hasSuffix(".") || text.hasSuffix("?") || text.hasSuffix("!")
            if !endsSentence, let parsed = Names.parse(content, at: 0), parsed.range.lowerBound == 0,
               parsed.range.upperBound == content.count || content[parsed.range.upperBound].text == "," || content[parsed.range.upperBound].text == "(" {
                cast.insert(k)
            } else {
                break  // the first real turn ends the header
            }
        }
        return cast
    }

    /// A cast line names one person for its label (`Respondent: Marco Tijhuis, teamleider …`), or lists
    /// several, separated by semicolons.
    func registerCastLine(_ p: Paragraph, _ register: inout PersonRegister) {
        guard let label = p.label else { return }
        registerCast(Array(p.words[label.contentWord...]), label: label, &register)
    }

    /// Registers the people of a cast list (`Aanwezig: …; …`, see `Names.castListHeaders`) before the first
    /// turn; false when `p` is none.
    @discardableResult
    func registerCastList(_ p: Paragraph, _ register: inout PersonRegister) -> Bool {
        guard p.label == nil, !p.isHeading, p.words.count > 2, p.words[1].text == ":", Names.castListHeaders.contains(p.words[0].key) else { return false }
        registerCast(Array(p.words[2...]), label: nil, &register)
        return true
    }

    /// A profile box before an interview, a field per line: `Naam: Tim Verbeek`, `Functie: kwartiermaker sociale
    /// basis`, `Organisatie: gemeente Helmond` (also `Rol:`, `Werkgever:`). Registers the person with that role
    /// and organisation.
    func registerProfile(_ paragraphs: ArraySlice<Paragraph>, _ register: inout PersonRegister) {
        for k in paragraphs.indices {
            let words = paragraphs[k].words
            guard words.count > 2, words[1].text == ":", words[0].key == "naam", let parsed = Names.parse(words, at: 2),
                  parsed.range.lowerBound == 2, parsed.range.upperBound == words.count else { continue }
            let person = register.add(parsed.name)
            for field in paragraphs[(k + 1)...].prefix(4) {
                let f = field.words
                guard f.count > 2, f[1].text == ":" else { break }
                let value = Names.text(f, 2..<f.count)
                switch f[0].key {
                case "functie", "rol", "beroep": register.setRole(person, value.lowercased(), category: lexicon.cachedRoleCategory(value))
                case "organisatie", "werkgever": register.setOrganisation(person, value, type: lexicon.cachedOrganisationType(value))
                default: continue
                }
            }
            return
        }
    }

    /// `Deelnemers: vier jongeren uit Gouda-Oost`, `spraken we met zes inwoners`: the title of the one kind of
    /// participant an introduction counts (`jongere`, `inwoner`), which every participant label without a title
    /// of its own then has; nil when it counts none or several kinds.
    func participantTitle(_ paragraphs: ArraySlice<Paragraph>) -> String? {
        var titles: Set<String> = []
        for p in paragraphs where !p.isHeading {
            let words = p.words
            for k in words.indices.dropLast() where words[k].isWord && Self.countWords.contains(words[k].key) {
                if words[k + 1].isWord, !words[k + 1].isCapitalised, let title = lexicon.singularTitle(words[k + 1].key) { titles.insert(title.key) }
            }
        }
        return titles.count == 1 ? titles.first : nil
    }

    static let countWords: Set<String> = ["twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"]

    /// `Moderator (M): Eline Vos, onderzoeker bij …` anywhere before the first turn: a role label, the letters its
    /// turns carry in brackets, and the person, whose turns `M:` then are.
    func registerAbbreviatedRoles(_ words: [Word], _ register: inout PersonRegister) {
        var k = 0
        while k + 5 < words.count {
            defer { k += 1 }
            // `… in het wijkcentrum. Moderator: Femke Jansen (Movisie). Vijf deelnemers …`: a role label that
            // opens a sentence of an introduction, then a name: whose turns `Moderator:` are.
            if words[k + 1].text == ":", words[k].isWord, words[k].isCapitalised, k == 0 || [".", "*", "_"].contains(words[k - 1].text),
               let label = Self.introducedLabel(words[k].key) {
                if register.resolve(label) == nil,
                   let found = registerHeaderPerson(words, from: k + 2, alias: label, interviewer: TurnLabels.interviewerLabels.contains(Fold.key(label)),
                                                    &register) {
                    // The one who asks a council's written questions for a party is a politician, not an interviewer.
                    if label == "Vraag", found.organisation.organisationType == "politieke partij" {
                        register.setRoleCategory(found.person, "politiek")
                    }
                    continue
                }
            }
            guard words[k + 4].text == ":", words[k + 1].text == "(", words[k + 3].text == ")", words[k].isWord,
                  TurnLabels.roleLabels.contains(words[k].key) else { continue }
            let short = words[k + 2].text
            guard (1...3).contains(short.count), short.first!.isUppercase, short.allSatisfy(\.isLetter) else { continue }
            registerHeaderPerson(words, from: k + 5, alias: short, interviewer: TurnLabels.interviewerLabels.contains(words[k].key), &register)
        }
    }

    /// The person a header names from word `from` to the next `;` or `.` (`Eline Vos, onderzoeker bij …`,
    /// `Femke Jansen (Movisie)`), registered with the role and organisation after the name and with `alias`,
    /// the label their turns carry; nil when no name starts there.
    @discardableResult
    private func registerHeaderPerson(_ words: [Word], from start: Int, alias: String, interviewer: Bool,
                                      _ register: inout PersonRegister) -> (person: Int, organisation: Appositions.Found)? {
        let entry = Array(words[start...].prefix { $0.text != ";" && $0.text != "." })
        guard let parsed = Names.parse(entry, at: 0), parsed.range.lowerBound == 0 else { return nil }
        let person = register.add(parsed.name)
        register.addAlias(alias, for: person)
        let found = Appositions(lexicon: lexicon).after(entry, nameEnd: parsed.range.upperBound)
        if let role = found.role { register.setRole(person, role, category: lexicon.cachedRoleCategory(role)) }
        if let org = found.organisation { register.setOrganisation(person, org, type: found.organisationType) }
        if interviewer { register.setRoleCategory(person, "interviewer") }
        return (person, found)
    }

    /// The turn label a header word stands for: an interviewer's own label (`Moderator`, `Gespreksleider`), or
    /// `Vraag` for the one who asks a council's written questions (`Vragensteller: Ingrid de Boer (CDA)`).
    static func introducedLabel(_ key: String) -> String? {
        if ["moderator", "gespreksleider", "interviewer", "interviewster"].contains(key) { return key.prefix(1).uppercased() + key.dropFirst() }
        return ["vragensteller", "vragenstelster", "vraagsteller"].contains(key) ? "Vraag" : nil
    }

    /// Each entry (`Name (initials), role bij organisation`, entries separated by semicolons): the person,
    /// the initials their turns carry, their role and organisation. A label aliases the person only when
    /// it names one.
    private func registerCast(_ content: [Word], label: TurnLabels.Label?, _ register: inout PersonRegister) {
        let entries = content.split(whereSeparator: { $0.text == ";" }).map(Array.init)
        for entry in entries {
            guard let parsed = Names.parse(entry, at: 0), parsed.range.lowerBound == 0 else { continue }
            let person = register.add(parsed.name)
            let single = entries.count == 1 ? label : nil
            if let single {
                register.addAlias(single.text, for: person)
                if single.isRole { for short in TurnLabels.abbreviations(of: single.text) { register.addLookup(short, for: person) } }
            }
            var end = parsed.range.upperBound
            if let initials = Self.initialsNote(entry, at: end), lexicon.cachedOrganisationType(initials) == nil {
                register.addAlias(initials, for: person)
                end += 3
            }
            let found = Appositions(lexicon: lexicon).after(entry, nameEnd: end)
            if let role = found.role { register.setRole(person, role, category: lexicon.cachedRoleCategory(role)) }
            if let org = found.organisation { register.setOrganisation(person, org, type: found.organisationType) }
            if let single, TurnLabels.interviewerLabels.contains(Fold.key(single.text)) { register.setRoleCategory(person, "interviewer") }
        }
    }

    /// `(JdB)` or `(MV)` at `k`: one word of two to five letters, two or more of them capitals, in brackets
    /// (`(Movisie)` or `(D66)` is an organisation, not initials).
    static func initialsNote(_ words: [Word], at k: Int) -> String? {
        guard k + 2 < words.count, words[k].text == "(", words[k + 2].text == ")" else { return nil }
        let text = words[k + 1].text
        let letters = text.unicodeScalars
        guard (2...5).contains(letters.count), letters.allSatisfy({ $0.properties.isAlphabetic }),
              let first = letters.first, first.properties.isUppercase,
              letters.filter({ $0.properties.isUppercase }).count >= 2 else { return nil }
        return text
    }


    /// The organisation an introduction says held the interview: a known organisation (one with a type)
    /// just before `sprak met`, `interviewde` or `ging in gesprek met`, opening its sentence.
    func interviewingOrganisation(_ paragraphs: ArraySlice<Paragraph>) -> (name: String, type: String)? {
        for p in paragraphs where !p.isHeading {
            let words = p.words
            for k in words.indices where k > 0 && Self.introducesInterview(words, at: k) {
                var start = k
                while start > 0, words[start - 1].isWord, words[start - 1].isCapitalised || words[start - 1].isKnownOrganisation { start -= 1 }
                guard start < k, start == 0 || !words[start - 1].isWord || words[start - 1].text == "." else { continue }
                let name = words[start..<k].map(\.text).joined(separator: " ")
                if let type = lexicon.cachedOrganisationType(name) { return (name, type) }
            }
        }
        return nil
    }

    /// `sprak met`, `interviewde`, `ging in gesprek met` at word `k`.
    static func introducesInterview(_ words: [Word], at k: Int) -> Bool {
        func key(_ i: Int) -> String { i < words.count ? words[i].key : "" }
        switch words[k].key {
        case "interviewde", "interviewden": return true
        case "sprak", "spraken": return key(k + 1) == "met"
        case "ging", "gingen": return key(k + 1) == "in" && key(k + 2) == "gesprek" && key(k + 3) == "met"
        default: return false
        }
    }

    /// The name a label's note consists of (`mevrouw Van Gorp`, `De Vries`), nil for any other note
    /// (`D66`, `wethouder`, `Movisie`, `Kees, 71`).
    func personNamed(_ note: String) -> String? {
        let bytes = Array(note.utf8)
        var words = Words.tokenize(bytes, Span(0, bytes.count))
        var cache = WordCache()
        lexicon.annotate(&words, cache: &cache)
        guard let parsed = Names.parse(words, at: 0), parsed.range == words.indices else { return nil }
        return parsed.name
    }

    /// The one person the register knows that `turns` name, after their labels; nil for none or several.
    func onlyPersonNamed(in turns: [Int], _ paragraphs: [Paragraph], _ register: PersonRegister) -> Int? {
        var found: Set<Int> = []
        for q in turns {
            let words = paragraphs[q].words
            var i = paragraphs[q].label?.contentWord ?? 0
            while i < words.count {
                if words[i].isCapitalised, let parsed = Names.parse(words, at: i), let person = register.resolve(parsed.name) {
                    found.insert(person)
                    i = parsed.range.upperBound
                } else {
                    i += 1
                }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// A web or magazine interview whose questions are bold paragraphs without labels (`<p><strong>Hoe werken
    /// jullie samen met scholen?</strong></p>`): each question becomes a `Vraag` turn and the paragraph after it
    /// an `Antwoord` turn, so the answers are the interviewee's as in a `Vraag:`/`Antwoord:` interview. Each
    /// question is a bold (or, on a web page, italic: `<p><em>…?</em></p>`) sentence of three words or more
    /// ending in `?` and followed by plain text; a bold subheading (`Wat werkt?`) is none, and one question
    /// alone makes no transcript (that takes three turns).
    ///
    /// Questions set as subheadings (`<h3>Wat is Samen Oud in Oost?</h3>`) count the same way, but only in a
    /// text whose title or introduction (the three paragraphs before the first question) announces an interview
    /// (`Drie vragen aan Ellen Mulder`, `in gesprek met`, `We vroegen haar …`) and whose subheadings are all
    /// questions: a page of frequently asked questions, or an article with a question as one of its
    /// subheadings, has such headings too, and no one speaking.
    func markBoldQuestions(_ paragraphs: inout [Paragraph], _ document: Document) {
        var questions: [Int] = []
        var headings: [Int] = []
        for k in paragraphs.indices {
            let p = paragraphs[k]
            guard p.words.last?.text == "?", p.label == nil, p.marks.isEmpty, p.words.count(where: \.isWord) >= 3 else { continue }
            if !p.isHeading, document.paragraphs[k].isBold || document.paragraphs[k].isItalic {
                questions.append(k)
            } else if case .heading(let level) = document.paragraphs[k].kind, level >= 2 {
                headings.append(k)
            }
        }
        // A title, or an introduction of at most three paragraphs before the first question (after a profile box:
        // `Naam:`, `Functie:`), that announces the interview, then nothing but question subheadings.
        if headings.count >= 2, let first = headings.first, questions.isEmpty,
           paragraphs[max(0, first - 3)..<first].contains(where: { Self.announcesInterview($0.words) })
            || paragraphs.first.map({ $0.isHeading && Self.announcesInterview($0.words) }) == true,
           paragraphs.indices.allSatisfy({ k in
               guard k > first, case .heading(let level) = document.paragraphs[k].kind, level >= 2 else { return true }
               return headings.contains(k)
           }) {
            questions = headings
        }
        // `<h2>Waarom een nieuwe aanpak?</h2><p><b>Dijkstra:</b> ‘…’</p>`: a double interview labels its answers
        // by name, so only the questions need one.
        let labelledAnswers = !headings.isEmpty && questions == headings
            && questions.allSatisfy { q in q + 1 < paragraphs.count && paragraphs[q + 1].label != nil }
        guard !questions.isEmpty, labelledAnswers || questions.allSatisfy({ q in
            q + 1 < paragraphs.count && !paragraphs[q + 1].isHeading && paragraphs[q + 1].label == nil
                && !document.paragraphs[q + 1].isBold && !document.paragraphs[q + 1].isItalic
        }) else { return }
        for q in questions {
            paragraphs[q].isHeading = false
            paragraphs[q].isStandaloneQuestion = labelledAnswers
            for (k, text) in [(q, "Vraag"), (q + 1, "Antwoord")] where k == q || paragraphs[k].label == nil {
                paragraphs[k].label = TurnLabels.Label(text: text, isRole: true, note: nil,
                                                       contentStart: document.paragraphs[k].span.start, contentWord: 0,
                                                       isUnwritten: true)
            }
        }
    }

    /// Words by which a text announces the interview that follows: `vragen aan`, `in gesprek met`, `interview`,
    /// `vroegen haar`, `sprak met`.
    static func announcesInterview(_ words: [Word]) -> Bool {
        for (i, w) in words.enumerated() where w.isWord {
            let next = i + 1 < words.count ? words[i + 1].key : ""
            switch w.key {
            case "interview", "vraaggesprek", "dubbelinterview": return true
            case "vragen": if next == "aan" { return true }
            case "gesprek": if next == "met" { return true }
            case "vroegen", "vroeg": if ["haar", "hem", "hen", "hun"].contains(next) { return true }
            case "sprak", "spraken": if next == "met" { return true }
            default: break
            }
        }
        return false
    }

    /// The person a byline paragraph names: a dash (which a caption under a <blockquote> may leave out), titles
    /// perhaps, a name the register knows, and at most an apposition (`— Noor Vermeulen, consulent bij het
    /// Mantelzorgpunt`, `Deelnemer en taalvrijwilliger Hatice Yıldız`), with no quotation of its own.
    func byline(_ p: Paragraph, _ register: PersonRegister, dashOptional: Bool = false) -> Int? {
        let words = p.words
        guard p.marks.isEmpty, let first = words.first else { return nil }
        let dashed = Self.bylineDashes.contains(first.text)
        var start = dashed ? 1 : 0
        // `<figcaption>Deelnemer en taalvrijwilliger Hatice Yıldız</figcaption>`: titles before the name.
        while start + 1 < words.count, words[start].isWord, words[start].isRole || TurnLabels.roleLabels.contains(words[start].key)
                || (start > 0 && words[start].key == "en") {
            start += 1
        }
        guard dashed || dashOptional, let (range, name) = Names.parse(words, at: start), range.lowerBound == start else { return nil }
        guard range.upperBound == words.count || [",", "("].contains(words[range.upperBound].text) else { return nil }
        return register.resolve(name)
    }

    /// The title a label opens with before a name of two words or more (`Huisarts` of `Huisarts Koen Bosman`).
    static func titleBeforeName(_ label: String, _ lexicon: SpeakerLexicon) -> String? {
        guard let space = label.utf8.firstIndex(of: 0x20) else { return nil }
        let rest = label[label.index(after: space)...]
        guard let last = rest.utf8.lastIndex(of: 0x20), rest.first?.isUppercase == true,
              rest[rest.index(after: last)...].first?.isUppercase == true else { return nil }
        let title = String(label[..<space])
        return lexicon.isRoleWord(title) ? title : nil
    }

    /// `„Hier durf ik fouten te maken.” – Tigist, 34`: the signature after a quotation in its own paragraph,
    /// from the dash to the paragraph's end, as a byline paragraph of its own; nil when anything but closing
    /// punctuation stands between the quotation and the dash, or no dash follows.
    func inlineByline(_ p: Paragraph, after end: Int) -> Paragraph? {
        guard let dash = p.words.firstIndex(where: { $0.span.start >= end && !Self.bylineClosers.contains($0.text) }),
              Self.bylineDashes.contains(p.words[dash].text), dash + 1 < p.words.count,
              !p.marks.contains(where: { $0.outer.start > p.words[dash].span.start }) else { return nil }
        return Paragraph(words: Array(p.words[dash...]), marks: [], label: nil, isHeading: false)
    }

    /// What may stand between a quotation's words and its signature's dash: its closing mark and a stop.
    static let bylineClosers = RegisterBuilder.closingMarks.union([".", ",", "!", "?"])

    /// The dashes a byline opens with.
    static let bylineDashes: Set<String> = ["—", "–", "-", "―"]

    /// `— mantelzorger, 64 jaar` under a quotation: the respondent the byline describes.
    func describedByline(_ p: Paragraph, _ describer: inout Attribution) -> Int? {
        let words = p.words
        guard p.marks.isEmpty, words.count >= 2, Self.bylineDashes.contains(words[0].text) else { return nil }
        return describer.describedRespondent(words, 1..<words.count, wholeRange: true)?.person
    }

    /// The person a speaker names as themselves in their turn: `ik ben`, `ik heet` or `mijn naam is` and a
    /// first name and surname the register knows.
    func introducedPerson(_ words: [Word], from start: Int, _ register: PersonRegister) -> Int? {
        var k = start
        while k + 2 < words.count {
            // A first name alone only as the whole predicate: `Ik ben Marco, ervaringsdeskundige.`, `Ik ben Marco.`
            if let at = RegisterBuilder.selfNaming(words, k), let (range, name) = Names.find(words, at: at), range.lowerBound == at,
               name.count >= 2 || name.upperBound < words.count && [",", "."].contains(words[name.upperBound].text) {
                return register.resolve(Names.text(words, name))
            }
            k += 1
        }
        return nil
    }

    /// The person a turn label stands for; role labels without a cast line become people named after the label.
    func speaker(forLabel label: TurnLabels.Label, _ register: inout PersonRegister) -> Int? {
        // `Bewoner (mevrouw Van Gorp):`, `Raadslid (De Vries):`: a role whose note names the person speaking.
        if let note = label.note, label.isRole || lexicon.isRoleWord(label.text), let name = personNamed(note) {
            let person = register.resolve(name) ?? register.add(name)
            if !label.isRole, register.people[person].role == nil {
                register.setRole(person, label.text.lowercased(), category: lexicon.cachedRoleCategory(label.text))
            } else if register.people[person].roleCategory == nil, let category = lexicon.cachedRoleCategory(label.text) {
                register.setRoleCategory(person, category)
            }
            return person
        }
        // `Raadslid (D66):` and `Raadslid (VVD):` in a council debate are two members: a role label with a party
        // is the member of that party (other notes, such as `Interviewer (Movisie):`, leave the label one person).
        if let note = label.note, label.isRole || lexicon.isRoleWord(label.text),
           lexicon.cachedOrganisationType(note) == "politieke partij" {
            // `Raadslid Yilmaz (GroenLinks):` names the member: the title is her role, not part of a label.
            let words = label.text.split(separator: " ").map(String.init)
            let named = words.count > 1 && lexicon.isRoleWord(words[0]) && words.last!.first!.isUppercase
            let name = named ? label.text : label.text + " " + note
            let title = named ? words[0] : label.text
            let person = register.resolve(name) ?? register.add(name)
            if register.people[person].roleCategory == nil { register.setRole(person, title.lowercased(), category: lexicon.cachedRoleCategory(title)) }
            register.setOrganisation(person, note, type: "politieke partij")
            return person
        }
        let key = Fold.key(label.text)
        // `Deelnemer (moeder, 38):`: a participant the note describes, not named; one per description (two
        // participants of a focus group are two people), with the title the note gives, first or among its
        // parts (`P1 (vrouw, 45, mantelzorger):`).
        // A note of several parts with a title is a description even when a part reads as an organisation
        // (`mantelzorger` matches `mantelzorg*`); `Interviewer (Movisie):` names the organisation instead.
        let parts = label.note?.split(separator: ",").map { String($0.drop { $0 == " " }.prefix { $0 != " " }) } ?? []
        let listedTitle = parts.count > 1 ? parts.first { lexicon.isRoleWord($0) } : nil
        if label.isRole, let note = label.note, !TurnLabels.interviewerLabels.contains(key),
           listedTitle != nil || lexicon.cachedOrganisationType(note) == nil {
            let person = register.addDescribed(label.text + " (" + note + ")")
            let title = listedTitle ?? String(note.prefix { $0 != "," && $0 != " " })
            if lexicon.isRoleWord(title) {
                register.setRole(person, title.lowercased(), category: lexicon.cachedRoleCategory(title))
            } else if let category = lexicon.cachedRoleCategory(label.text) {
                register.setRoleCategory(person, category)
            }
            return person
        }
        // `Huisarts Koen Bosman:` is Koen Bosman, whose title it is: his later `Koen Bosman:` turns are his too.
        let title = label.isRole ? nil : Self.titleBeforeName(label.text, lexicon)
        let name = title.map { String(label.text.dropFirst($0.count + 1)) } ?? label.text
        let known = register.resolve(name)
        // Questions of someone the text does not name, whether only the layout marks them or a label says
        // `Vraag:`, `V:`, `I:` or `Verslaggever:`: a described interviewer (`interviewer`, `verslaggever`,
        // `moderator`), one per document, not a speaker called `Vraag` or `V` in the speaker lists.
        if known == nil, label.isUnwritten ? key == "vraag" : label.isRole && TurnLabels.interviewerLabels.contains(key) {
            let description = TurnLabels.interviewerDescriptions[key] ?? key
            let person = register.addDescribed(description)
            register.setRole(person, description, category: "interviewer")
            return person
        }
        let person = known ?? register.add(name)
        // `Movisie:` asking the questions: the organisation speaks for itself.
        if label.isRole, let type = lexicon.knownOrganisationType(label.text) { register.setOrganisation(person, label.text, type: type) }
        // A role label says the category even of someone met before without one (`I:` taken for a name).
        if label.isRole, register.people[person].roleCategory == nil {
            if TurnLabels.interviewerLabels.contains(key) {
                register.setRoleCategory(person, "interviewer")
            } else if let category = lexicon.cachedRoleCategory(label.text) {
                register.setRoleCategory(person, category)  // De voorzitter
            }
        }
        if known != nil {
            if let title, register.people[person].role == nil {
                register.setRole(person, title.lowercased(), category: lexicon.cachedRoleCategory(title))
            }
            return person
        }
        // `Oude Nijhuis, Fleur (Extern)`: Teams marks guests so; that is no organisation.
        if !label.isRole, let note = label.note, !TurnLabels.guestMarks.contains(Fold.key(note)) {
            // `Mevrouw Bergkamp (D66)`, `De Vries (wethouder)`
            if lexicon.isRoleWord(note) || lexicon.cachedRoleCategory(note) != nil {
                register.setRole(person, note.lowercased(), category: lexicon.cachedRoleCategory(note))
            } else {
                register.setOrganisation(person, note, type: lexicon.cachedOrganisationType(note))
            }
        }
        if let first = label.text.split(separator: " ").first, lexicon.isRoleWord(String(first)), !label.isRole {
            register.setRole(person, String(first).lowercased(), category: lexicon.cachedRoleCategory(String(first)))
        }
        return person
    }
}
