import ChannelsFormats
import ChannelsModel
import ChannelsRender
import Foundation
import Testing

/// Every input the fuzzers found a problem with (`Tests/Fuzz/Regressions/<format>/`), read again: no
/// crash, and a graph that is accepted survives writing and reading back.
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "../Fuzz/Regressions").standardized

    static var inputs: [String] {
        let formats = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return formats.sorted().flatMap { format in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.appending(path: format).path)) ?? []).sorted().map { "\(format)/\($0)" }
        }
    }

    @Test(arguments: inputs)
    func aFoundInputIsHandled(input: String) throws {
        let file = Self.folder.appending(path: input)
        let format = try #require(GraphFileFormat(rawValue: String(input.prefix { $0 != "/" })))
        // Binary snapshots are read from files; every other format from bytes.
        let result = format == .chsnap
            ? try GraphFile.read(.file(file.path), options: GraphReadOptions(format: format))
            : GraphFile.read(Array(try Data(contentsOf: file)), file: "regression.\(format.rawValue)", options: GraphReadOptions(format: format, dotParser: GraphvizDOTParser()))
        #expect(result.content != nil || result.diagnostics.contains { $0.severity == .error })
        if case .typed(let graph) = result.content {
            let yaml = try YAMLGraphWriter.write(graph)
            let again = YAMLGraphReader.read(Array(yaml.utf8), file: "again.yaml")
            #expect(again.diagnostics.allSatisfy { $0.severity == .warning }, "\(again.diagnostics)")
            #expect(try again.graph.map(YAMLGraphWriter.write) == yaml)
        }
    }

    @Test func theFoundInputsAreThere() {
        #expect(Self.inputs.contains("graphml/invalid-utf8-in-element-name.graphml"))
        #expect(Self.inputs.contains("chsnap/edge-count-beyond-int.chsnap"))
    }

    /// The problems behind some found inputs, as their messages.
    @Test(arguments: [
        ("chsnap/edge-count-beyond-int.chsnap", "is corrupted: counts out of range"),
        ("dot/empty-node-id.dot", "node id is empty"),
        ("csv/control-character-in-attribute-name-read-as-weight.csv", "attribute name 'weight' contains the control character U+0003"),
    ])
    func aFoundInputGetsItsMessage(input: String, message: String) throws {
        let file = Self.folder.appending(path: input)
        let result = try GraphFile.read(.file(file.path), options: GraphReadOptions(dotParser: GraphvizDOTParser()))
        #expect(result.content == nil)
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message.contains(message) }, "\(result.diagnostics)")
    }

    /// An empty kind in a foreign file is no kind, as other tools write an empty value for a missing one.
    @Test func anEmptyKindIsNoKind() throws {
        let (graph, result) = try Self.readJSON("json/empty-actor-kind.json")
        #expect(graph.actors.allSatisfy { $0.kind.rawValue != "" })
        #expect(!result.diagnostics.contains { $0.message.contains("kind ''") })
    }

    /// A text that starts with a byte-order mark loses it in every reader, as YAML's does.
    @Test func aLeadingByteOrderMarkIsDropped() throws {
        let (graph, _) = try Self.readJSON("json/byte-order-mark-at-start-of-name.json")
        #expect(graph.actors.first { $0.id == "mossad" }?.name == "sad")
    }

    /// A found JSON input read as a typed graph, with everything the reader said.
    static func readJSON(_ input: String) throws -> (graph: ChannelGraph, result: (content: GraphContent?, diagnostics: [Diagnostic])) {
        let result = GraphFile.read(Array(try Data(contentsOf: folder.appending(path: input))),
                                    file: "regression.json", options: GraphReadOptions(format: .json))
        guard case .typed(let graph) = result.content else {
            Issue.record("not read: \(result.diagnostics)")
            throw CancellationError()
        }
        return (graph, result)
    }
}
