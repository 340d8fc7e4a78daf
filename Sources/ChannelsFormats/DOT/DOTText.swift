/// Text in the DOT language: quoted identifiers and attribute lists, escaped so that any user text
/// (quotes, backslashes, newlines, any Unicode) stays literal.
public enum DOTText {
    /// `text` as a double-quoted DOT string that Graphviz shows literally: quotes and backslashes are
    /// escaped, newlines become centred line breaks, control characters are dropped.
    ///
    ///     DOTText.quoted(#"say "hi" \o/"#)   // "\"say \\\"hi\\\" \\\\o/\""
    public static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r", "\t": output += " "
            case let control where control.value < 0x20 || control.value == 0x7F: continue
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    /// `text` escaped for an HTML-like label: `&`, `<`, `>` and quotes become entities.
    public static func html(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }

    /// An attribute list in a fixed order: `[a="1", b="2"]`, then `html` pairs as HTML-like values
    /// (`label=<…>`, already escaped with ``html(_:)``); empty when there are none.
    static func attributes(_ pairs: [(String, String)], html: [(String, String)] = []) -> String {
        guard !pairs.isEmpty || !html.isEmpty else { return "" }
        let items = pairs.map { "\($0.0)=\(quoted($0.1))" } + html.map { "\($0.0)=<\($0.1)>" }
        return " [" + items.joined(separator: ", ") + "]"
    }
}
