import Foundation
import Testing

@Suite(.serialized)
struct DataCommandTests {
    @Test func actorsListsIdNameKindAndSide() throws {
        let outcome = try CommandRunner.run(["actors"])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("id") == true)
        #expect(lines.contains { $0.hasPrefix("biden ") && $0.contains("Joe Biden") && $0.contains("person") && $0.hasSuffix("us") })
        let csv = try CommandRunner.run(["actors", "--format", "csv", "--side", "qatar"])
        #expect(csv.stdout.hasPrefix("id,name,kind,side\n"))
        #expect(csv.stdout.contains("emir-tamim,Tamim bin Hamad Al Thani,person,qatar\n"))
        #expect(!csv.stdout.contains(",us\n"))
    }

    @Test func showListsAnActorsChannelsInDateOrder() throws {
        let outcome = try CommandRunner.run(["show", "McGurk", "--format", "json"])
        #expect(outcome.status == 0)
        let root = try #require(try CommandRunner.json(outcome) as? [String: Any])
        #expect((root["actor"] as? [String: Any])?["id"] as? String == "mcgurk")
        let channels = try #require(root["channels"] as? [[String: Any]])
        #expect(!channels.isEmpty)
        let firstDays = channels.compactMap { entry -> String? in
            let channel = entry["channel"] as? [String: Any]
            return (channel?["date"] as? String) ?? (channel?["from"] as? String)
        }
        #expect(zip(firstDays, firstDays.dropFirst()).allSatisfy { $0.prefix(7) <= $1.prefix(7) }, "\(firstDays)")
        #expect(channels.contains { ($0["counterpart"] as? [String: Any])?["id"] as? String == "kamel" })

        let text = try CommandRunner.run(["show", "McGurk"])
        #expect(text.stdout.hasPrefix("Brett McGurk [mcgurk]\n"))
        #expect(text.stdout.contains("2023-11-18"))
        #expect(text.stdout.contains("Abbas Kamel"))
        #expect(text.stdout.contains("date disputed"))
    }

    @Test func validateAcceptsTheCuratedGraphs() throws {
        let graphs = CommandRunner.repository.appending(path: "Graphs")
        let outcome = try CommandRunner.run(["validate", "--strict", graphs.appending(path: "hostage-deal-2023.yaml").path,
                                             graphs.appending(path: "ceasefire-talks-2024.yaml").path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.split(separator: "\n").count == 2)
        #expect(outcome.stdout.contains("hostage-deal-2023.yaml: valid:"))
    }

    @Test func reachGroupsActorsByHops() throws {
        let outcome = try CommandRunner.run(["reach", "Biden", "--hops", "1", "--format", "json"])
        #expect(outcome.status == 0)
        let root = try #require(try CommandRunner.json(outcome) as? [String: Any])
        let levels = try #require(root["levels"] as? [[String: Any]])
        #expect(levels.count == 1 && levels[0]["hops"] as? Int == 1)
        let ids = (levels[0]["actors"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(ids.contains("emir-tamim") && ids.contains("netanyahu"))
        #expect(!ids.contains("hamas"))
    }

    @Test func neighborsCountsChannelsPerCounterpart() throws {
        let outcome = try CommandRunner.run(["neighbors", "Biden", "--format", "csv"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("id,name,side,direction,channels,kinds\n"))
        #expect(outcome.stdout.contains("emir-tamim,Tamim bin Hamad Al Thani,qatar,both,2,call ×2\n"))
    }

    @Test func aClosedPipeEndsQuietly() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "'\(CommandRunner.binary.path)' actors --aliases | head -1; echo \"status=${PIPESTATUS:-$?}\""]
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output.hasPrefix("id"))
        #expect(errors.isEmpty)
    }

    @Test func everyCommandHasHelpWithExamples() throws {
        for command in ["path", "reach", "neighbors", "actors", "show", "validate", "centrality", "whatif", "diff", "serve"] {
            let outcome = try CommandRunner.run([command, "--help"])
            #expect(outcome.status == 0)
            #expect(outcome.stdout.contains("Examples:"), "\(command) --help has no examples")
        }
    }
}
