import ChannelsCore
import ChannelsFormats
import ChannelsModel
import ChannelsRender
import Foundation
import Testing

/// Every reader turns bad input into a located error with a clear message, never a crash or a graph.
struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let bytes: [UInt8]
        let line: Int?
        let column: Int?
        let message: String
        var nodes: [UInt8]?

        init(_ file: String, _ text: String, _ line: Int?, _ column: Int?, _ message: String, nodes: String? = nil) {
            self.init(file, Array(text.utf8), line, column, message, nodes: nodes)
        }

        init(_ file: String, _ bytes: [UInt8], _ line: Int?, _ column: Int?, _ message: String, nodes: String? = nil) {
            self.file = file
            self.bytes = bytes
            self.line = line
            self.column = column
            self.message = message
            self.nodes = nodes.map { Array($0.utf8) }
        }

        var testDescription: String { "\(file): \(message)" }
    }

    static let graphML = #"<graphml><graph edgedefault="directed">"#
    static let tenMegabytes = String(repeating: "9", count: 10_000_000)

    static let cases: [Case] = [
        // Malformed XML, JSON, CSV.
        Case("g.graphml", graphML + #"<node id="a"/><node id="b"></graph></graphml>"#, 1, nil, "not valid XML"),
        Case("g.gexf", #"<gexf><graph><nodes><node id="a"></nodes></graph></gexf>"#, 1, nil, "not valid XML"),
        Case("g.json", #"{"nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "a"},]}"#, 1, 67, "not valid JSON"),
        Case("g.json", "{\"nodes\": [\n  {\"id\": \"a\"\n], \"edges\": []}", 3, 1, "not valid JSON"),
        Case("g.csv", "source,target\na,\"b\n", 2, 3, "a quoted field is never closed"),
        Case("g.csv", "source,target\na,b,c\n", 2, 1, "this row has 3 fields; the header has 2"),
        Case("g.dot", "digraph { a -> }", 1, nil, "not valid DOT"),
        Case("g.yaml", "actors:\n  - id: a\n   kind: person\n", 3, nil, "not valid YAML"),
        // An edge naming a node that does not exist.
        Case("g.graphml", graphML + #"<node id="hamas"/><node id="qatar"/><edge source="qatar" target="hamass"/></graph></graphml>"#,
             1, nil, "edge names node 'hamass', which does not exist — did you mean 'hamas'?"),
        Case("g.json", "{\"nodes\": [{\"id\": \"hamas\"}, {\"id\": \"qatar\"}],\n \"edges\": [{\"source\": \"qatar\", \"target\": \"hamass\"}]}",
             2, 12, "did you mean 'hamas'?"),
        Case("g.gexf", #"<gexf><graph><nodes><node id="hamas"/></nodes><edges><edge source="hamas" target="qatar"/></edges></graph></gexf>"#,
             1, nil, "edge names node 'qatar', which does not exist"),
        Case("g.csv", "source,target\nqatar,hamass\n", 2, 1, "did you mean 'hamas'?", nodes: "id,name\nhamas,Hamas\nqatar,Qatar\n"),
        Case("g.yaml", "actors:\n  - {id: hamas, kind: armed-group}\n  - {id: qatar, kind: state}\nchannels:\n  - {id: c, kind: call, source: qatar, target: hamass}\n",
             5, nil, "did you mean 'hamas'?"),
        // Duplicate ids.
        Case("g.graphml", graphML + #"<node id="a"/><node id="a"/></graph></graphml>"#, 1, nil, "duplicate node id 'a'"),
        Case("g.json", "{\"nodes\": [{\"id\": \"a\"},\n {\"id\": \"a\"}], \"edges\": []}", 2, 2, "duplicate node id 'a'"),
        Case("g.csv", "source,target\na,b\n", 4, 1, "duplicate node id 'a'", nodes: "id\na\nb\na\n"),
        Case("g.yaml", "actors:\n  - {id: a, kind: person}\n  - {id: a, kind: person}\n", 3, nil, "'a'"),
        // A non-numeric weight.
        Case("g.csv", "source,target,weight\na,b,heavy\n", 2, 5, "weight must be a number, found 'heavy'"),
        Case("g.txt", "1 2 heavy\n", 1, 5, "the weight 'heavy' is not a number"),
        Case("g.txt", "alpha beta 0\n", 1, 12, "the weight 0.0 is not positive"),
        Case("g.txt", "1 2 3\n4 5 0.00\n", 2, 5, "the weight 0.0 is not positive"),
        Case("g.txt", "1 2 -3\n", 1, 5, "the weight -3.0 is not positive"),
        Case("g.txt", "1 2 3.5.1\n", 1, 5, "the weight '3.5.1' is not a number"),
        Case("g.txt", "1 2 1e999\n", 1, 5, "the weight '1e999' is not a number"),
        Case("g.graphml", #"<graphml><key id="w" for="edge" attr.name="weight" attr.type="double"/><graph edgedefault="directed"><node id="a"/><edge source="a" target="a"><data key="w">x</data></edge></graph></graphml>"#,
             1, nil, "weight"),
        // A missing column.
        Case("g.csv", "source,weight\na,1\n", 1, 1, "missing column 'target' in the header (columns: source, weight)"),
        Case("g.csv", "source,target\na,b\n", 1, 1, "missing column 'id'", nodes: "name\nA\n"),
        Case("g.txt", "1 2\n3\n", 2, 2, "an edge needs two nodes on its line"),
        // Invalid UTF-8, NUL bytes, a 10 MB line.
        Case("g.csv", Array("source,target\na,b".utf8) + [0xFF, 0x0A], 2, 4, "not valid UTF-8 (byte 0xFF)"),
        Case("g.yaml", Array("actors:\n  - id: a".utf8) + [0xC3, 0x28, 0x0A], 2, 10, "not valid UTF-8"),
        Case("g.txt", Array("1 2\n".utf8) + [0x33, 0x00, 0x34, 0x0A], 2, 2, "NUL byte"),
        Case("g.json", Array("{\"nodes\": []".utf8) + [0x00] + Array("}".utf8), 1, 13, "NUL byte"),
        Case("g.txt", "1 2\n" + tenMegabytes + " 3\n", 2, 1, "more than the 1048576 a line may have"),
        Case("g.csv", "source,target\na," + tenMegabytes + "\n", 2, 1, "more than the 1048576 a row may have"),
        // An empty file.
        Case("g.yaml", "", 1, 1, "the file is empty"),
        Case("g.graphml", "", 1, 1, "no <graphml> element"),
        Case("g.gexf", "  \n", 1, 1, "no <gexf> element"),
        Case("g.json", "", 1, 1, "unexpected end of the file"),
        Case("g.csv", "", 1, 1, "the file is empty"),
        Case("g.txt", "\n\n", 1, 1, "the file is empty"),
        Case("g.txt", "# only a comment\n", 1, 1, "no edges, only comments"),
        Case("g.dot", "", 1, 1, "the file is empty"),
        // A file in another format than its extension says.
        Case("g.yaml", #"{"nodes": [], "edges": []}"#, 1, 1, "looks like JSON, not YAML as its extension says; pass --input-format json"),
        Case("g.graphml", "actors:\n- id: a\n", 1, 1, "looks like YAML, not GraphML"),
        Case("g.json", "digraph { a -> b }", 1, 1, "looks like DOT, not JSON"),
        Case("g.txt", "<?xml version=\"1.0\"?>\n<graphml/>", 1, 1, "looks like GraphML"),
        Case("g", "1 2\n", 1, 1, "cannot tell the format of this file; pass --input-format"),
    ]

    @Test(arguments: cases)
    func badInputGivesALocatedError(_ bad: Case) throws {
        var options = GraphReadOptions(dotParser: GraphvizDOTParser())
        if let nodes = bad.nodes { options.nodes = (nodes, "nodes.csv") }
        let result = GraphFile.read(bad.bytes, file: bad.file, options: options)
        #expect(result.content == nil)
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.message.contains(bad.message), "\(error)")
        #expect(error.file == bad.file || error.file == "nodes.csv")
        if let line = bad.line { #expect(error.line == line, "\(error)") }
        if let column = bad.column { #expect(error.column == column, "\(error)") }
        #expect(error.description.hasPrefix("\(error.file):\(error.line ?? 0)"))
    }

    // MARK: Binary snapshots

    static func writeSnapshot() throws -> (path: String, bytes: [UInt8]) {
        let graph = try GraphGenerators.rmat(scale: 8, edgeFactor: 4, seed: 1).plainGraph()
        let path = FileManager.default.temporaryDirectory.appending(path: "bad-\(UUID()).chsnap").path
        try BinarySnapshot.write(graph, to: path)
        return (path, Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    static func readBack(_ bytes: [UInt8], at path: String) -> String? {
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return "could not write \(path)" }
        do {
            _ = try BinarySnapshot.read(path: path)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func truncatedSnapshotsAreReportedAtEveryLength() throws {
        let (path, bytes) = try Self.writeSnapshot()
        defer { try? FileManager.default.removeItem(atPath: path) }
        for length in [0, 7, 63, 64, 100, bytes.count / 2, bytes.count - 1] {
            let message = try #require(Self.readBack(Array(bytes[0..<length]), at: path), "length \(length)")
            #expect(message.contains("truncated") || message.contains("not a channels snapshot") || message.contains("corrupted"), "\(message)")
        }
    }

    @Test func corruptedSnapshotsFailTheirChecksums() throws {
        let (path, bytes) = try Self.writeSnapshot()
        defer { try? FileManager.default.removeItem(atPath: path) }
        // A flipped bit anywhere: header, table, padding-free data.
        for offset in stride(from: 8, to: bytes.count, by: max(1, bytes.count / 97)) {
            var corrupted = bytes
            corrupted[offset] ^= 0x10
            if let message = Self.readBack(corrupted, at: path) {
                #expect(message.contains("corrupted") || message.contains("version") || message.contains("truncated"), "\(message)")
            } else {
                // Only padding between sections may change without notice; the graph must then be intact.
                let loaded = try BinarySnapshot.read(path: path)
                #expect(loaded.snapshot.edgeCount == 4 << 8)
            }
        }
    }

    @Test func otherVersionsAndOtherFilesAreNamed() throws {
        let (path, bytes) = try Self.writeSnapshot()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var newer = bytes
        newer[8] = 99
        #expect(Self.readBack(newer, at: path)?.contains("snapshot format version 99; this channels reads version") == true)
        var other = bytes
        other[0] = UInt8(ascii: "X")
        #expect(Self.readBack(other, at: path)?.contains("not a channels snapshot") == true)
    }

    @Test func aSnapshotNamedByItsExtensionButHoldingTextIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appending(path: "text-\(UUID()).chsnap").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try #require(FileManager.default.createFile(atPath: path, contents: Data("1 2\n".utf8)))
        let result = try GraphFile.read(.file(path), options: GraphReadOptions())
        #expect(result.content == nil)
        #expect(result.diagnostics.first?.message.contains("not a channels snapshot") == true)
    }
}

/// Formats reads DOT only with a parser given to it: without one, the file is refused with a message.
struct DOTWithoutAParserTests {
    @Test func dotWithoutAParserSaysWhatIsMissing() {
        let result = GraphFile.read(Array("digraph { a -> b }".utf8), file: "g.dot", options: GraphReadOptions())
        #expect(result.content == nil)
        #expect(result.diagnostics.map(\.message) == ["reading DOT needs Graphviz's parser: pass GraphvizDOTParser() (ChannelsRender) as GraphReadOptions.dotParser"])
    }
}
