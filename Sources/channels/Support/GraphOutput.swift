import ChannelsFormats

/// Writes a graph in any output format, to a file (atomically) or standard output (`-`), through
/// ``GraphFile/write(_:as:to:watcher:)``; failures become the documented exit statuses.
enum GraphOutput {
    /// The format of an output path, from `format` or its extension.
    static func format(for path: String, explicit: GraphFileFormat?) throws -> GraphFileFormat {
        if let explicit { return explicit }
        guard let format = GraphFileFormat.fromExtension(path) else {
            throw Failure(ExitStatus.usage, "cannot tell the format of '\(path)' from its extension; add --output-format (\(GraphFileFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return format
    }

    /// Writes `content` as `format` to `path` (`-` for standard output). CSV and TSV write the nodes too,
    /// beside the edges: `graph.csv` and `graph.nodes.csv`.
    static func write(_ content: GraphContent, as format: GraphFileFormat, to path: String) throws {
        let destination: GraphDestination = path == "-" ? .stream { Terminal.standardOutput.write(bytes: $0) } : .file(path)
        do {
            try GraphFile.write(content, as: format, to: destination, watcher: InterruptCleanup.shared)
        } catch {
            switch error {
            case .file(let failure): throw Failure(failure.stage == .create ? ExitStatus.cannotCreate : ExitStatus.ioError, failure.description)
            case .needsAFile: throw Failure(ExitStatus.usage, error.description)
            case .encoding: throw Failure(ExitStatus.software, error.description)
            }
        }
    }
}
