import ArgumentParser
import ChannelsRender
import Foundation

/// The process `channels` renders in: DOT on stdin, the picture on stdout.
///
/// libgvc 2.42 can crash on some inputs (its dot layout aborts with "triangulation failed" on certain
/// clustered graphs). Rendering in a child process turns such a crash into an error message instead of
/// taking the command down.
struct RenderWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render-worker",
        abstract: "Internal: render DOT from standard input (used by render and path --render).",
        shouldDisplay: false)

    @Argument var layout: String
    @Argument var format: String

    func run() throws {
        Terminal.prepare()
        let dot = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        switch Result(catching: { () throws(RenderError) in try DiagramRenderer.render(dot: dot, format: format, layout: layout) }) {
        case .success(let rendering):
            for warning in rendering.warnings { Terminal.standardError.write("warning\t\(warning)\n") }
            Terminal.standardOutput.write(bytes: rendering.bytes)
        case .failure(let error):
            Terminal.standardError.write("error\t\(error.line.map(String.init) ?? "")\t\(error.message)\n")
            throw ExitCode(ExitStatus.dataError)
        }
    }
}

/// Renders DOT in a child `channels render-worker` process.
enum IsolatedRenderer {
    /// The picture, and Graphviz's warnings.
    ///
    /// - Throws: `RenderError` for Graphviz's own errors, and for a crash of the child.
    static func render(dot: String, format: String, layout: String) throws -> (bytes: [UInt8], warnings: [String]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        if !FileManager.default.fileExists(atPath: "/proc/self/exe") {
            process.executableURL = Bundle.main.executableURL
        }
        process.arguments = ["render-worker", layout, format]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let writer = Thread {
            try? input.fileHandleForWriting.write(contentsOf: Data(dot.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        var warnings: [String] = []
        var failure: RenderError?
        for line in String(decoding: errorData, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            if parts.first == "warning", parts.count > 1 { warnings.append(parts[1]) }
            if parts.first == "error", parts.count > 2 { failure = RenderError(line: Int(parts[1]), message: parts[2]) }
        }
        if process.terminationReason == .uncaughtSignal {
            throw RenderError(line: nil, message: "Graphviz crashed (signal \(process.terminationStatus)) while laying out this graph, a known fault of Graphviz 2.42's layouts on some inputs; try another --layout, or --cluster-by none")
        }
        if let failure { throw failure }
        guard process.terminationStatus == 0 else {
            throw RenderError(line: nil, message: "the renderer exited with status \(process.terminationStatus)")
        }
        return (Array(bytes), warnings)
    }
}
