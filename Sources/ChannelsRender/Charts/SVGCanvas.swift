import ChannelsFormats
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A hand-written SVG document: shapes and text appended in drawing order, every user text escaped,
/// coordinates rounded to tenths so the same picture is always the same bytes.
struct SVGCanvas {
    let width: Double
    let height: Double
    private var body: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    static let font = "DejaVu Sans, Verdana, sans-serif"

    /// `value` rounded to a tenth, without a trailing ".0".
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    mutating func raw(_ element: String) { body.append(element) }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1, dash: String? = nil) {
        body.append("<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>")
    }

    mutating func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, fill: String, stroke: String? = nil, title: String? = nil,
                       rx: Double = 0, opacity: Double? = nil) {
        let open = "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\"\(rx > 0 ? " rx=\"\(Self.number(rx))\"" : "") fill=\"\(fill)\"\(opacity.map { " fill-opacity=\"\(Self.number($0))\"" } ?? "")\(stroke.map { " stroke=\"\($0)\"" } ?? "")"
        body.append(title.map { open + "><title>\(XMLText.escape($0))</title></rect>" } ?? open + "/>")
    }

    mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double, dash: String?) {
        let coordinates = points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
        body.append("<polyline points=\"\(coordinates)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\" stroke-linejoin=\"round\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>")
    }

    mutating func circle(_ x: Double, _ y: Double, radius: Double, fill: String, stroke: String = "#FFFFFF", title: String? = nil) {
        let open = "<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(radius))\" fill=\"\(fill)\" stroke=\"\(stroke)\""
        body.append(title.map { open + "><title>\(XMLText.escape($0))</title></circle>" } ?? open + "/>")
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ text: String, x: Double, y: Double, size: Double = 12, anchor: Anchor = .start, weight: String? = nil,
                       fill: String = "#333333", rotate: Double? = nil) {
        let transform = rotate.map { " transform=\"rotate(\(Self.number($0)) \(Self.number(x)) \(Self.number(y)))\"" } ?? ""
        body.append("<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" font-size=\"\(Self.number(size))\" text-anchor=\"\(anchor.rawValue)\"\(weight.map { " font-weight=\"\($0)\"" } ?? "") fill=\"\(fill)\"\(transform)>\(XMLText.escape(text))</text>")
    }

    /// The whole document.
    func rendered() -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" font-family=\"\(Self.font)\">\n"
        output += "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n"
        for element in body { output += element + "\n" }
        return output + "</svg>\n"
    }

    /// About `count` round tick values from 0 (or the lowest value, if negative) to at least `maximum`:
    /// steps of 1, 2 or 5 times a power of ten.
    static func ticks(minimum: Double, maximum: Double, count: Int = 5) -> [Double] {
        let low = min(0, minimum), high = max(maximum, low + 1e-12)
        let raw = (high - low) / Double(max(count, 1))
        let power = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= raw } ?? 10 * power
        var ticks: [Double] = []
        var value = floor(low / step) * step
        while value < high + step * 0.999 {
            ticks.append(abs(value) < step * 1e-9 ? 0 : value)
            value += step
            if ticks.count > 50 { break }
        }
        return ticks
    }

    /// A tick label with as many decimals as the step between ticks needs.
    static func tickLabel(_ value: Double, step: Double) -> String {
        let decimals = step >= 1 ? 0 : min(6, Int(ceil(-log10(step) - 1e-9)))
        if decimals == 0 { return String(Int(value.rounded())) }
        let scale = pow(10, Double(decimals))
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale), fraction = scaled % Int(scale)
        var digits = String(fraction)
        while digits.count < decimals { digits = "0" + digits }
        return (value < 0 && scaled != 0 ? "-" : "") + "\(whole).\(digits)"
    }
}
