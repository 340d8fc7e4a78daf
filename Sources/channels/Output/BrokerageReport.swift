import Foundation
import ChannelsCore
import ChannelsFormats
import ChannelsModel

/// `channels brokers`: Gould–Fernandez brokerage roles of the listed actors, and of the whole graph.
struct BrokerageReport: Report {
    static let roleNames = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"]

    let graph: GraphCatalog
    /// The attribute actors are grouped by, and each actor's group under it.
    let attribute: String
    let groups: [String]
    let brokerage: Brokerage
    /// The actors to list, in order.
    let rows: [Int]

    func text(style: Style) -> String {
        let counts = Self.roleNames.indices.map { "\(Self.roleNames[$0]) \(CentralityReport.format(brokerage.graphRaw[$0]))" }
        return table().rendered(style: style) + "\n"
            + style.dim("Whole graph (groups by \(attribute)): " + counts.joined(separator: " · ")
                + String(format: " · total z %.2f", brokerage.graphZ[5])) + "\n"
    }

    func csv() -> String { table().csv() }

    /// `{"graph", "by", "density", "whole_graph": roles, "actors": [{"id", "name", "group", "roles"}]}`,
    /// where roles is `{<role>: {"count", "expected", "sd", "z"}}` for each role and the total.
    func json() -> JSON {
        func block(_ raw: [Double], _ expected: [Double], _ deviation: [Double], _ z: [Double]) -> JSON {
            .object(Self.roleNames.indices.map { column in
                (Self.roleNames[column], .object([("count", .number(raw[column])), ("expected", .number(expected[column])),
                                                  ("sd", .number(deviation[column])), ("z", .number(z[column]))]))
            })
        }
        return .object([
            ("graph", .optional(graph.title)),
            ("by", .string(attribute)),
            ("density", .number(brokerage.density)),
            ("whole_graph", block(brokerage.graphRaw, brokerage.graphExpected, brokerage.graphStandardDeviation, brokerage.graphZ)),
            ("actors", .array(rows.map { actor in
                .object([("id", .string(graph.actors[actor].id)), ("name", .string(graph.actors[actor].name)),
                         ("group", .string(groups[actor])),
                         ("roles", block(brokerage.raw[actor], brokerage.expected[actor], brokerage.standardDeviation[actor], brokerage.z[actor]))])
            })),
        ])
    }

    private func table() -> Table {
        var table = Table(["id", "name", attribute] + Self.roleNames + ["total z"],
                          alignments: [.left, .left, .left] + Self.roleNames.map { _ in .right } + [.right])
        for actor in rows {
            let z = brokerage.z[actor][5]
            table.append([graph.actors[actor].id, graph.actors[actor].name, groups[actor]]
                + brokerage.raw[actor].map { CentralityReport.format($0) } + [z.isFinite ? String(format: "%.2f", z) : "–"])
        }
        return table
    }
}

/// `channels brokers A B`: each intermediary's share of the routes from A to B.
struct IntermediariesReport: Report {
    let graph: GraphCatalog
    let source: Int
    let target: Int
    /// `--k`, when the shares are of the k best loopless routes rather than of all shortest ones.
    let k: Int?
    let routeCount: Double
    /// What the routes are, for the text heading.
    let summary: String
    /// Intermediaries by falling share.
    let shares: [(node: Int32, share: Double)]

    func text(style: Style) -> String {
        style.bold("\(graph.actors[source].name) → \(graph.actors[target].name)") + style.dim(" · \(summary)") + "\n"
            + (shares.isEmpty ? "No intermediaries.\n" : table { String(format: "%.1f%%", $0 * 100) }.rendered(style: style))
    }

    func csv() -> String { table { "\($0)" }.csv() }

    /// `{"from", "to", "k", "routes", "intermediaries": [{"id", "name", "side", "share"}]}`.
    func json() -> JSON {
        .object([
            ("from", .actorReference(graph.actors[source])), ("to", .actorReference(graph.actors[target])),
            ("k", k.map(JSON.int) ?? .null),
            ("routes", .number(routeCount)),
            ("intermediaries", .array(shares.map { entry in
                let actor = graph.actors[Int(entry.node)]
                return .object([("id", .string(actor.id)), ("name", .string(actor.name)),
                                ("side", .optional(actor.side)), ("share", .number(entry.share))])
            })),
        ])
    }

    private func table(share: (Double) -> String) -> Table {
        var table = Table(["id", "name", "side", "share"], alignments: [.left, .left, .left, .right])
        for entry in shares {
            let actor = graph.actors[Int(entry.node)]
            table.append([actor.id, actor.name, actor.side ?? "", share(entry.share)])
        }
        return table
    }
}
