import ChannelsCore
import Testing

/// XXH64 against the reference implementation, through each of its paths: the four-lane loop for 32
/// bytes and more, then 8-byte lanes, a 4-byte lane and single bytes.
struct XXHash64Tests {
    /// Reference values from the `xxhash` Python package (xxhash.xxh64(data, seed).intdigest()).
    @Test(arguments: [
        ("", 0, 0xEF46_DB37_51D8_E999 as UInt64),
        ("a", 0, 0xD24E_C4F1_A98C_6E5B),
        ("abc", 0, 0x44BC_2CF5_AD77_0999),
        ("abcdefg", 0, 0x1860_940E_2902_822D),
        ("0123456789abcdef0123456789abcdef0123", 0, 0xC425_5BA3_D1AF_5461),
        ("The quick brown fox jumps over the lazy dog", 0, 0x0B24_2D36_1FDA_71BC),
        ("abc", 2_654_435_761, 0x1318_DF30_094A_85FD),
        ("The quick brown fox jumps over the lazy dog", 2_654_435_761, 0xB31B_9019_EC17_6B0C),
    ] as [(String, UInt64, UInt64)])
    func matchesTheReference(text: String, seed: UInt64, expected: UInt64) {
        #expect(Array(text.utf8).withUnsafeBytes { XXHash64.hash($0, seed: seed) } == expected)
    }

    @Test func matchesTheReferenceOnLongInput() {
        let bytes = Array((0..<3).flatMap { _ in (0...255).map(UInt8.init) }) + Array("xyz".utf8)
        #expect(bytes.withUnsafeBytes { XXHash64.hash($0) } == 0xE921_A1B4_5BD7_79F8)
        #expect(bytes.withUnsafeBytes { XXHash64.hash($0, seed: 2_654_435_761) } == 0xF4D7_0D6F_815A_5B88)
    }
}
