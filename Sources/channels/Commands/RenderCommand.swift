import ArgumentParser
import ChannelsCore
import ChannelsFormats
import ChannelsModel
import ChannelsRender
import Foundation

struct RenderCommand: ChannelsCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a graph (or any DOT file) as SVG, PNG or PDF, in-process through Graphviz.",
        discussion: """
        With a .dot or .gv file as input, renders it as `dot -Tsvg` would. Otherwise draws the graph: actors \
        shaped by kind and coloured by side (Okabe–Ito, colour-blind safe), channels styled by kind \
        (calls solid, video calls dashed, meetings bold, messages with an arrow, standing channels double, \
        memberships dotted, command links thick dashed), each edge labelled with its date, and a legend. \
        The format comes from the output's extension or --format; the file is written atomically.

        Examples:
          channels render -o hostage-deal.svg
          channels render -o hostage-deal.png --merge-parallel --layout dot
          channels render --around McGurk --hops 1 -o mcgurk.svg
          channels render --at 2023-11 --except membership,command -o november.pdf
          channels render diagram.dot -o diagram.svg
          channels render -o - --format dot | less

        Exit status: 0, 64 for a bad command line, 65 for an invalid graph or DOT file (with its line), \
        73 when the output cannot be created.
        """)

    @Argument(help: ArgumentHelp("A DOT file to render instead of a graph.", valueName: "input.dot"))
    var input: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the diagram ('-' for standard output).", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("svg, png, pdf, dot, plain or json (default: from the output's extension).", valueName: "format"))
    var format: String?

    @Option(help: ArgumentHelp("Draw only the actors within --hops of this actor.", valueName: "actor"))
    var around: String?

    @Option(help: ArgumentHelp("With --around: how many hops (default 1).", valueName: "n"))
    var hops: Int = 1

    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup(title: "Constraints") var filterOptions: FilterOptions
    @OptionGroup(title: "Drawing") var diagram: DiagramOptionGroup

    func validate() throws {
        if hops < 0 { throw ValidationError("--hops cannot be negative") }
    }

    func execute() throws -> Int32 {
        if let input { return try renderDOT(input) }
        let loaded = try graphOptions.load()
        let view = loaded.snapshot.view(try filterOptions.filter(for: loaded))
        var actors = (0..<loaded.graph.actors.count).filter { view.allowsNode($0) }
        if let around {
            let center = try loaded.actor(around)
            actors = view.neighbourhood(of: center, hops: hops).map(Int.init)
        }
        let channels = loaded.graph.channels.indices.filter { view.allowsEdge($0) }
        let dot = DOTWriter(graph: loaded.graph.typed, options: diagram.options, actors: actors, channels: channels).write()
        try DiagramOutput.write(dot: dot, to: output, format: format, layout: diagram.layout)
        return ExitStatus.success
    }

    /// Renders a DOT file as `dot -T<format>` would, reporting Graphviz errors as file:line: message.
    private func renderDOT(_ path: String) throws -> Int32 {
        let (bytes, name) = (try GraphOptions.readFile(path), path)
        let text: String
        do {
            text = try InputText.decode(bytes, file: name)
        } catch {
            throw Failure(ExitStatus.dataError, "\(error)", prefixed: false)
        }
        guard let format = format ?? OutputFile.fileExtension(output) else {
            throw Failure(ExitStatus.usage, "cannot tell the format of '\(output)'; add an extension or --format")
        }
        do {
            let rendering = try IsolatedRenderer.render(dot: text, format: format == "gv" ? "dot" : format, layout: diagram.layout)
            for warning in rendering.warnings { Terminal.standardError.write("\(name): warning: \(warning)\n") }
            try OutputFile.write(rendering.bytes, to: output)
        } catch let error as RenderError {
            if error.line == nil && (error.message.contains("not recognized") || error.message.contains("unavailable")) {
                throw Failure(ExitStatus.usage, "\(error.message); common formats: \(DiagramRenderer.formats.joined(separator: ", "))")
            }
            if error.message.hasPrefix("Graphviz crashed") {
                throw Failure(ExitStatus.software, "\(name): \(error.message)")
            }
            let location = error.line.map { "\(name):\($0): " } ?? "\(name): "
            throw Failure(ExitStatus.dataError, location + "error: " + error.message, prefixed: false)
        }
        return ExitStatus.success
    }
}
