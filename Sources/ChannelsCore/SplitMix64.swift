/// A small, fast, seedable random number generator (Steele, Lea and Flood's SplitMix64), so that sampled
/// algorithms and generators give the same result for the same `--seed` on every platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `k` distinct elements of `population`, in the order drawn (a partial Fisher–Yates shuffle).
    ///
    /// - Complexity: O(*n*) to copy the population, O(*k*) to draw.
    public static func sample<T>(_ k: Int, from population: [T], seed: UInt64) -> [T] {
        var generator = SplitMix64(seed: seed)
        var pool = population
        let count = min(k, pool.count)
        for index in 0..<count {
            let pick = index + Int(generator.next(upperBound: UInt64(pool.count - index)))
            pool.swapAt(index, pick)
        }
        return Array(pool.prefix(count))
    }
}
