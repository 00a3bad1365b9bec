import Foundation
import Testing
@testable import WerkzaamCore

/// Work per document that must stay linear in the document's length: the long-document paths give the
/// same answers as the plain ones they replace (timings are in the README, measured by a command).
struct LongDocumentTests {
    /// The live pool (keys joined and indexed once, repeats cut out) answers every search as the pool
    /// joined again after each cut does: on keys of two letters, short and long, where windows run
    /// across one cut or several and partial matches abound.
    @Test func livePoolAnswersWhatJoiningAgainAnswers() {
        var generator = SystemRandomNumberGenerator()
        func random(_ count: Int) -> [UInt8] {
            (0..<count).map { _ in [0x61, 0x62, 0x20][Int.random(in: 0...2, using: &generator)] }
        }
        var searches = 0, found = 0, cuts = 0
        for _ in 0..<150 {
            let keys = (0..<Int.random(in: 2...30, using: &generator)).map { _ in random(Int.random(in: 0...24, using: &generator)) }
            let excluded = Set(keys.indices.filter { _ in Int.random(in: 0..<5, using: &generator) == 0 })
            var scanned = Repeats.Pool(keys, including: { !excluded.contains($0) })
            var live = LivePool(keys, including: { !excluded.contains($0) })
            var inPool = keys.indices.filter { !excluded.contains($0) }
            while inPool.count > 1 {
                let q = inPool.randomElement(using: &generator)!
                // A needle read from the keys still in the pool (so it is often found, across cuts), or made up.
                let joined: [UInt8] = inPool.filter { $0 != q }.flatMap { keys[$0] + [0x20] }
                var needle = random(Int.random(in: 1...30, using: &generator))
                if Int.random(in: 0..<4, using: &generator) > 0, joined.count >= 20 {
                    let length = Int.random(in: 20...min(45, joined.count), using: &generator)
                    let start = Int.random(in: 0...(joined.count - length), using: &generator)
                    needle = Array(joined[start..<(start + length)])
                }
                let expected = scanned.owner(of: needle, without: q)
                #expect(live.owner(of: needle, without: q) == expected, "\(needle) without \(q) in \(keys) less \(excluded)")
                searches += 1
                if expected != nil { found += 1 }
                if Int.random(in: 0..<3, using: &generator) == 0 {
                    scanned.remove(q)
                    live.remove(q)
                    inPool.removeAll { $0 == q }
                    cuts += 1
                }
            }
        }
        #expect(found * 4 > searches && found < searches && cuts > 100)
        // The index's radix sort orders as a full sort does when equal hashes come in ascending starts.
        for range in [UInt32(0)...40, 0...UInt32.max] {
            let entries = (0..<5000).map { p in UInt64(UInt32.random(in: range, using: &generator)) << 32 | UInt64(p) }
            var sorted = entries
            KeyIndex.sortByHash(&sorted)
            #expect(sorted == entries.sorted())
        }
        // A text of exactly one window has one window (the index's loop over the others once trapped).
        let one = Array("wij gaan voor vertro".utf8)
        #expect(one.count == KeyIndex.width)
        #expect(Repeats.KeyText(one, indexed: true).count(one) == 1)
        #expect(LivePool([one, one], including: { _ in true }).owner(of: one, without: 1) == 0)
    }

    /// An article whose text stands three times in one file (as an export of a newsletter gives): every
    /// quotation of the second and third copy without a cue of its own repeats one of the first copy, and
    /// ends where the single article's does when repeats are followed; the
    /// scanned and the indexed search agree (the indexed one no longer joins all keys again per repeat).
    @Test func articleRepeatedThreeTimesRepeatsTheFirstCopy() throws {
        let article = try String(contentsOf: TestSupport.corpus.appendingPathComponent("artikelen/000_b0bd9ab37d8171c2.txt"), encoding: .utf8)
        let single = AttributionTests.analysed(article).1.quotes
        let text = [article, article, article].joined(separator: "\n\n")
        let scanned = Repeats.$indexThreshold.withValue(Int.max) { AttributionTests.analysed(text).1.quotes }
        let indexed = Repeats.$indexThreshold.withValue(0) { AttributionTests.analysed(text).1.quotes }
        #expect(scanned == indexed)
        let n = single.count
        #expect(n > 0 && indexed.count == 3 * n)
        var checked = 0
        for copy in 1...2 {
            // Quotations without a cue of their own: none, the context's, a chain's, or a pull quote's.
            for k in 0..<n where single[k].kind == .quote && [nil, "context", "chain", "pullquote"].contains(single[k].cue) {
                // It may point at a quotation of the first copy that repeats another in turn; followed to the end,
                // it ends where the single article's does.
                func root(_ quotes: [Quote], _ i: Int) -> Int { quotes[i].repeatOf.map { root(quotes, $0) } ?? i }
                let q = copy * n + k
                #expect(indexed[q].repeatOf.map { $0 < n } == true, "quotation \(k) of copy \(copy + 1)")
                #expect(root(indexed, q) == root(single, k), "quotation \(k) of copy \(copy + 1)")
                checked += 1
            }
        }
        #expect(checked == 20)
        #expect(indexed[0..<n].map(\.repeatOf) == single.map(\.repeatOf))
    }

