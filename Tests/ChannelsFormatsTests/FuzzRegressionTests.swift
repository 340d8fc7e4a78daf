import ChannelsFormats
import ChannelsModel
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
        let bytes = Array(try Data(contentsOf: Self.folder.appending(path: input)))
        let format = try #require(GraphFileFormat(rawValue: String(input.prefix { $0 != "/" })))
        let result = GraphFile.read(bytes, file: "regression.\(format.rawValue)", options: GraphReadOptions(format: format))
        #expect(result.content != nil || result.diagnostics.contains { $0.severity == .error })
        if case .typed(let graph) = result.content {
            let yaml = YAMLGraphWriter.write(graph)
            let again = YAMLGraphReader.read(Array(yaml.utf8), file: "again.yaml")
            #expect(again.diagnostics.allSatisfy { $0.severity == .warning }, "\(again.diagnostics)")
            #expect(again.graph.map(YAMLGraphWriter.write) == yaml)
        }
    }

    @Test func theFoundInputsAreThere() {
        #expect(Self.inputs.contains("graphml/invalid-utf8-in-element-name.graphml"))
    }
}
