import ChannelsFormats
import ChannelsModel
import Foundation
import Synchronization
import Testing

/// ``GraphFile/write(_:as:to:watcher:)``: every format from one place, to a file or a stream.
struct GraphWriteTests {
    static let graph = ChannelGraph(
        actors: [Actor(id: "a", kind: .person), Actor(id: "b", kind: .state)],
        channels: [Channel(id: "a-b", kind: .call, source: 0, target: 1, directed: false)])

    /// Records what an atomic write tells its watcher.
    final class Recorder: TemporaryFileWatcher {
        let events = Mutex<[String]>([])
        func began(writing path: String) { events.withLock { $0.append("began \(path)") } }
        func ended() { events.withLock { $0.append("ended") } }
    }

    @Test(arguments: GraphFileFormat.allCases.filter { $0 != .chsnap })
    func everyFormatButTheSnapshotStreams(format: GraphFileFormat) throws {
        var written: [UInt8] = []
        try GraphFile.write(.typed(Self.graph), as: format, to: .stream { written += $0 })
        #expect(!written.isEmpty)
    }

    @Test func aSnapshotNeedsAFile() {
        #expect(throws: GraphFile.WriteFailure.self) {
            try GraphFile.write(.typed(Self.graph), as: .chsnap, to: .stream { _ in })
        }
    }

    @Test func csvToAFileWritesItsNodesBesideItAndTellsTheWatcher() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "graph-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let recorder = Recorder()
        try GraphFile.write(.typed(Self.graph), as: .csv, to: .file(folder.appending(path: "g.csv").path), watcher: recorder)
        #expect(try String(contentsOf: folder.appending(path: "g.csv"), encoding: .utf8).hasPrefix("id,source,target"))
        #expect(try String(contentsOf: folder.appending(path: "g.nodes.csv"), encoding: .utf8).hasPrefix("id,"))
        let events = recorder.events.withLock { $0 }
        #expect(events.count == 4)
        #expect(events.enumerated().allSatisfy { $0.offset % 2 == 0 ? $0.element.hasPrefix("began \(folder.path)/.g.") : $0.element == "ended" })
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["g.csv", "g.nodes.csv"])
    }

    @Test func aNewFileGetsTheUmasksPermissions() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "graph-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "g.yaml").path
        try GraphFile.write(.typed(Self.graph), as: .yaml, to: .file(path))
        let mask = umask(0o022)
        umask(mask)
        let permissions = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(permissions == 0o666 & ~Int(mask))
    }
}
