/// The formats Werkzaam reads, by file extension.
public enum SourceFormat: String, Sendable, CaseIterable {
    case txt, md, html, docx, vtt, srt

    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "txt", "text": self = .txt
        case "md", "markdown": self = .md
        case "html", "htm", "xhtml": self = .html
        case "docx": self = .docx
        case "vtt": self = .vtt
        case "srt": self = .srt
        default: return nil
        }
    }
}

/// What a paragraph is, as far as the source says: later stages treat headings and pull quotes differently.
public enum ParagraphKind: Hashable, Sendable, CustomStringConvertible {
    case body
    case heading(level: Int)
    case blockquote
    case pullquote
    case listItem

    public var description: String {
        switch self {
        case .body: "body"
        case .heading(let level): "heading \(level)"
        case .blockquote: "blockquote"
        case .pullquote: "pullquote"
        case .listItem: "list item"
        }
    }
}

/// A time range in milliseconds, from a subtitle cue or a transcript timestamp.
public struct TimeRange: Hashable, Sendable {
    public var startMilliseconds: Int
    public var endMilliseconds: Int
    public init(startMilliseconds: Int, endMilliseconds: Int) {
        self.startMilliseconds = startMilliseconds
        self.endMilliseconds = endMilliseconds
    }
}

/// One paragraph: a span of the text, its kind, and the markers a reader found in the source.
public struct Paragraph: Hashable, Sendable {
    public var span: Span
    public var kind: ParagraphKind
    /// A speaker-label marker the source itself gave: a bold run at the start (DOCX) or a voice tag (WebVTT).
    public var label: Span?
    /// Cue or turn timing, for transcripts.
    public var time: TimeRange?
    /// Bold throughout (HTML, DOCX): the questions of many web and magazine interviews look like this.
    public var isBold = false
    /// In italics throughout (HTML): some interviews set their questions so instead.
    public var isItalic = false
    /// The source marks a change of speaker without naming them (a subtitle's dialogue dash): a turn of
    /// someone else, not more of the turn before.
    public var opensTurn = false
    /// The paragraph's sentences, as indices into `Document.sentences`.
    public var sentences: Range<Int>

    public init(span: Span, kind: ParagraphKind = .body, label: Span? = nil, time: TimeRange? = nil) {
        self.span = span
        self.kind = kind
        self.label = label
        self.time = time
        self.sentences = 0..<0
    }
}

/// What the source says about itself (HTML head, DOCX core properties, first heading of a text).
public struct DocumentMetadata: Hashable, Sendable {
    public var title: String?
    public var description: String?
    public var author: String?
    public var date: String?
    public var url: String?
    public var language: String?
    public init() {}
}

/// A document's normalised text with its paragraphs and sentences; every later annotation points into `text`.
///
/// Normalised means: UTF-8, LF line ends, NFC. A large text file arrives as several parts in order;
/// `base` says where this part starts in the whole file's normalised text, so offsets stay file positions.
public struct Document: Sendable {
    public var text: [UInt8]
    public var paragraphs: [Paragraph]
    public var sentences: [Span]
    public var metadata: DocumentMetadata
    public var base: TextPosition
    /// Length of `text` in Unicode scalars, when the reader has counted it already.
    public var scalarCount: Int?

    public init(text: [UInt8], paragraphs: [Paragraph], metadata: DocumentMetadata = DocumentMetadata(),
                base: TextPosition = TextPosition()) {
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = []
        self.metadata = metadata
        self.base = base
    }

    /// The text of a span, for output and tests (not for hot paths).
    public func string(_ span: Span) -> String {
        String(decoding: text[span.start..<span.end], as: UTF8.self)
    }

    public var string: String { String(decoding: text, as: UTF8.self) }
}

/// A position counted both in UTF-8 bytes and in Unicode scalars.
public struct TextPosition: Hashable, Sendable {
    public var bytes: Int
    public var scalars: Int
    public init(bytes: Int = 0, scalars: Int = 0) {
        self.bytes = bytes
        self.scalars = scalars
    }
}
