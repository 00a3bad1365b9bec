import ArgumentParser
import Foundation
import WerkzaamCore

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check, try and inspect the lexicons (themes, speech verbs, roles, organisations).",
        subcommands: [Check.self, Test.self, Hits.self]
    )

    static func load(_ directory: String) throws -> (ThemeLexicon, ThemeMatcher) {
        do {
            let lexicon = try ThemeLexicon.load(directory: directory)
            return (lexicon, ThemeMatcher(lexicon: lexicon))
        } catch {
            throw ValidationError("lexicon: \(error.description)")
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate the lexicon folder: YAML errors, duplicate terms, a term in two themes, bad globs (file:line).")

        @Argument(help: "The lexicon folder.")
        var directory: String = "lexicons"

        func run() throws {
            var problems: [String] = []
            var summary = ""
            do {
                let themes = try ThemeLexicon.load(directory: directory)
                problems += themes.problems().map(\.description)
                let terms = themes.themes.reduce(0) { $0 + $1.terms.count }
                summary = "\(themes.themes.count) themes, \(terms) terms"
            } catch {
                problems.append(error.description)
            }
            do {
                _ = try SpeakerLexicon.load(directory: directory)
            } catch {
                problems.append(error.description)
            }
            // The dossier's success and obstacle cues: optional for analysis, needed by `dossier`.
            let cuesPath = directory + "/dossier.yaml"
            if FileManager.default.fileExists(atPath: cuesPath) {
                do {
                    let cues = try ThemeLexicon.load(file: cuesPath)
                    problems += cues.problems().map(\.description)
                    summary += "; dossier cues: \(cues.themes.map { "\($0.name) \($0.terms.count)" }.joined(separator: ", "))"
                } catch {
                    problems.append(error.description)
                }
            }
            for p in problems { print(p) }
            if problems.isEmpty {
                print("ok: \(directory): \(summary); speech verbs, roles and organisations load")
            } else {
                throw ExitCode(1)
            }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show which themes a word or sentence hits, and through which term.")

        @Argument(help: "Dutch text to try.")
        var text: String

        @OptionGroup var lexiconOptions: LexiconOptions
        var lexicons: String { lexiconOptions.lexicons }

        func run() throws {
            let (_, matcher) = try LexiconCommand.load(lexicons)
            var tagger = ThemeTagger(matcher: matcher)
            let bytes = Array(text.utf8)
            let found = tagger.matches(in: bytes, span: Span(0, bytes.count))
            if found.isEmpty { print("no theme") }
            for m in found {
                let words = String(decoding: bytes[m.span.start..<m.span.end], as: UTF8.self)
                print("\(matcher.themes[m.theme])  ←  \(matcher.terms[m.term].text)  (\"\(words)\")")
            }
        }
    }

    struct Hits: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the words of a corpus that hit a theme, with counts, so false hits can be pruned.")

        @Argument(help: "The theme name (as in themes.yaml).")
        var theme: String

        @Argument(help: "The corpus folder.")
        var corpus: String

        @OptionGroup var lexiconOptions: LexiconOptions
        var lexicons: String { lexiconOptions.lexicons }

        func run() async throws {
            let (lexicon, matcher) = try LexiconCommand.load(lexicons)
            guard lexicon.themes.contains(where: { $0.name == theme }) else {
                throw ValidationError("no theme '\(theme)'; themes: \(lexicon.themes.map(\.name).joined(separator: ", "))")
            }
            let listing: CorpusListing
            do { listing = try CorpusWalker.list(root: corpus) } catch { throw ValidationError(error.reason) }
            var options = AnalysisOptions()
            options.themes = matcher
            let analysis = await Analyzer.run(listing, options: options)
            var counts: [String: (count: Int, term: String)] = [:]
            for m in analysis.matches where m.theme == theme {
                let key = m.text.lowercased()
                counts[key, default: (0, m.term)].count += 1
            }
            for (word, entry) in counts.sorted(by: { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }) {
                print("\(String(entry.count).padding(toLength: 6, withPad: " ", startingAt: 0)) \(word)  ←  \(entry.term)")
            }
            print("\(counts.values.reduce(0) { $0 + $1.count }) hits of '\(theme)' in \(analysis.reports.count) files")
        }
    }
}
