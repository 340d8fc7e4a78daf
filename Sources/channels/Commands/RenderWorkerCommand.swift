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
        var executable = URL(fileURLWithPath: "/proc/self/exe")
        if !FileManager.default.fileExists(atPath: executable.path), let own = Bundle.main.executableURL { executable = own }
        let result = try ChildProcess.run(executable, arguments: ["render-worker", layout, format], input: Array(dot.utf8))
        var warnings: [String] = []
        var failure: RenderError?
        for line in result.errors.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            if parts.first == "warning", parts.count > 1 { warnings.append(parts[1]) }
            if parts.first == "error", parts.count > 2 { failure = RenderError(line: Int(parts[1]), message: parts[2]) }
        }
        if result.crashed {
            throw RenderError(line: nil, message: "Graphviz crashed (signal \(result.status)) while laying out this graph, a known fault of Graphviz 2.42's layouts on some inputs; try another --layout, or --cluster-by none")
        }
        if let failure { throw failure }
        guard result.status == 0 else {
            throw RenderError(line: nil, message: "the renderer exited with status \(result.status)")
        }
        return (result.output, warnings)
    }
}
