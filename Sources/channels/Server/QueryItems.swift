import HTTPTypes
import Foundation

/// The items of a URL query, in order, repeated names kept: `a=1&b=x+y&a=2`. Names and values are
/// percent-decoded and `+` reads as a space, as browsers encode forms.
struct QueryItems: Sendable {
    struct Item: Sendable, Equatable {
        let name: String
        let value: String
    }

    let items: [Item]

    /// Queries longer than this are refused (400) before any work.
    static let maximumLength = 8_192
    /// So are queries with more items than this.
    static let maximumCount = 200

    /// Parses `query` (what follows `?`, without it).
    ///
    /// - Throws: ``APIError`` 400 for a query too long, with too many items, or with broken percent
    ///   escapes or UTF-8.
    /// - Complexity: O(*n*) in the query's length.
    init(_ query: String?) throws(APIError) {
        guard let query, !query.isEmpty else {
            items = []
            return
        }
        guard query.utf8.count <= Self.maximumLength else {
            throw APIError(.badRequest, "the query is longer than \(Self.maximumLength) bytes")
        }
        var items: [Item] = []
        for part in query.split(separator: "&", omittingEmptySubsequences: true) {
            guard items.count < Self.maximumCount else {
                throw APIError(.badRequest, "the query has more than \(Self.maximumCount) items")
            }
            let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(pair[0])
            let value = pair.count > 1 ? try Self.decode(pair[1]) : ""
            items.append(Item(name: name, value: value))
        }
        self.items = items
    }

    init(items: [Item]) {
        self.items = items
    }

    /// Every value given for `name`, in order.
    func values(_ name: String) -> [String] {
        items.filter { $0.name == name }.map(\.value)
    }

    /// The last value given for `name` that is not empty (an empty form field means "not given").
    func value(_ name: String) -> String? {
        items.last { $0.name == name && !$0.value.isEmpty }?.value
    }

    /// The query again, percent-encoded, e.g. to link to the same question elsewhere.
    var encoded: String {
        items.map { Self.encode($0.name) + "=" + Self.encode($0.value) }.joined(separator: "&")
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// `text` percent-decoded, `+` as a space; strictly: a `%` must start two hex digits, and the bytes
    /// must be UTF-8 without NUL.
    private static func decode(_ text: Substring) throws(APIError) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    throw broken(text)
                }
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        guard !bytes.contains(0), let decoded = String(validating: bytes, as: UTF8.self) else { throw broken(text) }
        return decoded
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func broken(_ text: Substring) -> APIError {
        APIError(.badRequest, "the query has a broken percent escape or is not UTF-8: '\(text.prefix(60))'")
    }
}
