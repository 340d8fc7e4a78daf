public import ChannelsModel

/// A chronology picture, written as SVG by hand: one horizontal lane per actor (or side), a date axis,
/// and each contact drawn at its date as a connector between the two lanes, with a dot on each lane in
/// that lane's colour and the channel kind's line style. A contact over a period also gets a bar along
/// both lanes; one dated only to a month or a year is drawn hollow at the start of its period.
/// Deterministic: the same chronology is always the same bytes.
public struct ChronologyChart: Sendable {
    public struct Lane: Sendable {
        public var label: String
        public var color: String

        public init(label: String, color: String) {
            self.label = label
            self.color = color
        }
    }

    public struct Contact: Sendable {
        public var from: Int
        public var to: Int
        public var first: Day
        /// The last day of a contact over a period; `nil` for one day (or an open end).
        public var last: Day?
        /// Dated only to a month or a year.
        public var approximate: Bool
        public var kind: ChannelKind
        public var directed: Bool
        /// The tooltip.
        public var title: String

        public init(from: Int, to: Int, first: Day, last: Day?, approximate: Bool, kind: ChannelKind, directed: Bool, title: String) {
            self.from = from
            self.to = to
            self.first = first
            self.last = last
            self.approximate = approximate
            self.kind = kind
            self.directed = directed
            self.title = title
        }
    }

    public var title: String
    public var subtitle: String?
    public var lanes: [Lane]
    public var contacts: [Contact]

    public init(title: String, subtitle: String? = nil, lanes: [Lane], contacts: [Contact]) {
        self.title = title
        self.subtitle = subtitle
        self.lanes = lanes
        self.contacts = contacts
    }

    /// SVG dash patterns by channel kind, after the diagrams' line styles.
    static func dash(for kind: ChannelKind) -> String? {
        switch kind {
        case .videoCall, .command: "6 3"
        case .membership: "1 3"
        case .other: "4 3"
        default: nil
        }
    }

    static func width(for kind: ChannelKind) -> Double {
        switch kind {
        case .meeting, .command: 2.6
        case .standingChannel: 1.0
        default: 1.5
        }
    }

