import ChannelsFormats

/// The OpenAPI 3.1 document of the JSON API, generated from ``APIEndpoints`` (so it cannot drift from
/// the handlers), served at `/api/openapi.json` and committed as `docs/openapi.json` (a test keeps the
/// two equal).
enum OpenAPIDocument {
    static let version = "0.2.0"

    static let json: JSON = document()

    private static func document() -> JSON {
        var paths: [(String, JSON)] = [("/api/graphs", graphsPath)]
        for endpoint in APIEndpoints.all + [APIEndpoints.diff] {
            let graph = endpoint.name == "diff" ? [] : [graphParameter]
            paths.append(("/api/\(endpoint.name)", .object([("get", operation(endpoint, extra: graph))])))
        }
        return .object([
            ("openapi", .string("3.1.0")),
            ("info", .object([
                ("title", .string("channels")),
                ("version", .string(version)),
                ("description", .string("""
                    The questions `channels` answers on the command line, over HTTP. Each endpoint runs the \
                    command it names with its options as query parameters (`avoid-side=qatar` is \
                    `--avoid-side qatar`) and answers with that command's `--format json` shape, as the \
                    README documents it. Errors: `{"error": {"status", "message", "suggestions"}}`, 400 for \
                    a bad parameter, 404 for an unknown actor, channel or graph (with suggestions).
                    """)),
            ])),
            ("paths", .object(paths)),
            ("components", .object([("schemas", .object([("Error", JSONSchema.error)]))])),
        ])
    }

    private static let graphParameter: JSON = .object([
        ("name", .string("graph")), ("in", .string("query")), ("required", .bool(false)),
        ("description", .string("A served graph's name (GET /api/graphs lists them); the default graph without it.")),
        ("schema", JSONSchema.string),
    ])

    private static var graphsPath: JSON {
        .object([("get", .object([
            ("operationId", .string("graphs")),
            ("summary", .string("The graphs this server answers about.")),
            ("responses", .object([("200", response("The graphs, the default one marked.", schema: JSONSchema.object([
                ("graphs", JSONSchema.array(JSONSchema.object([
                    ("name", JSONSchema.string), ("title", JSONSchema.nullable(JSONSchema.string)), ("source", JSONSchema.string),
                    ("actors", JSONSchema.integer), ("channels", JSONSchema.integer), ("default", JSONSchema.boolean),
                ]))),
            ])))])),
        ]))])
    }

    private static func operation(_ endpoint: APIEndpoint, extra: [JSON]) -> JSON {
        let errorSchema: JSON = .object([("$ref", .string("#/components/schemas/Error"))])
        return .object([
            ("operationId", .string(endpoint.name)),
            ("summary", .string(endpoint.summary)),
            ("description", .string("As `\(endpoint.command) --format json`.")),
            ("parameters", .array(extra + endpoint.parameters.map(parameter))),
            ("responses", .object([
                ("200", response("The command's answer, in its JSON shape.", schema: endpoint.response)),
                ("400", response("A parameter is unknown, missing or out of range; the message says which.", schema: errorSchema)),
                ("404", response("An actor, channel or graph named matches nothing; suggestions name the nearest.", schema: errorSchema)),
                ("422", response("The graph cannot answer the question: a ranking that does not converge, rankings over time without dated channels.", schema: errorSchema)),
                ("503", response("The question took longer than the server allows for one request (`channels serve --time-limit`, 20 s by default).", schema: errorSchema)),
            ])),
        ])
    }

    private static func response(_ description: String, schema: JSON) -> JSON {
        .object([
            ("description", .string(description)),
            ("content", .object([("application/json", .object([("schema", schema)]))])),
        ])
    }

    private static func parameter(_ parameter: APIParameter) -> JSON {
        var schema: [(String, JSON)]
        switch parameter.type {
        case .integer: schema = [("type", .string("integer"))]
        case .number: schema = [("type", .string("number"))]
        case .boolean: schema = [("type", .string("boolean"))]
        case .date: schema = [("type", .string("string")), ("format", .string("date"))]
        case .string: schema = [("type", .string("string")), ("minLength", .int(1))]
        }
        if let minimum = parameter.minimum { schema.append(("minimum", .number(minimum))) }
        if let maximum = parameter.maximum { schema.append(("maximum", .number(maximum))) }
        if let choices = parameter.choices { schema.append(("enum", .array(choices.map(JSON.string)))) }
        var value: JSON = .object(schema)
        switch parameter.form {
        case .repeated, .pair(repeatable: true):
            value = .object([("type", .string("array")), ("items", value)])
        case .pair(repeatable: false):
            value = .object([("type", .string("string")), ("pattern", .string("^[^,]+,[^,]+$"))])
        case .argument, .option, .flag:
            break
        }
        return .object([
            ("name", .string(parameter.name)),
            ("in", .string("query")),
            ("required", .bool(parameter.required)),
            ("description", .string(parameter.summary)),
            ("schema", value),
        ] + (value.isArray ? [("style", .string("form")), ("explode", .bool(true))] : [])
          + (parameter.example.map { [("example", JSON.string($0))] } ?? []))
    }
}

private extension JSON {
    var isArray: Bool {
        if case .object(let members) = self, case .string("array")? = members.first(where: { $0.0 == "type" })?.1 { return true }
        return false
    }
}
