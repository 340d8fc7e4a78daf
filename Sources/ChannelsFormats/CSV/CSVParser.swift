/// RFC 4180 delimited text (CSV, TSV): quoted fields with doubled quotes, fields spanning lines, CRLF
/// or LF line ends, each field located by line and column.
struct CSVParser {
    struct Field {
        var text: String
        var line: Int
        /// Byte offsets of the field and of its line's start; the column is worked out on demand, so long
        /// lines cost linear time.
        var offset: Int
        var lineStart: Int

        func column(in bytes: [UInt8]) -> Int {
            JSONParser.column(from: lineStart, to: offset, in: bytes)
        }
    }

    struct Failure: Error {
        var line: Int
        var column: Int
        var message: String
    }

    /// Splits `bytes` into rows of fields. Blank lines are skipped.
    ///
    /// - Complexity: O(*n*).
    static func parse(_ bytes: [UInt8], delimiter: UInt8) throws(Failure) -> [[Field]] {
        var rows: [[Field]] = []
        var row: [Field] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        var lineStart = index
        let quote = UInt8(ascii: "\"")
        func column(_ offset: Int) -> Int {
            JSONParser.column(from: lineStart, to: offset, in: bytes)
        }
        func endRow() {
            if !(row.count == 1 && row[0].text.isEmpty) { rows.append(row) }
            row = []
        }
        while index < bytes.count {
            let fieldLine = line, fieldOffset = index, fieldLineStart = lineStart
            var field: [UInt8] = []
            if bytes[index] == quote {
                index += 1
                var closed = false
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < bytes.count && bytes[index + 1] == quote {
                            field.append(quote)
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if byte == 0x0A {
                        line += 1
                        lineStart = index + 1
                    }
                    field.append(byte)
                    index += 1
                }
                if !closed {
                    throw Failure(line: fieldLine, column: JSONParser.column(from: fieldLineStart, to: fieldOffset, in: bytes),
                                  message: "a quoted field is never closed")
                }
                if index < bytes.count && bytes[index] != delimiter && bytes[index] != 0x0A && bytes[index] != 0x0D {
                    throw Failure(line: line, column: column(index), message: "text after the closing quote of a field; quote the whole field")
                }
            } else {
                while index < bytes.count && bytes[index] != delimiter && bytes[index] != 0x0A && bytes[index] != 0x0D {
                    if bytes[index] == quote {
                        throw Failure(line: line, column: column(index), message: "a quote inside an unquoted field; quote the field and double the quote")
                    }
                    field.append(bytes[index])
                    index += 1
                }
            }
            row.append(Field(text: String(decoding: field, as: UTF8.self), line: fieldLine, offset: fieldOffset, lineStart: fieldLineStart))
            guard index < bytes.count else { break }
            switch bytes[index] {
            case delimiter:
                index += 1
                if index == bytes.count { row.append(Field(text: "", line: line, offset: index, lineStart: lineStart)) }
            case 0x0D:
                index += 1
                if index < bytes.count && bytes[index] == 0x0A { index += 1 }
                line += 1
                lineStart = index
                endRow()
            default:
                index += 1
                line += 1
                lineStart = index
                endRow()
            }
        }
        if !row.isEmpty { endRow() }
        return rows
    }

    /// The field as RFC 4180 writes it: quoted when it holds the delimiter, a quote or a line break.
    static func quoted(_ text: String, delimiter: Character = ",") -> String {
        guard text.contains(where: { $0 == delimiter || $0 == "\"" || $0.isNewline }) else { return text }
        var output = "\""
        for character in text { output += character == "\"" ? "\"\"" : String(character) }
        return output + "\""
    }
}
