import Foundation

/// An aligned text table for terminal output, and the same rows as CSV.
struct Table {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    mutating func append(_ row: [String]) { rows.append(row) }

    /// The table with columns padded to their widest cell, two spaces apart, headers underlined.
    func rendered(style: Style) -> String {
        var widths = headers.map(Self.width)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], Self.width(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (column, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: max(0, widths[column] - Self.width(cell)))
                let isLast = column == cells.count - 1
                switch alignments[column] {
                case .left: text += cell + (isLast ? "" : padding)
                case .right: text += padding + cell
                }
                if !isLast { text += "  " }
            }
            return text
        }
        var output = style.bold(line(headers)) + "\n"
        for row in rows { output += line(row) + "\n" }
        return output
    }

    /// The table as RFC 4180 CSV, header first.
    func csv() -> String {
        ([headers] + rows).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Display width: one column per character, none for combining marks and zero-width characters.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { count, scalar in
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: count
            default: count + (scalar.properties.isEmojiPresentation || isWide(scalar) ? 2 : 1)
            }
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD: true
        default: false
        }
    }
}

extension String {
    /// The string padded with spaces to `length` display columns.
    func padding(toLength length: Int) -> String {
        let width = Table.width(self)
        return width >= length ? self : self + String(repeating: " ", count: length - width)
    }
}
