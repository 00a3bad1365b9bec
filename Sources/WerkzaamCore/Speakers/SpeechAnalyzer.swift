/// The quotations, turns and indirect speech of one document, with the people who speak.
public struct SpeechAnalysis: Sendable {
    public var quotes: [Quote]
    public var register: PersonRegister
    public var isTranscript: Bool
}

/// Finds who said what in one document (DESIGN §4): turns in transcripts, quotations in articles,
/// each attributed by the strongest cue available, and `nil` where a careful reader could not tell.
public struct SpeechAnalyzer: Sendable {
    let lexicon: SpeakerLexicon

    public init(lexicon: SpeakerLexicon) { self.lexicon = lexicon }

    /// Per-paragraph material both passes use.
    struct Paragraph {
        var words: [Word]
        var marks: [QuoteMarks.Found]
        var label: TurnLabels.Label?
        var isHeading: Bool
    }

    public func analyze(_ document: Document, format: SourceFormat) -> SpeechAnalysis {
        var cache = WordCache()
        return analyze(document, format: format, words: &cache)
    }

    /// `words` holds each distinct token made; a worker keeps it from one document to the next.
    public func analyze(_ document: Document, format: SourceFormat, words cache: inout WordCache) -> SpeechAnalysis {
        let builder = RegisterBuilder(lexicon: lexicon)
        let labels = TurnLabels(lexicon: lexicon)
        var paragraphs: [Paragraph] = []
        for p in document.paragraphs {
            let words = Words.tokenize(document.text, p.span, lexicon: lexicon, cache: &cache)
            let isHeading = if case .heading = p.kind { true } else { false }
            let marks = QuoteMarks.find(in: document.text, paragraph: p.span)  // a heading's are read only as a headline quote
            let label = isHeading ? nil : labels.label(words, sourceLabel: p.label)
            paragraphs.append(Paragraph(words: words, marks: marks, label: label, isHeading: isHeading))
        }
        var register = PersonRegister()
        let cast = castLines(paragraphs, document)
        // `Chantal: ‘…’` introduces a quotation; a turn's words follow its label without quote marks.
        let turnStarts = Set(paragraphs.indices.filter { k in
            guard let label = paragraphs[k].label, !cast.contains(k) else { return false }
            return !paragraphs[k].marks.contains { $0.outer.start <= label.contentStart }
        })
        let bodyCount = paragraphs.count { !$0.isHeading }  // counted, not copied
        let isTranscript = format == .vtt || format == .srt
            || (turnStarts.count >= 3 && turnStarts.count * 10 >= bodyCount * 3)

        // Pass 1: the people. Cast lines and turn labels first, then introductions in the text.
        for p in cast.sorted() { registerCastLine(paragraphs[p], &register) }
        let firstTurn = turnStarts.min() ?? paragraphs.count
        var metBeforeTurns: Int?  // how many people the text introduced before its first turn
        var interviewee: Int?  // the one person a question-and-answer interview presents
        let organisations = RegisterBuilder.namedOrganisations(paragraphs.map(\.words))
        for (k, p) in paragraphs.enumerated() where !p.isHeading {
            if k >= firstTurn, metBeforeTurns == nil { metBeforeTurns = register.people.count }
            let skip = isTranscript && turnStarts.contains(k) ? [] : p.marks.map(\.outer)
            builder.scan(p.words, skip: skip, organisations: organisations, into: &register)
        }
        if isTranscript {
            for p in turnStarts.sorted() {
                let label = paragraphs[p].label!
                // `Spreker 1: Welkom … Ik ben Marloes de Jong, adviseur bij Movisie.`: the label is hers.
                if label.isRole, register.resolve(label.text) == nil,
                   let named = introducedPerson(paragraphs[p].words, from: label.contentWord, register) {
                    register.addAlias(label.text, for: named)
                }
                // `Anja Visser is directeur van … Movisie sprak met haar.` then `Vraag:` / `Antwoord:`: the answers
                // are of the one person introduced before them.
                if label.isRole, cast.isEmpty, metBeforeTurns == 1, register.resolve(label.text) == nil,
                   TurnLabels.answerLabels.contains(Fold.key(label.text)) {
                    register.addAlias(label.text, for: 0)
                    interviewee = 0
                }
                _ = speaker(forLabel: label, &register)
            }
            // `Movisie sprak met haar over …`: the questions of that interview are the organisation's.
            if interviewee != nil, let (name, type) = interviewingOrganisation(paragraphs[..<firstTurn]) {
                for p in register.people.indices where register.people[p].roleCategory == "interviewer" {
                    register.setOrganisation(p, name, type: type)
                }
            }
        }

        // Pass 2: the quotes, in reading order.
        var state = Attribution(lexicon: lexicon, document: document, register: register)
        var turn: (index: Int, speaker: Int?)?
        for (k, p) in paragraphs.enumerated() {
            if p.isHeading || cast.contains(k) {
                turn = nil
                state.salient = nil
                state.lastSpeaker = nil
                if p.isHeading { state.quotes += headlineQuotes(p, paragraph: k, document, speaker: interviewee) }
                continue
            }
            if isTranscript, turnStarts.contains(k), let label = p.label {
                let who = speaker(forLabel: label, &state.register)
                let span = Span(label.contentStart, document.paragraphs[k].span.end)
                let cue = document.paragraphs[k].label != nil ? (format == .vtt ? "voice" : "label") : "turn"
                state.quotes.append(Quote(span: span, kind: .turn, paragraph: k, cue: cue, speaker: who,
                                          confidence: who == nil ? 0 : 0.95))
                turn = (state.quotes.count - 1, who)
                state.selfIntroduction(p.words, from: label.contentWord, speaker: who)
            } else if isTranscript, let current = turn {
                state.quotes[current.index].span.end = document.paragraphs[k].span.end
            }
            state.paragraph(k, p, inTurn: turn != nil, turnSpeaker: turn?.speaker)
        }
        var quotes = state.quotes
        register = state.register
        // A question-and-answer interview's headline and other quotations before the first question without a
        // speaker are the interviewee's words.
        if let interviewee {
            for i in quotes.indices where quotes[i].paragraph < firstTurn && quotes[i].speaker == nil && quotes[i].kind == .quote {
                quotes[i].speaker = interviewee
                quotes[i].cue = "interviewee"
                quotes[i].confidence = 0.6
            }
        }
        // Sort first: `repeatOf` holds indices into the final order.
        quotes.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.end < $1.span.end }
        Repeats.mark(&quotes, document: document)
        if isTranscript { Interviewers.mark(quotes, &register, document: document) }
        Affiliations.complete(&register, document: document, words: paragraphs.map(\.words), lexicon: lexicon)
        return SpeechAnalysis(quotes: quotes, register: register, isTranscript: isTranscript)
    }

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

    func registerCastLine(_ p: Paragraph, _ register: inout PersonRegister) {
        guard let label = p.label else { return }
        let content = Array(p.words[label.contentWord...])
        guard let parsed = Names.parse(content, at: 0) else { return }
        let person = register.add(parsed.name)
        register.addAlias(label.text, for: person)
        if label.isRole { for short in TurnLabels.abbreviations(of: label.text) { register.addLookup(short, for: person) } }
        let found = Appositions(lexicon: lexicon).after(content, nameEnd: parsed.range.upperBound)
        if let role = found.role { register.setRole(person, role, category: lexicon.cachedRoleCategory(role)) }
        if let org = found.organisation { register.setOrganisation(person, org, type: found.organisationType) }
        if TurnLabels.interviewerLabels.contains(Fold.key(label.text)) { register.setRoleCategory(person, "interviewer") }
    }

    /// Quoted words in a heading (`Buurtteam Deventer-Oost: ,,We zitten nu aan dezelfde tafel''`): a headline
    /// quotation, its speaker the interviewee of a question-and-answer interview or unknown (a body
    /// quotation it repeats gives it that speaker later, as a pull quote). A quoted term is none: it takes
    /// three words or more that begin with a capital, between closed marks.
    func headlineQuotes(_ p: Paragraph, paragraph k: Int, _ document: Document, speaker: Int?) -> [Quote] {
        p.marks.filter { QuoteMarks.readsAsSpeech($0, in: document.text) }.map { found in
            Quote(span: found.content, kind: .quote, paragraph: k, cue: "heading", speaker: speaker, confidence: speaker == nil ? 0 : 0.6)
        }
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

    /// The person a speaker names as themselves in their turn: `ik ben` and a first name and surname the
    /// register knows.
    func introducedPerson(_ words: [Word], from start: Int, _ register: PersonRegister) -> Int? {
        var k = start
        while k + 2 < words.count {
            if words[k].key == "ik", words[k + 1].key == "ben", let (range, name) = Names.find(words, at: k + 2),
               range.lowerBound == k + 2, name.count >= 2 {
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
        let key = Fold.key(label.text)
        let known = register.resolve(label.text)
        let person = known ?? register.add(label.text)
        // A role label says the category even of someone met before without one (`I:` taken for a name).
        if label.isRole, register.people[person].roleCategory == nil {
            if TurnLabels.interviewerLabels.contains(key) {
                register.setRoleCategory(person, "interviewer")
            } else if let category = lexicon.cachedRoleCategory(label.text) {
                register.setRoleCategory(person, category)  // De voorzitter
            }
        }
        if known != nil { return person }
        if !label.isRole, let note = label.note {
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
