public import ArgumentParser
import ChannelsCore
import ChannelsModel
import ChannelsFormats
import ChannelsRender

extension DiagramOptions.Clustering: ExpressibleByArgument {}
extension DiagramOptions.Labels: ExpressibleByArgument {}

/// How diagrams look: clusters, legend, labels, layout.
struct DiagramOptionGroup: ParsableArguments {
    @Option(name: .customLong("cluster-by"), help: ArgumentHelp("Group actors in boxes by side, kind, or none.", valueName: "what"))
    var clusterBy: DiagramOptions.Clustering = .side

    @Flag(name: .customLong("no-legend"), help: "Leave out the legend of sides and channel kinds.")
    var noLegend = false

    @Flag(name: .customLong("merge-parallel"), help: "Draw parallel channels of one kind as one edge with a count and a date range.")
    var mergeParallel = false

    @Option(help: ArgumentHelp("Label actors by name, id, or arabic (the first Arabic alias).", valueName: "labels"))
    var labels: DiagramOptions.Labels = .name

    @Flag(name: .customLong("no-dates"), help: "Leave dates off the edges.")
    var noDates = false

    @Option(help: ArgumentHelp("A title for the diagram (default: the graph's title).", valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp("Graphviz layout: dot, neato, fdp, sfdp, circo or twopi.", valueName: "layout"))
    var layout: String = "dot"

    @Option(name: .customLong("rankdir"), help: ArgumentHelp("With the dot layout: LR (left to right) or TB (top to bottom).", valueName: "dir"))
    var rankDirection: String = "TB"

    func validate() throws {
        guard DiagramRenderer.layouts.contains(layout) else {
            throw ValidationError("unknown layout '\(layout)'; use one of \(DiagramRenderer.layouts.joined(separator: ", "))")
        }
        guard ["LR", "TB", "RL", "BT"].contains(rankDirection) else {
            throw ValidationError("--rankdir is LR, TB, RL or BT")
        }
    }

    var options: DiagramOptions {
        var options = DiagramOptions()
        options.clustering = clusterBy
        options.legend = !noLegend
        options.mergeParallel = mergeParallel
        options.labels = labels
        options.edgeDates = !noDates
        options.title = title
        options.rankDirection = rankDirection
        return options
    }
}

/// Renders a diagram's DOT to `path` in the format its extension (or `format`) names.
enum DiagramOutput {
    static func write(dot: String, to path: String, format: String?, layout: String) throws {
        guard let format = format ?? OutputFile.fileExtension(path).map({ $0 == "gv" ? "dot" : $0 }) else {
            throw Failure(ExitStatus.usage, "cannot tell the format of '\(path)'; add an extension (.svg, .png, .pdf, .dot) or --format")
        }
        guard DiagramRenderer.formats.contains(format) else {
            throw Failure(ExitStatus.usage, "unknown diagram format '\(format)'; use one of \(DiagramRenderer.formats.joined(separator: ", "))")
        }
        if format == "dot" {
            try OutputFile.write(Array(dot.utf8), to: path)
            return
        }
        do {
            let rendering = try IsolatedRenderer.render(dot: dot, format: format, layout: layout)
            for warning in rendering.warnings { Terminal.standardError.write("channels: graphviz: \(warning)\n") }
            try OutputFile.write(rendering.bytes, to: path)
        } catch let error as RenderError {
            throw Failure(ExitStatus.software, "graphviz could not render the diagram: \(error)")
        }
    }
}
