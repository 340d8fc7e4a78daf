import ArgumentParser
import ChannelsCore

struct ComponentsCommand: GraphQuestion {
    static let configuration = CommandConfiguration(
        commandName: "components",
        abstract: "Show the connected components, the articulation points and the bridges.",
        discussion: """
        Weak components ignore the direction of channels; strong components follow it (actors in one \
        strong component can all reach each other). Articulation points are actors whose removal splits \
        their component; bridges are channels whose removal does (parallel channels are never bridges). \
        Both take channels as undirected.

        Examples:
          channels components
          channels components --strong
          channels components --at 2023-10 --format json
        """)

    @Flag(help: "Strongly connected components instead of weak ones.")
    var strong = false

    @Option(help: ArgumentHelp("Worker threads for weak components (the result does not depend on it).", valueName: "n"))
    var threads: Int = OrderedParallelSum.processorCount

    @OptionGroup var graphOptions: GraphOptions
    @OptionGroup(title: "Constraints") var filterOptions: FilterOptions
    @OptionGroup var output: OutputOptions

    var outputFile: String? { output.file }

    func validate() throws {
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func answer(on loaded: LoadedGraph) throws -> Answer {
        let view = loaded.snapshot.view(try filterOptions.filter(for: loaded))
        let components = strong ? view.strongComponents() : view.weakComponents(threads: threads)
        let groups = components.groups.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        return Answer(ComponentsReport(graph: loaded.graph, strong: strong, groups: groups, cuts: view.cutStructure()), status: ExitStatus.success)
    }
}
