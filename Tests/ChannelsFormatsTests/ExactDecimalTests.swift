import ChannelsCore
@testable import ChannelsFormats
import Testing

/// The edge-list reader's fast path for plain decimal weights gives exactly what `Double(String)` gives, and
/// leaves everything it does not handle, untouched, to the full parse.
struct ExactDecimalTests {
    /// Reads `field` followed by a newline; the value and how many bytes were consumed.
    static func read(_ field: String) -> (value: Double?, consumed: Int) {
        let bytes = Array((field + "\n").utf8)
        return bytes.withUnsafeBufferPointer { buffer -> (Double?, Int) in
            guard let base = buffer.baseAddress else { return (nil, 0) }
            var index = 0
            let value = ExactDecimal.read(base, &index)
            return (value, index)
        }
    }

    @Test func plainDecimalsMatchTheFullParseBitForBit() throws {
        var random = SplitMix64(seed: 7)
        var fields = ["1", "85", "0.1", "0.2", "0.3", "2.675", "1.005", "9007199254740992", "900719925474099.2",
                      "0.0000000000000000000001", "12345678901234567", "007", "3.14159265358979", "1.10"]
        for _ in 0..<20_000 {
            let length = Int.random(in: 1...17, using: &random)
            var digits = String((0..<length).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
            if digits.allSatisfy({ $0 == "0" }) { digits += "1" }
            let point = Int.random(in: 0...digits.count, using: &random)
            if point > 0 && point < digits.count {
                digits.insert(".", at: digits.index(digits.startIndex, offsetBy: point))
            }
            fields.append(digits)
        }
        var fastPathTaken = 0
        for field in fields {
            let expected = try #require(Double(field))
            let (value, consumed) = Self.read(field)
            guard let value else {
                #expect(consumed == 0, "\(field): nothing consumed when the fast path declines")
                continue
            }
            fastPathTaken += 1
            #expect(value.bitPattern == expected.bitPattern, "\(field): \(value) against \(expected)")
            #expect(consumed == field.utf8.count, "\(field): the whole field consumed")
        }
        #expect(fastPathTaken > fields.count * 8 / 10, "the fast path takes most plain decimals")
    }

    @Test(arguments: ["1e3", "-1", "+1", ".5", "5.", "1.2.3", "0", "0.000", "1_000", "12345678901234567890",
                      "9007199254740993", "inf", "nan", "0x10", "1,5", "1#"])
    func declinesWhatItDoesNotHandle(field: String) {
        let (value, consumed) = Self.read(field)
        #expect(value == nil && consumed == 0)
    }

    @Test func stopsAtBlanksAndCarriageReturns() {
        for (field, expected, length) in [("2.5 ", 2.5, 3), ("2.5\t#", 2.5, 3), ("40\r", 40, 2)] {
            let (value, consumed) = Self.read(field)
            #expect(value == expected)
            #expect(consumed == length)
        }
    }

    @Test func weightsOfAnEdgeListMatchTheirText() throws {
        let weights = ["0.1", "2.675", "1e2", "123456789012345678.5", "7", "1.0000000000000002", "3.", ".25"]
        let text = weights.enumerated().map { "\($0.offset) \($0.offset + 1) \($0.element)" }.joined(separator: "\n") + "\n"
        let graph = try Array(text.utf8).withUnsafeBytes { try EdgeList.read($0, file: "g.txt", directed: true) }
        let expected = try weights.map { try #require(Double($0)) }
        #expect(graph.snapshot.edgeWeights == expected)
    }
}
