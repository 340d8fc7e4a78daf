import ChannelsModel
import Foundation

/// Prepares XML bytes for FoundationXML, which must only ever see checked UTF-8 without processing
/// instructions.
///
/// FoundationXML (swift-corelibs-foundation, over libxml2) traps on an element name that is not valid
/// UTF-8, and crashes on a processing instruction without data (`<?target?>`): both found by fuzzing, both
/// in code `channels` cannot fix. So UTF-16 (with a byte-order mark) and the 8-bit encodings a declaration
/// may name are converted here, the declaration then says UTF-8, the result is checked as UTF-8, and
/// processing instructions, which no graph format uses, are blanked out with spaces, keeping every line in
/// place for error messages.
enum XMLInput {
    /// The bytes as checked UTF-8 with processing instructions blanked, or why they cannot be read.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func prepare(_ bytes: [UInt8], file: String) -> Result<[UInt8], Diagnostic> {
        var text = bytes
        let utf16 = utf16Encoding(of: bytes)
        if let utf16 {
            guard let decoded = String(bytes: bytes.dropFirst(2), encoding: utf16) else {
                return .failure(Diagnostic(file: file, line: 1, column: 1, message: "the file starts as UTF-16 but is not valid UTF-16; save it as UTF-8"))
            }
            text = Array(decoded.utf8)
        } else if text.starts(with: [0xEF, 0xBB, 0xBF]) {
            text.removeFirst(3)
        }
        if let declaration = declaredEncoding(in: text) {
            let name = String(decoding: text[declaration.value], as: UTF8.self)
            if !["utf-8", "utf8"].contains(name.lowercased()) && utf16 == nil {
                guard let encoding = encodings[name.lowercased()] else {
                    return .failure(Diagnostic(file: file, line: 1, column: declaration.value.lowerBound + 1,
                                               message: "the file declares the encoding '\(name)', which channels cannot read; save it as UTF-8"))
                }
                guard let decoded = String(bytes: text, encoding: encoding) else {
                    return .failure(Diagnostic(file: file, line: 1, column: 1, message: "the file is not valid \(name); save it as UTF-8"))
                }
                text = Array(decoded.utf8)
            }
            if let again = declaredEncoding(in: text) { text.replaceSubrange(again.value, with: Array("UTF-8".utf8)) }
        }
        if let problem = InputText.encodingProblem(text, file: file) { return .failure(problem) }
        blankProcessingInstructions(in: &text)
        return .success(text)
    }

    /// The 8-bit encodings an XML declaration may name that Foundation converts, by lowercased name.
    private static let encodings: [String: String.Encoding] = [
        "iso-8859-1": .isoLatin1, "iso_8859-1": .isoLatin1, "latin1": .isoLatin1, "l1": .isoLatin1,
        "iso-8859-2": .isoLatin2, "latin2": .isoLatin2,
        "windows-1250": .windowsCP1250, "windows-1251": .windowsCP1251, "windows-1252": .windowsCP1252,
        "cp1252": .windowsCP1252, "us-ascii": .ascii, "ascii": .ascii,
    ]

    private static func utf16Encoding(of bytes: [UInt8]) -> String.Encoding? {
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
        return nil
    }

    /// The end of a well-formed XML declaration (`<?xml version=… ?>`) at the start of `text`, if any:
    /// one that ends at its first `?>` with no `<` or `>` before. Anything else that starts with `<?` is
    /// a processing instruction, and is blanked (a declaration broken by a stray `>` would otherwise run
    /// on into the next instruction, which then reached FoundationXML).
    private static func declarationEnd(in text: [UInt8]) -> Int? {
        let whitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
        guard text.starts(with: Array("<?xml".utf8)), text.count > 5, whitespace.contains(text[5]) else { return nil }
        let limit = min(text.count, 512)
        guard let end = (5..<max(5, limit - 1)).first(where: { text[$0] == UInt8(ascii: "?") || text[$0] == UInt8(ascii: "<") || text[$0] == UInt8(ascii: ">") }),
              text[end] == UInt8(ascii: "?"), text[end + 1] == UInt8(ascii: ">"),
              text[0..<end].firstRange(of: Array("version".utf8)) != nil else { return nil }
        return end + 2
    }

    /// Where the value of `encoding="…"` lies in the XML declaration at the start of `text`, if any.
    private static func declaredEncoding(in text: [UInt8]) -> (value: Range<Int>, end: Int)? {
        guard let end = declarationEnd(in: text) else { return nil }
        let declaration = text[0..<end - 2]
        guard let key = declaration.firstRange(of: Array("encoding".utf8)) else { return nil }
        guard let open = declaration[key.upperBound...].firstIndex(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }),
              let close = declaration[(open + 1)...].firstIndex(of: text[open]) else { return nil }
        return (open + 1..<close, end)
    }

    /// Replaces every processing instruction after the declaration with spaces (newlines stay), outside
    /// comments and CDATA sections. An instruction left open runs to the end of the file.
    private static func blankProcessingInstructions(in text: inout [UInt8]) {
        var index = declarationEnd(in: text) ?? 0
        func starts(with marker: String, at position: Int) -> Bool {
            text[position...].starts(with: Array(marker.utf8))
        }
        func skip(past marker: String, from position: Int) -> Int {
            text[position...].firstRange(of: Array(marker.utf8))?.upperBound ?? text.count
        }
        while index < text.count {
            guard text[index] == UInt8(ascii: "<") else { index += 1; continue }
            if starts(with: "<!--", at: index) {
                index = skip(past: "-->", from: index + 4)
            } else if starts(with: "<![CDATA[", at: index) {
                index = skip(past: "]]>", from: index + 9)
            } else if starts(with: "<?", at: index) {
                let end = skip(past: "?>", from: index + 2)
                for position in index..<end where text[position] != 0x0A && text[position] != 0x0D {
                    text[position] = UInt8(ascii: " ")
                }
                index = end
            } else {
                index += 1
            }
        }
    }
}
