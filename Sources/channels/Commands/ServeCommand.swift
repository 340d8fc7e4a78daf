import ArgumentParser
import Dispatch
import Synchronization

struct ServeCommand: ChannelsCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Explore the graphs in a browser: diagrams, actors with their sources, routes, rankings, what-ifs.",
        discussion: """
        Serves pages and a JSON API (/api/…, described at /api/openapi.json) over the built-in graphs and any \
        --graph files, each read once at start-up and shared, read-only, by every request. Listens on the \
        loopback address unless told otherwise; logs one line per request on standard error; Ctrl-C or \
        SIGTERM stops it after the requests under way.

        Examples:
          channels serve                                  # then open http://127.0.0.1:8080/
          channels serve --port 0                         # any free port; the address is printed
          channels serve --graph talks.yaml --graph 2024.graphml
          curl 'http://127.0.0.1:8080/api/path?from=Biden&to=Hamas&k=2'

        Exit status: 0 after a clean stop, 64 for a bad command line, 65 for an invalid graph file, 66 for a \
        missing one, 69 when the address cannot be listened on (a port in use).
        """)

    @Option(name: .shortAndLong, help: ArgumentHelp("Also serve this graph file (repeatable), under its base name.", valueName: "file"))
    var graph: [String] = []

    @Option(help: ArgumentHelp("The address to listen on: 127.0.0.1 keeps the server to this machine.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "port"))
    var port = 8080

    @Flag(help: "Do not log each request on standard error.")
    var quiet = false

    @Option(name: .customLong("cache"), help: ArgumentHelp("Keep up to about twice this many API answers in memory, since the graphs do not change while serving (0 keeps none).", valueName: "n"))
    var cachedAnswers = WebServer.defaultCachedAnswers

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("Give up on a question after this many seconds, with 503 (betweenness, closeness and rankings over time check it).", valueName: "seconds"))
    var timeLimit = Double(WebServer.defaultTimeLimit.components.seconds)

    func validate() throws {
        if !(timeLimit > 0 && timeLimit <= 86_400) { throw ValidationError("--time-limit must be more than 0 and at most 86400 seconds") }
        if !(0...65_535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if cachedAnswers < 0 { throw ValidationError("--cache must be 0 or more") }
    }

    func execute() throws -> Int32 {
        let server = WebServer(graphs: try ServedGraphs.load(files: graph), logsRequests: !quiet, cachedAnswers: cachedAnswers,
                               timeLimit: .nanoseconds(Int64(timeLimit * 1e9)))
        let names = server.graphs.entries.map { $0.name == server.graphs.defaultName ? "\($0.name) (default)" : $0.name }
        let host = self.host, port = self.port
        let finished = DispatchSemaphore(value: 0)
        let failure = Mutex<String?>(nil)
        Task {
            do {
                try await server.run(host: host, port: port) { address in
                    Terminal.standardOutput.write("channels: serving \(names.joined(separator: ", ")) at \(address)\n")
                }
            } catch {
                failure.withLock { $0 = "cannot serve on \(host):\(port): \(error)" }
            }
            finished.signal()
        }
        finished.wait()
        if let message = failure.withLock({ $0 }) { throw Failure(ExitStatus.unavailable, message) }
        return ExitStatus.success
    }
}
