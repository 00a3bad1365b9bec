import Foundation
import WerkzaamCore

/// Theme matcher throughput on one core with 10 terms and with 10,000 terms over the same text.
enum MatcherBench {
    static func run(sample: String, lexicons: String, megabytes: Int) throws {
        let lexicon = try ThemeLexicon.load(directory: lexicons)
        let (text, paragraphs) = try BenchCorpus(sample: sample).text(bytes: megabytes << 20)
        let mb = Double(text.count) / 1_048_576
        print("theme matcher on \(String(format: "%.1f", mb)) MB of recombined sample text, one core")
        var rates: [Int: Double] = [:]
        for size in [10, lexicon.themes.reduce(0) { $0 + $1.terms.count }, 10_000] {
            let themes = lexiconOfSize(size, from: lexicon)
            let matcher = ThemeMatcher(lexicon: themes)
            var tagger = ThemeTagger(matcher: matcher)
            let started = DispatchTime.now()
            var hits = 0
            var found: [ThemeMatch] = []
            for p in paragraphs {
                found.removeAll(keepingCapacity: true)
                tagger.matches(in: text, span: p, into: &found)
                hits += found.count
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            rates[size] = mb / seconds
            print(String(format: "%6d terms  %7.3f s  %7.1f MB/s  %9d hits", matcher.terms.count, seconds, mb / seconds, hits))
        }
        if let small = rates[10], let big = rates[10_000] {
            print(String(format: "10,000 terms run at %.2f× the speed of 10 terms", big / small))
        }
    }

    /// The first `n` terms of the real lexicon, topped up with generated Dutch-like compounds.
    static func lexiconOfSize(_ n: Int, from lexicon: ThemeLexicon) -> ThemeLexicon {
        var themes: [Theme] = []
        var count = 0
        for theme in lexicon.themes where count < n {
            var t = theme
            t.terms = Array(theme.terms.prefix(n - count))
            count += t.terms.count
            themes.append(t)
        }
        if count < n {
            let heads = ["zorg", "wijk", "buurt", "raad", "plan", "team", "netwerk", "fonds", "overleg", "aanpak", "huis", "school"]
            let parts = ["jeugd", "ouderen", "mantel", "gezins", "schuld", "armoede", "taal", "sport", "cultuur", "groen", "energie",
                         "woon", "werk", "inkomens", "migranten", "statushouders", "vrijwilligers", "bewoners", "dorps", "regio"]
            var random = SplitMix64(seed: 9)
            var generated: [ThemeTerm] = []
            var seen: Set<String> = []
            while count + generated.count < n {
                let a = parts[Int(random.next() % UInt64(parts.count))], b = parts[Int(random.next() % UInt64(parts.count))]
                let h = heads[Int(random.next() % UInt64(heads.count))]
                let word = a + b + h + String(random.next() % 97)
                if seen.insert(word).inserted, let term = ThemeTerm(word, line: nil) { generated.append(term) }
            }
            themes.append(Theme(name: "gegenereerd", description: nil, terms: generated, exclusions: [], file: "bench", line: nil))
        }
        return ThemeLexicon(themes: themes)
    }
}
