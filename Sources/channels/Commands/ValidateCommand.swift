import ArgumentParser
import ChannelsFormats
import ChannelsModel

struct ValidateCommand: ChannelsCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check graph files and report every problem as file:line:column: message.",
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

    func execute() throws -> Int32 {
        var anyErrors = false
        var reports: [JSON] = []
        for file in files.isEmpty ? [nil] : files.map(Optional.some) {
            let (bytes, name) = try GraphOptions(graph: file).readSource()
            let result = YAMLGraphReader.read(bytes, file: name, strict: strict)
            anyErrors = anyErrors || result.hasErrors
            switch output.format {
            case .json:
                reports.append(.object([
                    ("file", .string(name)),
                    ("valid", .bool(!result.hasErrors)),
                    ("actors", result.graph.map { .int($0.actors.count) } ?? .null),
                    ("channels", result.graph.map { .int($0.channels.count) } ?? .null),
                    ("diagnostics", .array(result.diagnostics.map(Self.json))),
                ]))
            case .text, .csv:
                for diagnostic in result.diagnostics { Terminal.standardOutput.write("\(diagnostic)\n") }
                Terminal.standardOutput.write(summary(name, result) + "\n")
            }
        }
        if output.format == .json { Terminal.standardOutput.write(JSON.array(reports).rendered() + "\n") }
        return anyErrors ? ExitStatus.dataError : ExitStatus.success
    }

    private func summary(_ name: String, _ result: YAMLGraphReader.Result) -> String {
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.count - errors
        if let graph = result.graph {
            let extra = warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""
            return "\(name): valid: \(graph.actors.count) actors, \(graph.channels.count) channels\(extra)"
        }
        return "\(name): \(errors) error\(errors == 1 ? "" : "s")" + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "")
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
    init(graph: String?) {
        self.init()
        self.graph = graph
    }
}
