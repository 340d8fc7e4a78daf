import ArgumentParser
import ChannelsCore
import ChannelsFormats
import ChannelsModel

struct ValidateCommand: ChannelsCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check graph files (any format) and report every problem as file:line:column: message.",
        discussion: """
        Unknown actors, kinds, sides and documents come with the nearest valid names. Without a file, the \
        built-in graph is checked.

        Examples:
          channels validate my-graph.yaml
          channels validate --strict Graphs/*.yaml      # also: channels without citations

        Exit status: 0 when every file is valid (warnings allowed), 65 when any has errors, 66 when a file \
        cannot be read.
        """)

    @Argument(help: ArgumentHelp("Graph files to check ('-' for standard input).", valueName: "file"))
    var files: [String] = []

    @Flag(help: "Also warn about channels without citations and citations without a quote or note.")
    var strict = false

    @OptionGroup var output: OutputOptions

    var outputFile: String? { output.file }

    @Option(name: .customLong("input-format"), help: ArgumentHelp("The files' format when their extensions do not say.", valueName: "format"))
    var inputFormat: GraphFileFormat?

    func execute() throws -> Int32 {
        var anyErrors = false
        var reports: [JSON] = []
        var table = Table(["file", "valid", "actors", "channels", "line", "column", "severity", "message"])
        for file in files.isEmpty ? [nil] : files.map(Optional.some) {
            let (source, result) = try GraphOptions(graph: file, inputFormat: inputFormat).read(options: GraphReadOptions(strict: strict))
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            anyErrors = anyErrors || errors > 0
            let counts = result.content.map(Self.counts)
            switch output.format {
            case .json:
                let members: [(String, JSON)] = [
                    ("file", .string(source.name)),
                    ("valid", .bool(errors == 0)),
                    ("actors", counts.map { .int($0.actors) } ?? .null),
                    ("channels", counts.map { .int($0.channels) } ?? .null),
                    ("diagnostics", .array(result.diagnostics.map(Self.json))),
                ]
                reports.append(.object(members))
            case .csv:
                let fields = [source.name, errors == 0 ? "true" : "false", counts.map { String($0.actors) } ?? "", counts.map { String($0.channels) } ?? ""]
                if result.diagnostics.isEmpty { table.append(fields + ["", "", "", ""]) }
                for diagnostic in result.diagnostics {
                    table.append(fields + [diagnostic.line.map(String.init) ?? "", diagnostic.column.map(String.init) ?? "",
                                           diagnostic.severity.rawValue, diagnostic.message])
                }
            case .text:
                for diagnostic in result.diagnostics { Terminal.standardOutput.write("\(diagnostic)\n") }
                let warnings = result.diagnostics.count - errors
                let extra = warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""
                if let counts {
                    Terminal.standardOutput.write("\(source.name): valid: \(counts.actors) actors, \(counts.channels) channels\(extra)\n")
                } else {
                    Terminal.standardOutput.write("\(source.name): \(errors) error\(errors == 1 ? "" : "s")\(extra)\n")
                }
            }
        }
        if output.format == .json { Terminal.standardOutput.write(JSON.array(reports).rendered() + "\n") }
        if output.format == .csv { Terminal.standardOutput.write(table.csv()) }
        return anyErrors ? ExitStatus.dataError : ExitStatus.success
    }

    private static func counts(_ content: GraphContent) -> (actors: Int, channels: Int) {
        switch content {
        case .typed(let graph): (graph.actors.count, graph.channels.count)
        case .plain(let graph): (graph.snapshot.nodeCount, graph.snapshot.edgeCount)
        }
    }

    static func json(_ diagnostic: Diagnostic) -> JSON {
        .object([
            ("file", .string(diagnostic.file)),
            ("line", diagnostic.line.map(JSON.int) ?? .null),
            ("column", diagnostic.column.map(JSON.int) ?? .null),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
        ])
    }
}

extension GraphOptions {
    init(graph: String?, inputFormat: GraphFileFormat?) {
        self.init()
        self.graph = graph
        self.inputFormat = inputFormat
    }
}
