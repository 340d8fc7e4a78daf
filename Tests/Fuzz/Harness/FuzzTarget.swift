import ChannelsCore
import ChannelsFormats
import ChannelsModel
import ChannelsRender
import Foundation

/// One libFuzzer entry point for every input path; `CHANNELS_FUZZ_TARGET` picks the path (read once).
///
/// Each target feeds the bytes to a reader and, when the reader accepts them, checks what a user relies
/// on next: that the graph makes a snapshot, and that writing it and reading it back gives the same graph
/// (so a file `channels` accepts can always be saved and reopened). A crash, a sanitizer report or a
/// failed check (a trap) is a finding.
enum FuzzTarget: String, CaseIterable {
    case yaml, graphml, gexf, json, csv, tsv, edgelist, chsnap, dot, names

    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["CHANNELS_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("set CHANNELS_FUZZ_TARGET to one of: \(allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        return target
    }()

    /// The curated graph, for name resolution; read from `Graphs/` in the working directory.
    static let curated: ChannelGraph = {
        let path = ProcessInfo.processInfo.environment["CHANNELS_FUZZ_GRAPH"] ?? "Graphs/hostage-deal-2023.yaml"
        guard let bytes = try? InputFile.read(path), let graph = YAMLGraphReader.read(bytes, file: path).graph else {
            FileHandle.standardError.write(Data("cannot read the curated graph at \(path); run from the repository root\n".utf8))
            exit(2)
        }
        return graph
    }()

    static let resolver = ActorResolver(graph: curated)

    /// A file in memory-backed storage for the snapshot reader, which reads files only.
    static let snapshotPath = (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory())
        + "/channels-fuzz-\(getpid()).chsnap"

    func run(_ bytes: [UInt8]) {
        switch self {
        case .yaml, .graphml, .gexf, .json, .csv, .tsv, .dot:
            let result = GraphFile.read(bytes, file: "fuzz.\(rawValue)", options: GraphReadOptions(dotParser: GraphvizDOTParser()))
            if case .typed(let graph) = result.content { Self.checkTyped(graph) }
        case .edgelist:
            let graph = bytes.withUnsafeBytes { try? EdgeList.read($0, file: "fuzz.txt", directed: bytes.first.map { $0 & 1 == 0 } ?? true) }
            if let graph { Self.checkRows(graph.snapshot) }
        case .chsnap:
            _ = FileManager.default.createFile(atPath: Self.snapshotPath, contents: Data(bytes))
            if let graph = try? BinarySnapshot.read(path: Self.snapshotPath) { Self.checkRows(graph.snapshot) }
        case .names:
            let query = String(decoding: bytes, as: UTF8.self)
            if case .success(let index) = Self.resolver.resolve(query) {
                precondition(Self.curated.actors.indices.contains(index))
            }
            _ = Self.resolver.suggestions(for: query)
        }
    }

    /// A typed graph makes a snapshot, survives YAML and node-link JSON round trips unchanged, and its
    /// GraphML reads back with the same actors and channels (XML cannot carry control characters, which
    /// GraphML drops from text; ids cannot hold them).
    static func checkTyped(_ graph: ChannelGraph) {
        checkRows(GraphSnapshot(graph))
        guard let yaml = try? YAMLGraphWriter.write(graph) else { preconditionFailure("a read graph cannot be written as YAML") }
        let again = YAMLGraphReader.read(Array(yaml.utf8), file: "again.yaml")
        guard let reread = again.graph else { preconditionFailure("written YAML does not read back: \(again.diagnostics)") }
        precondition((try? YAMLGraphWriter.write(reread)) == yaml, "YAML is not canonical after a round trip")
        let json = NodeLinkJSON.read(Array(NodeLinkJSON.write(graph).utf8), file: "again.json")
        guard let viaJSON = json.graph else { preconditionFailure("written JSON does not read back: \(json.diagnostics)") }
        precondition((try? YAMLGraphWriter.write(viaJSON)) == yaml, "node-link JSON loses something")
        let graphML = GraphMLReader.read(Array(GraphMLWriter.write(graph).utf8), file: "again.graphml")
        guard let viaGraphML = graphML.graph else { preconditionFailure("written GraphML does not read back: \(graphML.diagnostics)") }
        precondition(viaGraphML.actors.map(\.id) == graph.actors.map(\.id) && viaGraphML.channels.map(\.id) == graph.channels.map(\.id),
                     "GraphML changes ids")
    }

    /// Rows span their slots, stay in range and are sorted by neighbour, then edge.
    static func checkRows(_ snapshot: GraphSnapshot) {
        for (offsets, neighbours, edges) in [(snapshot.outOffsets, snapshot.outTargets, snapshot.outEdges),
                                              (snapshot.inOffsets, snapshot.inSources, snapshot.inEdges)] {
            precondition(offsets.first == 0 && Int(offsets.last ?? -1) == neighbours.count)
            for node in 0..<snapshot.nodeCount {
                let row = Int(offsets[node])..<Int(offsets[node + 1])
                for index in row {
                    precondition(neighbours[index] >= 0 && Int(neighbours[index]) < snapshot.nodeCount)
                    precondition(edges[index] >= 0 && Int(edges[index]) < snapshot.edgeCount)
                    if index > row.lowerBound {
                        precondition((neighbours[index - 1], edges[index - 1]) < (neighbours[index], edges[index]))
                    }
                }
            }
        }
    }
}

/// libFuzzer's entry for each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    FuzzTarget.selected.run(bytes)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The program's entry (SwiftPM links an executable's `main` to `<module>_main`): libFuzzer's driver,
/// which takes libFuzzer's usual command line.
@_cdecl("channels_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc, arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
}
