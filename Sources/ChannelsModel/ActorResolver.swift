/// Resolves what a user types ("Biden", "بايدن", "hamas", "Qatari PM") to an actor of a graph.
///
/// An actor answers to its id, its display name and each alias, compared as ``NameKey`` folds them.
/// Resolution tries, in order:
/// 1. an exact match; if several actors match, the one that lists the name in `default-for` wins,
///    otherwise the match is ambiguous;
/// 2. a match of words: every word of the query is a word of one actor's names, unless the query is one
///    typo away from a whole name (then it is treated as that typo);
/// 3. a query that contains names: a title with a name ("National Security Adviser Jake Sullivan",
///    "مستشار الأمن القومي جيك سوليفان") resolves when the names it contains as whole runs of words,
///    leaving out any that lies inside a longer one, all belong to one actor, and its other words are
///    words of that actor's names;
/// 4. otherwise the query is unknown, with the nearest names as suggestions.
///
/// Before these steps, the Arabic proclitics a copied phrase carries (و ف ب ل ك, and لل for ال) come off
/// each word of the query that is not itself a word of some name but becomes one without them
/// ("وبارنيع", "لماكغورك", "بأمير قطر"). A word that is a word of a name is cut too only when the query
/// then names someone else: both readings are tried, and if they name different actors the query is
/// ambiguous.
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
    /// Every word of every name, for taking proclitics off the words of a query.
    private let vocabulary: Set<Substring>

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
        self.vocabulary = Set(entries.lazy.flatMap(\.words))
    }

    /// The actor `query` names.
    ///
    /// - Complexity: O(1) on average for an exact match; O(*a* × *w*) for a match of words or of
    ///   contained names, over *a* names and a query of *w* words; and O(*a* × *l*²) to suggest names of
    ///   length *l* for an unknown query.
    public func resolve(_ query: String) -> Result<Int, Failure> {
        let folded = NameKey.fold(query)
        let key = withoutProclitics(folded, cuttingNames: false)
        if let matches = exact[key] { return choose(among: matches, key: key, query: query) }
        let found = match(key: key, query: query)
        // A word that is a word of some name may also be another name with a proclitic ("بكامل": "in full",
        // or "Kamel" with bi-); unless the query is a whole name, when cutting it names someone else, the
        // query is ambiguous.
        let cutKey = withoutProclitics(folded, cuttingNames: true)
        if cutKey != key, let other = match(key: cutKey, query: query) {
            switch (found, other) {
            case (nil, _): return other
            case (.success(let first)?, .success(let second)) where first != second:
                return .failure(.ambiguous(query: query, candidates: [first, second].sorted()))
            default: break
            }
        }
        return found ?? .failure(.unknown(query: query, suggestions: suggestions(for: query)))
    }

    /// Steps 1 to 3 of resolution on a folded key; `nil` when nothing matches.
    private func match(key: String, query: String) -> Result<Int, Failure>? {
        if let matches = exact[key] {
            return choose(among: matches, key: key, query: query)
        }
        let words = key.split(separator: " ")
        guard !words.isEmpty, !isOneTypoFromAName(key) else { return nil }
        var matches: [Int] = []
        for entry in entries where !matches.contains(entry.actor) {
            if words.allSatisfy({ entry.words.contains($0) }) { matches.append(entry.actor) }
        }
        if !matches.isEmpty { return choose(among: matches, key: key, query: query) }
        return matchOfContainedNames(in: words, query: query)
    }

    /// Step 3: the actor whose names occur in `words` as whole runs of words. A run that lies inside a
    /// longer one does not count ("Qatar" inside "Emir of Qatar"). A name several actors share counts only
    /// for whichever of them the other runs name: with none, or another, the query is ambiguous. Every
    /// word of the query must lie in some run, be a word of the chosen actor's names or an article, so that an unknown
    /// person with a known title ("Israeli Prime Minister Naftali Bennett") is not taken for the known one.
    private func matchOfContainedNames(in words: [Substring], query: String) -> Result<Int, Failure>? {
        var runs: [(range: Range<Int>, owners: [Int])] = []
        for entry in entries where entry.words.count < words.count {
            let width = entry.words.count
            for start in 0...(words.count - width) where words[start..<start + width].elementsEqual(entry.words) {
                let owners = exact[entry.key] ?? [entry.actor]
                let owner = owners.count == 1 ? owners[0] : defaults[entry.key]
                runs.append((start..<start + width, owner.map { [$0] } ?? owners))
            }
        }
        let outermost = runs.filter { run in
            !runs.contains { other in other.range.count > run.range.count && other.range.clamped(to: run.range) == run.range }
        }
        var named: [Int] = []
        for run in outermost where run.owners.count == 1 && !named.contains(run.owners[0]) { named.append(run.owners[0]) }
        let shared = outermost.filter { $0.owners.count > 1 }
        guard named.count == 1 else {
            let candidates = Set(named + shared.flatMap(\.owners))
            return candidates.isEmpty ? nil : .failure(.ambiguous(query: query, candidates: candidates.sorted()))
        }
        let actor = named[0]
        if let other = shared.first(where: { !$0.owners.contains(actor) }) {
            return .failure(.ambiguous(query: query, candidates: Set([actor] + other.owners).sorted()))
        }
        let covered = Set(runs.flatMap(\.range))
        let ownWords = Set(entries.lazy.filter { $0.actor == actor }.flatMap(\.words)).union(Self.articles)
        let uncovered = words.indices.contains { !covered.contains($0) && !ownWords.contains(words[$0]) }
        return uncovered ? nil : .success(actor)
    }

    /// `key` with the Arabic proclitics taken off its words: one or two of و ف ب ل ك, or ل before ال
    /// (لل → ال), when what remains is a word of some name. A word that is itself a word of some name is
    /// cut only with `cuttingNames`.
    private func withoutProclitics(_ key: String, cuttingNames: Bool) -> String {
        key.split(separator: " ").map { word -> Substring in
            guard cuttingNames || !vocabulary.contains(word) else { return word }
            var rest = word[...]
            for _ in 0..<2 {
                guard let first = rest.first, Self.proclitics.contains(first), rest.count > 2 else { break }
                rest = rest.dropFirst()
                if vocabulary.contains(rest) { return rest }
                if first == "ل", rest.first == "ل", vocabulary.contains("ا" + rest) { return Substring("ا" + rest) }
            }
            return word
        }.joined(separator: " ")
    }

    private static let proclitics: Set<Character> = ["و", "ف", "ب", "ل", "ك"]

    /// Words a title may carry that name no one: English and Norwegian articles and "of".
    private static let articles: Set<Substring> = ["the", "of", "a", "an", "den", "det", "av"]

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
