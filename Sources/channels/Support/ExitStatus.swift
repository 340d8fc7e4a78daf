import ArgumentParser

/// The exit statuses of `channels`, documented in the README. They follow sysexits(3) where one fits.
enum ExitStatus {
    /// The command did what was asked.
    static let success: Int32 = 0
    /// The question has no answer: no route exists, nothing is reachable.
    static let noResult: Int32 = 1
    /// The command line is wrong: an unknown option or actor, a bad date or value.
    static let usage: Int32 = 64
    /// An input file has errors (each reported as file:line:column).
    static let dataError: Int32 = 65
    /// An input file does not exist or cannot be read.
    static let noInput: Int32 = 66
    /// A program channels needs for this output is not installed (rsvg-convert for PNG or PDF charts).
    static let unavailable: Int32 = 69
    /// A bug in channels.
    static let software: Int32 = 70
    /// An output file cannot be created.
    static let cannotCreate: Int32 = 73
    /// Reading or writing failed midway.
    static let ioError: Int32 = 74
    /// Interrupted (Ctrl-C).
    static let interrupted: Int32 = 130
}

/// A failure already explained to the user on stderr; carries only the exit status.
struct Failure: Error {
    let status: Int32
    let message: String
    /// Whether the message starts with "channels: "; located messages (`file:line: …`) do not.
    let prefixed: Bool
    /// Set when a name (an actor's, a channel's) matches nothing: the names meant, nearest first, maybe
    /// none. The web server answers such failures with 404 and these suggestions.
    let suggestions: [String]?

    init(_ status: Int32, _ message: String, prefixed: Bool = true, suggestions: [String]? = nil) {
        self.status = status
        self.message = message
        self.prefixed = prefixed
        self.suggestions = suggestions
    }

    /// Prints the message on stderr and becomes the `ExitCode` ArgumentParser exits with.
    func exit() -> ExitCode {
        Terminal.standardError.write((prefixed ? "channels: " : "") + message + "\n")
        return ExitCode(status)
    }
}
