import Foundation
import Synchronization

/// Progress of long computations on stderr ("betweenness: 4,096/10,000 sources · 41% · ETA 6s"), shown
/// only on a terminal, only once the work has run for a second, so short runs and pipes stay quiet, and
/// never for a web request (whose log line is its report).
final class ProgressReporter: Sendable {
    private let label: String
    private let unit: String
    private let enabled: Bool
    private let started = ContinuousClock.now
    private let lastShown = Mutex<ContinuousClock.Instant?>(nil)

    init(_ label: String, unit: String) {
        self.label = label
        self.unit = unit
        enabled = Terminal.standardError.isTerminal && Interrupt.deadline == nil
    }

    /// Reports `done` of `total`; throttled to a few updates a second.
    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let now = ContinuousClock.now
        let elapsed = now - started
        guard elapsed > .seconds(1) else { return }
        let shouldShow = lastShown.withLock { last -> Bool in
            if let last, now - last < .milliseconds(200), done < total { return false }
            last = now
            return true
        }
        guard shouldShow else { return }
        let fraction = Double(done) / Double(total)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let remaining = fraction > 0 ? seconds * (1 - fraction) / fraction : 0
        let line = "\(label): \(done)/\(total) \(unit) · \(Int(fraction * 100))% · ETA \(Int(remaining.rounded()))s"
        Terminal.standardError.write("\r\u{1B}[K" + line)
    }

    /// Clears the progress line, if one was shown.
    func finish() {
        guard enabled, lastShown.withLock({ $0 }) != nil else { return }
        Terminal.standardError.write("\r\u{1B}[K")
    }
}

/// Ctrl-C during a long computation: the kernel stops between chunks, nothing is written, and the command
/// exits with status 130.
enum Interrupt {
    private static let flag = Atomic<Bool>(false)

    /// The moment the web request under way must be answered by (``WebServer`` sets it per request);
    /// `nil` on the command line, where only Ctrl-C stops a computation.
    @TaskLocal static var deadline: ContinuousClock.Instant?

    /// Routes SIGINT to the flag instead of killing the process. SIGINT is also unblocked: a process
    /// inherits its parent's signal mask, and some launchers (test runners, supervisors) block it.
    static func install() {
        signal(SIGINT) { _ in Interrupt.flag.store(true, ordering: .relaxed) }
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        sigaddset(&unblocked, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
    }

    /// A kernel's `isCancelled`, callable from its worker threads: the deadline is read here, where the
    /// request's task-local value is visible, and captured.
    static func cancellation() -> @Sendable () -> Bool {
        let deadline = deadline
        return { flag.load(ordering: .relaxed) || deadline.map { ContinuousClock.now >= $0 } ?? false }
    }

    /// Throws the interruption failure if Ctrl-C was pressed, or ``timedOut`` past the deadline.
    static func check() throws {
        if flag.load(ordering: .relaxed) { throw Failure(ExitStatus.interrupted, "interrupted") }
        if let deadline, ContinuousClock.now >= deadline { throw timedOut }
    }

    /// The failure of a web request that ran past its deadline.
    static let timedOut = Failure(ExitStatus.unavailable, "the question took longer than the server allows for one request; ask a narrower one (a time window, fewer sides, or a sample of sources for betweenness)")
}
