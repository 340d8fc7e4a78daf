@testable import ChannelsCore
import Foundation
import Testing

/// Gould–Fernandez brokerage against statnet's sna::brokerage (Fixtures/brokerage, made by
/// generate_brokerage_fixtures.R), including its documentation's example and a hand-computed graph.
struct BrokerageFixtureTests {
    static let names = Fixture.names(in: "brokerage")

    @Test func everyBrokerageFixtureIsPresent() {
        #expect(Self.names == ["directed_30_4groups", "hand_small", "sna_doc_example", "undirected_20_2groups"])
    }

    @Test(arguments: names)
    func rolesCountsExpectationsAndZScores(name: String) throws {
        let fixture = try Fixture("brokerage", name)
        let groups = try #require(fixture.json["groups"] as? [Int])
        let result = fixture.view.brokerage(groups: groups)
        func matrix(_ key: String) throws -> [[Double?]] {
            try #require(fixture.json[key] as? [[Any]]).map { $0.map { ($0 as? NSNumber)?.doubleValue } }
        }
        func vector(_ key: String) throws -> [Double?] {
            try #require(fixture.json[key] as? [Any]).map { ($0 as? NSNumber)?.doubleValue }
        }
        let raw = try matrix("raw_nli")
        for node in 0..<fixture.n {
            expectClose(result.raw[node], raw[node], "raw roles of \(node)", tolerance: 0)
            expectClose(result.expected[node], try matrix("exp_nli")[node], "expected roles of \(node)")
            expectClose(result.standardDeviation[node], try matrix("sd_nli")[node], "sd of \(node)")
            expectClose(result.z[node].map { $0.isFinite ? $0 : .nan }, try matrix("z_nli")[node], "z of \(node)")
        }
        expectClose(result.graphRaw, try vector("raw_gli"), "whole-graph roles", tolerance: 0)
        expectClose(result.graphExpected, try vector("exp_gli"), "whole-graph expectation")
        expectClose(result.graphStandardDeviation, try vector("sd_gli"), "whole-graph sd")
        expectClose(result.graphZ.map { $0.isFinite ? $0 : .nan }, try vector("z_gli"), "whole-graph z")
    }
}
