public import ChannelsModel

/// Checks that raw bytes are text a reader can take: not empty, UTF-8, no NUL bytes.
///
/// Each failure is located at the offending byte, as `file:line:column`.
public enum InputText {
    /// The longest line the line-oriented formats (edge lists, CSV, TSV) accept: 1 MiB. A longer line is
    /// almost surely a file in another format or a broken export, and is reported rather than read.
    public static let maximumLineLength = 1 << 20

    /// The error for a line longer than ``maximumLineLength``.
    static func lineTooLong(file: String, line: Int, length: Int) -> Diagnostic {
        Diagnostic(file: file, line: line, column: 1,
                   message: "this line is \(length) bytes long, more than the \(maximumLineLength) a line may have; is the file really in this format?")
    }

    /// The bytes decoded as UTF-8, with a leading byte-order mark removed.
    ///
    /// - Throws: a ``Diagnostic`` for an empty file, invalid UTF-8 or a NUL byte.
    /// - Complexity: O(*n*) in the number of bytes.
    public static func decode(_ bytes: [UInt8], file: String) throws(Diagnostic) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw Diagnostic(file: file, line: 1, column: 1, message: "the file is empty")
        }
        if let problem = encodingProblem(bytes, file: file) { throw problem }
        return String(decoding: body, as: UTF8.self)
    }

    /// A NUL byte or invalid UTF-8 in `bytes`, located at the first offending byte; `nil` if the bytes
    /// are UTF-8 text.
    ///
    /// - Complexity: O(*n*).
    public static func encodingProblem(_ bytes: [UInt8], file: String) -> Diagnostic? {
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = location(ofByte: nul, in: bytes)
            return Diagnostic(file: file, line: line, column: column, message: "the file contains a NUL byte; is it a binary file?")
        }
        guard String(validating: bytes, as: UTF8.self) == nil else { return nil }
        let offset = firstInvalidUTF8Offset(in: bytes[...])
        let (line, column) = location(ofByte: offset, in: bytes)
        return Diagnostic(
            file: file, line: line, column: column,
            message: "the file is not valid UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true))); save it as UTF-8")
    }

    private static func firstInvalidUTF8Offset(in body: ArraySlice<UInt8>) -> Int {
        var decoder = UTF8()
        var iterator = body.makeIterator()
        var offset = body.startIndex
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return min(offset, body.endIndex - 1)
    }

    /// The 1-based line and column (in Unicode scalars, counting bytes of invalid sequences as one each)
    /// of the byte at `offset`.
    ///
    /// - Complexity: O(*offset*).
    public static func location(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var index = 0
        while index < offset && index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }
}
