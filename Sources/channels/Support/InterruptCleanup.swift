#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ChannelsFormats

/// The command line's policy for Ctrl-C (and SIGTERM, SIGHUP) during a write: remove the temporary file
/// the write was filling, then exit with 128 + the signal. The handlers are installed at the first write.
///
/// A signal handler may only do async-signal-safe work, so the path lives in a fixed C buffer.
struct InterruptCleanup: TemporaryFileWatcher {
    static let shared = InterruptCleanup()

    nonisolated(unsafe) private static let path = UnsafeMutablePointer<CChar>.allocate(capacity: 4096)
    nonisolated(unsafe) private static var installed = false

    func began(writing temporaryPath: String) {
        let bytes = Array(temporaryPath.utf8CString.prefix(4095))
        for (index, byte) in bytes.enumerated() { Self.path[index] = byte }
        Self.path[bytes.count] = 0
        Self.installHandlers()
    }

    func ended() {
        Self.path[0] = 0
    }

    private static func installHandlers() {
        guard !installed else { return }
        installed = true
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                if InterruptCleanup.path[0] != 0 { unlink(InterruptCleanup.path) }
                _exit(128 + received)
            }
            sigaddset(&unblocked, signalNumber)
        }
        // A process inherits its parent's signal mask; the handlers must be able to run.
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
    }
}
