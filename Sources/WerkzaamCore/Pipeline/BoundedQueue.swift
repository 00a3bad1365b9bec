import Dispatch

/// A serial queue on which at most `capacity` pieces of work wait: `submit` blocks beyond that, so a
/// slow stage holds back the one before it instead of letting its input pile up in memory. The stages of
/// a run (`StoreStage`, `OutputStage`) keep their state on one of these.
final class BoundedQueue: @unchecked Sendable {
    private let queue: DispatchQueue
    private let slots: DispatchSemaphore

    init(label: String, capacity: Int) {
        queue = DispatchQueue(label: label)
        slots = DispatchSemaphore(value: capacity)
    }

    /// Runs `work` after everything submitted before it, on the queue's thread.
    func submit(_ work: @escaping @Sendable () -> Void) {
        slots.wait()
        queue.async { [slots] in
            defer { slots.signal() }
            work()
        }
    }

    /// Waits for everything submitted so far, then reads the stage's state on the queue.
    func drain<T>(_ read: () -> T) -> T { queue.sync(execute: read) }
}
