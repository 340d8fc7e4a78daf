import Foundation
import Testing

/// The README's commands give exactly the outputs recorded in `Golden/`: whole outputs, every byte, in text,
/// JSON and CSV. After a deliberate change of output, `CHANNELS_RECORD_GOLDEN=1 swift test --filter
/// GoldenOutputTests` records them again (the run then reports each file it wrote); review the diff.
@Suite(.serialized)
struct GoldenOutputTests {
    /// Each command, and the file its output is kept in.
    static let commands: [(file: String, arguments: [String])] = [
        ("path.txt", ["path", "Biden", "Hamas"]),
        ("path-arabic.txt", ["path", "بايدن", "حماس"]),
        ("path.json", ["path", "Biden", "Hamas", "--format", "json"]),
        ("path-k3.csv", ["path", "Biden", "Hamas", "--k", "3", "--format", "csv"]),
        ("path-k3.txt", ["path", "Biden", "Hamas", "--k", "3"]),
        ("path-avoid-qatar.txt", ["path", "Biden", "Hamas", "--avoid-side", "qatar"]),
        ("path-avoid-qatar-egypt.txt", ["path", "Hamas", "Biden", "--avoid-side", "qatar", "--avoid-side", "egypt"]),
        ("path-only.txt", ["path", "Biden", "Hamas", "--only", "call,meeting,message"]),
        ("path-earliest.txt", ["path", "Biden", "Hamas", "--after", "2023-11-10"]),
        ("path-latest.json", ["path", "Biden", "Hamas", "--before", "2023-11-20", "--format", "json"]),
        ("path-via.txt", ["path", "Biden", "Hamas", "--via", "Kamel"]),
        ("path-between.txt", ["path", "Biden", "Hamas", "--between", "2023-11-10", "2023-11-20"]),
        ("path-all-shortest.txt", ["path", "Biden", "Hamas", "--all-shortest"]),
        ("path-cost-confidence.txt", ["path", "Biden", "Hamas", "--cost", "confidence"]),
        ("path-unknown.txt", ["path", "Biden", "hamass"]),
        ("reach.txt", ["reach", "Hamas", "--hops", "2"]),
        ("reach-backward.json", ["reach", "Hamas", "--backward", "--format", "json"]),
        ("neighbors.txt", ["neighbors", "McGurk"]),
        ("actors.txt", ["actors"]),
        ("actors-side.csv", ["actors", "--side", "qatar", "--format", "csv"]),
        ("show.txt", ["show", "Qatari PM"]),
        ("show.json", ["show", "مستشار الأمن القومي جيك سوليفان", "--format", "json"]),
        ("centrality.txt", ["centrality"]),
        ("centrality-all.csv", ["centrality", "--metric", "all", "--format", "csv"]),
        ("brokers.txt", ["brokers"]),
        ("brokers-pair.json", ["brokers", "Biden", "Hamas", "--format", "json"]),
        ("cut.txt", ["cut", "Biden", "Hamas"]),
        ("cut.csv", ["cut", "Biden", "Hamas", "--format", "csv"]),
        ("components.txt", ["components"]),
        ("components-strong.json", ["components", "--strong", "--format", "json"]),
        ("validate.txt", ["validate", "Graphs/hostage-deal-2023.yaml", "Graphs/ceasefire-talks-2024.yaml", "--strict"]),
        ("validate-bad.csv", ["validate", "Tests/ChannelsFormatsTests/Fixtures/gephi_edges.csv", "Tests/Fuzz/Regressions/dot/empty-node-id.dot", "--format", "csv"]),
        ("path-2024.txt", ["path", "Burns", "Hamas", "--graph", "ceasefire-talks-2024"]),
        ("timeline.txt", ["timeline"]),
        ("timeline-mcgurk.json", ["timeline", "--actor", "McGurk", "--between", "2023-11-14", "2023-11-19", "--format", "json"]),
        ("timeline-egypt.csv", ["timeline", "--side", "egypt", "--kind", "meeting,message", "--format", "csv"]),
        ("timeline-empty.txt", ["timeline", "--actor", "Kamel", "--between", "2023-10-01", "2023-10-10"]),
        ("whatif-qatar.txt", ["whatif", "--remove-side", "qatar", "--pair", "Biden", "Hamas"]),
        ("whatif-qatar-egypt.json", ["whatif", "--remove-side", "qatar", "--remove-side", "egypt", "--pair", "Biden", "Hamas", "--format", "json"]),
        ("whatif-sides.txt", ["whatif", "--remove-side", "qatar", "--no-brokers"]),
        ("whatif-kamel.csv", ["whatif", "--remove", "Abbas Kamel", "--top", "3", "--format", "csv"]),
        ("diff-2023-2024.txt", ["diff", "hostage-deal-2023", "ceasefire-talks-2024"]),
        ("centrality-over-week.txt", ["centrality", "--over", "week"]),
        ("centrality-over-month.csv", ["centrality", "--over", "month", "--metric", "degree", "--top", "3", "--format", "csv"]),
        // Every format of every report, beyond the README's commands.
        ("path-all-shortest.json", ["path", "Biden", "Hamas", "--all-shortest", "--format", "json"]),
        ("path-none.json", ["path", "Hamas", "Biden", "--avoid-side", "qatar", "--avoid-side", "egypt", "--format", "json"]),
        ("reach.csv", ["reach", "Biden", "--format", "csv"]),
        ("neighbors.json", ["neighbors", "McGurk", "--format", "json"]),
        ("neighbors.csv", ["neighbors", "Hamas", "--except", "membership", "--format", "csv"]),
        ("actors-aliases.txt", ["actors", "--side", "us", "--aliases"]),
        ("actors-aliases.csv", ["actors", "--side", "us", "--aliases", "--format", "csv"]),
        ("actors.json", ["actors", "--kind", "state", "--format", "json"]),
        ("show.csv", ["show", "Hamas", "--format", "csv"]),
        ("centrality.json", ["centrality", "--metric", "pagerank", "--top", "5", "--format", "json"]),
        ("centrality-edges.txt", ["centrality", "--metric", "edge-betweenness", "--top", "5"]),
        ("centrality-edges.json", ["centrality", "--metric", "edge-betweenness", "--top", "3", "--format", "json"]),
        ("centrality-edges.csv", ["centrality", "--metric", "edge-betweenness", "--top", "5", "--format", "csv"]),
        ("centrality-weighted.txt", ["centrality", "--metric", "betweenness", "--weighted", "--top", "8"]),
        ("closeness-weighted.csv", ["centrality", "--metric", "closeness", "--weighted", "--format", "csv"]),
        ("brokers.json", ["brokers", "--top", "3", "--format", "json"]),
        ("brokers-kind.csv", ["brokers", "--by", "kind", "--format", "csv"]),
        ("brokers-pair.txt", ["brokers", "Biden", "Hamas"]),
        ("brokers-pair-k.csv", ["brokers", "Biden", "Hamas", "--k", "5", "--format", "csv"]),
        ("cut.json", ["cut", "Biden", "Hamas", "--format", "json"]),
        ("cut-adjacent.txt", ["cut", "Biden", "Netanyahu"]),
        ("components.csv", ["components", "--format", "csv"]),
        ("components-strong.txt", ["components", "--strong"]),
        ("diff-2023-2024.json", ["diff", "hostage-deal-2023", "ceasefire-talks-2024", "--top", "3", "--format", "json"]),
        ("validate.json", ["validate", "Graphs/hostage-deal-2023.yaml", "Tests/Fuzz/Regressions/dot/empty-node-id.dot", "--format", "json"]),
    ]

