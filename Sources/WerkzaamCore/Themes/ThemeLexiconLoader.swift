import Foundation
import Yams

extension ThemeLexicon {
    /// Loads `themes.yaml` and any LIWC `.dic` files from a lexicon folder.
    public static func load(directory: String) throws(LexiconError) -> ThemeLexicon {
        var themes = try read(YAMLFile(path: directory + "/themes.yaml"))
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".dic") }.sorted()
        for file in files {
            guard let text = try? String(contentsOfFile: directory + "/" + file, encoding: .utf8) else {
                throw LexiconError(file: file, line: nil, "cannot read the file as UTF-8")
            }
            themes += try LIWC.parse(text, file: file)
        }
        return ThemeLexicon(themes: themes)
    }

    /// Loads one theme file (such as `dossier.yaml`, the success and obstacle cues).
    public static func load(file path: String) throws(LexiconError) -> ThemeLexicon {
        ThemeLexicon(themes: try read(YAMLFile(path: path)))
    }

    /// Reads theme definitions. Three shapes are accepted, as in quanteda dictionaries:
    /// `thema: [termen]`, `thema: {omschrijving, termen, uitgezonderd, subthemas}`, and
    /// `thema: {subthema: [termen], …}` (nested: `thema/subthema`).
    static func read(_ file: YAMLFile) throws(LexiconError) -> [Theme] {
        var themes: [Theme] = []
        try collect(file.root, prefix: "", file: file, into: &themes)
        if themes.isEmpty { throw LexiconError(file: file.name, line: nil, "no themes defined") }
        return themes
    }

    static let fields: Set<String> = ["omschrijving", "beschrijving", "termen", "uitgezonderd", "subthemas", "subthema's"]

    private static func collect(_ node: Node, prefix: String, file: YAMLFile, into themes: inout [Theme]) throws(LexiconError) {
        for (name, keyNode, value) in try file.mapping(node, prefix.isEmpty ? file.name : prefix) {
            let full = prefix.isEmpty ? name : prefix + "/" + name
            if value.sequence != nil || value.scalar != nil {
                themes.append(try theme(full, terms: value, exclusions: nil, description: nil, keyNode: keyNode, file: file))
                continue
            }
            let pairs = try file.mapping(value, full)
            if pairs.contains(where: { fields.contains($0.key) }) {
                if let unknown = pairs.first(where: { !fields.contains($0.key) }) {
                    throw LexiconError(file: file.name, line: unknown.keyNode.mark?.line,
                                       "unknown field '\(unknown.key)' in theme '\(full)' (use omschrijving, termen, uitgezonderd, subthemas)")
                }
                let description = file.value(pairs, "omschrijving")?.string ?? file.value(pairs, "beschrijving")?.string
                if let terms = file.value(pairs, "termen") {
                    themes.append(try theme(full, terms: terms, exclusions: file.value(pairs, "uitgezonderd"),
                                            description: description, keyNode: keyNode, file: file))
                }
                if let sub = file.value(pairs, "subthemas") ?? file.value(pairs, "subthema's") {
                    try collect(sub, prefix: full, file: file, into: &themes)
                }
            } else {
                try collect(value, prefix: full, file: file, into: &themes)
            }
        }
    }

    private static func theme(_ name: String, terms: Node, exclusions: Node?, description: String?, keyNode: Node,
                              file: YAMLFile) throws(LexiconError) -> Theme {
        func parse(_ node: Node, _ what: String) throws(LexiconError) -> [ThemeTerm] {
            var out: [ThemeTerm] = []
            for (raw, line) in try file.strings(node, what) {
                guard let term = ThemeTerm(raw, line: line) else {
                    throw LexiconError(file: file.name, line: line, "bad term '\(raw)' in '\(name)': a * may only stand at the start or end of a word")
                }
                out.append(term)
            }
            return out
        }
        return Theme(name: name, description: description, terms: try parse(terms, name),
                     exclusions: try exclusions.map { node throws(LexiconError) in try parse(node, name + "/uitgezonderd") } ?? [],
                     file: file.name, line: keyNode.mark?.line)
    }
}

/// LIWC dictionaries (`.dic`): categories between `%` lines, then one term per line with category numbers.
public enum LIWC {
    public static func parse(_ text: String, file: String) throws(LexiconError) -> [Theme] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let open = lines.firstIndex(of: "%"), let close = lines[(open + 1)...].firstIndex(of: "%") else {
            throw LexiconError(file: file, line: 1, "not a LIWC dictionary: the category list between two % lines is missing")
        }
        var categories: [String: String] = [:]
        var order: [String] = []
        for k in (open + 1)..<close where !lines[k].isEmpty {
            let parts = lines[k].split(whereSeparator: { $0 == "\t" || $0 == " " })
            guard parts.count >= 2 else { throw LexiconError(file: file, line: k + 1, "a category line needs a number and a name") }
            categories[String(parts[0])] = parts[1...].joined(separator: " ")
            order.append(String(parts[0]))
        }
        var terms: [String: [ThemeTerm]] = [:]
        for k in (close + 1)..<lines.count where !lines[k].isEmpty {
            let parts = lines[k].split(whereSeparator: { $0 == "\t" })
            let fields = parts.count > 1 ? parts : lines[k].split(separator: " ")
            guard fields.count >= 2 else { throw LexiconError(file: file, line: k + 1, "a term line needs a term and category numbers") }
            let numbers = fields.count > 1 && parts.count > 1 ? fields[1...].flatMap { $0.split(separator: " ") } : Array(fields[1...])
            let raw = String(fields[0])
            guard let term = ThemeTerm(raw, line: k + 1) else {
                throw LexiconError(file: file, line: k + 1, "bad term '\(raw)': a * may only stand at the start or end")
            }
            for number in numbers {
                guard categories[String(number)] != nil else {
                    throw LexiconError(file: file, line: k + 1, "unknown category \(number) for '\(raw)'")
                }
                terms[String(number), default: []].append(term)
            }
        }
        return order.compactMap { number in
            guard let list = terms[number], !list.isEmpty else { return nil }
            return Theme(name: categories[number]!, description: nil, terms: list, exclusions: [], file: file, line: nil)
        }
    }
}
