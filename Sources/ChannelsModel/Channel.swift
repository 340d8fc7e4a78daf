public import OrderedCollections

/// One edge of the multigraph: a call, a meeting, a relayed message, a standing channel, a membership…
///
/// Two calls on two dates are two channels; a path always names the channel it used.
public struct Channel: Hashable, Sendable {
    /// A stable id, unique in its graph.
    public var id: String
    public var kind: ChannelKind
    /// Index of the source actor in ``ChannelGraph/actors``.
    public var source: Int
    /// Index of the target actor in ``ChannelGraph/actors``.
    public var target: Int
    /// Directed channels are walked from source to target only; two-way channels both ways.
    public var directed: Bool
    /// A name such as "Doha channel".
    public var name: String?
    /// When the channel was used: a day, month or year. Exclusive with ``from``/``until``.
    public var date: PartialDate?
    /// The start of the interval during which the channel was open, if known.
    public var from: PartialDate?
    /// The end of the interval during which the channel was open, if known.
    public var until: PartialDate?
    /// A positive latency or cost; `nil` counts as 1.
    public var weight: Double?
    /// Certainty in (0, 1]; `nil` counts as 1.
    public var confidence: Double?
    public var cites: [Citation]
    public var note: String?
    public var attributes: OrderedDictionary<String, AttributeValue>

    public init(
        id: String,
        kind: ChannelKind,
        source: Int,
        target: Int,
        directed: Bool,
        name: String? = nil,
        date: PartialDate? = nil,
        from: PartialDate? = nil,
        until: PartialDate? = nil,
        weight: Double? = nil,
        confidence: Double? = nil,
        cites: [Citation] = [],
        note: String? = nil,
        attributes: OrderedDictionary<String, AttributeValue> = [:]
    ) {
        self.id = id
        self.kind = kind
        self.source = source
        self.target = target
        self.directed = directed
        self.name = name
        self.date = date
        self.from = from
        self.until = until
        self.weight = weight
        self.confidence = confidence
        self.cites = cites
        self.note = note
        self.attributes = attributes
    }

    /// Whether the channel carries any date.
    public var isDated: Bool { date != nil || from != nil || until != nil }

    /// The first day the channel is usable, or `nil` if open at the start or undated.
    public var firstDay: Day? { date?.firstDay ?? from?.firstDay }

    /// The last day the channel is usable, or `nil` if open at the end or undated.
    public var lastDay: Day? { date?.lastDay ?? until?.lastDay }

    /// The dates given by citations that disagree with the channel's own date (or the start of its interval).
    public var disputedDates: [PartialDate] {
        guard let date = date ?? from else { return [] }
        var seen: [PartialDate] = []
        for cite in cites {
            if let other = cite.date, other != date, !seen.contains(other) { seen.append(other) }
        }
        return seen
    }

    /// The time the channel covers, as written: `2023-11-12`, `2023-10-20..2023-11-24`, `2023-10..`.
    public var whenDescription: String? {
        if let date { return date.description }
        guard from != nil || until != nil else { return nil }
        return "\(from?.description ?? "")..\(until?.description ?? "")"
    }
}

/// A reference to the document a fact comes from.
public struct Citation: Hashable, Sendable {
    /// The document, e.g. a seed file name.
    public var doc: String
    /// A short verbatim quote that locates the fact.
    public var quote: String?
    /// A paraphrase or remark.
    public var note: String?
    /// The date this document gives, when documents disagree.
    public var date: PartialDate?

    public init(doc: String, quote: String? = nil, note: String? = nil, date: PartialDate? = nil) {
        self.doc = doc
        self.quote = quote
        self.note = note
        self.date = date
    }
}
