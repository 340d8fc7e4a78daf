import ChannelsModel

/// A curated graph compiled into Swift, so that a command on a built-in graph parses no YAML.
///
/// `CompiledGraphs.swift` is generated from `Graphs/*.yaml` by `CompiledGraphsTests` (run it with
/// `CHANNELS_RECORD_GOLDEN=1` to regenerate), and that test checks every compiled graph against what the
/// YAML reader makes of its file. A compiled graph carries the hash of the text it was compiled from, so
/// once a file in `Graphs/` changes, commands read its YAML until the file is regenerated. A change to the
/// reader or the model instead of the text is not seen by the hash: `swift test` fails until the file is
/// regenerated.
struct CompiledGraph: Sendable {
    /// The file name in `Graphs/`: `hostage-deal-2023.yaml`.
    let fileName: String
    /// The XXH64 hash of the YAML text the graph was compiled from.
    let sourceHash: UInt64
    /// Builds the graph; cheap (no parsing), but not free, so it runs only when a command asks.
    let build: @Sendable () -> ChannelGraph

    /// The compiled graph of the file with this name, current or not.
    ///
    /// - Complexity: O(*g*) for *g* compiled graphs.
    static func named(_ fileName: String) -> CompiledGraph? {
        all.first { $0.fileName == fileName }
    }
}
