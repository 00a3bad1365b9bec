/// CSV in the dialect Dutch Excel opens correctly: `;` between fields, a UTF-8 byte-order mark, CRLF
/// line ends, and fields with `;`, quotes or line breaks in double quotes (DESIGN §8). With a stream,
/// rows go to disk as they are made and `close` puts the file in place.
public struct CSVWriter {
    public private(set) var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    private var sink: StreamSink
    /// Reused for the joined unit ids of a row.
    private var scratch: [UInt8] = []

    public init(header: [String], stream: AtomicStream? = nil) {
        sink = StreamSink(stream)
        row(header)
    }

    public mutating func row(_ fields: [String]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { bytes.append(0x3B) }
            var field = field
            field.withUTF8 { append(field: $0) }
        }
        endRow()
    }

    /// A row whose last field is a list of unit ids, separated by spaces, copied from their stored bytes.
    public mutating func row(_ fields: [String], ids: UnitIDs) {
        for field in fields {
            var field = field
            field.withUTF8 { append(field: $0) }
            bytes.append(0x3B)
        }
        scratch.removeAll(keepingCapacity: true)
        ids.appendJoined(separator: 0x20, to: &scratch)
        let joined = scratch  // a local: `append(field:)` mutates self while reading it
        joined.withUnsafeBufferPointer { append(field: $0) }
        endRow()
    }

    /// One field, in double quotes when it holds `;`, `"` or a line break (a quote doubled).
    private mutating func append(field b: UnsafeBufferPointer<UInt8>) {
        if b.contains(where: { $0 == 0x3B || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            bytes.append(0x22)
            for c in b {
                if c == 0x22 { bytes.append(0x22) }
                bytes.append(c)
            }
            bytes.append(0x22)
        } else {
            bytes.append(contentsOf: b)
        }
    }

    private mutating func endRow() {
        bytes.append(contentsOf: [0x0D, 0x0A])
        sink.pass(&bytes)
    }

    /// Writes what is left to the stream and puts the file in place.
    public mutating func close() throws(IngestError) { try sink.close(&bytes) }
}

/// Hands a writer's bytes to a stream once they pass a size, so a large output is never whole in memory.
struct StreamSink {
    private let stream: AtomicStream?
    private var failure: IngestError?
    private static let chunk = 1 << 18

    init(_ stream: AtomicStream?) { self.stream = stream }

    mutating func pass(_ bytes: inout [UInt8]) {
        guard let stream, bytes.count >= Self.chunk, failure == nil else { return }
        do { try stream.write(bytes) } catch { failure = error }
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func close(_ bytes: inout [UInt8]) throws(IngestError) {
        guard let stream else { return }
        if let failure { throw failure }
        try stream.write(bytes)
        bytes.removeAll()
        try stream.commit()
    }
}
