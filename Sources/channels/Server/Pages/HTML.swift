/// HTML text in which every interpolated `String` is escaped, and only values that are already ``HTML``
/// go in as they are: a page cannot carry an unescaped value from a graph file by accident.
///
///     let name = "<script>"
///     let cell: HTML = "<td>\(name)</td>"     // <td>&lt;script&gt;</td>
struct HTML: ExpressibleByStringInterpolation, Sendable {
    private(set) var text: String

    init(stringLiteral value: String) {
        text = value
    }

    init(stringInterpolation: StringInterpolation) {
        text = stringInterpolation.text
    }

    /// Markup produced by a trusted renderer (Graphviz's SVG, whose text it escapes itself).
    init(trusted markup: String) {
        text = markup
    }

    struct StringInterpolation: StringInterpolationProtocol {
        fileprivate var text = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        mutating func appendLiteral(_ literal: String) {
            text += literal
        }

        mutating func appendInterpolation(_ value: String) {
            text += HTML.escape(value)
        }

        mutating func appendInterpolation(_ value: Int) {
            text += String(value)
        }

        mutating func appendInterpolation(_ html: HTML) {
            text += html.text
        }

        mutating func appendInterpolation(_ parts: [HTML]) {
            for part in parts { text += part.text }
        }
    }

    static func + (lhs: HTML, rhs: HTML) -> HTML {
        HTML(trusted: lhs.text + rhs.text)
    }

    static func += (lhs: inout HTML, rhs: HTML) {
        lhs.text += rhs.text
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, safe in text and in
    /// quoted attribute values.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// A name or other short text from a graph, isolated from the text around it (`<bdi>`), so that a
    /// right-to-left name or a stray direction mark cannot reorder the sentence it sits in.
    static func name(_ text: String) -> HTML {
        "<bdi>\(text)</bdi>"
    }

    /// A quotation in its own direction (Arabic right to left), marked with its script's language when
    /// the text tells.
    static func quote(_ text: String) -> HTML {
        let arabic = text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) || (0x0750...0x077F).contains($0.value) }
        return arabic ? "<q dir=\"rtl\" lang=\"ar\">\(text)</q>" : "<q dir=\"auto\">\(text)</q>"
    }
}
