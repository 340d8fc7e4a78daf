#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Threads that run one body together and meet at barriers, for kernels of many short rounds
/// (delta-stepping's epochs, a few hundred per search) where handing every round to Dispatch again would
/// cost a thread wake-up per round. Waiting members spin briefly, then yield, as OpenMP's barriers do.
///
/// Member 0 is the calling thread; the others are threads started for the call and joined before it
/// returns. Every member is a real thread, so a barrier never waits on a member that has not been
/// scheduled (`concurrentPerform` may run its iterations one after another, which would deadlock it).
/// If a thread cannot be started, the team is the members already started and the caller.
///
/// Every member must call ``Member/wait()`` the same number of times: a member that skips a barrier
/// leaves the others waiting for ever.
enum WorkerTeam {
    /// One member's view of the team.
    struct Member {
        /// 0 for the calling thread, then 1, 2, …
        let index: Int
        /// How many members run the body: at most the number asked for.
        let count: Int
        fileprivate let barrier: SpinBarrier

        /// Returns once every member has called it; what a member wrote before it is visible to every
        /// member after it.
        func wait() { barrier.wait(parties: count) }
    }

    /// Runs `body` on up to `members` threads at once, the calling thread among them.
    static func run(members: Int, _ body: @Sendable (Member) -> Void) {
        withoutActuallyEscaping(body) { body in
            let gate = Gate(body: body)
            var threads: [pthread_t] = []
            for _ in 1..<max(members, 1) {
                let context = Unmanaged.passRetained(gate).toOpaque()
                #if canImport(Darwin)
                var started: pthread_t?
                #else
                var started = pthread_t()
                #endif
                guard pthread_create(&started, nil, startMember, context) == 0 else {
                    Unmanaged<Gate>.fromOpaque(context).release()
                    break
                }
                #if canImport(Darwin)
                guard let thread = started else { break }
                #else
                let thread = started
                #endif
                threads.append(thread)
            }
            gate.open(count: threads.count + 1)
            body(Member(index: 0, count: threads.count + 1, barrier: gate.barrier))
            for thread in threads { pthread_join(thread, nil) }
        }
    }
}

/// What the started threads wait for: the team's size, known once every thread has been created. Each
/// started thread takes the next member index as it enters.
private final class Gate: Sendable {
    let body: @Sendable (WorkerTeam.Member) -> Void
    let barrier = SpinBarrier()
    private let size = Atomic<Int>(0)
    private let nextIndex = Atomic<Int>(1)

    init(body: @escaping @Sendable (WorkerTeam.Member) -> Void) { self.body = body }

    func open(count: Int) { size.store(count, ordering: .releasing) }

    func enter() {
        let index = nextIndex.add(1, ordering: .relaxed).oldValue
        var count = size.load(ordering: .acquiring)
        while count == 0 {
            sched_yield()
            count = size.load(ordering: .acquiring)
        }
        body(WorkerTeam.Member(index: index, count: count, barrier: barrier))
    }
}

#if canImport(Darwin)
private func startMember(_ context: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? {
    Unmanaged<Gate>.fromOpaque(context).takeRetainedValue().enter()
    return nil
}
#else
private func startMember(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    guard let context else { return nil }
    Unmanaged<Gate>.fromOpaque(context).takeRetainedValue().enter()
    return nil
}
#endif

/// A counting barrier: the last member to arrive resets the count and starts the next generation; the
/// others spin on the generation, then yield the processor, then sleep in short naps, so a team larger
/// than the cores it is given (a container's share of a bigger machine) does not keep them all busy.
private final class SpinBarrier: Sendable {
    private let arrived = Atomic<Int>(0)
    private let generation = Atomic<Int>(0)

    /// Returns once `parties` members (the same number on every call) have called it.
    func wait(parties: Int) {
        guard parties > 1 else { return }
        let current = generation.load(ordering: .acquiring)
        if arrived.add(1, ordering: .acquiringAndReleasing).newValue == parties {
            arrived.store(0, ordering: .relaxed)
            generation.store(current &+ 1, ordering: .releasing)
            return
        }
        var spins = 0
        while generation.load(ordering: .acquiring) == current {
            spins += 1
            if spins > 20_000 {
                usleep(50)
            } else if spins > 2_000 {
                sched_yield()
            }
        }
    }
}
