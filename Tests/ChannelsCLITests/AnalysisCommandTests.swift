import Foundation
import Testing

@Suite(.serialized)
struct AnalysisCommandTests {
    @Test func centralityRanksActorsAsAnAlignedTableAndJSON() throws {
        let text = try CommandRunner.run(["centrality", "--metric", "betweenness", "--top", "3"])
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("rank  id"))
        #expect(lines[0].hasSuffix("betweenness"))

        let json = try CommandRunner.run(["centrality", "--metric", "all", "--format", "json"])
        #expect(json.status == 0)
        let root = try #require(try CommandRunner.json(json) as? [String: Any])
        let metrics = try #require(root["metrics"] as? [String])
        #expect(metrics.contains("pagerank") && metrics.contains("constraint") && metrics.contains("effective-size"))
        let actors = try #require(root["actors"] as? [[String: Any]])
        #expect(actors.count == 32)
        let pagerank = actors.compactMap { $0["pagerank"] as? Double }.reduce(0, +)
        #expect(abs(pagerank - 1) < 1e-6, "PageRank sums to 1")
        #expect(actors.allSatisfy { $0["id"] is String && $0["side"] != nil })
    }

    @Test func centralityHonoursConstraintsAndRowFilters() throws {
        let full = try CommandRunner.run(["centrality", "--metric", "degree", "--format", "csv", "--side", "qatar"])
        #expect(full.stdout.hasPrefix("id,name,kind,side,degree\n"))
        #expect(full.stdout.split(separator: "\n").dropFirst().allSatisfy { $0.contains(",qatar,") })
        let avoided = try CommandRunner.run(["centrality", "--metric", "degree", "--format", "csv", "--avoid", "Biden"])
        #expect(!avoided.stdout.contains("\nbiden,"))
        let unknown = try CommandRunner.run(["centrality", "--metric", "betweeness"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("did you mean 'betweenness'?"))
    }

    @Test func edgeBetweennessRanksChannels() throws {
        let outcome = try CommandRunner.run(["centrality", "--metric", "edge-betweenness", "--top", "5", "--format", "json"])
        #expect(outcome.status == 0)
        let root = try #require(try CommandRunner.json(outcome) as? [String: Any])
        let channels = try #require(root["channels"] as? [[String: Any]])
        #expect(channels.count == 5)
        let values = channels.compactMap { $0["value"] as? Double }
        #expect(values == values.sorted(by: >))
    }

    @Test func brokersGivesRolesAndPairShares() throws {
        let roles = try CommandRunner.run(["brokers", "--format", "json", "--top", "5"])
        #expect(roles.status == 0)
        let root = try #require(try CommandRunner.json(roles) as? [String: Any])
        #expect(root["by"] as? String == "side")
        let actors = try #require(root["actors"] as? [[String: Any]])
        let first = try #require(actors.first?["roles"] as? [String: [String: Any]])
        for role in ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"] {
            #expect(first[role]?["count"] != nil && first[role]?["z"] != nil, "role \(role)")
        }
        let pair = try CommandRunner.run(["brokers", "Biden", "Hamas", "--format", "csv"])
        #expect(pair.status == 0)
        #expect(pair.stdout == "id,name,side,share\nqatar,Qatar,qatar,0.5\nemir-tamim,Tamim bin Hamad Al Thani,qatar,0.5\n")
    }

    @Test func cutNamesTheIndispensableIntermediaries() throws {
        let outcome = try CommandRunner.run(["cut", "Biden", "Hamas", "--format", "json"])
        #expect(outcome.status == 0)
        let root = try #require(try CommandRunner.json(outcome) as? [String: Any])
        let cut = try #require(root["cut"] as? [[String: Any]])
        let sides = Set(cut.compactMap { $0["side"] as? String })
        #expect(sides.isSubset(of: ["qatar", "egypt"]), "every cut of Biden from Hamas is Qatari or Egyptian")
        #expect(root["independent_routes"] as? Int == cut.count)
        let adjacent = try CommandRunner.run(["cut", "Biden", "Emir of Qatar"])
        #expect(adjacent.status == 1)
        #expect(adjacent.stdout.contains("are joined directly"))
        let csv = try CommandRunner.run(["cut", "Biden", "Hamas", "--format", "csv"])
        let rows = csv.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.first == ["role", "id", "name", "kind", "side"])
        #expect(rows.dropFirst().filter { $0.first == "cut" }.map { String($0[1]) } == cut.compactMap { $0["id"] as? String })
    }

    @Test func componentsListsArticulationPointsAndBridges() throws {
        let outcome = try CommandRunner.run(["components", "--format", "json"])
        #expect(outcome.status == 0)
        let root = try #require(try CommandRunner.json(outcome) as? [String: Any])
        #expect(root["count"] as? Int == 1)
        let points = (root["articulation_points"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(points.contains("biden"))
    }
}

@Suite(.serialized)
struct DiagramCommandTests {
    @Test func renderWritesAnSVGWithEveryActor() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appending(path: "graph.svg")
        let outcome = try CommandRunner.run(["render", "-o", output.path])
        #expect(outcome.status == 0 && outcome.stderr.isEmpty)
        let svg = try String(contentsOf: output, encoding: .utf8).replacingOccurrences(of: "&#45;", with: "-")
        #expect(svg.contains("<svg") && svg.contains("id=\"biden\"") && svg.contains("id=\"biden-emir-call-2023-11-12\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["graph.svg"], "no temporary file is left")
    }

    @Test func renderTakesTheFormatFromTheExtension() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, magic) in [("g.png", [UInt8(0x89), 0x50, 0x4E, 0x47]), ("g.pdf", Array("%PDF".utf8)), ("g.dot", Array("digraph".utf8))] {
            let output = folder.appending(path: name)
            let outcome = try CommandRunner.run(["render", "--around", "McGurk", "-o", output.path])
            #expect(outcome.status == 0, "\(name): \(outcome.stderr)")
            #expect(try Data(contentsOf: output).starts(with: magic), "\(name)")
        }
    }

    @Test func renderingADOTFileReportsSyntaxErrorsWithTheLine() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appending(path: "bad.dot")
        try "digraph g {\n  a -> b\n  c -> ;\n}\n".write(to: input, atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["render", input.path, "-o", folder.appending(path: "bad.svg").path])
        #expect(outcome.status == 65)
        #expect(outcome.stderr == "\(input.path):3: error: syntax error near ';'\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "bad.svg").path))

        let good = folder.appending(path: "good.dot")
        try "digraph g { a -> b -> c }".write(to: good, atomically: true, encoding: .utf8)
        let rendered = try CommandRunner.run(["render", good.path, "-o", folder.appending(path: "good.svg").path])
        #expect(rendered.status == 0)
        let unknown = try CommandRunner.run(["render", good.path, "-o", folder.appending(path: "good.xyz").path])
        #expect(unknown.status == 64)
    }

    @Test func anOutputThatCannotBeCreatedExits73AndLeavesNothing() throws {
        let outcome = try CommandRunner.run(["render", "-o", "/nonexistent-folder/graph.svg"])
        #expect(outcome.status == 73)
        #expect(outcome.stderr.hasPrefix("channels: cannot create /nonexistent-folder/graph.svg:"))
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let directory = try CommandRunner.run(["render", "-o", folder.path, "--format", "svg"])
        #expect(directory.status == 73)
        #expect(directory.stderr.contains("it is a directory"))
    }

    @Test func anExistingFileIsReplacedWhole() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appending(path: "out.dot")
        try "old contents".write(to: output, atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["render", "-o", output.path]).status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8).hasPrefix("digraph"))
    }

    @Test func pathPicturesHighlightTheRoute() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appending(path: "route.dot")
        let outcome = try CommandRunner.run(["path", "Biden", "Hamas", "--render", output.path])
        #expect(outcome.status == 0)
        let dot = try String(contentsOf: output, encoding: .utf8)
        #expect(dot.contains("label=\"1 · call · 2023-11-12\""))
        #expect(dot.contains("label=\"2 · message · 2023-11-19..2023-11-21\""))
        #expect(dot.contains("color=\"#D55E00\""))
    }

    @Test func exportIsDeterministic() throws {
        let first = try CommandRunner.run(["export", "--format", "dot"])
        let second = try CommandRunner.run(["export", "--format", "dot"])
        #expect(first.status == 0 && first.stdout == second.stdout && first.stdout.hasPrefix("digraph"))
    }

    @Test func theCommittedPicturesAreCurrent() throws {
        let committed = try String(contentsOf: CommandRunner.repository.appending(path: "docs/hostage-deal-2023.svg"), encoding: .utf8)
        let fresh = try CommandRunner.run(["render", "--merge-parallel", "--cluster-by", "none", "-o", "-", "--format", "svg"])
        #expect(fresh.stdout == committed, "regenerate docs/hostage-deal-2023.svg (see README)")
    }
}

