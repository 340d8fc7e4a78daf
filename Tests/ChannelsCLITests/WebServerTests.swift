import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import channels

/// The web view's server, run as a user runs it (`channels serve --port 0`) and asked over HTTP: the API
/// answers as the command line does, errors are 400 or 404 with suggestions, every value from a graph
/// file is escaped, and the OpenAPI document matches the committed one.
@Suite(.serialized)
struct WebServerTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let hostile = repository.appending(path: "Tests/ChannelsCLITests/Fixtures/web/hostile.yaml").path

    struct Reply {
        let status: Int
        let headers: [String: String]
        let body: String

        func header(_ name: String) -> String? {
            headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
    }

    /// Starts `channels serve --port 0` with the hostile graph, runs `body` with its base address (no
    /// trailing slash), and stops it with SIGTERM, checking that it stops cleanly.
    static func withServer<Value>(options: [String] = [], _ body: (String) async throws -> Value) async throws -> Value {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["serve", "--port", "0", "--quiet", "--graph", hostile] + options
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        let base = try #require(text.firstRange(of: "http://").map { String(text[$0.lowerBound...].prefix { !$0.isWhitespace }.dropLast()) },
                                "the server prints its address: \(text)")
        let value = try await body(base)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0, "SIGTERM stops the server cleanly")
        return value
    }

    /// GETs `address` (a path and query) from the server at `base`.
    static func fetch(_ address: String, from base: String) async throws -> Reply {
        var request = URLRequest(url: try #require(URL(string: base + address)))
        request.cachePolicy = .reloadIgnoringLocalCacheData
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        let headers = Dictionary(http.allHeaderFields.map { ("\($0.key)", "\($0.value)") }, uniquingKeysWith: { a, _ in a })
        return Reply(status: http.statusCode, headers: headers, body: String(decoding: data, as: UTF8.self))
    }

    static func get(_ addresses: [String]) async throws -> [Reply] {
        try await withServer { base in
            var replies: [Reply] = []
            for address in addresses { replies.append(try await fetch(address, from: base)) }
            return replies
        }
    }

    static func get(_ address: String) async throws -> Reply {
        try await get([address])[0]
    }

    static func json(_ reply: Reply) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [String: Any])
    }

    // MARK: The API answers as the command line does

    @Test(arguments: [
        ("/api/path?from=Biden&to=Hamas", ["path", "Biden", "Hamas"]),
        ("/api/path?from=%D8%A8%D8%A7%D9%8A%D8%AF%D9%86&to=Hamas&k=3&avoid-side=egypt", ["path", "بايدن", "Hamas", "--k", "3", "--avoid-side", "egypt"]),
        ("/api/path?from=biden&to=hamas&after=2023-11-01", ["path", "biden", "hamas", "--after", "2023-11-01"]),
        ("/api/path?from=biden&to=hamas&only=call,message&between=2023-11-01,2023-11-30", ["path", "biden", "hamas", "--only", "call,message", "--between", "2023-11-01", "2023-11-30"]),
        ("/api/centrality?metric=pagerank&top=5", ["centrality", "--metric", "pagerank", "--top", "5"]),
        ("/api/brokers?by=side&top=4", ["brokers", "--by", "side", "--top", "4"]),
        ("/api/brokers?from=biden&to=hamas", ["brokers", "biden", "hamas"]),
        ("/api/cut?from=biden&to=hamas", ["cut", "biden", "hamas"]),
        ("/api/reach?actor=hamas&backward=true&hops=2", ["reach", "hamas", "--backward", "--hops", "2"]),
        ("/api/actor?actor=qatar-pm", ["show", "qatar-pm"]),
        ("/api/timeline?between=2023-11-20,2023-11-22", ["timeline", "--between", "2023-11-20", "2023-11-22"]),
        ("/api/whatif?remove-side=qatar&pair=biden,hamas&no-brokers=true", ["whatif", "--remove-side", "qatar", "--pair", "biden", "hamas", "--no-brokers"]),
        ("/api/diff?old=hostage-deal-2023&new=ceasefire-talks-2024&no-brokers=true", ["diff", "hostage-deal-2023", "ceasefire-talks-2024", "--no-brokers"]),
    ])
    func apiAnswersAsTheCommandLine(address: String, arguments: [String]) async throws {
        let reply = try await Self.get(address)
        let command = try CommandRunner.run(arguments + ["--format", "json"])
        #expect(reply.status == 200)
        #expect(reply.header("Content-Type") == "application/json; charset=utf-8")
        #expect(reply.body == command.stdout)
    }

    @Test func graphsAreListedWithTheDefaultMarked() async throws {
        let graphs = try #require(try Self.json(try await Self.get("/api/graphs"))["graphs"] as? [[String: Any]])
        #expect(graphs.map { $0["name"] as? String } == ["ceasefire-talks-2024", "hostage-deal-2023", "hostile"])
        #expect(graphs.map { $0["default"] as? Bool } == [false, true, false])
        #expect(graphs[1]["actors"] as? Int == 32)
    }

    // MARK: Errors

    @Test func unknownActorIs404WithSuggestions() async throws {
        let reply = try await Self.get("/api/path?from=Biden&to=hamass")
        #expect(reply.status == 404)
        let error = try #require(try Self.json(reply)["error"] as? [String: Any])
        #expect(error["status"] as? Int == 404)
        #expect(error["message"] as? String == "unknown actor 'hamass' — did you mean 'hamas'?")
        #expect(error["suggestions"] as? [String] == ["hamas"])
    }

    @Test(arguments: [
        ("/api/path?from=Biden&to=Hamas&k=0", "'k' must be at least 1"),
        ("/api/path?from=Biden&to=Hamas&k=abc", "'k' must be a whole number, not 'abc'"),
        ("/api/path?from=Biden&to=Hamas&k=1001", "'k' must be at most 1000"),
        ("/api/path?from=Biden", "/api/path needs 'to': Where the route ends."),
        ("/api/path?from=Biden&to=Hamas&kk=2", "/api/path has no parameter 'kk' — did you mean 'k'?"),
        ("/api/path?from=Biden&to=Hamas&cost=speed", "'cost' is one of hops, weight, confidence, not 'speed'"),
        ("/api/path?from=Biden&to=Hamas&between=2023-11-01", "'between' takes two values: between=A,B"),
        ("/api/path?from=Biden&to=Hamas&after=2023-11-20&before=2023-11-01", "--before 2023-11-01 is earlier than --after 2023-11-20"),
        ("/api/path?from=Biden&to=Hamas&after=2023-11-01&k=2", "time-respecting routes (--after, --before) find the earliest arrival or latest departure; they do not combine with --k, --via, --cost, --all-shortest or --all-simple"),
        ("/api/centrality?metric=fame", "'metric' is one of all, degree, in-degree, out-degree, betweenness, closeness, harmonic, eigenvector, pagerank, katz, constraint, effective-size, edge-betweenness, not 'fame'"),
    ])
    func badParametersAre400WithAMessage(address: String, message: String) async throws {
        let reply = try await Self.get(address)
        #expect(reply.status == 400)
        let error = try #require(try Self.json(reply)["error"] as? [String: Any])
        #expect(error["message"] as? String == message)
    }

    @Test func queriesAreDecodedStrictly() throws {
        let query = try QueryItems("from=Joe+Biden&to=%D8%AD%D9%85%D8%A7%D8%B3&avoid=a&avoid=b&flag")
        #expect(query.items.map(\.name) == ["from", "to", "avoid", "avoid", "flag"])
        #expect(query.value("from") == "Joe Biden")
        #expect(query.value("to") == "حماس")
        #expect(query.values("avoid") == ["a", "b"])
        #expect(query.values("flag") == [""])
        for broken in ["from=%ZZ", "from=%4", "from=%FF%FE", "from=a%00b", "%zz=1"] {
            #expect(throws: APIError.self, "\(broken)") { try QueryItems(broken) }
        }
    }

    @Test func unknownGraphAndEndpointAre404WithSuggestions() async throws {
        let replies = try await Self.get(["/api/actors?graph=hostage-deal", "/api/pth", "/pth"])
        #expect(replies.map(\.status) == [404, 404, 404])
        #expect(try Self.json(replies[0])["error"].flatMap { ($0 as? [String: Any])?["suggestions"] as? [String] } == ["hostage-deal-2023"])
        #expect(try Self.json(replies[1])["error"].flatMap { ($0 as? [String: Any])?["suggestions"] as? [String] } == ["/api/path"])
        #expect(replies[2].body.contains("<a href=\"/path\">/path</a>"))
    }

    @Test func aQuestionPastTheTimeLimitIs503() async throws {
        let replies = try await Self.withServer(options: ["--time-limit", "0.000001", "--cache", "0"]) { base in
            [try await Self.fetch("/api/centrality?metric=betweenness", from: base), try await Self.fetch("/api/path?from=biden&to=hamas", from: base)]
        }
        #expect(replies[0].status == 503)
        #expect(try Self.json(replies[0])["error"].flatMap { ($0 as? [String: Any])?["message"] as? String } == Interrupt.timedOut.message)
        #expect(replies[1].status == 200, "a path search is not cut short")
    }

    @Test func pagesAnswerWithTheStatusOfTheirError() async throws {
        let replies = try await Self.get(["/path?from=Bidn&to=Hamas", "/?step=999", "/actors/nobody", "/api/actors?graph=a&graph=b",
                                          "/path?from=Biden&to=Hamas&cost=hops"])
        #expect(replies.map(\.status) == [404, 400, 404, 400, 200])
        #expect(replies[0].body.contains("unknown actor &#39;Bidn&#39; — did you mean &#39;biden&#39;?"), "the form shows the error")
        #expect(replies[0].body.contains("id=\"path-form\""))
        #expect(replies[1].body.contains("<h1>Bad Request</h1>"))
        #expect(replies[2].body.contains("<h1>Not Found</h1>") && replies[2].body.contains("unknown actor &#39;nobody&#39;"))
        #expect(replies[3].body.contains("'graph' is given 2 times; give it once"))
        #expect(!replies[4].body.contains("<details open>"), "default constraints leave the panel closed")
    }

    @Test func overlongQueriesAreRefused() async throws {
        let reply = try await Self.get("/api/actors?side=" + String(repeating: "a", count: 9_000))
        #expect(reply.status == 400)
        #expect(reply.body.contains("the query is longer than 8192 bytes"))
    }

    // MARK: Pages

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        for reply in try await Self.get(["/", "/api/actors", "/actors/biden", "/nowhere"]) {
            #expect(reply.header("Content-Security-Policy")?.hasPrefix("default-src 'none'; script-src 'self'; style-src 'self';") == true)
            #expect(reply.header("X-Content-Type-Options") == "nosniff")
        }
    }

    @Test func pagesEscapeEveryValueFromTheGraphFile() async throws {
        let pages = try await Self.get(["/?graph=hostile", "/actors/mallory?graph=hostile", "/path?graph=hostile&from=mallory&to=trent",
                                        "/centrality?graph=hostile", "/whatif?graph=hostile&remove=trent"])
        for page in pages {
            #expect(page.status == 200)
            #expect(!page.body.contains("<script>alert"), "no script from the graph file")
            #expect(!page.body.contains("<img src=x"))
            #expect(!page.body.contains("onmouseover=\"alert"))
            #expect(!page.body.contains("<b>bold</b>") && !page.body.contains("<i>side</i>"))
        }
        let actor = pages[1].body
        #expect(actor.contains("<h1><bdi>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Mallory</bdi></h1>"))
        #expect(actor.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(actor.contains("<q dir=\"rtl\" lang=\"ar\">قال \u{202E}&lt;script&gt;alert(4)&lt;/script&gt;</q>"), "the quote keeps its own direction")
        #expect(actor.contains("<span class=\"alias\" dir=\"auto\">\u{202E}evil\u{202C}</span>"))
    }

    @Test func theOverviewLinksActorsAndTheSliderRemovesChannels() async throws {
        let replies = try await Self.get(["/", "/diagram.svg", "/diagram.svg?step=0", "/diagram.svg?step=0&mode=on", "/diagram.svg?side=qatar&kind=call"])
        #expect(replies[0].body.contains("xlink:href=\"/actors/biden\""))
        #expect(replies[0].body.contains("<input type=\"range\" id=\"step\" name=\"step\" min=\"0\""))
        let edges = replies.dropFirst().map { $0.body.components(separatedBy: "class=\"edge\"").count - 1 }
        #expect(edges[0] > 0 && edges[1] < edges[0] && edges[2] <= edges[1] && edges[3] < edges[0])
        #expect(replies[1].header("X-Channels-Summary") == "Showing 32 actors and \(edges[0]) channels.")
        #expect(replies[1].header("Content-Type") == "image/svg+xml; charset=utf-8")
    }

    @Test func thePathPageFindsTheRouteFromArabicNames() async throws {
        let page = try await Self.get("/path?from=%D8%A8%D8%A7%D9%8A%D8%AF%D9%86&to=%D8%AD%D9%85%D8%A7%D8%B3").body
        #expect(page.contains("<h2><bdi>Joe Biden</bdi> → <bdi>Hamas</bdi>: 2 hops</h2>"))
        #expect(page.contains("data-channel=\"biden-emir-call-2023-11-12\""))
        #expect(page.contains("data-channel=\"emir-final-offer-to-hamas-2023-11\""))
        #expect(page.contains("<cite>000_f5871980013e6b4e.txt</cite>"))
        #expect(page.contains("<option value=\"بايدن\">Joe Biden</option>"), "Arabic aliases are suggested")
    }

    // MARK: Concurrency

    /// Many requests at once (answers, diagrams drawn through the Graphviz lock and the cache, pages)
    /// give what the same requests give one at a time. CI runs this under the thread sanitizer.
    @Test func concurrentRequestsGiveTheSequentialAnswers() async throws {
        let addresses = (0..<48).map { index -> String in
            switch index % 4 {
            case 0: "/api/path?from=biden&to=hamas&k=\(index % 5 + 1)"
            case 1: "/diagram.svg?step=\(index % 10)"
            case 2: "/actors/qatar-pm"
            default: "/api/centrality?metric=betweenness&avoid-side=\(["qatar", "egypt", "us"][index % 3])"
            }
        }
        try await Self.withServer { base in
            var sequential: [String: String] = [:]
            for address in Set(addresses) { sequential[address] = try await Self.fetch(address, from: base).body }
            let concurrent = try await withThrowingTaskGroup(of: (String, Reply).self) { group in
                for address in addresses { group.addTask { (address, try await Self.fetch(address, from: base)) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(concurrent.count == addresses.count)
            for (address, reply) in concurrent {
                #expect(reply.status == 200 && reply.body == sequential[address], "\(address)")
            }
        }
    }

    // MARK: The document

    @Test func theCommittedOpenAPIDocumentIsTheServedOne() async throws {
        let committed = try String(contentsOf: Self.repository.appending(path: "docs/openapi.json"), encoding: .utf8)
        let served = try await Self.get("/api/openapi.json").body
        #expect(served == committed, "regenerate docs/openapi.json: curl the running server's /api/openapi.json (README, Web view)")
    }

    @Test func everyDeclaredParameterIsAnOptionOfItsCommand() throws {
        let loaded = try #require(try ServedGraphs.load(files: []).entries.first { $0.name == "hostage-deal-2023" }).loaded
        for endpoint in APIEndpoints.all {
            let required = endpoint.parameters.filter(\.required).map { QueryItems.Item(name: $0.name, value: "biden") }
            for parameter in endpoint.parameters where !parameter.required {
                let value: String
                switch (parameter.type, parameter.form) {
                case (_, .flag): value = "true"
                case (_, .pair): value = parameter.type == .date ? "2023-11-01,2023-11-20" : "biden,hamas"
                case (.integer, _), (.number, _): value = APIParameter.plain(parameter.minimum ?? 1)
                case (.date, _): value = "2023-11-12"
                default: value = parameter.choices?.first ?? "biden"
                }
                do {
                    _ = try endpoint.answer(QueryItems(items: required + [.init(name: parameter.name, value: value)]), on: loaded, timeLimit: .seconds(60))
                } catch {
                    #expect(!error.message.contains("Unknown option") && !error.message.contains("Unexpected argument"),
                            "/api/\(endpoint.name): '\(parameter.name)' is not an option of its command: \(error.message)")
                }
            }
        }
    }
}
