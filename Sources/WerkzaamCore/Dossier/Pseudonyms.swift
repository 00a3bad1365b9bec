/// Replaces person names by role labels ("wethouder A", "directeur welzijnsorganisatie B"), the same way
/// throughout a draft, also inside quotations, so interview material can be published.
public struct Pseudonyms: Sendable {
    /// Label per speaker name.
    public private(set) var labels: [String: String] = [:]
    /// Written forms (name, aliases) and their label, longest first.
    private var forms: [(String, String)] = []

    public init(quotes: [QuoteRecord]) {
        var seen: [String] = []
        var people: [String: Person] = [:]
        for q in quotes { if let p = q.speaker, people[p.name] == nil { people[p.name] = p; seen.append(p.name) } }
        for (i, name) in seen.enumerated() {
            let p = people[name]!
            let role = p.role.map(Self.function) ?? p.roleCategory ?? "spreker"
            let administrator = ["wethouder", "burgemeester", "gedeputeerde", "minister"].contains(role)
            let parts = [role, administrator ? nil : p.organisationType].compactMap { $0 }
            let label = (parts + [Self.letters(i)]).joined(separator: " ")
            labels[name] = label
            // A described respondent has no name to hide.
            for form in Set([name] + p.aliases) where form.count >= 3 && !p.isAnonymous { forms.append((form, label)) }
        }
        forms.sort { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0 < $1.0 }
    }

    /// The function without portfolio or place: "wethouder Zorg, Welzijn en Wonen" → "wethouder",
    /// "strategisch adviseur" stays whole, since a portfolio can name the person as surely as a name.
    static func function(_ role: String) -> String {
        var words: [Substring] = []
        for w in role.split(separator: " ") {
            guard let first = w.first, first.isLowercase || words.isEmpty else { break }
            words.append(Substring((w.hasSuffix(",") ? w.dropLast() : w).lowercased()))
            if w.hasSuffix(",") { break }
        }
        return words.isEmpty ? "spreker" : words.joined(separator: " ")
    }

    /// A, B, …, Z, AA, AB, …
    static func letters(_ i: Int) -> String {
        let a = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return i < 26 ? String(a[i]) : letters(i / 26 - 1) + String(a[i % 26])
    }

    /// `— wethouder A (document, alinea n)`
    public func citation(_ q: QuoteRecord) -> String {
        let who = q.speaker.map { labels[$0.name] ?? "spreker" } ?? "onbekende spreker"
        return "— \(who) (\(q.document), alinea \(q.paragraph))"
    }

    /// The text with every name and alias (also possessive: Jacquelines) replaced by its label.
    public func text(_ s: String) -> String {
        var out = s
        for (form, label) in forms {
            var result = ""
            var rest = Substring(out)
            while let range = rest.range(of: form) {
                let before = range.lowerBound == rest.startIndex ? (result.last) : rest[rest.index(before: range.lowerBound)]
                var end = range.upperBound
                if end < rest.endIndex, rest[end] == "s", rest.index(after: end) == rest.endIndex || !rest[rest.index(after: end)].isLetter {
                    end = rest.index(after: end)
                }
                let after: Character? = end < rest.endIndex ? rest[end] : nil
                let boundary = !(before?.isLetter ?? false) && !(after?.isLetter ?? false)
                result += rest[..<range.lowerBound]
                result += boundary ? label : String(rest[range.lowerBound..<end])
                rest = rest[end...]
            }
            out = result + rest
        }
        return out
    }
}

import Foundation
