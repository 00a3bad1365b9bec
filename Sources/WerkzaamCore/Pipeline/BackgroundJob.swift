import Foundation

/// Work started on a thread of its own and waited for later: the project file's codings indexes are
/// built while the tables and reports are written.
public final class BackgroundJob: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written by the job's thread before `done` is signalled, read only after `wait` has it.
    private var result: Result<Double, any Error> = .success(0)

    public init(_ body: @escaping @Sendable () throws -> Void) {
        Thread.detachNewThread { [self] in
            let t0 = StageTimes.wall()
            do {
                try body()
                result = .success(StageTimes.wall() - t0)
            } catch {
                result = .failure(error)
            }
            done.signal()
        }
    }

    /// Waits for the job: its wall seconds, or its error.
    public func wait() throws -> Double {
        done.wait()
        return try result.get()
    }
}
