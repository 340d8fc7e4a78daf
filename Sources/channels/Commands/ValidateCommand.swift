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
        var checked: [ValidationReport.File] = []
        for file in files.isEmpty ? [nil] : files.map(Optional.some) {
            do {
                let (source, result) = try GraphOptions(graph: file, inputFormat: inputFormat).read(options: GraphReadOptions(strict: strict))
                checked.append(ValidationReport.File(name: source.name, diagnostics: result.diagnostics, counts: result.content.map(Self.counts)))
            } catch {
                // The files checked before one that cannot be read are still reported.
                if !checked.isEmpty { output.write(ValidationReport(files: checked)) }
                throw error
            }
        }
        let report = ValidationReport(files: checked)
        output.write(report)
        return report.hasErrors ? ExitStatus.dataError : ExitStatus.success
    }

    private static func counts(_ content: GraphContent) -> (actors: Int, channels: Int) {
        switch content {
        case .typed(let graph): (graph.actors.count, graph.channels.count)
        case .plain(let graph): (graph.snapshot.nodeCount, graph.snapshot.edgeCount)
        }
    }
}

extension GraphOptions {
    init(graph: String?, inputFormat: GraphFileFormat?) {
        self.init()
        self.graph = graph
        self.inputFormat = inputFormat
    }
}
