/// A JSON value with the position it was read from, for messages that point at the offending line.
struct JSONNode {
    enum Value {
        case null
        case bool(Bool)
        case number(Double, text: String)
        case string(String)
        case array([JSONNode])
        case object([(key: String, keyNode: JSONNode, value: JSONNode)])
    }

    let value: Value
    let line: Int
    /// Byte offsets of the value and of its line's start; the column is worked out only when a message
    /// needs it, so that parsing stays linear on files written as one long line.
    let offset: Int
    let lineStart: Int

    /// The 1-based column of the value, counted in Unicode scalars.
    func column(in bytes: [UInt8]) -> Int {
        JSONParser.column(from: lineStart, to: offset, in: bytes)
    }

    var string: String? { if case .string(let text) = value { return text }; return nil }
    var number: Double? { if case .number(let number, _) = value { return number }; return nil }
    var bool: Bool? { if case .bool(let flag) = value { return flag }; return nil }
    var array: [JSONNode]? { if case .array(let items) = value { return items }; return nil }
    var members: [(key: String, keyNode: JSONNode, value: JSONNode)]? {
        if case .object(let members) = value { return members }
        return nil
    }

    subscript(key: String) -> JSONNode? { members?.first { $0.key == key }?.value }

    /// A scalar as text: strings as they are, numbers as written, booleans as true/false.
    var scalarText: String? {
        switch value {
        case .string(let text): text
        case .number(_, let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .null, .array, .object: nil
        }
    }

    var kindDescription: String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A strict JSON (RFC 8259) parser that reports the line and column of the first error, with a depth
/// limit so that hostile input cannot exhaust the stack.
struct JSONParser {
    struct Failure: Error {
        let line: Int
        let column: Int
        let message: String
    }

    static let maximumDepth = 512

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    /// Parses one JSON document.
    ///
    /// - Complexity: O(*n*).
    static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONNode {
        var parser = JSONParser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3; parser.lineStart = 3 }
        parser.skipWhitespace()
        let node = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        if parser.index < bytes.count {
            throw parser.failure("unexpected text after the JSON value")
        }
        return node
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Columns count Unicode scalars: UTF-8 continuation bytes are skipped.
    static func column(from lineStart: Int, to offset: Int, in bytes: [UInt8]) -> Int {
        var count = 1
        var position = lineStart
        while position < offset && position < bytes.count {
            if bytes[position] & 0xC0 != 0x80 { count += 1 }
            position += 1
        }
        return count
    }

    private func failure(_ message: String) -> Failure {
        Failure(line: line, column: Self.column(from: lineStart, to: index, in: bytes), message: message)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws(Failure) -> JSONNode {
        guard depth < Self.maximumDepth else { throw failure("values are nested more than \(Self.maximumDepth) levels deep") }
        guard index < bytes.count else { throw failure("unexpected end of the file; a value is missing") }
        let (startLine, startOffset, startLineStart) = (line, index, lineStart)
        func node(_ value: JSONNode.Value) -> JSONNode {
            JSONNode(value: value, line: startLine, offset: startOffset, lineStart: startLineStart)
        }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var members: [(key: String, keyNode: JSONNode, value: JSONNode)] = []
            skipWhitespace()
            if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
                index += 1
                return node(.object(members))
            }
            while true {
                skipWhitespace()
                let keyNode = JSONNode(value: .null, line: line, offset: index, lineStart: lineStart)
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
                let key = try parseString()
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':' after the key") }
                index += 1
                skipWhitespace()
                members.append((key, keyNode, try parseValue(depth: depth + 1)))
                skipWhitespace()
                guard index < bytes.count else { throw failure("unexpected end of the file inside an object") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; return node(.object(members)) }
                throw failure("expected ',' or '}' in an object")
            }
        case UInt8(ascii: "["):
            index += 1
            var items: [JSONNode] = []
            skipWhitespace()
            if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
                index += 1
                return node(.array(items))
            }
            while true {
                skipWhitespace()
                items.append(try parseValue(depth: depth + 1))
                skipWhitespace()
                guard index < bytes.count else { throw failure("unexpected end of the file inside an array") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "]") { index += 1; return node(.array(items)) }
                throw failure("expected ',' or ']' in an array")
            }
        case UInt8(ascii: "\""):
            return node(.string(try parseString()))
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return node(.bool(true))
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return node(.bool(false))
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return node(.null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return node(try parseNumber())
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            // NetworkX writes NaN and Infinity, which JSON does not allow; read them as numbers.
            for (word, value) in [("NaN", Double.nan), ("Infinity", Double.infinity)] where matches(word) {
                index += word.utf8.count
                return node(.number(value, text: word))
            }
            throw failure("unexpected character")
        default:
            throw failure("unexpected character '\(String(decoding: [bytes[index]], as: UTF8.self))'")
        }
    }

    private func matches(_ word: String) -> Bool {
        let utf8 = Array(word.utf8)
        return index + utf8.count <= bytes.count && Array(bytes[index..<index + utf8.count]) == utf8
    }

    private mutating func expectLiteral(_ word: String) throws(Failure) {
        guard matches(word) else { throw failure("unexpected character") }
        index += word.utf8.count
    }

    private mutating func parseNumber() throws(Failure) -> JSONNode.Value {
        let start = index
        if bytes[index] == UInt8(ascii: "-") {
            index += 1
            if matches("Infinity") {
                index += 8
                return .number(-.infinity, text: "-Infinity")
            }
        }
        while index < bytes.count, [UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            index += 1
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let value = Double(text), !text.hasSuffix("."), !text.hasPrefix(".") else {
            index = start
            throw failure("'\(text)' is not a number")
        }
        return .number(value, text: text)
    }

    private mutating func parseString() throws(Failure) -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flushRun(_ end: Int) {
            scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flushRun(index)
                index += 1
                return Identifier.withoutLeadingByteOrderMarks(String(scalars))
            }
            if byte < 0x20 {
                throw failure(byte == 0x0A ? "a string runs past the end of its line; close its quote" : "a control character inside a string must be escaped")
            }
            if byte == UInt8(ascii: "\\") {
                flushRun(index)
                index += 1
                guard index < bytes.count else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{8}")
                case UInt8(ascii: "f"): scalars.append("\u{C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code), matches("\\u") {
                        index += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw failure("an unpaired surrogate in a \\u escape") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw failure("an invalid \\u escape") }
                    scalars.append(scalar)
                default:
                    throw failure("an unknown escape '\\\(String(decoding: [escape], as: UTF8.self))'")
                }
                runStart = index
                continue
            }
            index += 1
        }
        throw failure("unexpected end of the file inside a string")
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else {
            throw failure("a \\u escape needs four hexadecimal digits")
        }
        index += 4
        return value
    }
}
