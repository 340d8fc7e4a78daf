/// Owns the raw buffers of a kernel's scratch space: each made filled with a value, all freed together
/// when the last reference goes.
///
/// Kernels keep the buffers themselves and read them without going through this object, so their loops
/// carry no class reference; this object only ends the buffers' lifetime. Elements must be trivial types.
final class ScratchBuffers {
    private var owned: [UnsafeMutableRawBufferPointer] = []

    /// A new buffer of `count` elements, each `value`.
    ///
    /// - Complexity: O(*count*).
    func make<Element>(_ count: Int, filledWith value: Element) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: count)
        buffer.initialize(repeating: value)
        owned.append(UnsafeMutableRawBufferPointer(buffer))
        return buffer
    }

    deinit {
        for buffer in owned { buffer.deallocate() }
    }
}
