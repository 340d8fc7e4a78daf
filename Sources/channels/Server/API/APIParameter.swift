import HTTPTypes
import ChannelsFormats
import ChannelsModel

/// One query parameter of an API endpoint, and the command-line argument it stands for. The parameter is
/// named after the command's long option (`avoid-side` is `--avoid-side`), so the README's command-line
/// documentation describes the API too.
struct APIParameter: Sendable {
    /// How the value reaches the command line.
    enum Form: Sendable, Equatable {
        /// A positional argument, in the order the endpoint lists them.
        case argument
        /// `--name=value`, once.
        case option
        /// `--name=value`, once per value given.
        case repeated
        /// `--name` when the value is `true` (or `1`, `on`, or empty, as a ticked checkbox sends).
        case flag
        /// `--name A B`, from one value `A,B` (or, when not `repeatable`, two values); with `repeatable`,
        /// once per value.
        case pair(repeatable: Bool)
    }

    enum ValueType: String, Sendable {
        case string, integer, number, boolean, date
    }

    let name: String
    let form: Form
    let type: ValueType
    let summary: String
    var required = false
    var minimum: Double?
    var maximum: Double?
    var choices: [String]?
    /// A value that finds something in the default graph, for the OpenAPI document's examples.
    var example: String?

    /// A positional argument (required unless `required` is false, as for `brokers`).
    static func argument(_ name: String, _ summary: String, required: Bool = true, example: String? = nil) -> APIParameter {
        APIParameter(name: name, form: .argument, type: .string, summary: summary, required: required, example: example)
    }

    static func option(_ name: String, _ type: ValueType, _ summary: String, minimum: Double? = nil,
                       maximum: Double? = nil, choices: [String]? = nil) -> APIParameter {
        APIParameter(name: name, form: .option, type: type, summary: summary, minimum: minimum, maximum: maximum, choices: choices)
    }

    static func repeated(_ name: String, _ summary: String) -> APIParameter {
        APIParameter(name: name, form: .repeated, type: .string, summary: summary)
    }

    static func pair(_ name: String, _ type: ValueType, _ summary: String, repeatable: Bool = false) -> APIParameter {
        APIParameter(name: name, form: .pair(repeatable: repeatable), type: type, summary: summary)
    }

    static func flag(_ name: String, _ summary: String) -> APIParameter {
        APIParameter(name: name, form: .flag, type: .boolean, summary: summary)
    }

    /// Checks `values` (all given for this name) and turns them into command-line arguments.
    ///
    /// - Throws: ``APIError`` 400 naming the parameter and what it expects.
    func arguments(_ values: [String]) throws(APIError) -> [String] {
        let given = values.filter { !$0.isEmpty || form == .flag }
        if given.isEmpty { return [] }
        switch form {
        case .argument, .option:
            guard given.count == 1 else { throw APIError(.badRequest, "'\(name)' is given \(given.count) times; give it once") }
            try check(given[0])
            return form == .argument ? [given[0]] : ["--\(name)=\(given[0])"]
        case .repeated:
            for value in given { try check(value) }
            return given.map { "--\(name)=\($0)" }
        case .flag:
            guard given.count == 1, let on = Self.truth[given[0].lowercased()] else {
                throw APIError(.badRequest, "'\(name)' is true or false")
            }
            return on ? ["--\(name)"] : []
        case .pair(let repeatable):
            let pairs = repeatable || given.count == 1
                ? given.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } : [given]
            var arguments: [String] = []
            for ends in pairs {
                guard ends.count == 2 else { throw APIError(.badRequest, "'\(name)' takes two values: \(name)=A,B") }
                for end in ends { try check(end) }
                arguments += ["--\(name)"] + ends
            }
            return arguments
        }
    }

    /// Whether a flag's value means true (`true`, `1`, `on`, `yes` or empty, as a ticked box sends).
    static func isTrue(_ value: String) -> Bool {
        truth[value.lowercased()] ?? false
    }

    private static let truth = ["true": true, "1": true, "on": true, "yes": true, "": true, "false": false, "0": false, "off": false, "no": false]

    /// Checks one value against the type, range and choices the OpenAPI document states.
    private func check(_ value: String) throws(APIError) {
        switch type {
        case .integer:
            guard let number = Int(value) else { throw APIError(.badRequest, "'\(name)' must be a whole number, not '\(value.prefix(40))'") }
            try checkRange(Double(number))
        case .number:
            guard let number = Double(value), number.isFinite else { throw APIError(.badRequest, "'\(name)' must be a number, not '\(value.prefix(40))'") }
            try checkRange(number)
        case .date:
            guard value.first?.isNumber == true else { throw APIError(.badRequest, "'\(name)' must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not '\(value.prefix(40))'") }
        case .string, .boolean:
            break
        }
        // A pair's values follow `--name` bare, so one that starts with '-' would read as an option.
        if case .pair = form, value.hasPrefix("-") {
            throw APIError(.badRequest, "'\(name)' values cannot start with '-'")
        }
        if let choices, !choices.contains(value) {
            let nearest = Suggestions.nearest(to: value, among: choices)
            throw APIError(.badRequest, "'\(name)' is one of \(choices.joined(separator: ", ")), not '\(value.prefix(40))'\(Suggestions.didYouMean(nearest))",
                           suggestions: nearest)
        }
    }

    private func checkRange(_ number: Double) throws(APIError) {
        if let minimum, number < minimum { throw APIError(.badRequest, "'\(name)' must be at least \(Self.plain(minimum))") }
        if let maximum, number > maximum { throw APIError(.badRequest, "'\(name)' must be at most \(Self.plain(maximum))") }
    }

    static func plain(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
