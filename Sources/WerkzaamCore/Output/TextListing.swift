/// What `werkzaam text` prints: each paragraph with its kind, label, timing and sentences, at scalar offsets.
public enum TextListing {
    public static func render(_ document: Document, firstParagraph: Int = 1, firstSentence: Int = 1, json: Bool = false) -> String {
        var offsets = ScalarOffsets(document.text)
        var out = ""
        var w = JSONWriter()
        for (k, p) in document.paragraphs.enumerated() {
            let start = document.base.scalars + offsets.scalar(at: p.span.start)
            let label = p.label.map { (document.base.scalars + offsets.scalar(at: $0.start), document.base.scalars + offsets.scalar(at: $0.end)) }
            let end = document.base.scalars + offsets.scalar(at: p.span.end)
            var sentences: [(Int, Int, String)] = []
            for s in p.sentences {
                let span = document.sentences[s]
                sentences.append((document.base.scalars + offsets.scalar(at: span.start),
                                  document.base.scalars + offsets.scalar(at: span.end), document.string(span)))
            }
            if json {
                w.beginObject()
                w.field("paragraph", firstParagraph + k)
                w.field("kind", p.kind.description)
                w.field("start", start)
                w.field("end", end)
                w.key("label")
                if let label { w.beginArray(); w.int(label.0); w.int(label.1); w.endArray() } else { w.string(nil) }
                w.key("time")
                if let t = p.time { w.beginArray(); w.int(t.startMilliseconds); w.int(t.endMilliseconds); w.endArray() } else { w.string(nil) }
                w.key("sentences")
                w.beginArray()
                for s in sentences {
                    w.beginObject(); w.field("start", s.0); w.field("end", s.1); w.field("text", s.2); w.endObject()
                }
                w.endArray()
                w.endObject()
                w.newline()
                continue
            }
            out += "¶\(firstParagraph + k) \(p.kind) [\(start)–\(end))"
            if let label { out += " label [\(label.0)–\(label.1))" }
            if let t = p.time { out += " time \(clock(t.startMilliseconds))–\(clock(t.endMilliseconds))" }
            out += "\n"
            for (n, s) in sentences.enumerated() {
                let number = firstSentence + p.sentences.lowerBound + n
                out += "  \(number) [\(s.0)–\(s.1)) \(s.2.replacingNewlines)\n"
            }
        }
        return json ? String(decoding: w.bytes, as: UTF8.self) : out
    }

    /// `01:02:03.450`
    public static func clock(_ ms: Int) -> String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let millis = ms % 1000
        let m3 = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
        return "\(two(ms / 3_600_000)):\(two(ms / 60_000 % 60)):\(two(ms / 1000 % 60)).\(m3)"
    }
}

extension String {
    var replacingNewlines: String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ⏎ ") }
}
