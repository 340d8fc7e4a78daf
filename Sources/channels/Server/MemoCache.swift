import Synchronization

/// Answers already computed, by the request that asked for them. The graphs never change while the
/// server runs, so the same request always gets the same bytes: an answer computed once serves every
/// later request for it. Bounded by entries and bytes in two generations: when the young one fills up,
/// it becomes the old one and the previous old one is dropped; a hit in the old one moves back to the
/// young one, so what is asked often stays.
final class MemoCache: Sendable {
    private struct Generations {
        var young: [String: String] = [:]
        var old: [String: String] = [:]
        var youngBytes = 0
    }

    private let generations = Mutex(Generations())
    /// Entries per generation; 0 keeps nothing.
    let capacity: Int
    /// UTF-8 bytes per generation.
    let byteCapacity: Int

    init(capacity: Int, byteCapacity: Int = 64 << 20) {
        self.capacity = capacity
        self.byteCapacity = byteCapacity
    }

    /// The value for `key`, made by `make` on a miss (outside the lock, so misses run in parallel).
    /// Errors are not kept.
    ///
    /// - Complexity: O(1) expected for a hit, plus the key's hashing.
    func value(_ key: String, make: () throws(APIError) -> String) throws(APIError) -> String {
        guard capacity > 0 else { return try make() }
        let hit = generations.withLock { generations -> String? in
            if let value = generations.young[key] { return value }
            guard let value = generations.old.removeValue(forKey: key) else { return nil }
            Self.insert(key, value, into: &generations, capacity: capacity, byteCapacity: byteCapacity)
            return value
        }
        if let hit { return hit }
        let value = try make()
        generations.withLock { Self.insert(key, value, into: &$0, capacity: capacity, byteCapacity: byteCapacity) }
        return value
    }

    private static func insert(_ key: String, _ value: String, into generations: inout Generations, capacity: Int, byteCapacity: Int) {
        if generations.young.count >= capacity || generations.youngBytes + value.utf8.count > byteCapacity {
            generations.old = generations.young
            generations.young = [:]
            generations.youngBytes = 0
        }
        if generations.young.updateValue(value, forKey: key) == nil { generations.youngBytes += value.utf8.count }
    }
}
