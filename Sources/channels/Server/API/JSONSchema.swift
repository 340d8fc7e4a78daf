import ChannelsFormats

/// JSON Schema (2020-12, as OpenAPI 3.1 uses it) for the answers' shapes, written as ``JSON`` values.
enum JSONSchema {
    static let string: JSON = .object([("type", .string("string"))])
    static let integer: JSON = .object([("type", .string("integer"))])
    static let number: JSON = .object([("type", .string("number"))])
    static let boolean: JSON = .object([("type", .string("boolean"))])
    /// Any JSON value: for members whose shape the README documents but this document does not spell out.
    static let any: JSON = .object([])

    /// `schema` or `null`.
    static func nullable(_ schema: JSON) -> JSON {
        .object([("anyOf", .array([schema, .object([("type", .string("null"))])]))])
    }

    static func array(_ items: JSON) -> JSON {
        .object([("type", .string("array")), ("items", items)])
    }

    /// An object with these members, all required unless listed in `optional`; other members are allowed,
    /// so that adding one to an answer is not a breaking change.
    static func object(_ properties: [(String, JSON)], optional: Set<String> = []) -> JSON {
        .object([
            ("type", .string("object")),
            ("properties", .object(properties)),
            ("required", .array(properties.map(\.0).filter { !optional.contains($0) }.map(JSON.string))),
        ])
    }

    /// One of several shapes (a command whose options change its answer's shape).
    static func oneOf(_ schemas: [JSON]) -> JSON {
        .object([("anyOf", .array(schemas))])
    }

    /// `{"id", "name"}`: an actor referred to from elsewhere.
    static let actorReference = object([("id", string), ("name", string)])

    /// `{"id", "name", "kind", "side", "role"}`.
    static let actor = object([("id", string), ("name", string), ("kind", string), ("side", nullable(string)), ("role", nullable(string))])

    /// `{"doc", "quote", "note", "date"}`.
    static let citation = object([("doc", string), ("quote", nullable(string)), ("note", nullable(string)), ("date", nullable(string))])

    /// A channel as every answer gives it.
    static let channel = object([
        ("id", string), ("kind", string), ("name", nullable(string)), ("source", string), ("target", string),
        ("directed", boolean), ("date", nullable(string)), ("from", nullable(string)), ("until", nullable(string)),
        ("weight", nullable(number)), ("confidence", nullable(number)), ("disputed_dates", array(string)),
        ("note", nullable(string)), ("cites", array(citation)),
    ])

    /// The error every error answer (4xx, 5xx) carries.
    static let error = object([("error", object([("status", integer), ("message", string), ("suggestions", array(string))]))])
}
