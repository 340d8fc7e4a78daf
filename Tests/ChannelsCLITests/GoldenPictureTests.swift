import Foundation
import Testing

/// The pictures the README shows come out byte for byte as recorded in `GoldenPictures/`: the SVG charts
/// channels writes itself, and the DOT of its Graphviz diagrams (Graphviz's own SVG differs between its
/// versions). `CHANNELS_RECORD_GOLDEN=1` records them again, as for ``GoldenOutputTests``. A second test
/// renders each as PNG, to see that Graphviz or rsvg-convert accept it.
@Suite(.serialized)
struct GoldenPictureTests {
    /// Each picture, and the command that draws it into the file named by `{}` (exiting 0, or 1 for a diff
    /// of graphs that differ).
    static let pictures: [(file: String, arguments: [String])] = [
        ("centrality-over-week.svg", ["centrality", "--over", "week", "--render", "{}"]),
        ("centrality-over-day-window.svg", ["centrality", "--over", "day", "--window", "7", "--metric", "pagerank", "--top", "5", "--render", "{}"]),
        ("timeline.svg", ["timeline", "--render", "{}"]),
        ("timeline-sides-november.svg", ["timeline", "--lanes", "side", "--between", "2023-11-01", "2023-11-30", "--render", "{}"]),
        ("diff-2023-2024.dot", ["diff", "hostage-deal-2023", "ceasefire-talks-2024", "--no-brokers", "--render", "{}"]),
        ("whatif-qatar.dot", ["whatif", "--remove-side", "qatar", "--pair", "Biden", "Hamas", "--no-brokers", "--render", "{}"]),
    ]

    static let folder = CommandRunner.repository.appending(path: "Tests/ChannelsCLITests/GoldenPictures")

    static func draw(_ arguments: [String], into file: String) throws -> (bytes: Data, outcome: CommandRunner.Outcome) {
        let directory = FileManager.default.temporaryDirectory.appending(path: "pictures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appending(path: file)
        let outcome = try CommandRunner.run(arguments.map { $0 == "{}" ? output.path : $0 }, in: CommandRunner.repository)
        return ((try? Data(contentsOf: output)) ?? Data(), outcome)
    }

    @Test(arguments: pictures.map(\.file))
    func thePictureIsTheRecordedOne(file: String) throws {
        let arguments = try #require(Self.pictures.first { $0.file == file }).arguments
        let (fresh, outcome) = try Self.draw(arguments, into: file)
        #expect(outcome.status == (file.hasPrefix("diff") ? 1 : 0), "\(outcome.stderr)")
        let url = Self.folder.appending(path: file)
        if GoldenOutputTests.recording {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try fresh.write(to: url, options: .atomic)
            Issue.record("recorded \(file); run again without CHANNELS_RECORD_GOLDEN and review the diff")
            return
        }
        let recorded = try Data(contentsOf: url)
        #expect(fresh == recorded, "\(file) differs from the recorded picture (\(fresh.count) bytes now, \(recorded.count) recorded)")
    }

    @Test(arguments: pictures.map(\.file))
    func thePictureRendersAsPNG(file: String) throws {
        let arguments = try #require(Self.pictures.first { $0.file == file }).arguments
        let png = file.split(separator: ".").dropLast().joined(separator: ".") + ".png"
        let (bytes, outcome) = try Self.draw(arguments, into: png)
        #expect(outcome.status == (file.hasPrefix("diff") ? 1 : 0), "\(outcome.stderr)")
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(png) is a PNG")
        #expect(bytes.count > 10_000)
    }

    @Test func anEmptyTimelineDrawsNothingAndSaysSo() throws {
        let (bytes, outcome) = try Self.draw(["timeline", "--actor", "Kamel", "--between", "2023-10-01", "2023-10-10", "--render", "{}"], into: "empty.svg")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("No channel is active between 2023-10-01 and 2023-10-10 under these constraints. Nothing to draw."))
        #expect(bytes.isEmpty)
    }

    @Test func everyGoldenPictureHasItsCommand() throws {
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: Self.folder.path))
        #expect(files == Set(Self.pictures.map(\.file)), "stale or missing files in GoldenPictures/")
    }
}
