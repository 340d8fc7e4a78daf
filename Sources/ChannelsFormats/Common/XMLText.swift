/// Escaping for XML text and attribute values.
public enum XMLText {
    /// `text` with `&`, `<`, `>`, quotes escaped and characters XML 1.0 forbids dropped.
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\n": output += "&#10;"
            case "\r": output += "&#13;"
            case "\t": output += "&#9;"
            case let other where other.value < 0x20 || (0xFFFE...0xFFFF).contains(other.value) || (0xD800...0xDFFF).contains(other.value):
                continue
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
