/// What a command answers about a graph: the report it prints and the exit status it ends with.
struct Answer {
    let report: any Report
    let status: Int32
    /// Whether asking again gives the same answer; not so when a search stopped at a wall-clock budget.
    let repeatable: Bool

    init(_ report: any Report, status: Int32, repeatable: Bool = true) {
        self.report = report
        self.status = status
        self.repeatable = repeatable
    }
}

/// A command that asks one question of one loaded graph. The command line asks it of the graph
/// `--graph` names; the web server (Server/) of a graph it loaded at start-up, so both answer alike, in
/// the same JSON shapes.
protocol GraphQuestion: ChannelsCommand {
    var graphOptions: GraphOptions { get }
    var output: OutputOptions { get }

    /// Computes the answer on `loaded`, without touching standard output or any file.
    func answer(on loaded: LoadedGraph) throws -> Answer
}

extension GraphQuestion {
    func execute() throws -> Int32 {
        let answer = try answer(on: try graphOptions.load())
        output.write(answer.report)
        return answer.status
    }
}
