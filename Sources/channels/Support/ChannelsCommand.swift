import ArgumentParser

/// A subcommand whose failures are reported as one `channels: …` line and a documented exit status,
/// instead of ArgumentParser's generic `Error:` text.
protocol ChannelsCommand: ParsableCommand {
    /// Does the work; returns the exit status (0, or 1 when the question has no answer).
    func execute() throws -> Int32

    /// The file `--output` names, if the command has the option and it was given (`-` is standard output).
    var outputFile: String? { get }
}

extension ChannelsCommand {
    var outputFile: String? { nil }

    func run() throws {
        Terminal.prepare()
        let file = outputFile.flatMap { $0 == "-" ? nil : $0 }
        if file != nil { Terminal.captureStandardOutput() }
        let status: Int32
        do {
            status = try execute()
        } catch let failure as Failure {
            _ = Terminal.endCapture()
            throw failure.exit()
        } catch {
            _ = Terminal.endCapture()
            throw error
        }
        if let file {
            do {
                try OutputFile.write(Terminal.endCapture(), to: file)
            } catch let failure as Failure {
                throw failure.exit()
            }
        }
        if status != ExitStatus.success { throw ExitCode(status) }
    }
}
