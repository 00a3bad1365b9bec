/// A run's writes to the project file on a thread of their own. The analysis hands each finished document
/// over in corpus order and goes on handing out work: when storing ran in the loop that hands out work,
/// the workers waited for every write (100 MB took 13 s where its CPU time allows 9). Each stored document
/// goes on to `outputs`. At most `capacity` documents wait. The state below is touched only on `queue`
/// (or after `drain`).
public final class StoreStage: @unchecked Sendable {
    private let queue: BoundedQueue
    private let store: ProjectStore
    private let run: ProjectStore.Run
    private let outputs: OutputStage?
    private var failure: (any Error)?
    private var seconds = 0.0
    private var retagged = 0

    public init(store: ProjectStore, run: ProjectStore.Run, outputs: OutputStage?, capacity: Int = 16) {
        self.store = store
        self.run = run
        self.outputs = outputs
        queue = BoundedQueue(label: "werkzaam.store", capacity: capacity)
    }

    /// Stores one document (analysed, re-tagged, or reused as it is) and hands it to the outputs.
    public func add(_ document: Analyzer.DocumentResult) {
        queue.submit { [self] in
            guard failure == nil else { return }
            let t0 = StageTimes.wall()
            var written: StoredDocument?
            do {
                if let result = document.retagged {
                    try store.addThemes(document.report.path, with: result)
                    written = result.document
                    retagged += 1
                } else if !document.reused {
                    written = try store.add(document.report, quotes: document.quotes, matches: document.matches, texts: document.texts, to: run)
                }
            } catch {
                failure = error
            }
            seconds += StageTimes.wall() - t0
            guard failure == nil else { return }
            outputs?.add(document.report.path, written: written, unchanged: document.reused && document.retagged == nil)
        }
    }

    /// Waits until every handed-over document is stored (and handed to the outputs). Returns the first
    /// failure, the wall seconds spent storing, and how many documents were re-tagged.
    public func drain() -> (failure: (any Error)?, seconds: Double, retagged: Int) {
        queue.drain { (failure, seconds, retagged) }
    }
}
