public import ArgumentParser
import ChannelsBuiltin
import ChannelsCore
import ChannelsFormats
import ChannelsRender
import ChannelsModel
import Foundation

extension GraphFileFormat: ExpressibleByArgument {}

/// `--graph` and its companions: which graph a command reads, and how.
struct GraphOptions: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "The graph to read: a file (YAML, GraphML, GEXF, node-link JSON, CSV/TSV, edge list, DOT, .chsnap), '-' for standard input, or a built-in graph by name.",
            discussion: "Without it, the built-in graph '\(BuiltinGraphs.defaultName)' is used. Built-in graphs: \(BuiltinGraphs.all.map(\.name).joined(separator: ", ")).",
            valueName: "file"))
    var graph: String?

    @Option(name: .customLong("input-format"), help: ArgumentHelp("The format of --graph when its extension does not say: \(GraphFileFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var inputFormat: GraphFileFormat?

    @Option(help: ArgumentHelp("A CSV of node attributes (id, name, kind, side, …) to go with a CSV edge list.", valueName: "file"))
    var nodes: String?

    @Flag(help: "Edge lists and CSV edges without a direction are undirected (default: directed).")
    var undirected = false

    /// Reads, validates and indexes the graph; on errors, prints every diagnostic and fails with 65.
    /// A built-in graph comes compiled, without parsing.
    func load() throws -> LoadedGraph {
        if nodes == nil, let builtin {
            return LoadedGraph(content: .typed(builtin.compiledGraph()), name: builtin.path)
        }
        var options = GraphReadOptions(directed: !undirected)
        if let nodes {
            options.nodes = (try Self.readFile(nodes), nodes)
        }
        let (input, result) = try read(options: options)
        for diagnostic in result.diagnostics where diagnostic.severity == .warning {
            Terminal.standardError.write("\(diagnostic)\n")
        }
        guard let content = result.content else {
            for diagnostic in result.diagnostics where diagnostic.severity == .error {
                Terminal.standardError.write("\(diagnostic)\n")
            }
            let count = result.diagnostics.filter { $0.severity == .error }.count
            throw Failure(ExitStatus.dataError, "\(input.name) has \(count) error\(count == 1 ? "" : "s")")
        }
        return LoadedGraph(content: content, name: input.name)
    }

    /// Reads the graph with `options` (their format replaced by `--input-format`, or YAML for built-in
    /// graphs): the input it came from, and the graph and diagnostics the reader gave.
    func read(options: GraphReadOptions) throws -> (input: GraphInput, result: (content: GraphContent?, diagnostics: [Diagnostic])) {
        var options = options
        let builtin = self.builtin
        let input = try self.input(builtin: builtin)
        options.format = builtin == nil ? inputFormat : .yaml
        options.dotParser = GraphvizDOTParser()
        do {
            return (input, try GraphFile.read(input, options: options))
        } catch {
            throw Self.failure(error)
        }
    }

    /// The built-in graph `--graph` names (`builtin:` in front is optional), or the default one without
    /// `--graph`; `nil` for standard input, for a file that exists, and for a name that is neither.
    private var builtin: EmbeddedGraph? {
        guard let graph else { return BuiltinGraphs.defaultGraph }
        guard graph != "-", !FileManager.default.fileExists(atPath: graph) else { return nil }
        return BuiltinGraphs.named(graph.hasPrefix("builtin:") ? String(graph.dropFirst(8)) : graph)
    }

    /// Where the graph comes from: `builtin` (``builtin``, looked up once by the caller), standard input or
    /// a file.
    private func input(builtin: EmbeddedGraph?) throws -> GraphInput {
        if let builtin {
            return .bytes(Array(builtin.text.utf8), name: builtin.path)
        }
        guard let graph else {
            throw Failure(ExitStatus.software, "the built-in graph is missing from this build")
        }
        if graph == "-" {
            do {
                return .bytes(try InputFile.readStandardInput(), name: "<stdin>")
            } catch {
                throw Failure(ExitStatus.ioError, "cannot read standard input")
            }
        }
        return .file(graph)
    }

    /// The bytes of a file, or a failure with exit status 66 that says why not.
    static func readFile(_ path: String) throws -> [UInt8] {
        do {
            return try InputFile.read(path)
        } catch {
            throw failure(error)
        }
    }

    /// The failure, with exit status 66, for a file that cannot be read.
    static func failure(_ error: InputFile.Failure) -> Failure {
        switch error {
        case .missing(let path):
            return Failure(ExitStatus.noInput, "\(path): no such file\(Suggestions.didYouMean(path, among: BuiltinGraphs.all.map(\.name)))")
        case .directory(let path):
            return Failure(ExitStatus.noInput, "\(path) is a directory, not a file")
        case .unreadable(let path, let reason):
            return Failure(ExitStatus.noInput, "\(path): cannot read the file (\(reason))")
        }
    }
}

/// A graph read for a command, with what commands need of it, built on first use.
///
/// Unchecked `Sendable`: the lazy parts are written once, on first use. ``prepareForSharing()`` builds them
/// all up front, after which the object is only read, and the web server shares it between requests.
final class LoadedGraph: @unchecked Sendable {
    let graph: GraphCatalog
    let name: String
    private(set) lazy var snapshot: GraphSnapshot = {
        switch graph.content {
        case .typed(let typed): GraphSnapshot(typed)
        case .plain(let plain): plain.snapshot
        }
    }()
    private lazy var resolver: ActorResolver? = {
        if case .typed(let typed) = graph.content { return ActorResolver(graph: typed) }
        return nil
    }()
    private lazy var labelIndex: [String: Int] = {
        guard case .plain(let plain) = graph.content else { return [:] }
        var index: [String: Int] = [:]
        index.reserveCapacity(plain.snapshot.nodeCount)
        for node in 0..<plain.snapshot.nodeCount { index[plain.labels.label(of: node)] = node }
        return index
    }()

    init(content: GraphContent, name: String) {
        self.graph = GraphCatalog(content: content)
        self.name = name
    }

    /// Builds the snapshot and the name indexes now, so that concurrent readers never race to build them.
    func prepareForSharing() -> LoadedGraph {
        _ = snapshot
        _ = resolver
        _ = labelIndex
        return self
    }

    /// The channel a command-line argument names by id, or a usage failure with the nearest ids.
    func channel(_ id: String) throws -> Int {
        let channels = graph.channels
        if let index = channels.indices.first(where: { channels[$0].id == id }) { return index }
        let nearest = Suggestions.nearest(to: id, among: channels.lazy.map(\.id).prefix(200_000), limit: 3)
        let hint = nearest.isEmpty ? "; `channels show` lists them" : Suggestions.didYouMean(nearest)
        throw Failure(ExitStatus.usage, "unknown channel '\(id)'\(hint)", suggestions: nearest)
    }

    /// The actor a command-line argument names, or a usage failure that lists candidates or suggestions.
    func actor(_ query: String) throws -> Int {
        guard let resolver else {
            if let index = labelIndex[query] { return index }
            let nearest = query.count < 40 ? Suggestions.nearest(to: query, among: labelIndex.keys.sorted().prefix(200_000), limit: 3) : []
            throw Failure(ExitStatus.usage, "unknown node '\(query)'\(nearest.isEmpty ? "" : Suggestions.didYouMean(nearest))", suggestions: nearest)
        }
        switch resolver.resolve(query) {
        case .success(let index):
            return index
        case .failure(.unknown(_, let suggestions)):
            let hint = suggestions.isEmpty ? "; `channels actors` lists them" : Suggestions.didYouMean(suggestions)
            throw Failure(ExitStatus.usage, "unknown actor '\(query)'\(hint)", suggestions: suggestions)
        case .failure(.ambiguous(_, let candidates)):
            let list = candidates.map { "\(graph.actors[$0].id) (\(graph.actors[$0].name))" }.joined(separator: ", ")
            throw Failure(ExitStatus.usage, "'\(query)' matches several actors: \(list); name one by its id")
        }
    }
}
