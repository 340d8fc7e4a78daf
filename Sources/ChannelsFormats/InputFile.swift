#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files straight into byte arrays, with one copy and clear errors.
public enum InputFile {
    /// Why a file could not be read.
    public enum Failure: Error, Equatable, Sendable {
        case missing(String)
        case directory(String)
        case unreadable(String, reason: String)
    }

    /// The bytes of the file at `path`.
    ///
    /// - Complexity: O(*n*): one `read` into the final array.
    public static func read(_ path: String) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw failure(opening: path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path, reason: String(cString: strerror(errno))) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .directory(path) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return try readStream(descriptor, path: path) }
        let size = Int(status.st_size)
        var failure: Failure?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var done = 0
            while done < size {
                let got = Glibc.read(descriptor, buffer.baseAddress.map { $0 + done }, size - done)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 {
                    if got < 0 { failure = .unreadable(path, reason: String(cString: strerror(errno))) }
                    break
                }
                done += got
            }
            initialized = done
        }
        if let failure { throw failure }
        return bytes
    }

    /// Whether `path` names an existing regular file.
    public static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// Why `open` just failed on `path`.
    static func failure(opening path: String) -> Failure {
        switch errno {
        case ENOENT: .missing(path)
        case EISDIR: .directory(path)
        default: .unreadable(path, reason: String(cString: strerror(errno)))
        }
    }

    /// The first `count` bytes of the file at `path` (fewer if it is shorter).
    public static func head(_ path: String, count: Int) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw failure(opening: path) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR { throw .directory(path) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, 0) }
        guard got >= 0 else { throw .unreadable(path, reason: String(cString: strerror(errno))) }
        return Array(bytes[0..<got])
    }

    /// Reads a pipe or a device to its end.
    private static func readStream(_ descriptor: Int32, path: String) throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if got < 0 && errno == EINTR { continue }
            if got < 0 { throw .unreadable(path, reason: String(cString: strerror(errno))) }
            if got == 0 { return bytes }
            bytes += chunk[0..<got]
        }
    }

    /// Standard input, read to its end.
    public static func readStandardInput() throws(Failure) -> [UInt8] {
        try readStream(0, path: "<stdin>")
    }
}
