import Foundation
import Yams

/// A YAML file read into Yams nodes, with helpers that report every problem as `file:line`.
struct YAMLFile {
    let name: String
    let root: Node

    init(path: String) throws(LexiconError) {
        let name = (path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LexiconError(file: name, line: nil, "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError(file: name, line: nil, "not UTF-8 text")
        }
        try self.init(name: name, text: text)
    }

    init(name: String, text: String) throws(LexiconError) {
        self.name = name
        do {
            guard let node = try Yams.compose(yaml: text) else { throw LexiconError(file: name, line: nil, "the file is empty") }
            root = node
        } catch let error as LexiconError {
            throw error
        } catch let error as YamlError {
            throw YAMLFile.describe(error, file: name)
        } catch {
            throw LexiconError(file: name, line: nil, "cannot parse: \(error)")
        }
    }

    static func describe(_ error: YamlError, file: String) -> LexiconError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return LexiconError(file: file, line: mark.line, "YAML error: \(problem)")
        default:
            return LexiconError(file: file, line: nil, "YAML error: \(error)")
        }
    }

    func error(_ node: Node?, _ message: String) -> LexiconError {
        LexiconError(file: name, line: node?.mark?.line, message)
    }

    /// The pairs of a mapping node, keys as strings.
    func mapping(_ node: Node, _ what: String) throws(LexiconError) -> [(key: String, keyNode: Node, value: Node)] {
        guard let mapping = node.mapping else { throw error(node, "\(what) should be a mapping (key: value)") }
        var pairs: [(String, Node, Node)] = []
        for (key, value) in mapping {
            guard let k = key.string else { throw error(key, "a key in \(what) should be text") }
            pairs.append((k, key, value))
        }
        return pairs
    }

    /// A list of strings, or a single string.
    func strings(_ node: Node, _ what: String) throws(LexiconError) -> [(String, Int?)] {
        if let s = node.scalar { return [(s.string, node.mark?.line)] }
        guard let sequence = node.sequence else { throw error(node, "\(what) should be a list of terms") }
        var out: [(String, Int?)] = []
        for item in sequence {
            guard let s = item.scalar else { throw error(item, "an entry of \(what) should be a term, not a list or mapping") }
            out.append((s.string, item.mark?.line))
        }
        return out
    }

    func value(_ pairs: [(key: String, keyNode: Node, value: Node)], _ key: String) -> Node? {
        pairs.first { $0.key == key }?.value
    }
}
