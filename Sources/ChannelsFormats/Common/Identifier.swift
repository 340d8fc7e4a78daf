/// What every reader requires of an id (of an actor, a channel, a kind, a side or a document), and of
/// the optional texts they carry.
enum Identifier {
    /// Whether `text` says nothing: empty, or only whitespace. Readers treat such an optional text as
    /// absent, and refuse such an id.
    static func isBlank(_ text: some StringProtocol) -> Bool { text.allSatisfy(\.isWhitespace) }

    /// Why `id` cannot be an id, or `nil` when it can: it is blank, or it holds a control character,
    /// which no one means to type and which XML formats cannot carry (two ids would become one). `what`
    /// names the id in the message.
    static func problem(_ id: String, what: String) -> String? {
        if isBlank(id) { return "\(what) is empty" }
        guard let control = id.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) else { return nil }
        let code = String(control.value, radix: 16, uppercase: true)
        return "\(what) '\(id.unicodeScalars.filter { $0.properties.generalCategory != .control }.map(String.init).joined())' contains the control character U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code)"
    }

    /// `text` without the byte-order marks (U+FEFF) it starts with. A text that starts with one cannot
    /// survive YAML: Yams decodes every scalar through Foundation, which drops a leading mark. Readers of
    /// the other formats drop them too, so that a graph converted to YAML reads back the same.
    static func withoutLeadingByteOrderMarks(_ text: String) -> String {
        guard text.unicodeScalars.first == "\u{FEFF}" else { return text }
        return String(text.unicodeScalars.drop { $0 == "\u{FEFF}" })
    }
}
