/// A fixed-size set of small integers, one bit each: the masks of filtered views and the visited sets
/// of searches.
///
/// A plain struct of words, so kernels can read it through a raw pointer.
public struct Bitmask: Hashable, Sendable {
    public private(set) var words: [UInt64]
    public let count: Int

    /// A mask of `count` bits, all set to `value`.
    ///
    /// - Complexity: O(*count* / 64).
    public init(count: Int, value: Bool = false) {
        self.count = count
        words = [UInt64](repeating: value ? ~0 : 0, count: (count + 63) >> 6)
        if value { clearTail() }
    }

    @inline(__always)
    public func contains(_ index: Int) -> Bool {
        words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    @inline(__always)
    public mutating func insert(_ index: Int) {
        words[index >> 6] |= 1 << UInt64(index & 63)
    }

    @inline(__always)
    public mutating func remove(_ index: Int) {
        words[index >> 6] &= ~(1 << UInt64(index & 63))
    }

    public subscript(index: Int) -> Bool {
        get { contains(index) }
        set { if newValue { insert(index) } else { remove(index) } }
    }

    /// The number of bits set.
    ///
    /// - Complexity: O(*count* / 64).
    public var population: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    private mutating func clearTail() {
        let spare = words.count * 64 - count
        if spare > 0 { words[words.count - 1] &= ~0 >> UInt64(spare) }
    }
}
