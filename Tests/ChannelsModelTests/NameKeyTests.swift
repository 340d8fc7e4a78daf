@testable import ChannelsModel
import Testing

struct NameKeyTests {
    @Test(arguments: [
        ("Al-Thani", "al thani"),
        ("al Thani", "al thani"),
        ("  Joe   BIDEN ", "joe biden"),
        ("Ra’anan", "raanan"),
        ("Ra'anan", "raanan"),
        ("Hamas's senior political leader", "hamas senior political leader"),
        ("José Müller", "jose muller"),
        ("Kairo/Cairo", "kairo cairo"),
        ("Støre", "store"),
    ])
    func foldsLatinScript(input: String, expected: String) {
        #expect(NameKey.fold(input) == expected)
    }

    @Test func foldsArabicOrthographicVariants() {
        // Alef with hamza above/below and madda fold to bare alef.
        #expect(NameKey.fold("أمير قطر") == NameKey.fold("امير قطر"))
        #expect(NameKey.fold("إسرائيل") == NameKey.fold("اسرائيل"))
        #expect(NameKey.fold("آل ثاني") == NameKey.fold("ال ثاني"))
        // Taa marbuta folds to haa, alef maqsura to yaa.
        #expect(NameKey.fold("هنية") == NameKey.fold("هنيه"))
        #expect(NameKey.fold("مصطفى") == NameKey.fold("مصطفي"))
        // Tashkeel and tatweel are dropped.
        #expect(NameKey.fold("حَمَاس") == "حماس")
        #expect(NameKey.fold("حـــماس") == "حماس")
    }

    /// The byte-by-byte fold of ASCII names agrees with the Unicode fold on every string of up to two
    /// ASCII characters, and on every string of up to five drawn from the characters its rules treat
    /// differently (possessives, separators, whitespace, case, controls that are not whitespace).
    @Test func asciiFoldAgreesWithUnicodeFold() {
        let every = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        let tricky = ["a", "s", "S", "Z", "1", "'", "`", " ", "-", "\t", "\u{1C}", "\u{7F}"]
        var checked = 0
        var disagreements: [[UInt8]] = []
        for (alphabet, length) in [(every, 2), (tricky, 5)] {
            var strings = [""]
            for _ in 0..<length {
                strings = strings.flatMap { prefix in alphabet.map { prefix + $0 } }
                for name in strings {
                    if NameKey.foldASCII(name) != NameKey.foldScalars(name) { disagreements.append(Array(name.utf8)) }
                    checked += 1
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) names, first \(disagreements.prefix(5))")
        #expect(checked > 260_000)
        #expect(NameKey.foldASCII("Støre") == nil)
    }

    @Test func keepsDistinctNamesDistinct() {
        #expect(NameKey.fold("Hamas") != NameKey.fold("Hamad"))
        #expect(NameKey.fold("بايدن") != NameKey.fold("بيرنز"))
    }
}
