import ChannelsFormats
import ArgumentParser

/// The output formats of analysis commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}

/// `--format`: text for people, JSON and CSV for scripts (their shapes are documented in the README).
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Output format: text, json or csv.", valueName: "format"))
    var format: OutputFormat = .text
}
