import ArgumentParser

/// A subcommand whose failures are reported as one `channels: …` line and a documented exit status,
/// instead of ArgumentParser's generic `Error:` text.
protocol ChannelsCommand: ParsableCommand {
    /// Does the work; returns the exit status (0, or 1 when the question has no answer).
    func execute() throws -> Int32
}

extension ChannelsCommand {
    func run() throws {
        Terminal.prepare()
        let status: Int32
        do {
            status = try execute()
        } catch let failure as Failure {
            Terminal.standardOutput.flush()
            throw failure.exit()
        }
        Terminal.standardOutput.flush()
        if status != ExitStatus.success { throw ExitCode(status) }
    }
}
