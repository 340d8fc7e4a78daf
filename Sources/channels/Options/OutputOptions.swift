import ChannelsFormats
import ArgumentParser

/// The output formats of analysis commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}

/// `--format`: text for people, JSON and CSV for scripts (their shapes are documented in the README);
/// `--output`: a file to write instead of standard output, replaced atomically once the command succeeds.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Output format: text, json or csv.", valueName: "format"))
    var format: OutputFormat = .text

    @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("Write the output to this file instead of standard output; it is replaced only once the command succeeds (nothing is written if it fails or is interrupted).", valueName: "file"))
    var file: String?
}
