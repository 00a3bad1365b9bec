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
        /// A question subheading over answers labelled by name: a turn of its own, whatever the text's layout.
        var isStandaloneQuestion = false
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
        markBoldQuestions(&paragraphs, document)
        var register = PersonRegister()
        let cast = castLines(paragraphs, document)
        // `Chantal: ‘…’` introduces a quotation; a turn's words follow its label without quote marks.
        let turnStarts = Set(paragraphs.indices.filter { k in
            guard let label = paragraphs[k].label, !cast.contains(k), !paragraphs[k].isStandaloneQuestion else { return false }
            return !paragraphs[k].marks.contains { $0.outer.start <= label.contentStart }
        })
        let bodyCount = paragraphs.count { !$0.isHeading }  // counted, not copied
        let isTranscript = format == .vtt || format == .srt
            || (turnStarts.count >= 3 && turnStarts.count * 10 >= bodyCount * 3)

        // Pass 1: the people. Cast lines and turn labels first, then introductions in the text.
        for p in cast.sorted() { registerCastLine(paragraphs[p], &register) }
        let firstTurn = turnStarts.min() ?? paragraphs.count
        for k in 0..<firstTurn where paragraphs[k].words.count > 2 && paragraphs[k].words[1].text == ":" {
            registerCastList(paragraphs[k], &register)
        }
        if !turnStarts.isEmpty {
            for k in 0..<firstTurn where !paragraphs[k].isHeading { registerAbbreviatedRoles(paragraphs[k].words, &register) }
            registerProfile(paragraphs[..<firstTurn], &register)
        }
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
                } else if label.isRole, cast.isEmpty, register.resolve(label.text) == nil,
                          TurnLabels.answerLabels.contains(Fold.key(label.text)),
                          let guest = onlyPersonNamed(in: turnStarts.filter { $0 < p }.sorted(), paragraphs, register) {
                    // `Presentator: … Te gast is vandaag Ahmed Benali, directeur van …` then `Gast:`: the one
                    // person the turns before it named.
                    register.addAlias(label.text, for: guest)
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
            } else if p.isStandaloneQuestion, let label = p.label {
                let who = speaker(forLabel: label, &state.register)
                state.quotes.append(Quote(span: Span(label.contentStart, document.paragraphs[k].span.end), kind: .turn, paragraph: k,
                                          cue: "turn", speaker: who, confidence: who == nil ? 0 : 0.95))
                turn = nil
                continue
            } else if isTranscript, document.paragraphs[k].opensTurn, !p.words.isEmpty {
                // A subtitle's dialogue dash: someone unnamed speaks. A question is the interviewer's (the one
                // the labels name, or one described); an answer's speaker stays unknown, not the one before.
                var who: Int?
                if p.words.last?.text == "?" {
                    let asking = Set(state.quotes.filter { $0.kind == .turn }.compactMap(\.speaker))
                        .filter { state.register.people[$0].roleCategory == "interviewer" }
                    who = asking.count == 1 ? asking.first
                        : speaker(forLabel: TurnLabels.Label(text: "Vraag", isRole: true, note: nil, contentStart: document.paragraphs[k].span.start,
                                                             contentWord: 0, isUnwritten: true), &state.register)
                }
                state.quotes.append(Quote(span: document.paragraphs[k].span, kind: .turn, paragraph: k, cue: "turn", speaker: who,
                                          confidence: who == nil ? 0 : 0.8))
                turn = (state.quotes.count - 1, who)
            } else if isTranscript, let current = turn {
                state.quotes[current.index].span.end = document.paragraphs[k].span.end
            }
            state.paragraph(k, p, inTurn: turn != nil, turnSpeaker: turn?.speaker)
        }
        var quotes = state.quotes
        register = state.register
        // A `<blockquote>` or pull quote without quote marks is quoted as a whole: the page's markup says so
        // (all but a `— Name` caption inside it).
        if !isTranscript {
            for k in paragraphs.indices where document.paragraphs[k].kind == .blockquote || document.paragraphs[k].kind == .pullquote {
                let p = paragraphs[k]
                guard !p.isHeading, p.marks.isEmpty, !p.words.isEmpty, !["—", "–", "―"].contains(p.words[0].text) else { continue }
                let span = Span(p.words.first!.span.start, p.words.last!.span.end)
                quotes.append(Quote(span: span, kind: .quote, paragraph: k, cue: "blockquote", speaker: nil, confidence: 0))
            }
        }
        // A question-and-answer interview's headline and other quotations before the first question without a
        // speaker are the interviewee's words.
        if let interviewee {
            for i in quotes.indices where quotes[i].paragraph < firstTurn && quotes[i].speaker == nil && quotes[i].kind == .quote {
                quotes[i].speaker = interviewee
                quotes[i].cue = "interviewee"
                quotes[i].confidence = 0.6
            }
        }
        // `“…”` and then `— Noor Vermeulen, consulent bij …` as the next paragraph (a <blockquote> with its <cite>):
        // the quotation is of the person the byline names, whatever the context or the quotation before suggested.
        // Under a <blockquote> the dash may be left out (`<figcaption>Sita Ramdin, wethouder …</figcaption>`).
        if !isTranscript {
            // `— mantelzorger, 64 jaar`: a byline that describes its respondent instead of naming them.
            var describer = Attribution(lexicon: lexicon, document: document, register: register)
            defer { register = describer.register }
            for i in quotes.indices where quotes[i].kind == .quote && (quotes[i].cue == "context" || quotes[i].cue == "chain" || quotes[i].speaker == nil) {
                let next = quotes[i].paragraph + 1
                let kind = document.paragraphs[quotes[i].paragraph].kind
                let caption = kind == .blockquote || kind == .pullquote
                // `„…” – Tigist, 34` in the quotation's own paragraph first, then a byline paragraph under it.
                var person: Int?
                if let signature = inlineByline(paragraphs[quotes[i].paragraph], after: quotes[i].span.end) {
                    person = byline(signature, describer.register) ?? describedByline(signature, &describer)
                }
                if person == nil, next < paragraphs.count, !paragraphs[next].isHeading {
                    person = byline(paragraphs[next], describer.register, dashOptional: caption) ?? describedByline(paragraphs[next], &describer)
                }
                guard let person else { continue }
                quotes[i].speaker = person
                quotes[i].cue = "byline"
                quotes[i].confidence = 0.9
            }
        }
        // Sort first: `repeatOf` holds indices into the final order.
        quotes.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.end < $1.span.end }
        Repeats.mark(&quotes, document: document)
        if isTranscript { Self.headlinesFromTurns(&quotes, document: document) }
        if isTranscript { Interviewers.mark(quotes, &register, document: document) }
        // `Deelnemers: vier jongeren …`: participants labelled without a title of their own are such.
        if !turnStarts.isEmpty, let title = participantTitle(paragraphs[..<firstTurn]) {
            let category = lexicon.cachedRoleCategory(title)
            for q in quotes where q.kind == .turn {
                guard let p = q.speaker, let label = paragraphs[q.paragraph].label, TurnLabels.isParticipantLabel(Fold.key(label.text)),
                      register.people[p].role == nil, register.people[p].roleCategory == nil else { continue }
                register.setRole(p, title, category: category)
            }
        }
        Affiliations.complete(&register, document: document, words: paragraphs.map(\.words), lexicon: lexicon)
        return SpeechAnalysis(quotes: quotes, register: register, isTranscript: isTranscript)
    }

    /// `# “Je moet durven aanbellen”` above an interview whose answer says `Je moet durven aanbellen.`: a
    /// headline without a speaker that repeats the words of one speaker's turn is that speaker's, counted once
    /// (a repeat of the turn). Words in the turns of two speakers leave it unknown.
    static func headlinesFromTurns(_ quotes: inout [Quote], document: Document) {
        let headlines = quotes.indices.filter { quotes[$0].cue == "heading" && quotes[$0].speaker == nil && quotes[$0].repeatOf == nil }
        guard !headlines.isEmpty else { return }
        let turns = quotes.indices.filter { quotes[$0].kind == .turn }
        let keys = turns.map { Repeats.key(document.text, quotes[$0].span) }
        for h in headlines {
            let needle = Repeats.key(document.text, quotes[h].span)
            guard needle.count >= 12 else { continue }
            let holding = turns.indices.filter { keys[$0].firstRange(of: needle) != nil }
            guard let first = holding.first, Set(holding.map { quotes[turns[$0]].speaker }).count == 1,
                  let speaker = quotes[turns[first]].speaker else { continue }
            quotes[h].speaker = speaker
            quotes[h].repeatOf = turns[first]
            quotes[h].cue = "pullquote"
            quotes[h].confidence = quotes[turns[first]].confidence * 0.95
        }
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
}
