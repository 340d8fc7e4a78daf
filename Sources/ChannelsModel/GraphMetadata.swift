/// A document that channels and actors cite.
public struct Document: Hashable, Sendable {
    public var id: String
    public var title: String?
    public var language: String?
    public var url: String?
    public var outlet: String?
    public var published: PartialDate?

    public init(
        id: String, title: String? = nil, language: String? = nil,
        url: String? = nil, outlet: String? = nil, published: PartialDate? = nil
    ) {
        self.id = id
        self.title = title
        self.language = language
        self.url = url
        self.outlet = outlet
        self.published = published
    }
}

/// A side or affiliation that actors belong to.
public struct Side: Hashable, Sendable {
    public var id: String
    public var name: String?
    /// A colour for diagrams, `#RRGGBB`.
    public var color: String?

    public init(id: String, name: String? = nil, color: String? = nil) {
        self.id = id
        self.name = name
        self.color = color
    }
}
