/// A theme of the Dutch social domain, as staff code it: a name (`samenwerking`, or `regie/gemeente` when
/// nested), a description, the terms that signal it and the senses that must not count.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var description: String?
    public var terms: [ThemeTerm]
    public var exclusions: [ThemeTerm]
    /// Where the theme is defined, for messages.
    public var file: String
    public var line: Int?

    public init(name: String, description: String?, terms: [ThemeTerm], exclusions: [ThemeTerm], file: String, line: Int?) {
        self.name = name
        self.description = description
        self.terms = terms
        self.exclusions = exclusions
        self.file = file
        self.line = line
    }
}

/// One lexicon term: a word (with its inflections and as part of compounds), a glob (`samenwerk*`,
/// `*samenwerking`), or a phrase of several words (`sociale basis`).
public struct ThemeTerm: Sendable, Equatable, Hashable {
    public enum Kind: Sendable, Hashable { case word, prefix, suffix, infix, phrase }

    public var text: String
    public var kind: Kind
    /// Folded words of a phrase (one entry for a single word); a trailing `*` on a phrase word is kept.
    public var words: [String]
    public var line: Int?

    /// Parses a term as written in a lexicon; nil for a bad glob (a `*` in the middle).
    public init?(_ raw: String, line: Int?) {
        let folded = ThemeFold.string(raw.trimmingCharacters(in: .whitespaces))
        guard !folded.isEmpty else { return nil }
        text = raw.trimmingCharacters(in: .whitespaces)
        self.line = line
        let parts = folded.split(separator: " ").map(String.init)
        if parts.count > 1 {
            guard parts.allSatisfy({ !$0.dropLast().contains("*" as Character) && !$0.hasPrefix("*") }) else { return nil }
            kind = .phrase
            words = parts
            return
        }
        let starts = folded.hasPrefix("*"), ends = folded.hasSuffix("*")
        let core = folded.trimmingCharacters(in: CharacterSet(charactersIn: "*"))
        guard core.count >= 2, !core.contains("*" as Character) else { return nil }
        words = [core]
        kind = starts && ends ? .infix : starts ? .suffix : ends ? .prefix : .word
    }
}

/// The theme lexicon: themes from `themes.yaml` (and LIWC `.dic` files), with checks staff can act on.
public struct ThemeLexicon: Sendable {
    public var themes: [Theme]

    public init(themes: [Theme]) { self.themes = themes }
}

import Foundation
