/// `documents.jsonl`: one object per corpus file, in corpus order, with stable field names.
public enum DocumentsJSONL {
    public static func render(_ reports: [FileReport]) -> [UInt8] {
        var w = JSONWriter()
        for r in reports {
            w.beginObject()
            w.field("id", r.id.isEmpty ? nil : r.id)
            w.field("path", r.path)
            w.field("format", r.format.rawValue)
            w.field("title", r.title)
            w.field("size", r.sizeBytes)
            w.field("encoding", r.encoding)
            w.field("paragraphs", r.paragraphs)
            w.field("sentences", r.sentences)
            w.field("characters", r.characters)
            w.field("parts", r.parts)
            switch r.status {
            case .ok:
                w.field("status", "ok")
                w.field("reason", nil as String?)
            case .error(let reason):
                w.field("status", "error")
                w.field("reason", reason)
            }
            w.field("warnings", r.warnings)
            w.key("themes")
            w.beginObject()
            for (theme, count) in r.themeCounts.sorted(by: { $0.key < $1.key }) { w.field(theme, count) }
            w.endObject()
            w.key("metadata")
            w.beginObject()
            w.field("description", r.metadata.description)
            w.field("author", r.metadata.author)
            w.field("date", r.metadata.date)
            w.field("url", r.metadata.url)
            w.field("language", r.metadata.language)
            w.endObject()
            w.endObject()
            w.newline()
        }
        return w.bytes
    }
}
