import ChannelsModel
import OrderedCollections
import Yams

/// Reads typed values out of a composed YAML tree, collecting a located diagnostic for every problem
/// instead of stopping at the first.
struct YAMLNodeReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Nodes visited so far, to stop documents whose aliases expand beyond any real graph.
    private var visits = 0
    static let maximumVisits = 5_000_000

    init(file: String) {
        self.file = file
    }

    // MARK: Reporting

    mutating func error(at node: Node?, _ message: String) {
        report(.error, at: node, message)
    }

    mutating func warning(at node: Node?, _ message: String) {
        report(.warning, at: node, message)
    }

    mutating func report(_ severity: Diagnostic.Severity, at node: Node?, _ message: String) {
        let mark = node?.mark
        diagnostics.append(Diagnostic(
            file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, severity: severity, message: message))
    }

    /// Counts one more node visited; `false` once the document is too large to be a graph.
    mutating func visit(_ node: Node) -> Bool {
        visits += 1
        if visits == Self.maximumVisits {
            error(at: node, "the document expands to more than \(Self.maximumVisits) values (through aliases?); refusing to read it")
        }
        return visits < Self.maximumVisits
    }

    // MARK: Structure

    /// The pairs of a mapping whose keys are plain strings, after checking them against `allowed` and
    /// `required`. Unknown keys get a "did you mean" suggestion; missing ones are reported at the mapping.
    mutating func fields(
        of node: Node, what: String, allowed: [String], required: [String] = []
    ) -> [String: Node]? {
        guard visit(node) else { return nil }
        guard case .mapping(let mapping) = node else {
            error(at: node, "expected \(what) as a mapping of keys to values, found \(describe(node))")
            return nil
        }
        var fields: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                error(at: keyNode, "expected a plain key in \(what), found \(describe(keyNode))")
                continue
            }
            guard allowed.contains(key) else {
                let synonym = FieldNames.suggestions[key].flatMap { allowed.contains($0) ? $0 : nil }
                let hint = synonym.map { Suggestions.didYouMean([$0]) } ?? Suggestions.didYouMean(key, among: allowed)
                error(at: keyNode, "unknown key '\(key)' in \(what)\(hint.isEmpty ? "; expected one of: \(allowed.joined(separator: ", "))" : hint)")
                continue
            }
            fields[key] = value
        }
        for key in required where fields[key] == nil {
            error(at: node, "\(what) is missing the required key '\(key)'")
        }
        return fields
    }

    /// The items of a sequence; a lone value counts as a sequence of one when `singleAllowed`.
    mutating func items(of node: Node, what: String, singleAllowed: Bool = false) -> [Node] {
        guard visit(node) else { return [] }
        switch node {
        case .sequence(let sequence):
            return Array(sequence)
        case .scalar(let scalar) where scalar.string.isEmpty && scalar.style == .plain:
            return []
        case .scalar, .mapping:
            if singleAllowed { return [node] }
            error(at: node, "expected \(what) as a list, found \(describe(node))")
            return []
        case .alias:
            error(at: node, "unresolved alias in \(what)")
            return []
        }
    }

    // MARK: Scalars

    mutating func string(_ node: Node?, what: String) -> String? {
        guard let node else { return nil }
        guard visit(node) else { return nil }
        guard case .scalar(let scalar) = node else {
            error(at: node, "expected \(what) as text, found \(describe(node))")
            return nil
        }
        return scalar.string
    }

    /// A non-empty text; an empty one is reported.
    mutating func nonEmptyString(_ node: Node?, what: String) -> String? {
        guard let text = string(node, what: what) else { return nil }
        if Identifier.isBlank(text) {
            error(at: node, "\(what) is empty")
            return nil
        }
        return text
    }

    mutating func stringList(_ node: Node?, what: String) -> [String] {
        guard let node else { return [] }
        return items(of: node, what: what, singleAllowed: true).compactMap { nonEmptyString($0, what: what) }
    }

    /// An id: non-empty, without control characters. Spaces are allowed, as other tools' files have them
    /// (a graph converted from GraphML must read back), but warned about: ids are meant to be typed.
    mutating func identifier(_ node: Node?, what: String) -> String? {
        guard let text = nonEmptyString(node, what: what) else { return nil }
        if let problem = Identifier.problem(text, what: what) {
            error(at: node, problem)
            return nil
        }
        if text.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
            let suggestion = text.split(whereSeparator: \.isWhitespace).joined(separator: "-").lowercased()
            warning(at: node, "\(what) '\(text)' contains spaces; ids are easier to use as single words such as '\(suggestion)'")
        }
        return text
    }

    mutating func bool(_ node: Node?, what: String) -> Bool? {
        guard let text = string(node, what: what) else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            error(at: node, "expected true or false for \(what), found '\(text)'")
            return nil
        }
    }

    mutating func number(_ node: Node?, what: String) -> Double? {
        guard let text = string(node, what: what) else { return nil }
        guard let value = Double(text.trimmingWhitespace()), value.isFinite else {
            error(at: node, "expected a number for \(what), found '\(text)'")
            return nil
        }
        return value
    }

    mutating func date(_ node: Node?, what: String) -> PartialDate? {
        guard let text = string(node, what: what) else { return nil }
        let trimmed = text.trimmingWhitespace()
        if let date = PartialDate(trimmed) { return date }
        if PartialDate.looksLikeDate(trimmed) {
            error(at: node, "\(what) '\(text)' is not a real date")
        } else {
            error(at: node, "expected \(what) as YYYY-MM-DD, YYYY-MM or YYYY, found '\(text)'")
        }
        return nil
    }

    /// A mapping of free attributes: plain numbers and booleans keep their type, everything else is text.
    mutating func attributes(_ node: Node?, what: String) -> OrderedDictionary<String, AttributeValue> {
        guard let node else { return [:] }
        guard visit(node) else { return [:] }
        guard case .mapping(let mapping) = node else {
            error(at: node, "expected \(what) as a mapping, found \(describe(node))")
            return [:]
        }
        var attributes: OrderedDictionary<String, AttributeValue> = [:]
        for (keyNode, value) in mapping {
            guard let key = string(keyNode, what: "an attribute name") else { continue }
            if let problem = Identifier.problem(key, what: "attribute name") {
                error(at: keyNode, problem)
                continue
            }
            guard case .scalar(let scalar) = value else {
                error(at: value, "attribute '\(key)' must be text, a number or a boolean, found \(describe(value))")
                continue
            }
            attributes[key] = Self.attributeValue(scalar)
        }
        return attributes
    }

    static func attributeValue(_ scalar: Node.Scalar) -> AttributeValue {
        let text = scalar.string
        guard scalar.style == .plain else { return .string(text) }
        if let int = Int(text) { return .int(int) }
        if let double = Double(text), double.isFinite, text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            return .double(double)
        }
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        return .string(text)
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string.isEmpty ? "nothing" : "the text '\(scalar.string.prefix(40))'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}

extension PartialDate {
    /// Whether `text` has the shape of a date, so that an impossible one is reported as such.
    static func looksLikeDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return (1...3).contains(parts.count) && parts[0].count == 4
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
