/// A line chart of a few series over the same steps (weeks of a negotiation, say), written as SVG by
/// hand: title, axes with round ticks and titles, one polyline per series with a marker and a tooltip at
/// each point, and a legend. Deterministic: the same chart is always the same bytes.
///
///     let chart = LineChart(title: "Betweenness by week", xTitle: "week starting", yTitle: "betweenness",
///                           steps: ["2023-11-06", "2023-11-13"], series: [.init(name: "Qatar", color: "#009E73", values: [12, 30])])
///     let svg = chart.svg()
public struct LineChart: Sendable {
    public struct Series: Sendable {
        public var name: String
        public var color: String
        /// One value per step; NaN leaves a gap.
        public var values: [Double]

        public init(name: String, color: String, values: [Double]) {
            self.name = name
            self.color = color
            self.values = values
        }
    }

    public var title: String
    public var subtitle: String?
    public var xTitle: String
    public var yTitle: String
    /// The label of each step, left to right.
    public var steps: [String]
    public var series: [Series]

    public init(title: String, subtitle: String? = nil, xTitle: String, yTitle: String, steps: [String], series: [Series]) {
        self.title = title
        self.subtitle = subtitle
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.steps = steps
        self.series = series
    }

    /// Dash patterns that tell apart series of one colour (actors of one side), in order.
    static let dashes: [String?] = [nil, "7 4", "2 3", "10 3 2 3", "4 4", "1 5"]

    /// The SVG text.
    ///
    /// - Complexity: O(steps × series).
    public func svg() -> String {
        let legendWidth = 250.0, width = 1000.0, height = 560.0
        let plot = (left: 80.0, top: subtitle == nil ? 60.0 : 78.0, right: width - legendWidth - 20, bottom: height - 90)
        var canvas = SVGCanvas(width: width, height: height)
        canvas.text(title, x: plot.left, y: 30, size: 18, weight: "bold", fill: "#222222")
        if let subtitle { canvas.text(subtitle, x: plot.left, y: 52, size: 12, fill: "#666666") }

        let finite = series.flatMap(\.values).filter(\.isFinite)
        let ticks = SVGCanvas.ticks(minimum: finite.min() ?? 0, maximum: finite.max() ?? 1)
        let low = ticks.first ?? 0, high = ticks.last ?? 1
        let tickStep = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        func y(_ value: Double) -> Double { plot.bottom - (value - low) / max(high - low, 1e-12) * (plot.bottom - plot.top) }
        let span = plot.right - plot.left
        func x(_ step: Int) -> Double { steps.count <= 1 ? plot.left + span / 2 : plot.left + span * Double(step) / Double(steps.count - 1) }

        for tick in ticks {
            canvas.line(plot.left, y(tick), plot.right, y(tick), stroke: tick == 0 ? "#999999" : "#E4E4E4")
            canvas.text(SVGCanvas.tickLabel(tick, step: tickStep), x: plot.left - 8, y: y(tick) + 4, size: 11, anchor: .end, fill: "#555555")
        }
        canvas.line(plot.left, plot.top, plot.left, plot.bottom, stroke: "#999999")
        let every = max(1, Int((Double(steps.count) / 14).rounded(.up)))
        for (index, label) in steps.enumerated() {
            canvas.line(x(index), plot.bottom, x(index), plot.bottom + 4, stroke: "#999999")
            if index % every == 0 || index == steps.count - 1 && steps.count <= 14 {
                canvas.text(label, x: x(index), y: plot.bottom + 16, size: 11, anchor: .end, fill: "#555555", rotate: -35)
            }
        }
        canvas.text(xTitle, x: plot.left + span / 2, y: height - 12, size: 12, anchor: .middle, fill: "#444444")
        canvas.text(yTitle, x: 18, y: plot.top + (plot.bottom - plot.top) / 2, size: 12, anchor: .middle, fill: "#444444", rotate: -90)

        var usesOfColor: [String: Int] = [:]
        for (number, line) in series.enumerated() {
            let use = usesOfColor[line.color, default: 0]
            usesOfColor[line.color] = use + 1
            let dash = Self.dashes[use % Self.dashes.count]
            var run: [(Double, Double)] = []
            for (index, value) in line.values.enumerated() {
                if value.isFinite { run.append((x(index), y(value))) }
                if !value.isFinite || index == line.values.count - 1 {
                    if run.count > 1 { canvas.polyline(run, stroke: line.color, width: 2.2, dash: dash) }
                    run = []
                }
            }
            if steps.count <= 60 {
                for (index, value) in line.values.enumerated() where value.isFinite {
                    canvas.circle(x(index), y(value), radius: 3.2, fill: line.color,
                                  title: "\(line.name) · \(steps[index]): \(SVGCanvas.tickLabel(value, step: tickStep / 100))")
                }
            }
            let legendY = plot.top + 8 + Double(number) * 22
            let legendX = plot.right + 30
            canvas.line(legendX, legendY, legendX + 34, legendY, stroke: line.color, width: 2.2, dash: dash)
            canvas.circle(legendX + 17, legendY, radius: 3.2, fill: line.color)
            let name = line.name.count > 28 ? String(line.name.prefix(27)) + "…" : line.name
            canvas.text(name, x: legendX + 42, y: legendY + 4, size: 12, fill: "#222222")
        }
        return canvas.rendered()
    }
}
