import ChannelsModel
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

    @Test func keepsDistinctNamesDistinct() {
        #expect(NameKey.fold("Hamas") != NameKey.fold("Hamad"))
        #expect(NameKey.fold("بايدن") != NameKey.fold("بيرنز"))
    }
}
