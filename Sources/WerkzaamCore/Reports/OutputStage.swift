/// A run's outputs on a thread of their own. `StoreStage` stores each document and hands it over here, so
/// storing one document and writing the one before overlap: one thread doing both was the critical path
/// of a run, the workers waiting on it. Documents are written in the order they are handed over; at most
/// `capacity` wait. The state below is touched only on `queue` (or after `drain`).
public final class OutputStage: @unchecked Sendable {
    private let queue: BoundedQueue
    private let store: ProjectStore
    private let out: String
    private let themes: ThemeLexicon?
    private let unit: CooccurrenceUnit
    private let minimumCount: Int
    private let outputsCurrent: Bool
    private var writer: OutputWriter?
    private var pending: [String] = []
    private var failure: (any Error)?
    private var seconds = 0.0

    /// `outputsCurrent`: the outputs of these settings are all there, so while every document is reused
    /// unchanged nothing is written (the documents are noted, and written once something changes).
    public init(out: String, themes: ThemeLexicon?, unit: CooccurrenceUnit, minimumCount: Int, store: ProjectStore,
                outputsCurrent: Bool, capacity: Int = 16) {
        self.out = out
        self.themes = themes
        self.unit = unit
        self.minimumCount = minimumCount
        self.store = store
        self.outputsCurrent = outputsCurrent
        queue = BoundedQueue(label: "werkzaam.outputs", capacity: capacity)
    }

    /// One stored document: `written` as the store keeps it, or nil to read it back from the store.
    /// `unchanged`: reused as it was (neither analysed nor re-tagged).
    public func add(_ path: String, written: StoredDocument?, unchanged: Bool) {
        queue.submit { [self] in
            guard failure == nil else { return }
            let t0 = StageTimes.wall()
            if writer == nil && outputsCurrent && unchanged {
                pending.append(path)
            } else {
                do { try write(path, written: written) } catch { failure = error }
            }
            seconds += StageTimes.wall() - t0
        }
    }

    /// Waits until every handed-over document is written. Returns the writer (nil while nothing had to
    /// be written), the first failure, and the wall seconds spent writing.
    public func drain() -> (writer: OutputWriter?, failure: (any Error)?, seconds: Double) {
        queue.drain { (writer, failure, seconds) }
    }

    /// Writes a document, first starting the outputs with the documents noted so far.
    private func write(_ path: String, written: StoredDocument?) throws {
        if writer == nil {
            writer = try OutputWriter(out: out, themes: themes, unit: unit, minimumCount: minimumCount)
            let noted = pending
            pending = []
            for p in noted { try write(p, written: nil) }
        }
        if let d = try written ?? store.document(path) { try writer!.add(d.report, quotes: d.quotes, matches: d.matches) }
    }
}
