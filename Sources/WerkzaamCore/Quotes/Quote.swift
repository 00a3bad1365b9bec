/// What kind of speech a quote span is (DESIGN §7).
public enum QuoteKind: String, Sendable {
    case quote, turn, indirect
}

/// A quotation, speaker turn or piece of indirect speech: a span of the document text plus its attribution.
public struct Quote: Sendable, Equatable {
    /// The spoken words, without quote marks or turn label.
    public var span: Span
    public var kind: QuoteKind
    /// Index of the paragraph the quote starts in.
    public var paragraph: Int
    /// How the speaker was found: zegt, aldus, label, turn, context, pronoun, chain, pullquote, voice, …
    public var cue: String?
    /// Index into the document's person register; nil when a careful reader could not tell.
    public var speaker: Int?
    public var confidence: Double
    /// Index of the quote this one repeats (a pull quote), so it is counted once.
    public var repeatOf: Int?

    public init(span: Span, kind: QuoteKind, paragraph: Int, cue: String? = nil, speaker: Int? = nil,
                confidence: Double = 0, repeatOf: Int? = nil) {
        self.span = span
        self.kind = kind
        self.paragraph = paragraph
        self.cue = cue
        self.speaker = speaker
        self.confidence = confidence
        self.repeatOf = repeatOf
    }
}
