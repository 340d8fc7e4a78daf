import Foundation
import Testing

/// The same input and flags give the same bytes: on every run, in every output format, for any thread
/// count; on the curated graph and on a graph built to have thousands of equally short routes.
struct DeterminismTests {
    /// Five layers of six actors, each actor linked to every actor of the next layer, between `s` and
    /// `t`: 6⁴ = 1,296 shortest routes of 5 hops, all tied.
    static func layeredGraph(in folder: URL) throws -> String {
        var lines = ["source,target"]
        let layers = (0..<4).map { layer in (0..<6).map { "l\(layer)n\($0)" } }
        for node in layers[0] { lines.append("s,\(node)") }
        for (upper, lower) in zip(layers, layers.dropFirst()) {
            for a in upper { for b in lower { lines.append("\(a),\(b)") } }
        }
        for node in layers[3] { lines.append("\(node),t") }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: folder.appending(path: "layers.csv"))
        return "layers.csv"
    }

    /// Runs `arguments` twice (and once more for each extra variant) and expects identical stdout.
    static func expectStable(_ arguments: [String], variants: [[String]] = [], in folder: URL) throws {
        let first = try CommandRunner.run(arguments, in: folder)
        #expect(first.status == 0 || first.status == 1, "\(arguments): \(first.stderr)")
        #expect(!first.stdout.isEmpty)
        for extra in [[]] + variants {
            let again = try CommandRunner.run(arguments + extra, in: folder)
            #expect(again.stdout == first.stdout, "\(arguments + extra) printed something else")
        }
    }

    @Test(arguments: ["text", "json", "csv"])
    func curatedGraphOutputsAreByteIdentical(format: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let threads = [["--threads", "1"], ["--threads", "2"], ["--threads", "5"]]
        try Self.expectStable(["path", "Biden", "Hamas", "--k", "5", "--format", format], in: folder)
        try Self.expectStable(["path", "Biden", "Hamas", "--all-shortest", "--format", format], in: folder)
        try Self.expectStable(["centrality", "--metric", "all", "--format", format], variants: threads, in: folder)
        try Self.expectStable(["centrality", "--metric", "edge-betweenness", "--format", format], variants: threads, in: folder)
        try Self.expectStable(["brokers", "--format", format], in: folder)
        try Self.expectStable(["brokers", "Biden", "Hamas", "--format", format], in: folder)
        try Self.expectStable(["cut", "Biden", "Hamas", "--format", format], in: folder)
        try Self.expectStable(["components", "--format", format], in: folder)
        try Self.expectStable(["actors", "--format", format], in: folder)
    }

    @Test func diagramsAreByteIdentical() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.expectStable(["export", "--format", "dot"], in: folder)
        try Self.expectStable(["render", "-o", "-", "--format", "svg"], in: folder)
    }

    @Test func tiedRoutesComeInTheSameOrderEveryTime() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = try Self.layeredGraph(in: folder)
        let threads = [["--threads", "1"], ["--threads", "2"], ["--threads", "7"]]
        for format in ["text", "json", "csv"] {
            try Self.expectStable(["path", "s", "t", "--graph", graph, "--k", "10", "--format", format], in: folder)
            try Self.expectStable(["path", "s", "t", "--graph", graph, "--all-shortest", "--limit", "50", "--format", format], in: folder)
            try Self.expectStable(["centrality", "--graph", graph, "--metric", "betweenness", "--format", format], variants: threads, in: folder)
            try Self.expectStable(["centrality", "--graph", graph, "--metric", "betweenness", "--sample", "8", "--seed", "3", "--format", format],
                                  variants: threads, in: folder)
            try Self.expectStable(["brokers", "s", "t", "--graph", graph, "--format", format], in: folder)
        }
        let count = try CommandRunner.run(["path", "s", "t", "--graph", graph, "--all-shortest", "--limit", "1", "--format", "json"], in: folder)
        let answer = try #require(try CommandRunner.json(count) as? [String: Any])
        #expect(answer["count"] as? Int == 1296)
    }
}
