/// What every reader requires of an id (of an actor, a channel, a kind, a side or a document).
enum Identifier {
    /// Why `id` cannot be an id: it holds a control character, which no one means to type and which XML
    /// formats cannot carry (two ids would become one). `what` names the id in the message.
    static func controlCharacterProblem(_ id: String, what: String) -> String? {
        guard let control = id.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) else { return nil }
        let code = String(control.value, radix: 16, uppercase: true)
        return "\(what) '\(id.unicodeScalars.filter { $0.properties.generalCategory != .control }.map(String.init).joined())' contains the control character U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code)"
    }
}
