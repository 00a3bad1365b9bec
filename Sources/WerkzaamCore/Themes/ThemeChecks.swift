/// Problems in a theme lexicon that staff should fix, each with file and line.
extension ThemeLexicon {
    public func problems() -> [LexiconError] {
        var out: [LexiconError] = []
        var owner: [String: (theme: String, line: Int?)] = [:]
        for theme in themes {
            var seen: Set<String> = []
            for term in theme.terms {
                let key = term.words.joined(separator: " ") + (term.kind == .prefix || term.kind == .infix ? "*" : "")
                    + (term.kind == .suffix || term.kind == .infix ? "<" : "")
                if !seen.insert(key).inserted {
                    out.append(LexiconError(file: theme.file, line: term.line, "'\(term.text)' twice in '\(theme.name)'"))
                }
                if let other = owner[key], other.theme != theme.name {
                    out.append(LexiconError(file: theme.file, line: term.line,
                                            "'\(term.text)' is in '\(theme.name)' and in '\(other.theme)' (line \(other.line.map(String.init) ?? "?"))"))
                } else if owner[key] == nil {
                    owner[key] = (theme.name, term.line)
                }
            }
            if theme.terms.isEmpty { out.append(LexiconError(file: theme.file, line: theme.line, "theme '\(theme.name)' has no terms")) }
        }
        return out
    }
}
