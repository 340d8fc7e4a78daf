import ChannelsFormats
import ChannelsModel

/// `channels validate`: each file's diagnostics, and whether it is valid.
struct ValidationReport: Report {
    /// One file checked: its name, its diagnostics, and its size when it could be read.
    struct File {
        let name: String
        let diagnostics: [Diagnostic]
        let counts: (actors: Int, channels: Int)?

        var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    }

    let files: [File]

    var hasErrors: Bool { files.contains { $0.errors > 0 } }

    func text(style: Style) -> String {
        var text = ""
        for file in files {
            for diagnostic in file.diagnostics { text += "\(diagnostic)\n" }
            let warnings = file.diagnostics.count - file.errors
            let extra = warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""
            if let counts = file.counts {
                text += "\(file.name): valid: \(counts.actors) actors, \(counts.channels) channels\(extra)\n"
            } else {
                text += "\(file.name): \(file.errors) error\(file.errors == 1 ? "" : "s")\(extra)\n"
            }
        }
        return text
    }

    /// One row per diagnostic (one for a file without any), each with the file's summary.
    func csv() -> String {
        var table = Table(["file", "valid", "actors", "channels", "line", "column", "severity", "message"])
        for file in files {
            let fields = [file.name, file.errors == 0 ? "true" : "false",
                          file.counts.map { String($0.actors) } ?? "", file.counts.map { String($0.channels) } ?? ""]
            if file.diagnostics.isEmpty { table.append(fields + ["", "", "", ""]) }
            for diagnostic in file.diagnostics {
                table.append(fields + [diagnostic.line.map(String.init) ?? "", diagnostic.column.map(String.init) ?? "",
                                       diagnostic.severity.rawValue, diagnostic.message])
            }
        }
        return table.csv()
    }

    /// `[{"file", "valid", "actors", "channels", "diagnostics": [{"file", "line", "column", "severity",
    /// "message"}]}]`.
    func json() -> JSON {
        .array(files.map { file in
            .object([
                ("file", .string(file.name)),
                ("valid", .bool(file.errors == 0)),
                ("actors", file.counts.map { .int($0.actors) } ?? .null),
                ("channels", file.counts.map { .int($0.channels) } ?? .null),
                ("diagnostics", .array(file.diagnostics.map(Self.json))),
            ])
        })
    }

    static func json(_ diagnostic: Diagnostic) -> JSON {
        .object([
            ("file", .string(diagnostic.file)),
            ("line", diagnostic.line.map(JSON.int) ?? .null),
            ("column", diagnostic.column.map(JSON.int) ?? .null),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
        ])
    }
}
