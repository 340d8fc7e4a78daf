#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Standard output and error: each write goes straight to the descriptor (or, while `--output` captures
/// standard output, to memory), colour only on a terminal, and a quiet end when the reader of a pipe goes
/// away (`channels actors | head -1`).
struct Terminal: Sendable {
    let descriptor: Int32

    static let standardOutput = Terminal(descriptor: 1)
    static let standardError = Terminal(descriptor: 2)

    /// Whether this stream is a terminal (standard output is not while it is captured for `--output`).
    var isTerminal: Bool {
        if descriptor == 1 && Self.captured.withLock({ $0 != nil }) { return false }
        return isatty(descriptor) == 1
    }

    /// Standard output held in memory for `--output`, which writes it to its file atomically at the end.
    private static let captured = Mutex<[UInt8]?>(nil)

    /// From now on, standard output is held in memory.
    static func captureStandardOutput() {
        captured.withLock { $0 = [] }
    }

    /// What standard output held since ``captureStandardOutput()``, which ends.
    static func endCapture() -> [UInt8] {
        captured.withLock { buffer in
            defer { buffer = nil }
            return buffer ?? []
        }
    }

    /// Whether to colour output: on a terminal, unless `NO_COLOR` is set or `TERM` is `dumb`.
    var usesColor: Bool {
        guard isTerminal else { return false }
        if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return true
    }

    /// Writes `text`; if the reader has gone away, ends the process quietly with status 0.
    func write(_ text: String) {
        var text = text
        text.withUTF8 { write(buffer: UnsafeRawBufferPointer($0)) }
    }

    func write(bytes: [UInt8]) {
        bytes.withUnsafeBytes { write(buffer: $0) }
    }

    private func write(buffer: UnsafeRawBufferPointer) {
        if descriptor == 1 {
            let held = Self.captured.withLock { held -> Bool in
                guard held != nil else { return false }
                held?.append(contentsOf: buffer)
                return true
            }
            if held { return }
        }
        var offset = 0
        while offset < buffer.count {
            let written = systemWrite(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                Self.handleWriteFailure(descriptor: descriptor)
            }
            offset += written
        }
    }

    /// Ignores SIGPIPE so a closed pipe shows up as a write error, which ends the process quietly.
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
    }

    private static func handleWriteFailure(descriptor: Int32) -> Never {
        if errno == EPIPE || descriptor == 2 { exit(errno == EPIPE ? ExitStatus.success : ExitStatus.ioError) }
        let reason = String(cString: strerror(errno))
        Terminal.standardError.write("channels: cannot write output: \(reason)\n")
        exit(ExitStatus.ioError)
    }
}

private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, pointer, count)
}

/// ANSI styles, applied only when the stream takes colour.
struct Style {
    let enabled: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func cyan(_ text: String) -> String { wrap(text, "36") }
    func yellow(_ text: String) -> String { wrap(text, "33") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
