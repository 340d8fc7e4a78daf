import Dispatch
import Foundation

/// Where the server computes answers: on threads of their own, not on the few threads Swift's tasks
/// share (one per core), so that a long betweenness or a large drawing cannot stall the requests that
/// only need a cached answer or a static file. At most one question per core runs at once; the others
/// wait their turn.
final class QuestionRunner: Sendable {
    private let queue = DispatchQueue(label: "channels.questions", attributes: .concurrent)
    private let slots: DispatchSemaphore

    init(concurrency: Int = ProcessInfo.processInfo.activeProcessorCount) {
        slots = DispatchSemaphore(value: max(1, concurrency))
    }

    /// The value of `work`, computed on the runner's threads.
    func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            queue.async { [slots] in
                slots.wait()
                let value = work()
                slots.signal()
                continuation.resume(returning: value)
            }
        }
    }
}
