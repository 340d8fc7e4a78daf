import ChannelsCore
import ChannelsFormats
import ChannelsModel

/// The actors and channels of a loaded graph, typed or plain, behind the face of `ChannelGraph` that
/// commands use. A plain graph's actors and channels are made on demand from its labels and arrays, so a
/// graph of millions of edges is never copied into the typed model.
struct GraphCatalog {
    let content: GraphContent

    var actors: ActorList { ActorList(content: content) }
    var channels: ChannelList { ChannelList(content: content) }

    var title: String? { if case .typed(let graph) = content { return graph.title }; return nil }
    var sides: [Side] { if case .typed(let graph) = content { return graph.sides }; return [] }
    var kinds: KindVocabulary { if case .typed(let graph) = content { return graph.kinds }; return KindVocabulary() }

    func side(id: String) -> Side? { sides.first { $0.id == id } }

    /// The typed graph, made from a plain one if need be (for diagrams and rich formats).
    var typed: ChannelGraph {
        switch content {
        case .typed(let graph): graph
        case .plain(let graph): graph.typedGraph()
        }
    }

    struct ActorList: RandomAccessCollection {
        let content: GraphContent
        var startIndex: Int { 0 }
        var endIndex: Int {
            switch content {
            case .typed(let graph): graph.actors.count
            case .plain(let graph): graph.snapshot.nodeCount
            }
        }

        subscript(position: Int) -> Actor {
            switch content {
            case .typed(let graph): graph.actors[position]
            case .plain(let graph): graph.actor(position)
            }
        }
    }

    struct ChannelList: RandomAccessCollection {
        let content: GraphContent
        var startIndex: Int { 0 }
        var endIndex: Int {
            switch content {
            case .typed(let graph): graph.channels.count
            case .plain(let graph): graph.snapshot.edgeCount
            }
        }

        subscript(position: Int) -> Channel {
            switch content {
            case .typed(let graph): graph.channels[position]
            case .plain(let graph): graph.channel(position)
            }
        }
    }
}
