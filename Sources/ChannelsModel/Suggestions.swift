/// Finds the candidates nearest to a misspelt word, for "did you mean …?" messages.
public enum Suggestions {
    /// The candidates within a small edit distance of `word`, nearest first, ties in the given order.
    ///
    /// The distance allowed grows with the word's length: 1 for short words, about a third of the length
    /// for long ones. Comparison is on folded names (``NameKey``).
    ///
    ///     Suggestions.nearest(to: "chanels", among: ["actors", "channels"])   // ["channels"]
    ///
    /// - Complexity: O(*c* × *l*²) for *c* candidates of length *l*.
    public static func nearest(to word: String, among candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let key = Array(NameKey.fold(word))
        let allowed = max(1, min(4, key.count / 3))
        var scored: [(distance: Int, order: Int, candidate: String)] = []
        var seen: Set<String> = []
        for (order, candidate) in candidates.enumerated() where seen.insert(candidate).inserted {
            let other = Array(NameKey.fold(candidate))
            guard abs(other.count - key.count) <= allowed else { continue }
            let distance = editDistance(key, other, bound: allowed)
            if distance <= allowed { scored.append((distance, order, candidate)) }
        }
        scored.sort { ($0.distance, $0.order) < ($1.distance, $1.order) }
        return scored.prefix(limit).map(\.candidate)
    }

    /// The end of a message for an unknown `word`: " — did you mean 'x'?" (or 'x' or 'y' for `limit` 2 or
    /// more), or nothing when no candidate is near. Every "did you mean" of the project is written here.
    ///
    ///     "unknown side 'qatr'" + Suggestions.didYouMean("qatr", among: ["qatar", "egypt"])
    ///     // unknown side 'qatr' — did you mean 'qatar'?
    ///
    /// - Complexity: that of ``nearest(to:among:limit:)``.
    public static func didYouMean(_ word: String, among candidates: some Sequence<String>, limit: Int = 1) -> String {
        didYouMean(nearest(to: word, among: candidates, limit: limit))
    }

    /// " — did you mean 'x' or 'y'?" for names already chosen (an ``ActorResolver``'s suggestions), or
    /// nothing for none.
    public static func didYouMean(_ names: [String]) -> String {
        names.isEmpty ? "" : " — did you mean \(names.map { "'\($0)'" }.joined(separator: " or "))?"
    }

    /// Levenshtein distance with transpositions counted as one edit (optimal string alignment),
    /// stopping early once every alignment exceeds `bound`.
    ///
    /// - Complexity: O(*m* × *n*).
    public static func editDistance<C: Equatable>(_ a: [C], _ b: [C], bound: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > bound { return rowMinimum }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
