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

    /// The value for `key`, made by `make` on a miss (outside the lock: misses run in parallel, and two
    /// requests for the same new key both compute it). Errors are not kept.
    ///
    /// - Complexity: O(1) expected for a hit, plus the key's hashing.
    func value(_ key: String, make: () throws(APIError) -> String) throws(APIError) -> String {
        if let hit = cached(key) { return hit }
        let value = try make()
        store(value, for: key)
        return value
    }

    /// The value kept for `key`, if any; a hit in the old generation moves to the young one.
    func cached(_ key: String) -> String? {
        guard capacity > 0 else { return nil }
        return generations.withLock { generations -> String? in
            if let value = generations.young[key] { return value }
            guard let value = generations.old.removeValue(forKey: key) else { return nil }
            Self.insert(key, value, into: &generations, capacity: capacity, byteCapacity: byteCapacity)
            return value
        }
    }

    /// Keeps `value` for `key`.
    func store(_ value: String, for key: String) {
        guard capacity > 0 else { return }
        generations.withLock { Self.insert(key, value, into: &$0, capacity: capacity, byteCapacity: byteCapacity) }
    }

    /// Bytes an entry counts for: its key's and its value's.
    private static func size(_ key: String, _ value: String) -> Int {
        key.utf8.count + value.utf8.count
    }

    private static func insert(_ key: String, _ value: String, into generations: inout Generations, capacity: Int, byteCapacity: Int) {
        let size = size(key, value)
        if generations.young.count >= capacity || generations.youngBytes + size > byteCapacity {
            generations.old = generations.young
            generations.young = [:]
            generations.youngBytes = 0
        }
        if generations.young.updateValue(value, forKey: key) == nil { generations.youngBytes += size }
    }
}
