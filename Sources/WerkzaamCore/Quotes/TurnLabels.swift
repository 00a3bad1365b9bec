/// Speaker labels that open a transcript turn: `Interviewer:`, `I:`, `R2:`, `Jan de Vries:`,
/// `Mevrouw De Vries (wethouder):`, `Minister De Jonge:`, `De voorzitter:`, a bold name in DOCX or a
/// WebVTT voice. `verzoekt de regering:` or `Ik heb twee vragen:` are not labels.
struct TurnLabels {
    let lexicon: SpeakerLexicon

    struct Label: Equatable {
        /// The label as written, without colon, timestamp or bracketed note.
        var text: String
        /// A role label (Interviewer, R2) rather than a name.
        var isRole: Bool
        /// Bracketed note after the label: `(D66)`, `(wethouder)`.
        var note: String?
        /// Where the spoken words start.
        var contentStart: Int
        /// Word index where the content starts.
        var contentWord: Int
        /// A label the layout implies (a bold or italic question, a question subheading) but the text does not write.
        var isUnwritten = false
    }

    /// Role labels of interview and meeting transcripts, folded.
    static let roleLabels: Set<String> = ["interviewer", "interviewster", "int", "i", "r", "respondent", "geinterviewde",
                                          "moderator", "gespreksleider", "voorzitter", "de voorzitter", "spreker", "vraag",
                                          "antwoord", "v", "a", "deelnemer", "deelneemster", "journalist", "verslaggever",
                                          "onderzoeker", "interviewee", "p", "d", "s", "presentator", "presentatrice",
                                          "gast", "studiogast", "m"]
    static let interviewerLabels: Set<String> = ["interviewer", "interviewster", "int", "i", "m", "moderator", "gespreksleider",
                                                 "vraag", "v", "journalist", "verslaggever", "onderzoeker", "presentator",
                                                 "presentatrice"]

    /// How an unnamed interviewer is described after their label (folded); other interviewer labels describe
    /// themselves (`verslaggever`, `presentator`, `moderator`).
    static let interviewerDescriptions: [String: String] = ["vraag": "interviewer", "v": "interviewer", "i": "interviewer",
                                                            "int": "interviewer", "interviewster": "interviewer", "m": "moderator"]

    /// What a meeting application writes after a participant's name that says nothing of their organisation.
    static let guestMarks: Set<String> = ["extern", "externe", "gast", "guest", "external", "organisator", "organizer"]

    /// Labels of the answers in a question-and-answer interview or a broadcast with one guest, folded.
    static let answerLabels: Set<String> = ["antwoord", "a", "gast", "studiogast"]

    /// The short labels that stand for a role label in the turns of the same transcript: a header's
    /// `Interviewer: Sanne de Groot` speaks as `I:` or `Int:`, `Respondent 2: …` as `R2:`.
    static func abbreviations(of label: String) -> [String] {
        let parts = Fold.key(label).split(separator: " ")
        guard let role = parts.first, parts.count <= 2 else { return [] }
        let number = parts.count == 2 && Int(parts[1]) != nil ? String(parts[1]) : ""
        guard parts.count == 1 || !number.isEmpty, let short = Self.shortLabels[String(role)] else { return [] }
        return short.map { $0 + number }
    }

    static let shortLabels: [String: [String]] = ["interviewer": ["I", "Int"], "interviewster": ["I", "Int"], "respondent": ["R"],
                                                  "deelnemer": ["D"], "deelneemster": ["D"], "spreker": ["S"], "moderator": ["M"]]

    /// Punctuation that ends a paragraph's first words before any colon: they are a sentence, not a label.
    static let labelStops = [".", "?", "!", ",", "“", "”", "\"", "‘", "’", ";"]

