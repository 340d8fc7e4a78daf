#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files atomically: into a temporary file beside the target, flushed to disk, then renamed over
/// it. A reader sees the old file or the new one, never half of one; on any failure (a full disk, a
/// missing folder, Ctrl-C) the old file is untouched and the temporary file is removed.
public enum AtomicFile {
    /// Why a write failed.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public enum Stage: Sendable, Equatable {
            /// The output could not be created (missing folder, no permission, a directory in the way).
            case create
            /// Writing or flushing failed midway (a full disk, an I/O error).
            case write
        }

        public let path: String
        public let stage: Stage
        public let reason: String

        public var description: String {
            switch stage {
            case .create: "cannot create \(path): \(reason)"
            case .write: "cannot write \(path): \(reason); the previous file, if any, is unchanged"
            }
        }
    }

    /// Replaces the file at `path` with `bytes`, atomically.
    ///
    /// The new file keeps the permissions of the file it replaces, or gets 0644 less the umask.
    ///
    /// - Throws: ``Failure``; the file at `path` is then unchanged.
    public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        try write(to: path) { sink throws(Failure) in try sink.write(bytes) }
    }

    /// Where ``write(to:body:)`` streams bytes.
    public struct Sink {
        let descriptor: Int32
        let path: String

        public func write(_ bytes: [UInt8]) throws(Failure) {
            try bytes.withUnsafeBytes { raw in Result { () throws(Failure) in try write(raw) } }.get()
        }

        /// Writes every byte, retrying short writes and interruptions.
        public func write(_ bytes: UnsafeRawBufferPointer) throws(Failure) {
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: path, stage: .write, reason: AtomicFile.errnoDescription())
                }
                if written == 0 { throw Failure(path: path, stage: .write, reason: "the device accepted no more data") }
                offset += written
            }
        }
    }

    /// Replaces the file at `path` with what `body` writes into the sink, atomically.
    ///
    /// - Throws: ``Failure``, from the file system or from `body`; the file at `path` is then unchanged.
    public static func write(to path: String, body: (Sink) throws(Failure) -> Void) throws(Failure) {
        var status = stat()
        let exists = stat(path, &status) == 0
        if exists && (status.st_mode & S_IFMT) == S_IFDIR {
            throw Failure(path: path, stage: .create, reason: "it is a directory")
        }
        let folder = directory(of: path)
        var template = Array("\(folder)/.\(baseName(of: path)).tmp-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else {
            throw Failure(path: path, stage: .create, reason: errnoDescription())
        }
        let temporary = String(decoding: template.map { UInt8(bitPattern: $0) }.prefix { $0 != 0 }, as: UTF8.self)
        Cleanup.register(template)
        defer { Cleanup.clear() }
        var failure: Failure?
        do {
            try body(Sink(descriptor: descriptor, path: path))
        } catch {
            failure = error
        }
        if failure == nil && fsync(descriptor) != 0 {
            failure = Failure(path: path, stage: .write, reason: errnoDescription())
        }
        let mode = exists ? status.st_mode & 0o7777 : 0o666 & ~currentUmask()
        fchmod(descriptor, mode)
        if close(descriptor) != 0 && failure == nil {
            failure = Failure(path: path, stage: .write, reason: errnoDescription())
        }
        if failure == nil && rename(temporary, path) != 0 {
            failure = Failure(path: path, stage: .create, reason: errnoDescription())
        }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func baseName(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    static func errnoDescription() -> String {
        String(cString: strerror(errno))
    }
}

/// Removes a half-written temporary file if the process is interrupted (Ctrl-C, SIGTERM) mid-write.
///
/// The handler may only do async-signal-safe work, so the path lives in a fixed C buffer.
private enum Cleanup {
    nonisolated(unsafe) private static let path = UnsafeMutablePointer<CChar>.allocate(capacity: 4096)
    nonisolated(unsafe) private static var installed = false

    static func register(_ template: [CChar]) {
        let count = min(template.count, 4095)
        for index in 0..<count { path[index] = template[index] }
        path[count] = 0
        if !installed {
            installed = true
            var unblocked = sigset_t()
            sigemptyset(&unblocked)
            for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
                signal(signalNumber) { received in
                    if Cleanup.path[0] != 0 { unlink(Cleanup.path) }
                    _exit(128 + received)
                }
                sigaddset(&unblocked, signalNumber)
            }
            // A process inherits its parent's signal mask; the handlers must be able to run.
            pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        }
    }

    static func clear() {
        path[0] = 0
    }
}

private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, pointer, count)
}
