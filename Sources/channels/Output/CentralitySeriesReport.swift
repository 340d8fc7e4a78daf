import ChannelsFormats
import ChannelsModel
import ChannelsRender

/// Centrality per step of time (`centrality --over`), as a table of steps, CSV, JSON or a line chart.
struct CentralitySeriesReport: Report {
    struct Step {
        /// The step itself.
        let step: DaySpan
        /// The days whose channels it counts: the step, the last N steps, or everything up to its end.
        let window: DaySpan
        /// Channels active in the window (under the other constraints).
        let channels: Int
        let values: [CentralityMetric: [Double]]
    }

    let graph: GraphCatalog
    let metrics: [CentralityMetric]
    let unit: StepUnit
    /// Steps per window; `nil` when cumulative.
    let window: Int?
    let steps: [Step]
    /// Actors in CSV and JSON, by peak value of the first metric.
    let actors: [Int]
    /// Actors in the text table and the chart.
    let textActors: [Int]

    private var shown: [CentralityMetric] { metrics.filter { metric in steps.contains { $0.values[metric] != nil } } }
    private var primary: CentralityMetric { shown.first ?? metrics[0] }

    private var windowDescription: String {
        guard let window else { return "cumulative: every channel up to each step's end" }
        return window == 1 ? "channels active in each \(unit.rawValue)" : "channels active in the last \(window) \(unit.rawValue)s of each step"
    }

    // MARK: Text

    func text(style: Style) -> String {
        var output = style.bold("\(primary.rawValue) by \(unit.rawValue)") + style.dim(" · \(windowDescription)") + "\n"
        var table = Table(["step", "channels"] + textActors.map { graph.actors[$0].id },
                          alignments: [.left, .right] + textActors.map { _ in .right })
        for step in steps {
            table.append([step.step.description, "\(step.channels)"]
                + textActors.map { CentralityReport.format(step.values[primary]?[$0] ?? .nan) })
        }
        output += table.rendered(style: style)
        if actors.count > textActors.count {
            output += style.dim("\(actors.count - textActors.count) more actors in --format csv or json, or with --top") + "\n"
        }
        return output
    }

    // MARK: CSV

    /// One row per actor per step.
    func csv() -> String {
        var table = Table(["step_start", "step_end", "window_start", "window_end", "channels", "id", "name", "side"] + shown.map(\.rawValue))
        for step in steps {
            for actor in actors {
                let subject = graph.actors[actor]
                table.append([step.step.first.description, step.step.last.description, step.window.first.description,
                              step.window.last.description, "\(step.channels)", subject.id, subject.name, subject.side ?? ""]
                    + shown.map { metric in step.values[metric].map { $0[actor].isNaN ? "" : "\($0[actor])" } ?? "" })
            }
        }
        return table.csv()
    }

    // MARK: JSON

    /// `{"graph", "metrics", "over", "window", "cumulative", "steps": [{"start", "end", "window_start",
    /// "window_end", "channels", "actors": [{"id", "name", "side", <metric>: value…}]}]}`.
    func json() -> JSON {
        .object([
            ("graph", .optional(graph.title)),
            ("metrics", .array(shown.map { .string($0.rawValue) })),
            ("over", .string(unit.rawValue)),
            ("window", window.map(JSON.int) ?? .null),
            ("cumulative", .bool(window == nil)),
            ("steps", .array(steps.map { step in
                .object([
                    ("start", .string(step.step.first.description)),
                    ("end", .string(step.step.last.description)),
                    ("window_start", .string(step.window.first.description)),
                    ("window_end", .string(step.window.last.description)),
                    ("channels", .int(step.channels)),
                    ("actors", .array(actors.map { actor in
                        let subject = graph.actors[actor]
                        return .object([("id", .string(subject.id)), ("name", .string(subject.name)), ("side", .optional(subject.side))]
                            + shown.map { metric in
                                let value = step.values[metric]?[actor] ?? .nan
                                return (metric.rawValue, value.isNaN ? .null : .number(value))
                            })
                    })),
                ])
            })),
        ])
    }

    // MARK: Chart

    /// The line chart of the text table's actors, coloured by side.
    func chart() -> LineChart {
        let colors = DiagramStyle.sideColors(graph.typed)
        let series = textActors.enumerated().map { position, actor in
            let subject = graph.actors[actor]
            let color = subject.side.flatMap { colors[$0] } ?? DiagramStyle.palette[position % DiagramStyle.palette.count]
            return LineChart.Series(name: subject.name + (subject.side.map { " (\($0))" } ?? ""), color: color,
                                    values: steps.map { $0.values[primary]?[actor] ?? .nan })
        }
        return LineChart(
            title: "\(primary.rawValue.prefix(1).uppercased() + primary.rawValue.dropFirst()) by \(unit.rawValue)",
            subtitle: [graph.title, windowDescription].compactMap { $0 }.joined(separator: " — "),
            xTitle: "\(unit.rawValue) starting", yTitle: primary.rawValue,
            steps: steps.map { $0.step.first.description }, series: series)
    }
}