/// `channels whatif` on the curated graph: the issue's checks, and its bad input.
@Suite(.serialized)
struct WhatIfCommandTests {
    @Test func withoutQatarBidenStillReachesHamasThroughEgyptAndWithoutEgyptToo_NotAtAll() throws {
        let qatar = try CommandRunner.run(["whatif", "--remove-side", "qatar", "--pair", "Biden", "Hamas", "--no-brokers", "--format", "json"])
        #expect(qatar.status == 0)
        let root = try #require(try CommandRunner.json(qatar) as? [String: Any])
        let pair = try #require((root["pairs"] as? [[String: Any]])?.first)
        #expect(pair["change"] as? String == "longer")
        let after = try #require((pair["after"] as? [String: Any])?["actors"] as? [String])
        #expect(after.first == "biden" && after.last == "hamas" && after.contains("egypt"))
        #expect((root["removed"] as? [String: Any])?["actors"] as? [String] == ["qatar", "emir-tamim", "qatar-pm"])

        let both = try CommandRunner.run(["whatif", "--remove-side", "qatar", "--remove-side", "egypt", "--pair", "Biden", "Hamas", "--no-brokers"])
        #expect(both.status == 1, "a pair left without a route exits 1")
        #expect(both.stdout.contains("Joe Biden → Hamas: LOST — no route left"))
    }