    static let folder = CommandRunner.repository.appending(path: "Tests/ChannelsCLITests/Golden")
    static let recording = ProcessInfo.processInfo.environment["CHANNELS_RECORD_GOLDEN"] == "1"

    /// What a golden file holds: the command, its exit status, then standard output and standard error.
    static func transcript(_ arguments: [String], _ outcome: CommandRunner.Outcome) -> String {
        "$ channels \(arguments.map(quoted).joined(separator: " "))\n# exit \(outcome.status)\n"
            + outcome.stdout + (outcome.stderr.isEmpty ? "" : "# stderr\n" + outcome.stderr)
    }

    static func quoted(_ argument: String) -> String {
        argument.allSatisfy { $0.isLetter || $0.isNumber || "-_.,:/".contains($0) } ? argument : "'\(argument)'"
    }

    @Test(arguments: commands.map(\.file))
    func theOutputIsTheRecordedOne(file: String) throws {
        let arguments = try #require(Self.commands.first { $0.file == file }).arguments
        let fresh = Self.transcript(arguments, try CommandRunner.run(arguments, in: CommandRunner.repository))
        let url = Self.folder.appending(path: file)
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try fresh.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(file); run again without CHANNELS_RECORD_GOLDEN and review the diff")
            return
        }
        let recorded = try String(contentsOf: url, encoding: .utf8)
        // Compared as bytes: an editor's NFC/NFD change to an Arabic quote must show as a difference.
        if !fresh.utf8.elementsEqual(recorded.utf8) {
            let freshLines = fresh.split(separator: "\n", omittingEmptySubsequences: false)
            let recordedLines = recorded.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(freshLines, recordedLines).enumerated().first { !$0.element.0.utf8.elementsEqual($0.element.1.utf8) }?.offset
                ?? min(freshLines.count, recordedLines.count)
            let now = line < freshLines.count ? String(freshLines[line]) : "(end)"
            let then = line < recordedLines.count ? String(recordedLines[line]) : "(end)"
            Issue.record("\(file):\(line + 1) is now “\(now)”, recorded “\(then)”")
        }
    }

    @Test func everyGoldenFileHasItsCommand() throws {
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: Self.folder.path))
        #expect(files == Set(Self.commands.map(\.file)), "stale or missing files in Golden/")
    }
}