    /// The SVG text.
    ///
    /// - Complexity: O(*c* log *c* + lanes) for *c* contacts.
    public func svg() -> String {
        let laneHeight = 26.0, labelWidth = 230.0, width = 1200.0
        let top = subtitle == nil ? 70.0 : 88.0
        let height = top + Double(max(lanes.count, 1)) * laneHeight + 150
        let left = labelWidth + 20, right = width - 30
        var canvas = SVGCanvas(width: width, height: height)
        canvas.text(title, x: 20, y: 30, size: 18, weight: "bold", fill: "#222222")
        if let subtitle { canvas.text(subtitle, x: 20, y: 52, size: 12, fill: "#666666") }

        let firstDay = contacts.map(\.first).min() ?? Day(rawValue: 0)
        let lastDay = contacts.map { $0.last ?? $0.first }.max() ?? firstDay
        let span = Double(max(lastDay.rawValue - firstDay.rawValue, 1))
        func x(_ day: Day) -> Double { left + Double(day.rawValue - firstDay.rawValue) / span * (right - left) }
        func y(_ lane: Int) -> Double { top + (Double(lane) + 0.5) * laneHeight }
        let bottom = top + Double(lanes.count) * laneHeight

        for (index, lane) in lanes.enumerated() {
            if index % 2 == 0 { canvas.rect(0, top + Double(index) * laneHeight, width, laneHeight, fill: "#F7F7F7") }
            canvas.line(left, y(index), right, y(index), stroke: "#D0D0D0")
            canvas.rect(labelWidth - 12, y(index) - 5, 10, 10, fill: lane.color, rx: 2)
            let label = lane.label.count > 28 ? String(lane.label.prefix(27)) + "…" : lane.label
            canvas.text(label, x: labelWidth - 18, y: y(index) + 4, size: 12, anchor: .end, fill: "#222222")
        }
        let ticks = Self.ticks(from: firstDay, through: lastDay)
        for tick in ticks {
            canvas.line(x(tick), top, x(tick), bottom + 4, stroke: "#E0E0E0")
            canvas.text(tick.description, x: x(tick), y: bottom + 16, size: 11, anchor: .end, fill: "#555555", rotate: -35)
        }

        // Contacts on one day are spread a little so that none hides another.
        var perDay: [Int32: Int] = [:], seenPerDay: [Int32: Int] = [:]
        for contact in contacts { perDay[contact.first.rawValue, default: 0] += 1 }
        for contact in contacts {
            let count = perDay[contact.first.rawValue] ?? 1, seen = seenPerDay[contact.first.rawValue, default: 0]
            seenPerDay[contact.first.rawValue] = seen + 1
            let spread = min(4.0, 40.0 / Double(count))
            let position = x(contact.first) + (Double(seen) - Double(count - 1) / 2) * spread
            let (a, b) = (y(contact.from), y(contact.to))
            if let last = contact.last, last > contact.first {
                for lane in Set([contact.from, contact.to]).sorted() {
                    canvas.rect(position, y(lane) - 2, max(x(last) - x(contact.first), 1), 4, fill: lanes[lane].color, title: contact.title, opacity: 0.4)
                }
            }
            canvas.line(position, a, position, b, stroke: "#444444", width: Self.width(for: contact.kind), dash: contact.approximate ? "2 2" : Self.dash(for: contact.kind))
            if contact.directed && contact.from != contact.to {
                let tip = b + (a < b ? -5 : 5)
                canvas.raw("<path d=\"M\(SVGCanvas.number(position - 3.5)),\(SVGCanvas.number(tip + (a < b ? -5 : 5))) L\(SVGCanvas.number(position)),\(SVGCanvas.number(tip)) L\(SVGCanvas.number(position + 3.5)),\(SVGCanvas.number(tip + (a < b ? -5 : 5)))\" fill=\"none\" stroke=\"#444444\" stroke-width=\"1.3\"/>")
            }
            for lane in [contact.from, contact.to] {
                canvas.circle(position, y(lane), radius: 4, fill: contact.approximate ? "#FFFFFF" : lanes[lane].color,
                              stroke: contact.approximate ? lanes[lane].color : "#FFFFFF", title: contact.title)
            }
        }

        var legendX = 20.0
        let legendY = height - 40
        var kinds: [ChannelKind] = []
        for contact in contacts where !kinds.contains(contact.kind) { kinds.append(contact.kind) }
        for kind in kinds {
            canvas.line(legendX, legendY, legendX + 28, legendY, stroke: "#444444", width: Self.width(for: kind), dash: Self.dash(for: kind))
            canvas.text(kind.rawValue, x: legendX + 34, y: legendY + 4, size: 11, fill: "#333333")
            legendX += 48 + Double(kind.rawValue.count) * 6.5
        }
        if contacts.contains(where: \.approximate) {
            canvas.circle(legendX + 6, legendY, radius: 4, fill: "#FFFFFF", stroke: "#444444")
            canvas.text("dated to the month or year only", x: legendX + 16, y: legendY + 4, size: 11, fill: "#333333")
        }
        return canvas.rendered()
    }

    /// Axis ticks: Mondays for up to about four months, month starts up to about four years, else years.
    static func ticks(from first: Day, through last: Day) -> [Day] {
        let days = Int(last.rawValue - first.rawValue)
        let unit: StepUnit = days <= 120 ? .week : .month
        var ticks = unit.steps(from: first, through: last).map(\.first)
        // The first step is clipped to start on `first`: keep it only when it is a step start itself.
        if ticks.count > 1, unit.start(of: ticks[0]) != ticks[0] { ticks.removeFirst() }
        if days > 1_500 { ticks = ticks.filter { $0.components.month == 1 } }
        if days > 120, days <= 1_500, ticks.count > 24 { ticks = ticks.enumerated().filter { $0.offset % 3 == 0 }.map(\.element) }
        return ticks
    }
}
