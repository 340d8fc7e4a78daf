import ChannelsCore
import Foundation
import Testing

/// A reference graph from `Fixtures/`, with the values NetworkX or sna computed for it.
struct Fixture {
    let name: String
    let json: [String: Any]
    let n: Int
    let directed: Bool
    let weighted: Bool
    let snapshot: GraphSnapshot

    /// Loads `Fixtures/<folder>/<name>.json`.
    init(_ folder: String, _ name: String) throws {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/\(folder)"))
        json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        self.name = name
        n = try #require(json["n"] as? Int)
        directed = json["directed"] as? Bool ?? true
        weighted = json["weighted"] as? Bool ?? false
        let edges = try #require(json["edges"] as? [[Double]])
        var attributes = EdgeAttributes()
        if weighted { attributes.weights = edges.map { $0[2] } }
        snapshot = try GraphSnapshot(
            nodeCount: n, sources: edges.map { Int32($0[0]) }, targets: edges.map { Int32($0[1]) },
            directions: directed ? .allDirected : .allTwoWay, attributes: attributes)
    }

    var view: GraphView { GraphView(snapshot) }

    /// A per-node array of numbers; `nil` entries stand for NaN or "unreachable".
    func values(_ key: String) -> [Double?]? {
        (json[key] as? [Any])?.map { ($0 as? NSNumber)?.doubleValue }
    }

    /// The fixture names in a folder.
    static func names(in folder: String) -> [String] {
        guard let root = Bundle.module.resourceURL,
              let files = try? FileManager.default.contentsOfDirectory(atPath: root.appending(path: "Fixtures/\(folder)").path)
        else { return [] }
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }
}

/// Whether two values agree to `tolerance`, relative to their size when it exceeds 1.
func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
    return abs(a - b) <= tolerance * max(1, abs(a), abs(b))
}

/// Expects `actual` to match `expected` node by node; `nil` in `expected` means NaN.
func expectClose(_ actual: [Double], _ expected: [Double?], _ what: String, tolerance: Double = 1e-9,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, "\(what): \(actual.count) values, expected \(expected.count)", sourceLocation: sourceLocation)
    var mismatches: [String] = []
    for (index, value) in zip(actual, expected).enumerated() where !close(value.0, value.1 ?? .nan, tolerance) {
        mismatches.append("[\(index)] \(value.0) ≠ \(value.1.map(String.init(describing:)) ?? "NaN")")
    }
    #expect(mismatches.isEmpty, "\(what): \(mismatches.count) mismatches, first \(mismatches.prefix(3))", sourceLocation: sourceLocation)
}
