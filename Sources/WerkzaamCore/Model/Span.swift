/// A half-open range of UTF-8 byte offsets into a document's normalised text.
///
/// Every annotation is one of these (like spaCy's `Span`). Bytes keep the hot paths fast;
/// output converts them to Unicode scalar offsets with `ScalarOffsets`, which is what users check against.
public struct Span: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "span start after end")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}
