import ChannelsFormats

/// What a command answers, in each output format: aligned text for people, JSON and CSV for scripts (their
/// shapes are documented in the README). A command computes its answer, builds its report and hands it to
/// ``OutputOptions/write(_:)``; the three renderers live together, so the formats cannot drift apart.
protocol Report {
    func text(style: Style) -> String
    func json() -> JSON
    func csv() -> String
}

extension OutputOptions {
    /// Writes `report` to standard output in the chosen format (colour only on a terminal).
    func write(_ report: some Report) {
        let output = Terminal.standardOutput
        switch format {
        case .text: output.write(report.text(style: Style(enabled: output.usesColor)))
        case .json: output.write(report.json().rendered() + "\n")
        case .csv: output.write(report.csv())
        }
    }
}
