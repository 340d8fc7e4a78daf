import Foundation

/// Folds a name into the key that name matching compares.
///
/// Folding ignores case and diacritics, treats `-`, `_`, `.`, `/` and runs of spaces alike, drops
/// apostrophes, and folds the Arabic orthographic variants that writers mix freely: alef with hamza or
/// madda and alef wasla to bare alef, taa marbuta to haa, alef maqsura to yaa; tashkeel and tatweel go.
///
///     NameKey.fold("Al-Thani")        // "al thani"
///     NameKey.fold("Ra’anan")         // "raanan"
///     NameKey.fold("Hamas's leader")  // "hamas leader"
///     NameKey.fold("أمير قطر")         // "امير قطر"
///     NameKey.fold("حماس") == NameKey.fold("حَمَاس")   // true
public enum NameKey {
    /// The folded form of `name`.
    ///
    /// - Complexity: O(*n*) in the length of `name`.
    public static func fold(_ name: String) -> String {
        foldASCII(name) ?? foldScalars(name)
    }

    /// The fold of any name, scalar by scalar, through Unicode's decomposition and properties.
    ///
    /// - Complexity: O(*n*) in the length of `name`.
    static func foldScalars(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        let source = Array(name.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars)
        var index = 0
        while index < source.count {
            let scalar = source[index]
            index += 1
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if apostrophes.contains(scalar) {
                // An English possessive ("Hamas's", "officials'") names the owner: drop the "'s".
                if index < source.count, source[index] == "s",
                   index + 1 == source.count || !source[index + 1].properties.isAlphabetic {
                    index += 1
                }
                continue
            }
            if scalar == "\u{0640}" { continue }  // tatweel
            if separators.contains(scalar) || scalar.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            if let replacement = foldings[scalar] {
                scalars.append(contentsOf: replacement.unicodeScalars)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The fold of an all-ASCII name, byte by byte; `nil` for any other name. On ASCII the Unicode steps
    /// of ``foldScalars(_:)`` reduce to these: nothing decomposes, no byte is a mark or has a folding,
    /// letters are A–Z and a–z, whitespace is tab through carriage return and space.
    ///
    /// - Complexity: O(*n*) in the length of `name`.
    static func foldASCII(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { folded in
                var count = 0
                var pendingSpace = false
                var index = 0
                while index < bytes.count {
                    let byte = lowercase(bytes[index])
                    index += 1
                    switch byte {
                    case UInt8(ascii: "'"), UInt8(ascii: "`"):
                        if index < bytes.count, lowercase(bytes[index]) == UInt8(ascii: "s"),
                           index + 1 == bytes.count || !isLetter(bytes[index + 1]) {
                            index += 1
                        }
                    case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ","),
                         UInt8(ascii: "\""), UInt8(ascii: "("), UInt8(ascii: ")"), 0x09...0x0D, UInt8(ascii: " "):
                        pendingSpace = count > 0
                    default:
                        if pendingSpace {
                            folded[count] = UInt8(ascii: " ")
                            count += 1
                            pendingSpace = false
                        }
                        folded[count] = byte
                        count += 1
                    }
                }
                return count
            }
        }
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lowercase(byte))
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "\u{02BB}", "`", "\u{00B4}"]
    private static let separators: Set<Unicode.Scalar> = ["-", "_", ".", "/", ",", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}", "\"", "\u{201C}", "\u{201D}", "(", ")", "\u{060C}"]
    private static let foldings: [Unicode.Scalar: String] = [
        "\u{0671}": "\u{0627}",  // alef wasla → alef (hamza and madda forms decompose to alef + mark)
        "\u{0629}": "\u{0647}",  // taa marbuta → haa
        "\u{0649}": "\u{064A}",  // alef maqsura → yaa
        "\u{06CC}": "\u{064A}",  // Farsi yeh → yaa
        "\u{06A9}": "\u{0643}",  // keheh → kaf
        "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ı": "i",
    ]
}
