import ArgumentParser
import ChannelsBuiltin
import ChannelsCore
import ChannelsFormats
import ChannelsModel
import Foundation

/// `--graph`: which graph a command reads.
struct GraphOptions: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "The graph to read: a YAML graph file, '-' for standard input, or a built-in graph by name.",
            discussion: "Without it, the built-in graph '\(BuiltinGraphs.defaultName)' is used. Built-in graphs: \(BuiltinGraphs.all.map(\.name).joined(separator: ", ")).",
            valueName: "file"))
    var graph: String?

    /// Reads, validates and indexes the graph; on errors, prints every diagnostic and fails with 65.
    func load() throws -> LoadedGraph {
        let (bytes, name) = try readSource()
        let result = YAMLGraphReader.read(bytes, file: name)
        for diagnostic in result.diagnostics where diagnostic.severity == .warning {
            Terminal.standardError.write("\(diagnostic)\n")
        }
        guard let graph = result.graph else {
            for diagnostic in result.diagnostics where diagnostic.severity == .error {
                Terminal.standardError.write("\(diagnostic)\n")
            }
            let count = result.diagnostics.filter { $0.severity == .error }.count
            throw Failure(ExitStatus.dataError, "\(name) has \(count) error\(count == 1 ? "" : "s"); run `channels validate \(name)` for the full report")
        }
        return LoadedGraph(graph: graph, name: name)
    }

    /// The bytes of the graph and the name to report them under.
    func readSource() throws -> (bytes: [UInt8], name: String) {
        guard let graph else {
            guard let builtin = BuiltinGraphs.defaultGraph else {
                throw Failure(ExitStatus.software, "the built-in graph is missing from this build")
            }
            return (Array(builtin.text.utf8), "Graphs/\(builtin.fileName)")
        }
        if !FileManager.default.fileExists(atPath: graph),
           let builtin = BuiltinGraphs.named(graph.hasPrefix("builtin:") ? String(graph.dropFirst(8)) : graph) {
            return (Array(builtin.text.utf8), "Graphs/\(builtin.fileName)")
        }
        return try readRawFile()
    }

    /// The bytes of the file `--graph` names (or standard input for `-`), without built-in graphs.
    func readRawFile() throws -> (bytes: [UInt8], name: String) {
        guard let graph else { throw Failure(ExitStatus.usage, "no input file") }
        if graph == "-" {
            return (Array(FileHandle.standardInput.readDataToEndOfFile()), "<stdin>")
        }
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: graph, isDirectory: &isDirectory) {
            let names = BuiltinGraphs.all.map(\.name)
            let near = Suggestions.nearest(to: graph, among: names, limit: 1).first.map { "; did you mean the built-in graph '\($0)'?" } ?? ""
            throw Failure(ExitStatus.noInput, "\(graph): no such file\(near)")
        }
        if isDirectory.boolValue {
            throw Failure(ExitStatus.noInput, "\(graph) is a directory, not a file")
        }
        guard let data = FileManager.default.contents(atPath: graph) else {
            throw Failure(ExitStatus.noInput, "\(graph): cannot read the file (permission denied?)")
        }
        return (Array(data), graph)
    }
}

/// A graph read for a command, with what commands need of it, built on first use.
final class LoadedGraph {
    let graph: ChannelGraph
    let name: String
    private(set) lazy var snapshot = GraphSnapshot(graph)
    private(set) lazy var resolver = ActorResolver(graph: graph)

    init(graph: ChannelGraph, name: String) {
        self.graph = graph
        self.name = name
    }

    /// The actor a command-line argument names, or a usage failure that lists candidates or suggestions.
    func actor(_ query: String) throws -> Int {
        switch resolver.resolve(query) {
        case .success(let index):
            return index
        case .failure(.unknown(_, let suggestions)):
            let hint = suggestions.isEmpty ? "; `channels actors` lists them" : " — did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
            throw Failure(ExitStatus.usage, "unknown actor '\(query)'\(hint)")
        case .failure(.ambiguous(_, let candidates)):
            let list = candidates.map { "\(graph.actors[$0].id) (\(graph.actors[$0].name))" }.joined(separator: ", ")
            throw Failure(ExitStatus.usage, "'\(query)' matches several actors: \(list); name one by its id")
        }
    }
}
