/// Pull quotes and other repeated quotations: a quote whose every sentence stands in other quotes
/// repeats them (also when it comes first), inherits their speaker and is marked `repeatOf`, so it is
/// counted once. A quote that repeats the article's own narration is a pull quote with no speaker.
enum Repeats {
    static func mark(_ quotes: inout [Quote], document: Document) {
        let keys = quotes.map { key(document.string($0.span)) }
        var isRepeat = Array(repeating: false, count: quotes.count)
        // Quotes with an explicit cue are originals; try the weakest first, pull-quote paragraphs before others.
        let order = quotes.indices.filter { quotes[$0].kind == .quote }.sorted { a, b in
            let pa = isPullParagraph(quotes[a], document), pb = isPullParagraph(quotes[b], document)
            if pa != pb { return pa }
            return a > b
        }
        for q in order where !hasExplicitCue(quotes[q]) {
            let sentences = SentenceSegmenter.sentences(in: document.text, span: quotes[q].span)
                .map { key(document.string($0)) }.filter { $0.count >= 20 }
            guard !sentences.isEmpty else { continue }
            // The other quotes, joined in order, so a pull quote spanning two body quotes is found too.
            var joined = ""
            var owners: [(end: Int, quote: Int)] = []
            for (i, k) in keys.enumerated() where i != q && !isRepeat[i] && quotes[i].kind == .quote {
                joined += k + " "
                owners.append((joined.count, i))
            }
            if sentences.allSatisfy({ joined.contains($0) }), let range = joined.range(of: sentences[0]) {
                let offset = joined.distance(from: joined.startIndex, to: range.lowerBound)
                guard let owner = owners.first(where: { $0.end > offset })?.quote else { continue }
                isRepeat[q] = true
                quotes[q].repeatOf = owner
                quotes[q].speaker = quotes[owner].speaker
                quotes[q].cue = "pullquote"
                quotes[q].confidence = quotes[owner].confidence * 0.95
                continue
            }
            // Narration shown as a quote: its words stand in the text outside this paragraph.
            if isStandalone(quotes[q], document) {
                var narration = ""
                for (k, p) in document.paragraphs.enumerated() where k != quotes[q].paragraph {
                    narration += key(document.string(p.span)) + " "
                }
                if sentences.allSatisfy({ narration.contains($0) }) {
                    quotes[q].speaker = nil
                    quotes[q].cue = "pullquote"
                    quotes[q].confidence = 0
                }
            }
        }
    }

    static func hasExplicitCue(_ q: Quote) -> Bool {
        !(q.cue == nil || q.cue == "context" || q.cue == "chain")
    }

    static func isPullParagraph(_ q: Quote, _ document: Document) -> Bool {
        let kind = document.paragraphs[q.paragraph].kind
        return kind == .pullquote || kind == .blockquote
    }

    /// The quote is (nearly) its whole paragraph.
    static func isStandalone(_ q: Quote, _ document: Document) -> Bool {
        let p = document.paragraphs[q.paragraph].span
        return q.span.length * 10 >= p.length * 8
    }

    /// Letters and digits only, folded, single spaces: the same words match whatever the marks and case.
    static func key(_ text: String) -> String {
        var out = ""
        var space = false
        for ch in Fold.key(text).unicodeScalars {
            if ch.properties.isAlphabetic || ch.properties.numericType != nil {
                if space && !out.isEmpty { out.append(" ") }
                out.unicodeScalars.append(ch)
                space = false
            } else {
                space = true
            }
        }
        return out
    }
}

/// In a transcript without a stated interviewer, the one speaker whose turns are mostly questions is one.
enum Interviewers {
    static func mark(_ quotes: [Quote], _ register: inout PersonRegister, document: Document) {
        guard !register.people.contains(where: { $0.roleCategory == "interviewer" }) else { return }
        var turns: [Int: (all: Int, questions: Int)] = [:]
        for q in quotes where q.kind == .turn {
            guard let s = q.speaker else { continue }
            turns[s, default: (0, 0)].all += 1
            if document.string(q.span).contains("?") { turns[s, default: (0, 0)].questions += 1 }
        }
        let candidates = turns.filter { person, count in
            count.all >= 3 && count.questions * 10 >= count.all * 6 && register.people[person].roleCategory == nil
        }
        if candidates.count == 1, let only = candidates.first { register.setRoleCategory(only.key, "interviewer") }
    }
}
