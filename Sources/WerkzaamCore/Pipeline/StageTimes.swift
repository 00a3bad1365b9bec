import Foundation

/// Where a run spends its time, per pipeline stage. Document stages (ingest … themes) are CPU seconds
/// summed over all workers, so they add up across cores; the rest are wall seconds. Stages that run
/// beside others (the store and outputs while documents are analysed, each table or report written in
/// parallel) are not added to the total. Printed by `analyze --timings` and read by `bench`.
public struct StageTimes: Sendable {
    public static let documentStages = ["ingest", "segment", "quotes", "themes"]
    /// Stages that run during `documents (wall)`: not added to the total.
    public static let overlapping = documentStages + ["store (while analysing)", "outputs (while analysing)"]

    /// Whether a stage's time lies within another's (see `overlapping`; "… (parallel)" rows lie within
    /// "tables and reports").
    public static func overlaps(_ stage: String) -> Bool { overlapping.contains(stage) || stage.hasSuffix(" (parallel)") }

    /// Seconds by stage name, in the order stages were first recorded.
    public private(set) var seconds: [(String, Double)] = []

    public init() {}

    public mutating func add(_ stage: String, _ s: Double) {
        if let k = seconds.firstIndex(where: { $0.0 == stage }) { seconds[k].1 += s } else { seconds.append((stage, s)) }
    }

    public mutating func add(_ other: StageTimes) {
        for (stage, s) in other.seconds { add(stage, s) }
    }

    public subscript(stage: String) -> Double { seconds.first { $0.0 == stage }?.1 ?? 0 }

    /// Times `body` on the wall clock and adds it to `stage`.
    public mutating func measure<T, E: Error>(_ stage: String, _ body: () throws(E) -> T) throws(E) -> T {
        let t0 = Self.wall()
        defer { add(stage, Self.wall() - t0) }
        return try body()
    }

    /// CPU time of the calling thread: a document is processed on one thread without suspending,
    /// so this excludes time the worker spent waiting for a core.
    public static func threadCPU() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    public static func wall() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// `{"ingest":0.51,…}` with stages in recorded order, for the bench.
    public var json: String {
        "{" + seconds.map { "\"\($0.0)\":\(String(format: "%.4f", $0.1))" }.joined(separator: ",") + "}"
    }
}