    @Test func removingAnEndpointOfAPairSaysSo() throws {
        let result = try CommandRunner.run(["whatif", "--remove", "Hamas", "--pair", "Biden", "Hamas", "--no-brokers"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Joe Biden → Hamas: endpoint removed — Hamas is among the removed actors"))
    }

    @Test func badInputGetsTheNearestNames() throws {
        let cases: [([String], String)] = [
            (["--remove", "hamass"], "unknown actor 'hamass' — did you mean 'hamas'?"),
            (["--remove-side", "qatr"], "unknown side 'qatr' — did you mean 'qatar'?"),
            (["--remove-kind", "meting"], "--remove-kind: unknown kind 'meting' — did you mean 'meeting'?"),
            (["--remove-channel", "doha-relay-chanel"], "unknown channel 'doha-relay-chanel' — did you mean 'doha-relay-channel'"),
            (["--remove-side", "qatar", "--pair", "Biden"], "--pair takes two actors"),
            (["--pair", "Biden", "Hamas"], "nothing to remove"),
        ]
        for (arguments, message) in cases {
            let result = try CommandRunner.run(["whatif"] + arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
    }

    @Test func rendersTheRemovalStruckThroughAndTheNewRouteHighlighted() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("whatif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.run(["whatif", "--remove-side", "qatar", "--pair", "Biden", "Hamas", "--no-brokers", "--render", "w.dot"], in: directory)
        #expect(result.status == 0)
        let dot = try String(contentsOf: directory.appendingPathComponent("w.dot"), encoding: .utf8)
        #expect(dot.contains("\"qatar\" [id=\"qatar\", shape=\"box\", peripheries=\"2\", style=\"dashed,filled\""))
        #expect(dot.contains("label=<<S>Qatar</S>>"))
        #expect(dot.contains("label=\"✕"))
        #expect(dot.contains("color=\"#D55E00\", penwidth=\"3\""), "the new route is highlighted")
    }
}

/// `channels centrality --over`: every step is what `centrality --between` gives on its window alone.
@Suite(.serialized)
struct CentralityOverTimeTests {
    static func values(_ actors: [[String: Any]], metrics: [String]) -> [String: [String: Double]] {
        var values: [String: [String: Double]] = [:]
        for actor in actors {
            guard let id = actor["id"] as? String else { continue }
            values[id] = Dictionary(uniqueKeysWithValues: metrics.map { ($0, actor[$0] as? Double ?? .nan) })
        }
        return values
    }

    @Test(arguments: [["--over", "week"], ["--over", "week", "--window", "3"], ["--over", "month", "--cumulative"],
                      ["--over", "week", "--between", "2023-11-08", "2023-11-25", "--except", "membership"]])
    func eachStepEqualsTheSameWindowRunAlone(options: [String]) throws {
        let series = try CommandRunner.run(["centrality", "--metric", "all"] + options + ["--format", "json"])
        #expect(series.status == 0, "\(series.stderr)")
        let root = try #require(try CommandRunner.json(series) as? [String: Any])
        let metrics = try #require(root["metrics"] as? [String])
        #expect(metrics.count == 11)
        let steps = try #require(root["steps"] as? [[String: Any]])
        #expect(!steps.isEmpty)
        let extra = options.contains("--except") ? ["--except", "membership"] : []
        for step in steps {
            let start = try #require(step["window_start"] as? String), end = try #require(step["window_end"] as? String)
            let alone = try CommandRunner.run(["centrality", "--metric", "all", "--between", start, end, "--format", "json"] + extra)
            let aloneRoot = try #require(try CommandRunner.json(alone) as? [String: Any])
            let expected = Self.values(try #require(aloneRoot["actors"] as? [[String: Any]]), metrics: metrics)
            let actual = Self.values(try #require(step["actors"] as? [[String: Any]]), metrics: metrics)
            #expect(actual.keys.sorted() == expected.keys.sorted())
            for (actor, row) in expected {
                for (metric, value) in row {
                    let got = actual[actor]?[metric] ?? .nan
                    #expect(got == value || (got.isNaN && value.isNaN), "\(start)..\(end) \(actor) \(metric): \(got) ≠ \(value)")
                }
            }
        }
    }

    @Test func stepsFollowTheCalendar() throws {
        let result = try CommandRunner.run(["centrality", "--over", "week", "--between", "2023-11-08", "2023-11-25", "--format", "csv", "--top", "1"])
        let rows = result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").prefix(4).joined(separator: ",") }
        #expect(rows == ["2023-11-08,2023-11-12,2023-11-08,2023-11-12", "2023-11-13,2023-11-19,2023-11-13,2023-11-19",
                         "2023-11-20,2023-11-25,2023-11-20,2023-11-25"])
        let cumulative = try CommandRunner.run(["centrality", "--over", "week", "--cumulative", "--between", "2023-11-08", "2023-11-25", "--format", "csv", "--top", "1"])
        #expect(cumulative.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[2] } == ["2023-11-08", "2023-11-08", "2023-11-08"])
    }

    @Test func badCombinationsAreRefused() throws {
        let cases: [([String], String)] = [
            (["--window", "2"], "go with --over"),
            (["--over", "week", "--window", "2", "--cumulative"], "not both"),
            (["--over", "week", "--at", "2023-11"], "use --between for the period"),
            (["--over", "fortnight"], "fortnight"),
            (["--over", "week", "--metric", "edge-betweenness"], "not available over time"),
            (["--over", "week", "--render", "chart.gif"], "end it in .svg, .png or .pdf"),
        ]
        for (arguments, message) in cases {
            let result = try CommandRunner.run(["centrality"] + arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
    }
}

/// `channels diff` against outputs worked out by hand (Fixtures/diff/README.md).
@Suite(.serialized)
struct DiffCommandTests {
    static let folder = "Tests/ChannelsCLITests/Fixtures/diff"

    @Test(arguments: ["txt", "csv"])
    func tinyFilesGiveTheHandWrittenDiff(format: String) throws {
        let result = try CommandRunner.run(["diff", "\(Self.folder)/old.yaml", "\(Self.folder)/new.yaml", "--no-brokers", "--format", format == "txt" ? "text" : format],
                                           in: CommandRunner.repository)
        #expect(result.status == 1, "graphs that differ exit 1, as diff(1)")
        let expected = try String(contentsOf: CommandRunner.repository.appending(path: "\(Self.folder)/expected.\(format)"), encoding: .utf8)
        #expect(result.stdout == expected)
    }

    @Test func theJSONListsTheSameFindings() throws {
        let result = try CommandRunner.run(["diff", "\(Self.folder)/old.yaml", "\(Self.folder)/new.yaml", "--format", "json"], in: CommandRunner.repository)
        let root = try #require(try CommandRunner.json(result) as? [String: Any])
        #expect(root["same"] as? Bool == false)
        let actors = try #require(root["actors"] as? [String: Any])
        #expect((actors["added"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["c"])
        let changed = try #require(actors["changed"] as? [[String: Any]])
        #expect(changed.map { "\($0["old_id"] ?? "")>\($0["new_id"] ?? "")" } == ["pm>karim", "b>b"])
        let aliases = try #require((changed[0]["fields"] as? [[String: Any]])?.first { $0["field"] as? String == "aliases" })
        #expect(aliases["added"] as? [String] == ["Prime Minister Karim"] && aliases["removed"] as? [String] == [])
        let connectivity = try #require(root["connectivity"] as? [[String: Any]])
        #expect(connectivity.first?["groups"] as? [[String]] == [["a", "karim", "b"], ["d"]])
        // Brokers: Ann's only route runs through nobody; before, Karim lay between Ann and Bo, Gone and Dee.
        let betweenness = try #require((root["brokers"] as? [String: Any])?["betweenness"] as? [[String: Any]])
        #expect(!betweenness.isEmpty)
    }

    @Test func aGraphAgainstItselfIsTheSame() throws {
        let result = try CommandRunner.run(["diff", "hostage-deal-2023", "Graphs/hostage-deal-2023.yaml"], in: CommandRunner.repository)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("The graphs are the same.\n"))
    }

    @Test func anUnreadableGraphSaysWhich() throws {
        let result = try CommandRunner.run(["diff", "hostage-deal-2023", "no-such.yaml"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("no-such.yaml: no such file"))
    }
}
