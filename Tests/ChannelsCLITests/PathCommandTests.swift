import Foundation
import Testing

@Suite(.serialized)
struct PathCommandTests {
    @Test func bidenToHamasPrintsAnExplainedRoute() throws {
        let outcome = try CommandRunner.run(["path", "Biden", "Hamas"])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.isEmpty)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Joe Biden → Hamas · 2 hops")
        #expect(lines.contains("  1. Joe Biden (us) ──call── Tamim bin Hamad Al Thani (qatar)"))
        #expect(lines.contains("  2. Tamim bin Hamad Al Thani (qatar) ──message──▶ Hamas (hamas)"))
        #expect(outcome.stdout.contains("2023-11-12 · biden-emir-call-2023-11-12"))
        #expect(outcome.stdout.contains("↳ 000_f5871980013e6b4e.txt: “Biden ringte emiren av Qatar"))
        #expect(!outcome.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }

    @Test func csvHasOneRowPerHop() throws {
        let outcome = try CommandRunner.run(["path", "Biden", "Hamas", "--k", "2", "--format", "csv"])
        #expect(outcome.status == 0)
        let rows = outcome.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first == ["route", "hop", "from", "to", "channel", "kind", "directed", "day", "date", "name",
                               "confidence", "route_hops", "route_cost"])
        #expect(rows[1] == ["1", "1", "biden", "emir-tamim", "biden-emir-call-2023-11-12", "call", "false", "", "2023-11-12", "", "", "2", "2"])
        #expect(rows[2] == ["1", "2", "emir-tamim", "hamas", "emir-final-offer-to-hamas-2023-11", "message", "true", "", "2023-11-19..2023-11-21", "", "", "2", "2"])
        #expect(rows.dropFirst().map(\.first) .contains("2"), "the second route follows")
    }

    @Test func arabicNamesGiveTheSameRoute() throws {
        let english = try CommandRunner.run(["path", "Biden", "Hamas"])
        let arabic = try CommandRunner.run(["path", "بايدن", "حماس"])
        #expect(arabic.status == 0)
        #expect(arabic.stdout == english.stdout)
    }

    @Test func jsonNamesEveryStepAndItsChannel() throws {
        let outcome = try CommandRunner.run(["path", "Biden", "Hamas", "--format", "json"])
        #expect(outcome.status == 0)
        let root = try #require(try CommandRunner.json(outcome) as? [String: Any])
        #expect(root["found"] as? Bool == true)
        let query = try #require(root["query"] as? [String: Any])
        #expect((query["from"] as? [String: Any])?["id"] as? String == "biden")
        #expect(query["mode"] as? String == "shortest")
        let paths = try #require(root["paths"] as? [[String: Any]])
        #expect(paths.count == 1)
        #expect(paths[0]["actors"] as? [String] == ["biden", "emir-tamim", "hamas"])
        #expect(paths[0]["hops"] as? Int == 2)
        let steps = try #require(paths[0]["steps"] as? [[String: Any]])
        let channel = try #require(steps[0]["channel"] as? [String: Any])
        #expect(channel["id"] as? String == "biden-emir-call-2023-11-12")
        #expect(channel["kind"] as? String == "call")
        #expect(channel["date"] as? String == "2023-11-12")
        #expect(channel["directed"] as? Bool == false)
        let cites = try #require(channel["cites"] as? [[String: Any]])
        #expect(cites.first?["doc"] as? String == "000_f5871980013e6b4e.txt")
        #expect(steps[0]["parallel"] as? [String] == ["biden-emir-call-2023-11-17"])
        #expect((steps[1]["channel"] as? [String: Any])?["directed"] as? Bool == true)
    }

    @Test func noRouteExitsOneWithTheReason() throws {
        let outcome = try CommandRunner.run(["path", "Biden", "Hamas", "--avoid-side", "qatar", "--avoid-side", "egypt"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout == "No route from Joe Biden to Hamas avoiding side egypt, qatar: the constraints cut every route; dropping any one of --avoid-side egypt, --avoid-side qatar would open one.\n")
        let json = try CommandRunner.run(["path", "Biden", "Hamas", "--avoid-side", "qatar", "--avoid-side", "egypt", "--format", "json"])
        #expect(json.status == 1)
        let root = try #require(try CommandRunner.json(json) as? [String: Any])
        #expect(root["found"] as? Bool == false)
        #expect((root["reason"] as? String)?.hasPrefix("the constraints cut every route") == true)
    }

    @Test func withoutQatarAndEgyptHamasReachesNoOneInWashington() throws {
        let outcome = try CommandRunner.run(["path", "Hamas", "Biden", "--avoid-side", "qatar", "--avoid-side", "egypt"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout == "No route from Hamas to Joe Biden avoiding side egypt, qatar: the constraints cut every route; dropping any one of --avoid-side egypt, --avoid-side qatar would open one.\n")
    }

    @Test func withoutQatarTheRouteGoesThroughCairo() throws {
        let outcome = try CommandRunner.run(["path", "Biden", "Hamas", "--avoid-side", "qatar", "--format", "json"])
        #expect(outcome.status == 0)
        let root = try #require(try CommandRunner.json(outcome) as? [String: Any])
        let actors = try #require((root["paths"] as? [[String: Any]])?.first?["actors"] as? [String])
        #expect(actors.contains("egypt") || actors.contains("kamel") || actors.contains("egyptian-intelligence"))
    }

    @Test func unknownActorsGetASuggestionAndExit64() throws {
        let outcome = try CommandRunner.run(["path", "Biden", "hamass"])
        #expect(outcome.status == 64)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr == "channels: unknown actor 'hamass' — did you mean 'hamas'?\n")
    }

    @Test func ambiguousNamesListTheCandidates() throws {
        let outcome = try CommandRunner.run(["path", "Al Thani", "Hamas"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("'Al Thani' matches several actors: emir-tamim (Tamim bin Hamad Al Thani), qatar-pm (Mohammed bin Abdulrahman Al Thani)"))
    }

    @Test func aBrokenGraphFileIsReportedWithItsLine() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(contentsOf: CommandRunner.repository.appending(path: "Graphs/hostage-deal-2023.yaml"), encoding: .utf8)
        var lines = original.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("  - id: biden-emir-call-2023-11-12") })
        let targetLine = try #require(lines[index...].firstIndex { $0.hasPrefix("    target: ") })
        lines[targetLine] = "    target: emir-tamin"
        let copy = folder.appending(path: "copy.yaml")
        try lines.joined(separator: "\n").write(to: copy, atomically: true, encoding: .utf8)

        let validate = try CommandRunner.run(["validate", copy.path])
        #expect(validate.status == 65)
        #expect(validate.stdout.contains("\(copy.path):\(targetLine + 1):13: error: unknown actor 'emir-tamin' — did you mean 'emir-tamim'?"))
        let path = try CommandRunner.run(["path", "Biden", "Hamas", "--graph", copy.path])
        #expect(path.status == 65)
        #expect(path.stderr.contains("\(copy.path):\(targetLine + 1):13: error: unknown actor 'emir-tamin'"))
    }

    @Test func aMissingGraphFileExits66() throws {
        let outcome = try CommandRunner.run(["path", "Biden", "Hamas", "--graph", "/nonexistent/graph.yaml"])
        #expect(outcome.status == 66)
        #expect(outcome.stderr == "channels: /nonexistent/graph.yaml: no such file\n")
    }

    @Test func kShortestRoutesAreRankedAndDistinct() throws {
        let outcome = try CommandRunner.run(["path", "Biden", "Hamas", "--k", "4", "--format", "json"])
        #expect(outcome.status == 0)
        let root = try #require(try CommandRunner.json(outcome) as? [String: Any])
        let paths = try #require(root["paths"] as? [[String: Any]])
        #expect(paths.count == 4)
        let hops = paths.compactMap { $0["hops"] as? Int }
        #expect(hops == hops.sorted())
        let routes = paths.compactMap { $0["actors"] as? [String] }
        #expect(Set(routes.map { $0.joined(separator: ">") }).count == 4)
        #expect(paths.map { $0["rank"] as? Int } == [1, 2, 3, 4])
    }

    @Test func aGraphCanComeFromStandardInput() throws {
        let graph = "actors:\n  - {id: a, kind: person}\n  - {id: b, kind: person}\nchannels:\n  - {kind: call, source: a, target: b, date: 2023-11-01}\n"
        let outcome = try CommandRunner.run(["path", "a", "b", "--graph", "-"], input: graph)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("a → b · 1 hop\n"))
    }
}
