/// Writes JSON into a byte buffer with keys in the order given, so output is byte-for-byte deterministic.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = []
    private var sink: StreamSink

    /// With a stream, bytes go to disk as they are made and `close` puts the file in place.
    public init(stream: AtomicStream? = nil) { sink = StreamSink(stream) }

    public mutating func close() throws(IngestError) { try sink.close(&bytes) }

    public mutating func beginObject() { separator(); bytes.append(0x7B); needsComma.append(false) }
    public mutating func endObject() { bytes.append(0x7D); needsComma.removeLast() }
    public mutating func beginArray() { separator(); bytes.append(0x5B); needsComma.append(false) }
    public mutating func endArray() { bytes.append(0x5D); needsComma.removeLast() }
    public mutating func newline() { bytes.append(0x0A) }

    public mutating func key(_ name: String) {
        sink.pass(&bytes)
        separator()
        appendString(name)
        bytes.append(0x3A)
        if !needsComma.isEmpty { needsComma[needsComma.count - 1] = false }
    }

    public mutating func string(_ value: String?) {
        separator()
        if let value { appendString(value) } else { bytes.appendLiteral(Self.null) }
    }

    public mutating func int(_ value: Int?) {
        separator()
        guard let value else { bytes.appendLiteral(Self.null); return }
        Self.appendDecimal(value, to: &bytes)
    }

    private static let null: StaticString = "null"

    /// Decimal digits straight into the output: a `String` per number was a tenth of writing a hit.
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(0x2D) }
        var rest = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var n = 0
            repeat {
                digits[19 - n] = UInt8(truncatingIfNeeded: rest % 10) + 0x30
                rest /= 10
                n += 1
            } while rest > 0
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[(20 - n)...]))
        }
    }

    /// A number or literal written as given.
    public mutating func raw(_ literal: String) {
        separator()
        bytes.append(contentsOf: Array(literal.utf8))
    }

    public mutating func field(_ name: String, _ value: String?) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: Int?) { key(name); int(value) }
    public mutating func field<S: Sequence<String>>(_ name: String, _ values: S) {
        key(name)
        beginArray()
        for v in values { string(v) }
        endArray()
    }

    /// Unit ids straight from their stored bytes (report.json lists every id of every pair and cell).
    public mutating func field(_ name: String, _ ids: UnitIDs) {
        key(name)
        beginArray()
        var first = true
        ids.forEachBytes { id in
            if !first { bytes.append(0x2C) }
            first = false
            Self.appendString(id, to: &bytes)
        }
        endArray()
    }

    private mutating func separator() {
        guard !needsComma.isEmpty else { return }
        if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
        needsComma[needsComma.count - 1] = true
    }

    private mutating func appendString(_ s: String) { Self.appendString(s, to: &bytes) }

    /// A JSON string into `bytes`. Copies runs of plain bytes whole; only quotes, backslashes and control
    /// characters are escaped.
    static func appendString(_ s: String, to bytes: inout [UInt8]) {
        var s = s
        s.withUTF8 { appendString($0, to: &bytes) }
    }

    /// The same for a string's UTF-8 bytes.
    static func appendString(_ b: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        bytes.append(0x22)
        var plain = 0
        for i in 0..<b.count {
            let c = b[i]
            guard c == 0x22 || c == 0x5C || c < 0x20 else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[plain..<i]))
            plain = i + 1
            switch c {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            default:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[plain...]))
        bytes.append(0x22)
    }

    /// `"document":…,"paragraph":…,"start":…,"end":…`: where a quotation or a hit stands, the same fields in
    /// quotes.jsonl and matches.jsonl.
    static func appendPosition(_ document: String, _ paragraph: Int, _ start: Int, _ end: Int,
                               cache: inout EscapedCache, to out: inout [UInt8]) {
        out.appendLiteral(PositionKeys.document)
        cache.append(document, to: &out)
        out.appendLiteral(PositionKeys.paragraph)
        appendDecimal(paragraph, to: &out)
        out.appendLiteral(PositionKeys.start)
        appendDecimal(start, to: &out)
        out.appendLiteral(PositionKeys.end)
        appendDecimal(end, to: &out)
    }

    private enum PositionKeys {
        static let document: StaticString = #""document":"#
        static let paragraph: StaticString = #","paragraph":"#
        static let start: StaticString = #","start":"#
        static let end: StaticString = #","end":"#
    }

    /// The same string as the previous call gives the same bytes: lines of one document repeat its path,
    /// theme and term names, escaped once.
    struct EscapedCache {
        private var last: String = ""
        private var bytes: [UInt8] = [0x22, 0x22]

        mutating func append(_ s: String, to out: inout [UInt8]) {
            if s != last {
                last = s
                bytes.removeAll(keepingCapacity: true)
                JSONWriter.appendString(s, to: &bytes)
            }
            out.append(contentsOf: bytes)
        }
    }
}
