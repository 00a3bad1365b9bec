/// Reads one corpus file in its format and hands over its document (or, for a large text, its parts in order).
///
/// Every failure becomes the file's status with a one-line reason; nothing here throws past a file.
public enum FileIngest {
    public static func read(_ file: CorpusFile, limits: ReadLimits = ReadLimits(),
                            each: (Document) throws(IngestError) -> Void) -> FileReport {
        var report = FileReport(path: file.relativePath, format: file.format)
        var input: FileInput
        do {
            input = try FileInput(path: file.path)
        } catch {
            report.status = .error(error.reason)
            return report
        }
        report.sizeBytes = input.size
        do throws(IngestError) {
            switch file.format {
            case .txt, .md:
                let outcome = try PlainTextReader.read(&input, markdown: file.format == .md, limits: limits) { document throws(IngestError) in
                    report.add(document)
                    try each(document)
                }
                report.encoding = outcome.encoding.rawValue
                report.warnings += outcome.warnings
                report.parts = outcome.parts
                report.title = outcome.title
                report.metadata.title = outcome.title
            case .html, .docx, .vtt, .srt:
                let limit = file.format == .docx ? limits.maxDocxBytes : limits.maxMarkupBytes
                let bytes = try input.readAll(limit: limit, what: file.format.rawValue.uppercased())
                guard !bytes.isEmpty else { throw IngestError("empty file (0 bytes)") }
                let (document, warnings) = try parse(bytes, format: file.format, limits: limits)
                report.warnings += warnings
                report.metadata = document.metadata
                report.title = document.metadata.title
                report.parts = 1
                report.add(document)
                try each(document)
            }
        } catch {
            report.status = .error(error.reason)
        }
        report.id = input.finishHash()
        return report
    }

    static func parse(_ bytes: [UInt8], format: SourceFormat, limits: ReadLimits) throws(IngestError) -> (Document, [String]) {
        switch format {
        case .html: try HTMLReader.read(bytes)
        case .docx: try DocxReader.read(bytes, limits: limits)
        case .vtt, .srt: try SubtitleReader.read(bytes, format: format)
        case .txt, .md: fatalError("plain text is streamed")
        }
    }
}

extension FileReport {
    /// Adds a document part's counts.
    mutating func add(_ document: Document) {
        paragraphs += document.paragraphs.count
        characters += document.scalarCount ?? document.text.withUnsafeBufferPointer { UTF8Scalars.scalarCount($0, 0, $0.count) }
    }
}
