#if canImport(Glibc)
import Glibc
#endif

/// Asks the kernel to back a large buffer with transparent huge pages before it is first written.
///
/// Scattered writes into arrays of hundreds of megabytes (building CSR rows) miss the TLB on almost every
/// access with 4 KB pages; with 2 MB pages the same writes mostly hit. Advice only: where the kernel does
/// not offer huge pages, nothing changes.
enum HugePages {
    /// Advises huge pages for the whole 2 MB-aligned part of `buffer`.
    static func advise(_ buffer: UnsafeMutableRawBufferPointer) {
        #if canImport(Glibc)
        let hugePage = 2 << 20
        guard buffer.count >= 2 * hugePage, let base = buffer.baseAddress else { return }
        let start = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(hugePage - 1)
        guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(pointer, end - start, MADV_HUGEPAGE)
        #endif
    }

    /// An array of `count` elements, not yet written, advised for huge pages; `fill` writes every element.
    static func array<T>(count: Int, fill: (UnsafeMutableBufferPointer<T>) -> Void) -> [T] {
        [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            advise(UnsafeMutableRawBufferPointer(buffer))
            fill(buffer)
            initialized = count
        }
    }
}
