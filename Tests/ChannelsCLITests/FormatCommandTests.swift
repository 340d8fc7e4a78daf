import Foundation
import Testing

/// `convert`, `generate` and `bench`, and how every command reads any format.
struct FormatCommandTests {
    @Test func convertGoesThroughEveryFormatAndBackToTheSameYAML() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CommandRunner.run(["convert", "hostage-deal-2023", "g.yaml"], in: folder).status == 0)
        let original = try String(contentsOf: folder.appending(path: "g.yaml"), encoding: .utf8)
        for format in ["graphml", "json"] {
            #expect(try CommandRunner.run(["convert", "g.yaml", "g.\(format)"], in: folder).status == 0)
            #expect(try CommandRunner.run(["convert", "g.\(format)", "back.yaml"], in: folder).status == 0)
            #expect(try String(contentsOf: folder.appending(path: "back.yaml"), encoding: .utf8) == original, "\(format)")
        }
        // CSV writes nodes beside the edges and reads them back from there.
        #expect(try CommandRunner.run(["convert", "g.yaml", "g.csv"], in: folder).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: "g.nodes.csv").path))
        let actors = try CommandRunner.run(["actors", "--graph", "g.csv", "--format", "json"], in: folder)
        let list = try #require((try CommandRunner.json(actors) as? [String: Any])?["actors"] as? [[String: Any]])
        #expect(list.first { $0["id"] as? String == "biden" }?["side"] as? String == "us")
    }

    @Test func everyAnalysisCommandReadsForeignFormats() throws {
        let fixtures = CommandRunner.repository.appending(path: "Tests/ChannelsFormatsTests/Fixtures")
        let path = try CommandRunner.run(["path", "burns", "hamas", "--graph", fixtures.appending(path: "graph.dot").path, "--format", "json"])
        #expect(path.status == 0, "\(path.stderr)")
        let snap = try CommandRunner.run(["centrality", "--graph", fixtures.appending(path: "snap.txt").path, "--metric", "pagerank", "--format", "csv"])
        #expect(snap.status == 0, "\(snap.stderr)")
        #expect(snap.stdout.split(separator: "\n").count == 13)
        let gexf = try CommandRunner.run(["components", "--graph", fixtures.appending(path: "gephi.gexf").path])
        #expect(gexf.status == 0, "\(gexf.stderr)")
    }

    @Test func graphsComeFromStandardInputWithAFormatFlag() throws {
        let outcome = try CommandRunner.run(["centrality", "--graph", "-", "--input-format", "edgelist", "--metric", "degree", "--format", "csv"],
                                            input: "1 2\n2 3\n3 1\n1 3\n")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("1,"))
    }

    @Test func badInputExits65WithTheLocation() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("source,target,weight\na,b,heavy\n".utf8).write(to: folder.appending(path: "bad.csv"))
        let outcome = try CommandRunner.run(["actors", "--graph", "bad.csv"], in: folder)
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("bad.csv:2:5: error: weight must be a number, found 'heavy'"))
        try Data("{\"nodes\": []}".utf8).write(to: folder.appending(path: "json.yaml"))
        let mismatch = try CommandRunner.run(["actors", "--graph", "json.yaml"], in: folder)
        #expect(mismatch.status == 65)
        #expect(mismatch.stderr.contains("looks like JSON"))
    }

    @Test func generateIsDeterministicAndSnapshotsConvertBack() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a.txt", "b.txt"] {
            #expect(try CommandRunner.run(["generate", "rmat", "--scale", "10", "--edge-factor", "8", "--seed", "7", "-o", name], in: folder).status == 0)
        }
        let first = try Data(contentsOf: folder.appending(path: "a.txt")), second = try Data(contentsOf: folder.appending(path: "b.txt"))
        #expect(first == second && !first.isEmpty)
        #expect(try CommandRunner.run(["convert", "a.txt", "a.chsnap"], in: folder).status == 0)
        #expect(try CommandRunner.run(["convert", "a.chsnap", "c.txt"], in: folder).status == 0)
        // The same edges; the header's node count leaves out the nodes without edges an edge list cannot hold.
        let lines = { (data: Data) in String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst() }
        #expect(lines(try Data(contentsOf: folder.appending(path: "c.txt"))) == lines(first))
    }

    @Test func benchReportsTimesAndValuesAsJSON() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CommandRunner.run(["generate", "ba", "--nodes", "300", "-o", "ba.txt"], in: folder).status == 0)
        let outcome = try CommandRunner.run(
            ["bench", "bfs", "--graph", "ba.txt", "--undirected", "--repeat", "2", "--warmup", "0", "--values", "bfs.json", "--format", "json"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let report = try #require(try CommandRunner.json(outcome) as? [String: Any])
        #expect(report["kernel"] as? String == "bfs")
        #expect(report["nodes"] as? Int == 300)
        #expect((report["times_ms"] as? [Double])?.count == 2)
        let values = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appending(path: "bfs.json"))) as? [String: Any])
        #expect(values.count == 300 || (values["values"] as? [String: Any])?.count == 300)
    }
}
