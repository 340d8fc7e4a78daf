import Foundation
import Testing

/// Faults on the way out: bad output paths, a full disk, Ctrl-C. The rule in each case: a clear error,
/// the previous file untouched, no half-written or temporary file left behind.
struct FaultTests {
    /// Files in `folder` other than `keep`, such as leftover temporary files.
    static func strayFiles(in folder: URL, besides keep: Set<String>) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !keep.contains($0) }
    }

    @Test func outputsThatCannotBeCreatedAreReportedAndChangeNothing() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try CommandRunner.run(["actors", "-o", "no/such/folder/actors.txt"], in: folder)
        #expect(missing.status == 73)
        #expect(missing.stderr.contains("cannot create no/such/folder/actors.txt: No such file or directory"))
        try FileManager.default.createDirectory(at: folder.appending(path: "taken"), withIntermediateDirectories: false)
        let directory = try CommandRunner.run(["export", "--format", "dot", "-o", "taken"], in: folder)
        #expect(directory.status == 73)
        #expect(directory.stderr.contains("taken: it is a directory"))
        try Data("a file".utf8).write(to: folder.appending(path: "plain"))
        let underFile = try CommandRunner.run(["convert", "hostage-deal-2023", "plain/g.yaml"], in: folder)
        #expect(underFile.status == 73)
        #expect(try String(contentsOf: folder.appending(path: "plain"), encoding: .utf8) == "a file")
        #expect(try Self.strayFiles(in: folder, besides: ["taken", "plain"]).isEmpty)
    }

    @Test func aFailedCommandLeavesTheOutputFileAsItWas() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("previous\n".utf8).write(to: folder.appending(path: "route.txt"))
        let outcome = try CommandRunner.run(["path", "Biden", "hamass", "-o", "route.txt"], in: folder)
        #expect(outcome.status == 64)
        #expect(try String(contentsOf: folder.appending(path: "route.txt"), encoding: .utf8) == "previous\n")
        #expect(try Self.strayFiles(in: folder, besides: ["route.txt"]).isEmpty)
    }

    /// A 64 KiB tmpfs stands in for a full disk. Mounting one needs root and the capability to mount, so
    /// where a trial mount fails the test is reported as skipped; once enabled, a failed mount fails it.
    @Test(.enabled(if: Self.canMountTmpfs, "mounting a small tmpfs needs root and the capability to mount"))
    func aFullDiskLeavesThePreviousFileIntactAndNoPartialFile() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try #require(Self.mountTmpfs(size: "64k", at: folder), "mounting a tmpfs at \(folder.path) failed")
        defer { Self.unmount(folder) }
        let previous = String(repeating: "the previous graph\n", count: 100)
        try Data(previous.utf8).write(to: folder.appending(path: "graph.graphml"))
        // The curated graph as GraphML takes about 145 KB: more than the disk holds.
        let outcome = try CommandRunner.run(["convert", "hostage-deal-2023", "graph.graphml"], in: folder)
        #expect(outcome.status == 74, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("No space left on device"))
        #expect(try String(contentsOf: folder.appending(path: "graph.graphml"), encoding: .utf8) == previous)
        #expect(try Self.strayFiles(in: folder, besides: ["graph.graphml"]).isEmpty)
    }

    static let canMountTmpfs: Bool = {
        guard getuid() == 0, let folder = try? CommandRunner.temporaryFolder() else { return false }
        defer { try? FileManager.default.removeItem(at: folder) }
        guard mountTmpfs(size: "4k", at: folder) else { return false }
        unmount(folder)
        return true
    }()

    static func mountTmpfs(size: String, at folder: URL) -> Bool {
        run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path])
    }

    static func unmount(_ folder: URL) {
        _ = run("/bin/umount", [folder.path])
    }

    private static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    @Test func ctrlCDuringBetweennessWritesNothing() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CommandRunner.run(["generate", "ba", "--nodes", "6000", "--m", "5", "-o", "ba.txt"], in: folder).status == 0)
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["centrality", "--graph", "ba.txt", "--undirected", "--metric", "betweenness", "--format", "csv", "-o", "scores.csv"]
        process.currentDirectoryURL = folder
        process.standardError = Pipe()
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        #expect(process.isRunning, "betweenness finished before it could be interrupted; use a bigger graph")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(try Self.strayFiles(in: folder, besides: ["ba.txt"]).isEmpty)
    }
}
