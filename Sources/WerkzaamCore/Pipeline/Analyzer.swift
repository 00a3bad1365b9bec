/// Settings of one analysis run.
public struct AnalysisOptions: Sendable {
    /// Documents processed at once; each holds at most one part of a text in memory.
    public var jobs: Int
    public var limits: ReadLimits

    public init(jobs: Int = SystemInfo.activeProcessorCount, limits: ReadLimits = ReadLimits()) {
        self.jobs = max(1, jobs)
        self.limits = limits
    }
}

/// What a run produced, in corpus order (by relative path), independent of the order files finished in.
public struct CorpusAnalysis: Sendable {
    public var reports: [FileReport]
    public var skipped: [SkippedFile]

    public var failed: Int { reports.count { !$0.isOK } }
    public var bytes: Int { reports.reduce(0) { $0 + $1.sizeBytes } }
}

/// Runs the pipeline over a corpus: documents are independent, so they are processed in parallel
/// (bounded by `jobs`) and merged in a fixed order afterwards.
public enum Analyzer {
    public static func run(_ listing: CorpusListing, options: AnalysisOptions,
                           progress: @escaping @Sendable (_ done: Int, _ total: Int, _ bytes: Int) -> Void = { _, _, _ in })
        async -> CorpusAnalysis {
        let files = listing.files
        var reports = [FileReport?](repeating: nil, count: files.count)
        await withTaskGroup(of: (Int, FileReport).self) { group in
            var next = 0
            var done = 0
            var bytes = 0
            func submit() {
                guard next < files.count else { return }
                let index = next
                let file = files[index]
                let limits = options.limits
                group.addTask { (index, process(file, limits: limits)) }
                next += 1
            }
            for _ in 0..<min(options.jobs, files.count) { submit() }
            while let (index, report) = await group.next() {
                reports[index] = report
                done += 1
                bytes += report.sizeBytes
                progress(done, files.count, bytes)
                submit()
            }
        }
        var result = CorpusAnalysis(reports: reports.map { $0! }, skipped: listing.skipped)
        markDuplicates(&result.reports)
        return result
    }

    /// One file through every stage that exists so far: ingest, then sentence segmentation per part.
    public static func process(_ file: CorpusFile, limits: ReadLimits) -> FileReport {
        var sentences = 0
        var report = FileIngest.read(file, limits: limits) { part in
            var document = part
            SentenceSegmenter.segment(&document)
            sentences += document.sentences.count
        }
        report.sentences = sentences
        return report
    }

    /// Identical files are both kept, with a warning naming the first, so staff can remove the copy.
    static func markDuplicates(_ reports: inout [FileReport]) {
        var first: [String: String] = [:]
        for k in reports.indices where reports[k].isOK && !reports[k].id.isEmpty {
            if let original = first[reports[k].id] {
                reports[k].warnings.append("same content as \(original)")
            } else {
                first[reports[k].id] = reports[k].path
            }
        }
    }
}
