/// What changed from one channel graph to another: actors and channels added, removed and changed.
///
/// Actors are matched by id first, then by name or alias (folded with ``NameKey``, so "Al-Thani",
/// "al thani" and an Arabic alias written with or without hamza agree): a renamed actor whose new entry
/// keeps its old name or id among its names is the same actor, with its id changed. Channels are matched
/// by id, then by their matched endpoints and kind with the same dates, then (for channels without a
/// single date: standing channels, memberships, intervals) by endpoints and kind alone.
///
///     let diff = GraphDiff(old: graph2023, new: graph2024)
///     diff.removedActors   // indices into graph2023
public struct GraphDiff: Sendable {
    public let old: ChannelGraph
    public let new: ChannelGraph
    /// For each old actor, its new index, or `nil` when it is gone.
    public let actorMatch: [Int?]
    /// For each old channel, its new index, or `nil` when it is gone.
    public let channelMatch: [Int?]

    /// Old actors with no match, in order.
    public let removedActors: [Int]
    /// New actors with no match, in order.
    public let addedActors: [Int]
    /// Matched actors that differ, in the old graph's order.
    public let changedActors: [ActorChange]
    public let removedChannels: [Int]
    public let addedChannels: [Int]
    public let changedChannels: [ChannelChange]

    /// - Complexity: O((*n* + *m*) × names) with hashing, for *n* actors and *m* channels of both graphs.
    public init(old: ChannelGraph, new: ChannelGraph) {
        self.old = old
        self.new = new
        let actorMatch = Self.matchActors(old: old, new: new)
        self.actorMatch = actorMatch
        let channelMatch = Self.matchChannels(old: old, new: new, actorMatch: actorMatch)
        self.channelMatch = channelMatch

        var newMatched = Set(actorMatch.compactMap { $0 })
        removedActors = old.actors.indices.filter { actorMatch[$0] == nil }
        addedActors = new.actors.indices.filter { !newMatched.contains($0) }
        changedActors = old.actors.indices.compactMap { index in
            actorMatch[index].flatMap { ActorChange(old: old.actors[index], oldIndex: index, new: new.actors[$0], newIndex: $0) }
        }
        newMatched = Set(channelMatch.compactMap { $0 })
        removedChannels = old.channels.indices.filter { channelMatch[$0] == nil }
        addedChannels = new.channels.indices.filter { !newMatched.contains($0) }
        changedChannels = old.channels.indices.compactMap { index in
            channelMatch[index].flatMap { ChannelChange(old: old, oldIndex: index, new: new, newIndex: $0, actorMatch: actorMatch) }
        }
    }

    /// Whether nothing changed.
    public var isEmpty: Bool {
        removedActors.isEmpty && addedActors.isEmpty && changedActors.isEmpty
            && removedChannels.isEmpty && addedChannels.isEmpty && changedChannels.isEmpty
    }

    // MARK: Matching

    private static func names(of actor: Actor) -> [String] {
        [actor.id, actor.name] + actor.aliases
    }

    private static func matchActors(old: ChannelGraph, new: ChannelGraph) -> [Int?] {
        var match = old.actors.map { new.actorIndex(id: $0.id) }
        var taken = Set(match.compactMap { $0 })
        var byName: [String: [Int]] = [:]
        for (index, actor) in new.actors.enumerated() where !taken.contains(index) {
            for key in Set(names(of: actor).map(NameKey.fold)) where !key.isEmpty { byName[key, default: []].append(index) }
        }
        for (index, actor) in old.actors.enumerated() where match[index] == nil {
            let keys = Set(names(of: actor).map(NameKey.fold)).filter { !$0.isEmpty }
            let candidates = Set(keys.flatMap { byName[$0] ?? [] }).filter { !taken.contains($0) }
            // Only an unambiguous match: one new actor shares a name with this one.
            guard candidates.count == 1, let found = candidates.first else { continue }
            match[index] = found
            taken.insert(found)
        }
        return match
    }

    /// A channel's endpoints in the new graph's numbering, unordered when undirected, with its kind.
    private struct RelationKey: Hashable {
        let source: Int
        let target: Int
        let kind: String
        let directed: Bool

        init(source: Int, target: Int, kind: String, directed: Bool) {
            let ordered = directed || source <= target
            self.source = ordered ? source : target
            self.target = ordered ? target : source
            self.kind = kind
            self.directed = directed
        }
    }

    private static func matchChannels(old: ChannelGraph, new: ChannelGraph, actorMatch: [Int?]) -> [Int?] {
        var newByID: [String: Int] = [:]
        for (index, channel) in new.channels.enumerated() where newByID[channel.id] == nil { newByID[channel.id] = index }
        var match = old.channels.map { newByID[$0.id] }
        var taken = Set(match.compactMap { $0 })

        func key(_ channel: Channel, source: Int, target: Int) -> RelationKey {
            RelationKey(source: source, target: target, kind: channel.kind.rawValue, directed: channel.directed)
        }
        var byRelation: [RelationKey: [Int]] = [:]
        for (index, channel) in new.channels.enumerated() where !taken.contains(index) {
            byRelation[key(channel, source: channel.source, target: channel.target), default: []].append(index)
        }
        let passes: [(Channel, Channel) -> Bool] = [
            { $0.date == $1.date && $0.from == $1.from && $0.until == $1.until },
            { $0.date == nil && $1.date == nil },
        ]
        for sameRelation in passes {
            for (index, channel) in old.channels.enumerated() where match[index] == nil {
                guard let source = actorMatch[channel.source], let target = actorMatch[channel.target] else { continue }
                let candidates = byRelation[key(channel, source: source, target: target)] ?? []
                guard let found = candidates.first(where: { !taken.contains($0) && sameRelation(channel, new.channels[$0]) }) else { continue }
                match[index] = found
                taken.insert(found)
            }
        }
        return match
    }
}

