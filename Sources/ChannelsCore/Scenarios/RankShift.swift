/// An actor's place in a ranking before and after a change.
public struct RankShift: Hashable, Sendable {
    public let node: Int32
    /// `nil` when the actor was not ranked before (it is new).
    public let before: Double?
    /// `nil` when the actor is gone after.
    public let after: Double?
    /// Competition ranks ("1224"): 1 for the highest value, equal values share a rank.
    public let beforeRank: Int?
    public let afterRank: Int?
}

/// Rankings by value, highest first.
public enum Ranking {
    /// Competition ranks of the nodes `included` allows, by `values` from highest down: equal values
    /// (within a relative 1e-9, so that sums taken in another order still tie) share a rank, and the next
    /// rank skips as many places as were shared. Excluded nodes get `nil`.
    ///
    /// - Complexity: O(*n* log *n*).
    public static func competitionRanks(_ values: [Double], included: (Int) -> Bool) -> [Int?] {
        let order = values.indices.filter(included).sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
        var ranks = [Int?](repeating: nil, count: values.count)
        for (position, node) in order.enumerated() {
            if position > 0, Self.ties(values[node], values[order[position - 1]]) {
                ranks[node] = ranks[order[position - 1]]
            } else {
                ranks[node] = position + 1
            }
        }
        return ranks
    }

    /// Every node ranked before or after whose rank changed (or who entered or left the ranking), ordered
    /// by its better rank of the two, then by its rank before (new nodes last), then by node.
    ///
    /// - Complexity: O(*n* log *n*).
    public static func shifts(
        before: [Double], after: [Double], includedBefore: (Int) -> Bool, includedAfter: (Int) -> Bool
    ) -> [RankShift] {
        precondition(before.count == after.count, "both rankings are of the same nodes")
        let old = competitionRanks(before, included: includedBefore), new = competitionRanks(after, included: includedAfter)
        let shifts: [RankShift] = before.indices.compactMap { node in
            guard old[node] != new[node] else { return nil }
            return RankShift(node: Int32(node), before: old[node] == nil ? nil : before[node], after: new[node] == nil ? nil : after[node],
                             beforeRank: old[node], afterRank: new[node])
        }
        return shifts.sorted { a, b in
            let bestA = min(a.beforeRank ?? .max, a.afterRank ?? .max), bestB = min(b.beforeRank ?? .max, b.afterRank ?? .max)
            if bestA != bestB { return bestA < bestB }
            let (rankA, rankB) = (a.beforeRank ?? .max, b.beforeRank ?? .max)
            return rankA != rankB ? rankA < rankB : a.node < b.node
        }
    }

    private static func ties(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }
}