    /// The label at the start of a paragraph, if there is one. `sourceLabel` is a label the reader marked
    /// (a bold run, a voice tag); it is trusted more than one found by shape alone.
    func label(_ words: [Word], sourceLabel: Span?) -> Label? {
        var k = 0
        // A timestamp before the label: [00:01:02] or 00:01:02
        if k < words.count, words[k].text == "[" || words[k].text == "(" {
            var j = k + 1
            while j < words.count, words[j].text != "]", words[j].text != ")", j - k < 8 { j += 1 }
            if j < words.count, words[k + 1].text.first?.isNumber == true { k = j + 1 }
        } else if k < words.count, words[k].text.first?.isNumber == true, k + 1 < words.count, words[k + 1].text == ":" {
            while k < words.count, words[k].text.first?.isNumber == true || words[k].text == ":" { k += 1 }
        } else if k < words.count, words[k].text.first?.isNumber == true, words[k].text.contains(where: { $0 == "-" || $0 == "/" }) {
            // `14-11-2026 20:02 - Marco Hulshof: …`: a chat export's date, time and dash before the sender.
            var j = k
            while j < words.count, j - k < 12, words[j].text.first?.isNumber == true || ["-", "/", ":", ","].contains(words[j].text) {
                j += 1
                if j < words.count, ["-", "–"].contains(words[j].text), j + 1 < words.count, words[j + 1].isWord,
                   words[j + 1].text.first?.isNumber == false {
                    k = j + 1
                    break
                }
            }
        }
        // `[Sanne Visser] 10:02:15` (Zoom): the layout's label is the name inside the brackets.
        if let line = sourceLabel, k + 1 < words.count, words[k].text == "[", words[k].span.start < line.start,
           words[k + 1].span.start >= line.start { k += 1 }
        let labelStart = k
        // `Spreker 1 00:00:02` on a line of its own above the turn (a transcription service's export): the
        // layout marked that line as the label, and it has no colon.
        if let line = sourceLabel, labelStart < words.count, words[labelStart].span.start >= line.start,
           !words.contains(where: { $0.text == ":" && $0.span.start >= line.start && $0.span.end <= line.end }) {
            let nameWords = words[labelStart...].prefix { $0.span.end <= line.end }.filter(\.isWord)
            // A bold name whose colon follows it (`**Lotte Jansen**:` in Word) takes the colon path below.
            if var next = words.firstIndex(where: { $0.span.start >= line.end }), words[next].text != ":" {
                guard !nameWords.isEmpty else { return nil }
                // The timestamp after the speaker (`00:00:19`, `(01:12)`) is not spoken, nor the bracket closing
                // the name.
                if words[next].text == "]", next + 1 < words.count { next += 1 }
                var t = next
                if t < words.count, words[t].text == "(" || words[t].text == "[" { t += 1 }
                var fields = 0
                while t < words.count, UTF8Scalars.isDigits(words[t].text) {
                    fields += 1
                    t += 1
                    if t < words.count, words[t].text == ":" { t += 1 } else { break }
                }
                if fields >= 2 {
                    if t < words.count, words[t].text == ")" || words[t].text == "]" { t += 1 }
                    if t < words.count { next = t }
                }
                return classify(Array(nameWords), note: nil, contentStart: words[next].span.start, contentWord: next, isSourceLabel: true)
            }
        }
        // The label runs to a colon within the first few words.
        var colon = -1
        var j = k
        var note: String?
        var noteRange: Range<Int>?
        while j < words.count, j - labelStart <= 9 {
            let t = words[j].text
            if t == ":" { colon = j; break }
            if t == "(" || t == "[" {
                var e = j + 1
                let close = t == "(" ? ")" : "]"
                while e < words.count, words[e].text != close, e - j < 8 { e += 1 }
                guard e < words.count else { return nil }
                let inside = words[(j + 1)..<e]
                // `Interviewer (00:01:02):` — a timestamp, not a note.
                if !inside.allSatisfy({ $0.text == ":" || $0.text == "." || $0.text.allSatisfy(\.isNumber) }) {
                    note = inside.reduce(into: "") { text, w in text += w.text == "," || text.isEmpty ? w.text : " " + w.text }
                }
                noteRange = j..<(e + 1)
                j = e + 1
                continue
            }
            // Only punctuation tokens can stop a label: words skip the comparisons (this runs for the first
            // words of every paragraph).
            if !words[j].isWord, Self.labelStops.contains(t), !(t == "." && j > labelStart && Self.isAbbreviation(words[j - 1])) {
                // `Smit, Annemarie:` in a voice or bold label: a name written surname first.
                guard t == ",", let line = sourceLabel, words[j].span.start >= line.start, words[j].span.end <= line.end else { return nil }
            }
            j += 1
        }
        guard colon > labelStart else { return nil }
        // Full stops go, but those of initials (`Drs. A. van den Berg:` is "Drs A. van den Berg", the name
        // an inversion gives her too).
        var nameWords: [Word] = []
        for (offset, w) in words[labelStart..<colon].enumerated() where noteRange.map({ !$0.contains(labelStart + offset) }) ?? true {
            if w.text == ".", nameWords.last?.isInitialLetter != true { continue }
            nameWords.append(w)
        }
        if nameWords.last?.text == "." { nameWords.removeLast() }  // `I.:` is the role label I
        guard !nameWords.isEmpty else { return nil }
        var contentWord = colon + 1
        // `R1: [00:01:02] …`: a timestamp after the label is not spoken text.
        if contentWord < words.count, words[contentWord].text == "[" || words[contentWord].text == "(" {
            var e = contentWord + 1
            while e < words.count, words[e].text == ":" || words[e].text.allSatisfy(\.isNumber) { e += 1 }
            if e < words.count, e > contentWord + 1, words[e].text == "]" || words[e].text == ")" { contentWord = e + 1 }
        }
        let contentStart = contentWord < words.count ? words[contentWord].span.start : words[colon].span.end
        let isSourceLabel = sourceLabel.map { $0.start <= words[labelStart].span.start && words[colon - 1].span.end <= $0.end + 1 } ?? false
        // Teams and Outlook show names surname first (`Smit, Annemarie`, `Bruin, Jolanda de`): the speaker is
        // `Annemarie Smit`, `Jolanda de Bruin`.
        let commas = nameWords.indices.filter { nameWords[$0].text == "," }
        if let comma = commas.first {
            guard isSourceLabel, commas.count == 1, comma > 0, comma < nameWords.count - 1 else { return nil }
            let reordered = Names.text(nameWords, (comma + 1)..<nameWords.count) + " " + Names.text(nameWords, 0..<comma)
            return classify(Array(nameWords[(comma + 1)...] + nameWords[..<comma]), note: note, contentStart: contentStart,
                            contentWord: contentWord, isSourceLabel: true, text: reordered)
        }
        return classify(nameWords, note: note, contentStart: contentStart, contentWord: contentWord, isSourceLabel: isSourceLabel)
    }