/// How one actor differs between two graphs. Only changed fields are listed.
public struct ActorChange: Hashable, Sendable {
    public let oldIndex: Int
    public let newIndex: Int
    /// Field name, old value, new value: `id`, `name`, `kind`, `side`, `role`, then the lists `aliases`
    /// and `sources` (see ``FieldChange/list(_:_:_:)``).
    public let fields: [FieldChange]

    init?(old: Actor, oldIndex: Int, new: Actor, newIndex: Int) {
        var fields: [FieldChange] = []
        func compare(_ name: String, _ a: String?, _ b: String?) {
            if a != b { fields.append(FieldChange(field: name, old: a, new: b)) }
        }
        compare("id", old.id, new.id)
        compare("name", old.name, new.name)
        compare("kind", old.kind.rawValue, new.kind.rawValue)
        compare("side", old.side, new.side)
        compare("role", old.role, new.role)
        fields += [FieldChange.list("aliases", old.aliases, new.aliases), FieldChange.list("sources", old.cites.map(\.doc), new.cites.map(\.doc))].compactMap { $0 }
        guard !fields.isEmpty else { return nil }
        self.oldIndex = oldIndex
        self.newIndex = newIndex
        self.fields = fields
    }
}

/// How one channel differs between two graphs. Only changed fields are listed.
public struct ChannelChange: Hashable, Sendable {
    public let oldIndex: Int
    public let newIndex: Int
    /// `id`, `source`, `target` (by the new graph's actor ids), `kind`, `directed`, `name`, `when`,
    /// `weight`, `confidence`, `sources` (a list, see ``FieldChange/list(_:_:_:)``), `note`.
    public let fields: [FieldChange]

    init?(old: ChannelGraph, oldIndex: Int, new: ChannelGraph, newIndex: Int, actorMatch: [Int?]) {
        let a = old.channels[oldIndex], b = new.channels[newIndex]
        var fields: [FieldChange] = []
        func compare(_ name: String, _ x: String?, _ y: String?) {
            if x != y { fields.append(FieldChange(field: name, old: x, new: y)) }
        }
        func end(_ index: Int) -> String { actorMatch[index].map { new.actors[$0].id } ?? old.actors[index].id }
        compare("id", a.id, b.id)
        var ends = (source: end(a.source), target: end(a.target))
        // An undirected channel written the other way round has not changed.
        if !a.directed && !b.directed && ends.source == new.actors[b.target].id && ends.target == new.actors[b.source].id {
            ends = (ends.target, ends.source)
        }
        compare("source", ends.source, new.actors[b.source].id)
        compare("target", ends.target, new.actors[b.target].id)
        compare("kind", a.kind.rawValue, b.kind.rawValue)
        compare("directed", String(a.directed), String(b.directed))
        compare("name", a.name, b.name)
        compare("when", a.whenDescription, b.whenDescription)
        compare("weight", a.weight.map { "\($0)" }, b.weight.map { "\($0)" })
        compare("confidence", a.confidence.map { "\($0)" }, b.confidence.map { "\($0)" })
        if let sources = FieldChange.list("sources", a.cites.map(\.doc), b.cites.map(\.doc)) { fields.append(sources) }
        compare("note", a.note, b.note)
        guard !fields.isEmpty else { return nil }
        self.oldIndex = oldIndex
        self.newIndex = newIndex
        self.fields = fields
    }
}

/// One field's old and new value, as text; `nil` where the field is absent.
public struct FieldChange: Hashable, Sendable {
    public let field: String
    public let old: String?
    public let new: String?
    /// Whether the field is a list, whose `old` holds the items dropped and `new` the items added.
    public let isList: Bool

    public init(field: String, old: String?, new: String?, isList: Bool = false) {
        self.field = field
        self.old = old
        self.new = new
        self.isList = isList
    }

    /// The change of a list field: the items dropped and the items added (sorted, joined by "; "), or
    /// `nil` when the two lists hold the same items.
    static func list(_ field: String, _ old: [String], _ new: [String]) -> FieldChange? {
        let before = Set(old), after = Set(new)
        guard before != after else { return nil }
        let dropped = before.subtracting(after).sorted(), added = after.subtracting(before).sorted()
        return FieldChange(field: field, old: dropped.isEmpty ? nil : dropped.joined(separator: "; "),
                           new: added.isEmpty ? nil : added.joined(separator: "; "), isList: true)
    }
}
