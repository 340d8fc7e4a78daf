#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes for as long as the value lives: memory-mapped when the file is a regular file, read
/// into memory otherwise (pipes, devices). Dropping the value (`_ = consume file`) unmaps the file, so a
/// parser can give the memory back before it builds its result.
public struct MappedFile: ~Copyable {
    /// The file's bytes; valid until the value is dropped.
    public let bytes: UnsafeRawBufferPointer
    /// Where the bytes were copied to when the file could not be mapped.
    private let allocation: UnsafeMutableRawPointer?

    /// Maps or reads the file at `path`.
    ///
    /// - Complexity: O(1) for a regular file (pages are read as they are touched); O(*n*) otherwise.
    public init(_ path: String) throws(InputFile.Failure) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw InputFile.failure(opening: path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path, reason: String(cString: strerror(errno))) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .directory(path) }
        let size = Int(status.st_size)
        if (status.st_mode & S_IFMT) == S_IFREG, size > 0,
           let address = mmap(nil, size, PROT_READ, Self.mapFlags, descriptor, 0), address != MAP_FAILED {
            _ = madvise(address, size, MADV_SEQUENTIAL)
            bytes = UnsafeRawBufferPointer(start: address, count: size)
            allocation = nil
            return
        }
        let contents = try InputFile.read(path)
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(contents.count, 1), alignment: 16)
        contents.withUnsafeBytes { copy.copyMemory(from: $0) }
        bytes = UnsafeRawBufferPointer(start: copy.baseAddress, count: contents.count)
        allocation = copy.baseAddress
    }

    /// Private and read-only; on Linux, pages are mapped in one go rather than faulted in one by one.
    #if os(Linux)
    private static let mapFlags = MAP_PRIVATE | MAP_POPULATE
    #else
    private static let mapFlags = MAP_PRIVATE
    #endif

    deinit {
        if let allocation {
            allocation.deallocate()
        } else {
            _ = munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
        }
    }
}