    /// A role label (Interviewer, R2, Spreker 1), a name, a title with or without a name, or a name-like label
    /// the source marked; nil for anything else.
    private func classify(_ nameWords: [Word], note: String?, contentStart: Int, contentWord: Int, isSourceLabel: Bool,
                          text written: String? = nil) -> Label? {
        let text = Names.fromCapitals(written ?? Names.text(nameWords, nameWords.indices))
        let key = Fold.key(text)
        // `Vraag 1:` / `Antwoord 1:` of written questions: the number is the question's, not a speaker's.
        if nameWords.count == 2, nameWords[0].key == "vraag" || nameWords[0].key == "antwoord", UTF8Scalars.isDigits(nameWords[1].text) {
            return Label(text: nameWords[0].key == "vraag" ? "Vraag" : "Antwoord", isRole: true, note: note, contentStart: contentStart,
                         contentWord: contentWord)
        }
        if Self.roleLabels.contains(key) || Self.isNumberedRole(key) {
            return Label(text: text, isRole: true, note: note, contentStart: contentStart, contentWord: contentWord)
        }
        // A name (with a form of address or title) must cover the whole label.
        if let parsed = Names.parse(Array(nameWords), at: 0), parsed.range.upperBound == nameWords.count {
            return Label(text: text, isRole: false, note: note, contentStart: contentStart, contentWord: contentWord)
        }
        // `Wethouder Hendriks:`, `De voorzitter:`: a title, then a name or nothing.
        if lexicon.isRoleWord(nameWords[0].text) || (nameWords[0].key == "de" && nameWords.count > 1 && lexicon.isRoleWord(nameWords[1].text)) {
            return Label(text: text, isRole: nameWords.count <= 2, note: note, contentStart: contentStart, contentWord: contentWord)
        }
        if isSourceLabel, nameWords.first?.isCapitalised == true, !Names.notNames.contains(nameWords[0].key) {
            return Label(text: text, isRole: false, note: note, contentStart: contentStart, contentWord: contentWord)
        }
        // `Movisie: Hoe komt u bij die ouderen terecht?`: an organisation the lexicon knows asks, as a magazine
        // or a knowledge institute does in its interviews.
        if nameWords.count <= 4, nameWords.allSatisfy({ $0.isWord && $0.isCapitalised }), lexicon.knownOrganisationType(text) != nil {
            return Label(text: text, isRole: true, note: note, contentStart: contentStart, contentWord: contentWord)
        }
        return nil
    }

    /// Whether a full stop after `word` abbreviates it: an initial or an abbreviation that never ends a
    /// sentence, such as a form of address (`A. van den Berg:`, `Dhr. Jansen:`, `Weth. Hendriks:`). After any
    /// other word the stop ends a sentence, so `Wethouder Hendriks. Daarna de agenda:` is no label.
    static func isAbbreviation(_ word: Word) -> Bool {
        word.isInitialLetter || word.isWord && DutchAbbreviations.neverFinal.contains(word.key)
    }

    /// Whether a speaker's folded name is a role label standing for whoever has that part in one document (`Vraag`,
    /// `Interviewer`, `R1`, `Spreker 2`, `De voorzitter`), not a name that means the same person elsewhere.
    static func isAnonymousKey(_ key: String) -> Bool { roleLabels.contains(key) || isNumberedRole(key) }

    /// A label for one of a focus group's or a study's participants (`Deelnemer A`, `R2`, `Respondent`,
    /// `Deelnemer (man, 61)`), folded.
    static func isParticipantLabel(_ key: String) -> Bool {
        let head = key.prefix { $0 != " " && $0 != "(" }
        if ["deelnemer", "deelneemster", "respondent", "r", "d", "p"].contains(head) { return true }
        return isNumberedRole(key) && "rdp".contains(key.first!)
    }

    /// R1, R2, I2, P3, D4, Respondent 2, Deelnemer 3, Spreker 1, and lettered: Deelnemer A, Respondent B.
    static func isNumberedRole(_ key: String) -> Bool {
        let parts = key.split(separator: " ")
        if parts.count == 2, Self.roleLabels.contains(String(parts[0])),
           Int(parts[1]) != nil || parts[1].count == 1 && parts[1].first!.isLetter { return true }
        if parts.count == 1, let first = key.first, "ripdsv".contains(first), key.count <= 3, Int(key.dropFirst()) != nil { return true }
        return false
    }
}
