/// Resolves what a user types ("Biden", "بايدن", "hamas", "Qatari PM") to an actor of a graph.
///
/// An actor answers to its id, its display name and each alias, compared as ``NameKey`` folds them.
/// Resolution tries, in order:
/// 1. an exact match; if several actors match, the one that lists the name in `default-for` wins,
///    otherwise the match is ambiguous;
/// 2. a match of words: every word of the query is a word of one actor's names, unless the query is one
///    typo away from a whole name (then it is treated as that typo);
/// 3. otherwise the query is unknown, with the nearest names as suggestions.
public struct ActorResolver: Sendable {
    /// Why a name did not resolve to exactly one actor.
    public enum Failure: Error, Equatable, Sendable {
        /// Nothing matches; `suggestions` are the nearest names, nearest first.
        case unknown(query: String, suggestions: [String])
        /// Several actors match and none is the default for that name.
        case ambiguous(query: String, candidates: [Int])
    }

    private struct Entry: Sendable {
        let key: String
        let words: [Substring]
        let text: String
        let actor: Int
    }

    private let entries: [Entry]
    private let exact: [String: [Int]]
    private let defaults: [String: Int]

    /// Indexes every name of every actor of `graph`.
    ///
    /// - Complexity: O(*a*) for *a* names and aliases in all.
    public init(graph: ChannelGraph) {
        var entries: [Entry] = []
        var exact: [String: [Int]] = [:]
        var defaults: [String: Int] = [:]
        for (index, actor) in graph.actors.enumerated() {
            for text in [actor.id, actor.name] + actor.aliases {
                let key = NameKey.fold(text)
                guard !key.isEmpty else { continue }
                entries.append(Entry(key: key, words: key.split(separator: " "), text: text, actor: index))
                if !(exact[key]?.contains(index) ?? false) { exact[key, default: []].append(index) }
            }
            for name in actor.defaultFor { defaults[NameKey.fold(name)] = index }
        }
        self.entries = entries
        self.exact = exact
        self.defaults = defaults
    }

    /// The actor `query` names.
    ///
    /// - Complexity: O(1) on average for an exact match; O(*a*) for a word match over *a* names, and
    ///   O(*a* × *l*²) to suggest names of length *l* for an unknown query.
    public func resolve(_ query: String) -> Result<Int, Failure> {
        let key = NameKey.fold(query)
        if let matches = exact[key] {
            return choose(among: matches, key: key, query: query)
        }
        let words = key.split(separator: " ")
        if !words.isEmpty && !isOneTypoFromAName(key) {
            var matches: [Int] = []
            for entry in entries where !matches.contains(entry.actor) {
                if words.allSatisfy({ entry.words.contains($0) }) { matches.append(entry.actor) }
            }
            if !matches.isEmpty { return choose(among: matches, key: key, query: query) }
        }
        return .failure(.unknown(query: query, suggestions: suggestions(for: query)))
    }

    /// The names nearest to `query`, nearest first, one per actor.
    public func suggestions(for query: String, limit: Int = 3) -> [String] {
        let near = Suggestions.nearest(to: query, among: entries.lazy.map(\.text), limit: limit * 4)
        var actors: Set<Int> = []
        var names: [String] = []
        for text in near {
            guard let entry = entries.first(where: { $0.text == text }), actors.insert(entry.actor).inserted else { continue }
            names.append(text)
            if names.count == limit { break }
        }
        return names
    }

    private func isOneTypoFromAName(_ key: String) -> Bool {
        let characters = Array(key)
        return entries.contains { entry in
            abs(entry.key.count - characters.count) <= 1
                && Suggestions.editDistance(characters, Array(entry.key), bound: 1) <= 1
        }
    }

    private func choose(among matches: [Int], key: String, query: String) -> Result<Int, Failure> {
        if matches.count == 1 { return .success(matches[0]) }
        if let preferred = defaults[key], matches.contains(preferred) { return .success(preferred) }
        return .failure(.ambiguous(query: query, candidates: matches.sorted()))
    }
}
