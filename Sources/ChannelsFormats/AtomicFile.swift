#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Told which temporary file an atomic write is filling, so that whoever owns the process's signal
/// handling (the command line, not this library) can remove it if the process is interrupted mid-write.
public protocol TemporaryFileWatcher: Sendable {
    /// A write began filling `path`.
    func began(writing path: String)
    /// The write ended: the file was renamed into place or removed.
    func ended()
}

/// Writes files atomically: into a temporary file beside the target, flushed to disk, then renamed over
/// it. A reader sees the old file or the new one, never half of one; on any failure (a full disk, a
/// missing folder) the old file is untouched and the temporary file is removed. The library sets no
/// signal handler and changes no process state: a caller that wants the temporary file gone after Ctrl-C
/// passes a ``TemporaryFileWatcher``.
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
    /// The new file keeps the permissions of the file it replaces, or gets 0666 less the umask.
    ///
    /// - Throws: ``Failure``; the file at `path` is then unchanged.
    public static func write(_ bytes: [UInt8], to path: String, watcher: (any TemporaryFileWatcher)? = nil) throws(Failure) {
        try write(to: path, watcher: watcher) { sink throws(Failure) in try sink.write(bytes) }
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
    public static func write(to path: String, watcher: (any TemporaryFileWatcher)? = nil, body: (Sink) throws(Failure) -> Void) throws(Failure) {
        var status = stat()
        let exists = stat(path, &status) == 0
        if exists && (status.st_mode & S_IFMT) == S_IFDIR {
            throw Failure(path: path, stage: .create, reason: "it is a directory")
        }
        // A file replaced keeps its mode, and its contents are never readable more widely while written.
        let (descriptor, temporary) = try createTemporary(beside: path, mode: exists ? status.st_mode & 0o777 : 0o666)
        watcher?.began(writing: temporary)
        defer { watcher?.ended() }
        var failure: Failure?
        do {
            try body(Sink(descriptor: descriptor, path: path))
        } catch {
            failure = error
        }
        if failure == nil && fsync(descriptor) != 0 {
            failure = Failure(path: path, stage: .write, reason: errnoDescription())
        }
        if exists { fchmod(descriptor, status.st_mode & 0o7777) }
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

    /// A new, empty, hidden file beside `path`, created with `mode` less the process's umask (which the
    /// kernel applies, so it is read without being changed), and its path.
    private static func createTemporary(beside path: String, mode: mode_t) throws(Failure) -> (descriptor: Int32, path: String) {
        let prefix = "\(directory(of: path))/.\(baseName(of: path)).tmp-"
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<16 {
            let candidate = prefix + String(generator.next() as UInt64, radix: 36)
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
            if descriptor >= 0 { return (descriptor, candidate) }
            if errno != EEXIST { break }
        }
        throw Failure(path: path, stage: .create, reason: errnoDescription())
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func baseName(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    static func errnoDescription() -> String {
        String(cString: strerror(errno))
    }
}

private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, pointer, count)
}
