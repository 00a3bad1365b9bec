/// One streamed part of a document's normalised text as the project file keeps it, so themes can be
/// tagged again after a lexicon edit without reading and parsing the corpus again.
public struct TextPart: Sendable, Equatable {
    public var text: [UInt8]
    /// Paragraph spans (UTF-8 byte offsets into `text`).
    public var paragraphs: [Span]
    /// Scalars and paragraphs before this part in the document.
    public var baseScalars: Int
    public var paragraphBase: Int

    public init(text: [UInt8], paragraphs: [Span], baseScalars: Int, paragraphBase: Int) {
        self.text = text
        self.paragraphs = paragraphs
        self.baseScalars = baseScalars
        self.paragraphBase = paragraphBase
    }

    /// Paragraph spans packed as little-endian Int32 pairs, for the project file.
    public var packedParagraphs: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(paragraphs.count * 8)
        for p in paragraphs {
            for v in [p.start, p.end] { withUnsafeBytes(of: Int32(v).littleEndian) { out += $0 } }
        }
        return out
    }

    public static func unpack(_ bytes: [UInt8]) -> [Span] {
        var spans: [Span] = []
        spans.reserveCapacity(bytes.count / 8)
        var k = 0
        func int32(_ i: Int) -> Int {
            Int(Int32(littleEndian: Int32(bitPattern: UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24)))
        }
        while k + 8 <= bytes.count {
            spans.append(Span(int32(k), int32(k + 4)))
            k += 8
        }
        return spans
    }
}

/// What theme assignment needs to know of a stored quotation.
public struct StoredQuote: Sendable, Equatable {
    public var id: String
    public var start: Int
    public var end: Int
    public var kind: QuoteKind
    public var roleCategory: String?

    public init(id: String, start: Int, end: Int, kind: QuoteKind, roleCategory: String?) {
        self.id = id
        self.start = start
        self.end = end
        self.kind = kind
        self.roleCategory = roleCategory
    }
}

/// Tags stored text again: the same hits and quotation themes a full analysis would give under the new
/// lexicon, because tagging reads only the normalised text and the quotations' positions.
public enum Retagging {
    public struct Result: Sendable {
        public var matches: [MatchRecord]
        /// Themes per quotation id, for quotations in scope.
        public var themes: [(quote: String, themes: [String])]
        /// The document as it is stored after re-tagging.
        public var document: StoredDocument?
    }

    /// Re-tags a stored document: its quotations keep everything but their themes.
    public static func retag(_ stored: StoredDocument, parts: [TextPart], tagger: inout ThemeTagger, options: AnalysisOptions) -> Result {
        let quotes = stored.quotes.map { StoredQuote(id: $0.id, start: $0.start, end: $0.end, kind: $0.kind, roleCategory: $0.speaker?.roleCategory) }
        var result = retag(parts, quotes: quotes, path: stored.report.path, tagger: &tagger, options: options)
        let themesOf = Dictionary(result.themes, uniquingKeysWith: { a, _ in a })
        var retagged = stored.quotes
        for k in retagged.indices { retagged[k].themes = themesOf[retagged[k].id] ?? [] }
        let people = Dictionary(stored.quotes.compactMap { q in q.speaker.map { ($0.name, $0) } }, uniquingKeysWith: { a, _ in a })
        let document = StoredDocument(stored: stored.report, quotes: retagged, matches: result.matches, people: people)
        result.document = document
        return result
    }

    public static func retag(_ parts: [TextPart], quotes: [StoredQuote], path: String, tagger: inout ThemeTagger,
                             options: AnalysisOptions) -> Result {
        var matches: [MatchRecord] = []
        for part in parts {
            let document = Document(text: part.text, paragraphs: part.paragraphs.map { Paragraph(span: $0) },
                                    base: TextPosition(bytes: 0, scalars: part.baseScalars))
            matches += ThemeAssignment.tag(document, with: &tagger, path: path, paragraphBase: part.paragraphBase).records
        }
        var themes: [(String, [String])] = []
        let spans = matches.map { ($0.start, $0.end) }
        for q in quotes {
            guard options.themeKinds.contains(q.kind) else { continue }
            if let category = q.roleCategory, options.themeSkipRoles.contains(category) { continue }
            let names = ThemeAssignment.themes(within: q.start, q.end, of: spans) { matches[$0].theme }
            if !names.isEmpty { themes.append((q.id, names)) }
        }
        return Result(matches: matches, themes: themes)
    }
}
