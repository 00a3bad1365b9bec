import Foundation

/// Builds a deterministic benchmark corpus from the sample corpus: documents of recombined paragraphs,
/// as TXT files or as HTML pages with site chrome. The same seed and size give the same bytes.
public struct BenchCorpus {
    public enum Kind: String, Sendable, CaseIterable { case txt, html }

    let paragraphs: [String]
    let headings: [String]
    /// Speakers' names found in the sample (full name, surname), and per paragraph the ones it mentions:
    /// each generated document gives them new names, so the person register has real work to do.
    let names: [(full: String, surname: String)]
    let namesIn: [[Int]]
    let namesInHeading: [[Int]]

    /// Collects the paragraphs of every readable document in `sample`, and with `lexicon` its speakers' names.
    public init(sample: String, lexicon: SpeakerLexicon? = nil) throws(IngestError) {
        let listing = try CorpusWalker.list(root: sample)
        var body: [String] = []
        var heads: [String] = []
        var people: Set<String> = []
        for file in listing.files {
            _ = FileIngest.read(file) { document in
                for p in document.paragraphs {
                    let text = document.string(p.span)
                    if case .heading = p.kind { heads.append(text) } else { body.append(text) }
                }
            }
            if let lexicon {
                for q in Analyzer.process(file, limits: ReadLimits(), lexicon: lexicon).quotes {
                    if let name = q.speaker?.name, name.split(separator: " ").count >= 2 { people.insert(name) }
                }
            }
        }
        guard !body.isEmpty else { throw IngestError("no paragraphs in the sample corpus \(sample)") }
        paragraphs = body
        headings = heads.isEmpty ? ["Samenwerking"] : heads
        let found = people.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
            .map { (full: $0, surname: String($0.split(separator: " ").last!)) }
            .filter { $0.surname.count >= 4 && $0.surname.first!.isUppercase }
        names = found
        namesIn = body.map { p in found.indices.filter { p.contains(found[$0].surname) } }
        namesInHeading = headings.map { h in found.indices.filter { h.contains(found[$0].surname) } }
    }

    static let firstNames = ["Anouk", "Bas", "Carla", "Daan", "Els", "Fatima", "Gert", "Hanneke", "Ilse", "Joost", "Karin", "Leon",
                                     "Mirjam", "Noor", "Otto", "Petra", "Rik", "Sanne", "Tom", "Ursula", "Vincent", "Wendy", "Yusuf", "Zoë"]
    static let surnames = ["Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bosman", "Peeters", "Hendriks", "Dekker", "Brouwer",
                                   "Dijkstra", "Koster", "Jacobs", "Vermeulen", "Willems", "Schouten", "Hoekstra", "Postma", "Kuipers",
                                   "Veenstra", "Huisman", "Kramer", "Wolters", "Haverkamp", "Yilmaz", "Bouzid", "Nijland", "Scholten"]

    /// A paragraph or heading with this document's names for the sample's speakers (a heading can name
    /// them too: "Manon de Caluwé, Dennis Bouwman en Jacqueline Smak Gregoor").
    private func renamed(_ original: String, _ namesIn: [Int], _ names: inout [Int: (String, String)], _ random: inout SplitMix64) -> String {
        var text = original
        for k in namesIn {
            if names[k] == nil {
                let first = Self.firstNames[Int(random.next() % UInt64(Self.firstNames.count))]
                let last = Self.surnames[Int(random.next() % UInt64(Self.surnames.count))]
                names[k] = (first + " " + last, last)
            }
            let (full, last) = names[k]!
            text = text.replacingOccurrences(of: self.names[k].full, with: full).replacingOccurrences(of: self.names[k].surname, with: last)
        }
        return text
    }

    /// Writes documents into `folder` until about `bytes` are written; returns the files and bytes written.
    public func write(kind: Kind, bytes target: Int, into folder: String, seed: UInt64 = 42) throws(IngestError) -> (files: Int, bytes: Int) {
        try AtomicFile.makeDirectory(folder)
        var random = SplitMix64(seed: seed)
        var written = 0
        var files = 0
        while written < target {
            let count = 30 + Int(random.next() % 120)
            var doc: [String] = []
            doc.reserveCapacity(count)
            var people: [Int: (String, String)] = [:]
            for k in 0..<count {
                if k % 12 == 0 {
                    let h = Int(random.next() % UInt64(headings.count))
                    doc.append("##" + renamed(headings[h], namesInHeading[h], &people, &random))
                }
                let p = Int(random.next() % UInt64(paragraphs.count))
                doc.append(renamed(paragraphs[p], namesIn[p], &people, &random))
            }
            let text = kind == .txt ? plainText(doc) : htmlPage(doc, number: files)
            let bytes = Array(text.utf8)
            let name = String(format: "%@/doc-%06d.%@", folder, files, kind.rawValue)
            try AtomicFile.write(bytes, to: name)
            written += bytes.count
            files += 1
        }
        return (files, written)
    }

    /// One plain-text file of about `bytes`, written in pieces so generating it needs little memory.
    public func writeSingleFile(bytes target: Int, to path: String, seed: UInt64 = 7) throws(IngestError) -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { throw IngestError("cannot write \(path)") }
        defer { try? handle.close() }
        var random = SplitMix64(seed: seed)
        var written = 0
        while written < target {
            var block = ""
            for _ in 0..<2000 { block += paragraphs[Int(random.next() % UInt64(paragraphs.count))] + "\n\n" }
            let data = Data(block.utf8)
            handle.write(data)
            written += data.count
        }
        return written
    }

    /// About `bytes` of recombined paragraphs in memory, with their spans, for in-process benchmarks.
    public func text(bytes target: Int, seed: UInt64 = 11) -> ([UInt8], [Span]) {
        var random = SplitMix64(seed: seed)
        var text: [UInt8] = []
        text.reserveCapacity(target + 4096)
        var spans: [Span] = []
        while text.count < target {
            let p = Array(paragraphs[Int(random.next() % UInt64(paragraphs.count))].utf8)
            spans.append(Span(text.count, text.count + p.count))
            text += p
            text += [0x0A, 0x0A]
        }
        return (text, spans)
    }

    private func plainText(_ doc: [String]) -> String {
        doc.map { $0.hasPrefix("##") ? String($0.dropFirst(2)) : $0 }.joined(separator: "\n\n") + "\n"
    }

    private func htmlPage(_ doc: [String], number: Int) -> String {
        var body = ""
        for p in doc {
            let escaped = p.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            body += p.hasPrefix("##") ? "<h2>\(escaped.dropFirst(2))</h2>\n" : "<p>\(escaped)</p>\n"
        }
        return """
        <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Artikel \(number) | Kennisplein</title>
        <meta name="description" content="Benchmarkpagina"><script>var t = \(number);</script><style>p{margin:0}</style></head>
        <body><div class="cookie-banner">Wij gebruiken cookies.</div><header class="site-header"><nav><ul>
        <li><a href="/">Home</a></li><li><a href="/themas">Thema's</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
        <main><article><h1>Artikel \(number)</h1>
        \(body)<div class="share-buttons"><a href="#">Deel</a></div></article></main>
        <aside class="sidebar"><h2>Gerelateerd</h2><ul><li><a href="#">Ander artikel</a></li></ul></aside>
        <footer class="site-footer"><p>Postbus 1234, Utrecht</p></footer><script src="/site.js"></script></body></html>

        """
    }
}

/// A small, fast, seedable generator, so bench corpora are the same on every machine.
public struct SplitMix64 {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
