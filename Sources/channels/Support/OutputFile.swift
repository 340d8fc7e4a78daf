import ChannelsFormats

/// Where a command writes a file: a path (written atomically) or standard output (`-`).
enum OutputFile {
    /// Writes `bytes` to `path`, or to stdout for `-`; a failure exits 73 (cannot create) or 74 (failed
    /// midway), with the old file untouched.
    static func write(_ bytes: [UInt8], to path: String) throws {
        if path == "-" {
            Terminal.standardOutput.write(bytes: bytes)
            return
        }
        do {
            try AtomicFile.write(bytes, to: path, watcher: InterruptCleanup.shared)
        } catch {
            throw Failure(error.stage == .create ? ExitStatus.cannotCreate : ExitStatus.ioError, error.description)
        }
    }

    /// The lower-cased extension of `path`, if any.
    static func fileExtension(_ path: String) -> String? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        return ext.isEmpty ? nil : ext
    }
}
