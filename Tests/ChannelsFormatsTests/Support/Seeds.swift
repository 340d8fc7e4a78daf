import Foundation
import Testing

/// The seed articles the curated graphs are built from: `../shared/seeds/` beside the repository (or the
/// folder `CHANNELS_SEEDS` names). They are not part of the repository, so the tests that read them are
/// skipped, with this reason, where the folder is absent (`.ci/run` warns when it is).
enum Seeds {
    static let folder: URL = {
        if let override = ProcessInfo.processInfo.environment["CHANNELS_SEEDS"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appending(path: "../../../../shared/seeds").standardizedFileURL
    }()

    static var areAvailable: Bool {
        FileManager.default.fileExists(atPath: folder.appending(path: "README.md").path)
    }

    static let absentReason: Comment = "the seed articles are not at \(folder.path) (set CHANNELS_SEEDS to their folder)"

    /// The text of one seed, with every run of whitespace as one space.
    static func text(_ file: String) throws -> String {
        collapsingWhitespace(try String(contentsOf: folder.appending(path: file), encoding: .utf8))
    }

    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
