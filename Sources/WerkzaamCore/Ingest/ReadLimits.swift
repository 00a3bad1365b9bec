/// Caps that keep memory bounded and hostile files harmless. The defaults suit a laptop; tests lower them.
public struct ReadLimits: Sendable, Equatable {
    /// Plain text is read and handed on in parts of about this many bytes, so a huge file streams.
    public var partBytes: Int = 8 << 20
    /// HTML and subtitle files are parsed whole; larger ones are refused (the HTML DOM costs ~13× the input).
    public var maxMarkupBytes: Int = 64 << 20
    /// A .docx file itself.
    public var maxDocxBytes: Int = 256 << 20
    /// The decompressed size of one XML part inside a .docx (zip-bomb guard), checked while inflating.
    public var maxDocxPartBytes: Int = 128 << 20
    /// Inflated size may be at most this many times the compressed size (zip-bomb guard).
    public var maxCompressionRatio: Int = 200

    public init() {}
}
