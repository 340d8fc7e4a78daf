extension ChannelGraph {
    /// The graph with only some actors and the given channels between them, registries kept.
    ///
    /// - Complexity: O(*n* + *m*).
    public func restricted(to keptActors: [Int], channels keptChannels: [Int]) -> ChannelGraph {
        var newIndex = [Int](repeating: -1, count: actors.count)
        for (position, actor) in keptActors.sorted().enumerated() { newIndex[actor] = position }
        let newActors = keptActors.sorted().map { actors[$0] }
        let newChannels = keptChannels.sorted().compactMap { index -> Channel? in
            var channel = channels[index]
            guard newIndex[channel.source] >= 0, newIndex[channel.target] >= 0 else { return nil }
            channel.source = newIndex[channel.source]
            channel.target = newIndex[channel.target]
            return channel
        }
        return ChannelGraph(
            title: title, description: description, documents: documents, sides: sides,
            declaredActorKinds: declaredActorKinds, declaredChannelKinds: declaredChannelKinds,
            actors: newActors, channels: newChannels)
    }
}