    /// A step back (a hit of two themes at one place asks for its start again) counts back from where the
    /// cursor is, with the same result as counting from the start.
    @Test func scalarOffsetsStepBackAndForth() {
        let text = Array("“Coöperatie is geen doel”, zegt Ærøskøbing-Élan — wethouder in ’s-Hertogenbosch. Zó werkt het.".utf8)
        let boundaries = (0...text.count).filter { $0 == text.count || text[$0] & 0xC0 != 0x80 }
        var offsets = ScalarOffsets(text)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let b = boundaries.randomElement(using: &generator)!
            #expect(offsets.scalar(at: b) == String(decoding: text[..<b], as: UTF8.self).unicodeScalars.count)
        }
        #expect(offsets.scalar(at: text.count) == 94)
        #expect(offsets.scalar(at: 3) == 1)  // after “
    }

    /// The words around a quotation mark are found by binary search; the same as scanning the paragraph.
    @Test func wordsAroundAnOffsetAsAScanFindsThem() {
        let text = Array("Het succes zit hem, volgens Chantal, in de kennis: “Wij hebben die handschoen opgepakt”, zegt ze.".utf8)
        let words = Words.tokenize(text, Span(0, text.count))
        #expect(words.count == 23)
        for offset in 0...(text.count + 1) {
            #expect(Attribution.firstWord(words, from: offset) == (words.firstIndex { $0.span.start >= offset } ?? words.count))
            #expect(Attribution.lastWord(words, before: offset) == (words.lastIndex { $0.span.end <= offset } ?? -1))
        }
        #expect(Attribution.firstWord([], from: 0) == 0 && Attribution.lastWord([], before: 5) == -1)
    }
}

/// The register finds the short name a fuller one extends by looking up the fuller name's own words, and
/// quoted words are skipped in one pass; both as the plain comparisons they replace decide.
struct RegisterGrowthTests {
    @Test func fullerNamesExtendTheOneShortNameTheyEndOrStartWith() {
        var register = PersonRegister()
        let dekker = register.add("Dekker")
        let chantal = register.add("Chantal")
        let vanDijk = register.add("van Dijk")
        #expect(register.add("Jan Dekker") == dekker)
        #expect(register.add("Chantal Verbeek") == chantal)
        #expect(register.add("Piet van Dijk") == vanDijk)
        #expect(register.people.map(\.name) == ["Jan Dekker", "Chantal Verbeek", "Piet van Dijk"])
        // "Dekker" is now Jan Dekker's: Kees Dekker is someone else, not a fuller form of a short name.
        let kees = register.add("Kees Dekker")
        #expect(kees == 3)
        // Two short names it could extend (Fatima, Yilmaz): neither, a new person.
        let fatima = register.add("Fatima"), yilmaz = register.add("Yilmaz")
        #expect(register.add("Fatima Yilmaz") == 6 && fatima == 4 && yilmaz == 5)
        #expect(register.people.count == 7)
    }

    @Test func wordsInsideQuotedRangesInOnePass() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let ranges = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
                let start = Int.random(in: 0...60, using: &generator)
                return Span(start, start + Int.random(in: 0...25, using: &generator))
            }
            var inside = RegisterBuilder.Inside(ranges)
            var start = 0
            while start < 90 {
                let span = Span(start, start + Int.random(in: 1...8, using: &generator))
                let expected = ranges.contains { $0.start <= span.start && span.end <= $0.end }
                #expect(inside.contains(span) == expected, "\(span) in \(ranges)")
                start += Int.random(in: 1...6, using: &generator)
            }
        }
    }
}
