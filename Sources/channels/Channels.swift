import ArgumentParser

@main
struct Channels: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "channels",
        abstract: "Graph analytics for mediation channels: who can reach whom, through whom, and when.",
        discussion: """
        Every command reads the built-in graph of the November 2023 hostage deal unless given --graph FILE.

        Exit status: 0 success · 1 no answer (no route, nothing reachable) · 64 bad command line \
        (unknown option or actor) · 65 invalid input file · 66 input file missing or unreadable · \
        69 a needed program is missing (rsvg-convert) or `serve` cannot listen · 70 internal failure or Graphviz crash · 73 cannot create output · 74 I/O error · 130 interrupted.
        """,
        version: "0.1.0",
        groupedSubcommands: [
            CommandGroup(name: "Routes", subcommands: [PathCommand.self, ReachCommand.self, NeighborsCommand.self]),
            CommandGroup(name: "Brokers and structure", subcommands: [CentralityCommand.self, BrokersCommand.self, CutCommand.self, ComponentsCommand.self]),
            CommandGroup(name: "Scenarios", subcommands: [WhatIfCommand.self, DiffCommand.self]),
            CommandGroup(name: "Diagrams", subcommands: [RenderCommand.self, ExportCommand.self, RenderWorkerCommand.self]),
            CommandGroup(name: "Web view", subcommands: [ServeCommand.self]),
            CommandGroup(name: "Data", subcommands: [ActorsCommand.self, ShowCommand.self, TimelineCommand.self, ValidateCommand.self, ConvertCommand.self, GenerateCommand.self, BenchCommand.self]),
        ])
}
