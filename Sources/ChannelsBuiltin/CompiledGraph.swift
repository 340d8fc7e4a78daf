import ChannelsModel

/// A curated graph compiled into Swift, so that a command on a built-in graph parses no YAML.
///
/// `CompiledGraphs.swift` is generated from `Graphs/*.yaml` by `CompiledGraphsTests` (run it with
/// `CHANNELS_RECORD_GOLDEN=1` to regenerate), and that test checks every compiled graph against what the
/// YAML reader makes of its file. A compiled graph carries the hash of the text it was compiled from:
/// when `Graphs/` changes and the file is not regenerated yet, the hash no longer matches the embedded
/// YAML and commands read the YAML, so a stale compiled graph is never used.
struct CompiledGraph: Sendable {
    /// The file name in `Graphs/`: `hostage-deal-2023.yaml`.
    let fileName: String
    /// The XXH64 hash of the YAML text the graph was compiled from.
    let sourceHash: UInt64
    /// Builds the graph; cheap (no parsing), but not free, so it runs only when a command asks.
    let build: @Sendable () -> ChannelGraph

    /// The compiled graph of the file with this name, current or not.
    static func named(_ fileName: String) -> CompiledGraph? {
        all.first { $0.fileName == fileName }
    }

    /// A partial date the generated code spells `date(2023, 11, 22)`; `nil` if out of range, which the
    /// test comparing compiled and read graphs would catch.
    static func date(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) -> PartialDate? {
        PartialDate(year: year, month: month, day: day)
    }
}
