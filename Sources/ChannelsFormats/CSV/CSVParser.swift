/// RFC 4180 delimited text: quoted fields with doubled quotes, fields spanning lines, CRLF or LF line
/// ends, each field located by line and column.
///
/// TSV has no quoting (IANA's text/tab-separated-values), but spreadsheets quote fields as in CSV. With
/// a tab delimiter, a field is read as quoted only when it is quoted whole; any other quote is text.
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
        var rowStart = index
        func endRow() throws(Failure) {
            if index - rowStart > InputText.maximumLineLength {
                throw Failure(line: row.first?.line ?? line, column: 1,
                              message: "this row is \(index - rowStart) bytes long, more than the \(InputText.maximumLineLength) a row may have; is the file really in this format?")
            }
            if !(row.count == 1 && row[0].text.isEmpty) { rows.append(row) }
            row = []
            rowStart = index
        }
        let quotesAreText = delimiter == UInt8(ascii: "\t")
        // Where a search for a closing quote last ran off the end of the text: later searches would too,
        // so they are not repeated (which would take quadratic time).
        var unclosedFrom = bytes.count
        while index < bytes.count {
            let fieldLine = line, fieldOffset = index, fieldLineStart = lineStart
            var field: [UInt8] = []
            if bytes[index] == quote && (!quotesAreText || isQuotedWhole(bytes, from: index, delimiter: delimiter, unclosedFrom: &unclosedFrom)) {
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
                    if bytes[index] == quote && !quotesAreText {
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
                try endRow()
            default:
                index += 1
                line += 1
                lineStart = index
                try endRow()
            }
        }
        if !row.isEmpty { try endRow() }
        return rows
    }

    /// Whether the field at `start` (a quote) is quoted whole: its closing quote comes before the end of
    /// the text and is followed by the delimiter or a line end.
    private static func isQuotedWhole(_ bytes: [UInt8], from start: Int, delimiter: UInt8, unclosedFrom: inout Int) -> Bool {
        guard start < unclosedFrom else { return false }
        let quote = UInt8(ascii: "\"")
        var index = start + 1
        while index < bytes.count {
            if bytes[index] == quote {
                if index + 1 < bytes.count && bytes[index + 1] == quote {
                    index += 2
                    continue
                }
                let next = index + 1
                return next == bytes.count || bytes[next] == delimiter || bytes[next] == 0x0A || bytes[next] == 0x0D
            }
            index += 1
        }
        unclosedFrom = start
        return false
    }

    /// The field as RFC 4180 writes it: quoted when it holds the delimiter, a quote or a line break. In
    /// TSV, quotes are text, so only a field with a tab or a line break, or that starts with a quote, is
    /// quoted.
    static func quoted(_ text: String, delimiter: Character = ",") -> String {
        let needsQuotes = delimiter == "\t"
            ? text.first == "\"" || text.contains(where: { $0 == delimiter || $0.isNewline })
            : text.contains(where: { $0 == delimiter || $0 == "\"" || $0.isNewline })
        guard needsQuotes else { return text }
        var output = "\""
        for character in text { output += character == "\"" ? "\"\"" : String(character) }
        return output + "\""
    }
}
