import ChannelsFormats
import ChannelsModel
import OrderedCollections
import Testing

/// Reads a YAML text as the file "g.yaml".
func readYAML(_ text: String, strict: Bool = false) -> YAMLGraphReader.Result {
    YAMLGraphReader.read(Array(text.utf8), file: "g.yaml", strict: strict)
}

/// The single error of `text`, as (line, column, message).
func onlyError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> (Int?, Int?, String)? {
    let errors = readYAML(text).diagnostics.filter { $0.severity == .error }
    #expect(errors.count == 1, "expected one error, got \(errors)", sourceLocation: sourceLocation)
    return errors.first.map { ($0.line, $0.column, $0.message) }
}

let twoActors = """
actors:
  - id: biden
    name: Joe Biden
    kind: person
    side: us
  - id: emir
    kind: person
    side: qatar

"""

struct YAMLGraphReaderTests {
    @Test func readsEveryFieldOfTheFormat() throws {
        let result = readYAML("""
        format: 1
        title: Example
        description: A small graph.
        documents:
          - id: doc-a
            title: Article A
            language: en
            published: 2023-11-22
        sides:
          - id: us
            name: United States
            color: "#0072B2"
          - id: qatar
        kinds:
          actors:
            - id: ministry
              description: A ministry.
          channels:
            - id: back-channel
              directed: true
        actors:
          - id: biden
            name: Joe Biden
            kind: person
            side: us
            role: President
            aliases: [Biden, بايدن]
            default-for: [POTUS]
            attributes: {born: 1942, height: 1.82, active: true, party: Democratic}
            cites: [doc-a]
            note: A note.
          - id: mofa
            kind: ministry
            side: qatar
        channels:
          - id: c1
            kind: call
            source: biden
            target: mofa
            name: The line
            date: 2023-11
            weight: 2.5
            confidence: 0.8
            cites:
              - doc: doc-a
                quote: "they spoke"
                date: 2023-11-12
            note: Disputed.
            attributes: {minutes: 40}
          - kind: back-channel
            source: mofa
            target: biden
            from: 2023-10-20
          - kind: message
            source: biden
            target: mofa
            until: 2024
        """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let graph = try #require(result.graph)
        #expect(graph.title == "Example")
        #expect(graph.documents.map(\.id) == ["doc-a"])
        #expect(graph.documents.first?.published?.description == "2023-11-22")
        #expect(graph.sides.map(\.id) == ["us", "qatar"])
        #expect(graph.sides.first?.color == "#0072B2")
        #expect(graph.actors.map(\.id) == ["biden", "mofa"])
        let biden = graph.actors[0]
        #expect(biden.aliases == ["Biden", "بايدن"])
        #expect(biden.defaultFor == ["POTUS"])
        #expect(biden.attributes["born"] == .int(1942))
        #expect(biden.attributes["height"] == .double(1.82))
        #expect(biden.attributes["active"] == .bool(true))
        #expect(biden.attributes["party"] == .string("Democratic"))
        #expect(biden.cites == [Citation(doc: "doc-a")])
        #expect(graph.actors[1].name == "mofa")
        #expect(graph.actors[1].kind == ActorKind("ministry"))

        #expect(graph.channels.count == 3)
        let call = graph.channels[0]
        #expect((call.id, call.kind, call.source, call.target, call.directed) == ("c1", .call, 0, 1, false))
        #expect(call.date?.description == "2023-11")
        #expect(call.firstDay?.description == "2023-11-01")
        #expect(call.lastDay?.description == "2023-11-30")
        #expect(call.weight == 2.5 && call.confidence == 0.8)
        #expect(call.cites.first?.date?.description == "2023-11-12")
        #expect(call.disputedDates.map(\.description) == ["2023-11-12"])
        #expect(call.attributes["minutes"] == .int(40))
        // Declared kinds carry their default direction; ids are derived when absent.
        #expect(graph.channels[1].directed)
        #expect(graph.channels[1].id == "mofa--biden@2023-10-20..")
        #expect(graph.channels[1].lastDay == nil)
        #expect(graph.channels[2].directed)
        #expect(graph.channels[2].id == "biden--mofa@..2024")
    }

    @Test func derivedIdsStayUniqueAndAvoidExplicitOnes() throws {
        let graph = try #require(readYAML(twoActors + """
        channels:
          - {kind: call, source: biden, target: emir, date: 2023-11-12}
          - {kind: call, source: biden, target: emir, date: 2023-11-12}
          - {id: "biden--emir", kind: meeting, source: biden, target: emir}
          - {kind: meeting, source: biden, target: emir}
        """).graph)
        #expect(graph.channels.map(\.id) == ["biden--emir@2023-11-12", "biden--emir@2023-11-12#2", "biden--emir", "biden--emir#2"])
    }

    // MARK: Every validation error, with its line and column

    @Test func unknownActorInAChannelSuggestsTheNearestIds() throws {
        let error = try #require(onlyError(twoActors + """
        channels:
          - kind: call
            source: biden
            target: emri
        """))
        #expect(error.0 == 12 && error.1 == 13)
        #expect(error.2 == "unknown actor 'emri' — did you mean 'emir'?")
    }

    @Test func unknownKindListsTheAllowedKinds() throws {
        let error = try #require(onlyError(twoActors + """
        channels:
          - kind: cal
            source: biden
            target: emir
        """))
        #expect(error.0 == 10 && error.1 == 11)
        #expect(error.2.hasPrefix("unknown channel kind 'cal' — did you mean 'call'? Allowed: call, video-call, meeting, message, standing-channel, membership, command, other"))
        let actorKind = try #require(onlyError("actors:\n  - id: x\n    kind: persn\n"))
        #expect(actorKind.0 == 3 && actorKind.1 == 11)
        #expect(actorKind.2.contains("did you mean 'person'?"))
        #expect(actorKind.2.contains("Allowed: person, state, government-body"))
    }

    @Test func duplicateIdsPointAtTheRepeatAndTheFirst() throws {
        let actor = try #require(onlyError(twoActors + "  - id: biden\n    kind: person\n"))
        #expect(actor.0 == 9 && actor.1 == 9)
        #expect(actor.2 == "duplicate actor id 'biden' (first defined on line 2)")
        let channel = try #require(onlyError(twoActors + """
        channels:
          - {id: c, kind: call, source: biden, target: emir}
          - {id: c, kind: call, source: emir, target: biden}
        """))
        #expect(channel.0 == 11)
        #expect(channel.2 == "duplicate channel id 'c' (first defined on line 10)")
        let side = try #require(onlyError("sides:\n  - id: us\n  - id: us\nactors: []\n"))
        #expect(side.0 == 3 && side.2 == "duplicate side id 'us' (first defined on line 2)")
    }

    @Test(arguments: [
        ("date: 2023-02-30", "date '2023-02-30' is not a real date", 13),
        ("date: 2023-13", "date '2023-13' is not a real date", 13),
        ("date: yesterday", "expected date as YYYY-MM-DD, YYYY-MM or YYYY, found 'yesterday'", 13),
        ("from: 2023-11-20\n    until: 2023-11-01", "the interval ends (2023-11-01) before it starts (2023-11-20)", 14),
        ("date: 2023-11-01\n    from: 2023-11-01", "a channel has either a date or a from/until interval, not both", 14),
        ("confidence: 1.5", "confidence must be in (0, 1], found 1.5", 13),
        ("confidence: 0", "confidence must be in (0, 1], found 0.0", 13),
        ("weight: -2", "weight must be positive, found -2.0", 13),
        ("weight: heavy", "expected a number for weight, found 'heavy'", 13),
        ("directed: maybe", "expected true or false for directed, found 'maybe'", 13),
    ])
    func impossibleValuesAreLocated(field: String, message: String, line: Int) throws {
        let error = try #require(onlyError(twoActors + """
        channels:
          - kind: call
            source: biden
            target: emir
            \(field)
        """))
        #expect(error.0 == line)
        #expect(error.2 == message)
    }

    @Test func missingRequiredFieldsAreReportedAtTheirMapping() throws {
        let actor = try #require(onlyError("actors:\n  - id: x\n    name: X\n"))
        #expect(actor.0 == 2 && actor.1 == 5)
        #expect(actor.2 == "an actor is missing the required key 'kind'")
        let channel = try #require(onlyError(twoActors + "channels:\n  - kind: call\n    source: biden\n"))
        #expect(channel.0 == 10 && channel.1 == 5)
        #expect(channel.2 == "a channel is missing the required key 'target'")
        let top = try #require(onlyError("title: nothing else\n"))
        #expect(top.0 == 1 && top.2 == "a graph file is missing the required key 'actors'")
    }

    @Test func unknownKeysSuggestTheNearestValidKey() throws {
        let error = try #require(onlyError(twoActors + "chanels: []\n"))
        #expect(error.0 == 9 && error.1 == 1)
        #expect(error.2 == "unknown key 'chanels' in a graph file — did you mean 'channels'?")
        let cites = try #require(onlyError(twoActors + "channels:\n  - {kind: call, source: biden, target: emir, sources: [x]}\n"))
        #expect(cites.2 == "unknown key 'sources' in a channel — did you mean 'cites'?")
        let unrelated = try #require(onlyError(twoActors + "channels:\n  - {kind: call, source: biden, target: emir, xyzzy: 1}\n"))
        #expect(unrelated.2 == "unknown key 'xyzzy' in a channel; expected one of: id, kind, source, target, directed, name, date, from, until, weight, confidence, cites, note, attributes")
    }

    @Test func valuesOfTheWrongShapeAreReported() throws {
        let error = try #require(onlyError("actors:\n  id: x\n"))
        #expect(error.0 == 2 && error.2 == "expected actors as a list, found a mapping")
        let alias = try #require(onlyError("actors:\n  - id: x\n    kind: person\n    aliases: {a: b}\n"))
        #expect(alias.0 == 4 && alias.2 == "expected an alias as text, found a mapping")
        // Ids with spaces come from other tools' files; they read, with a warning.
        let spaced = YAMLGraphReader.read(Array("actors:\n  - id: Joe Biden\n    kind: person\n".utf8), file: "g.yaml")
        #expect(spaced.graph?.actors.first?.id == "Joe Biden")
        #expect(spaced.diagnostics.map(\.message) == ["actor id 'Joe Biden' contains spaces; ids are easier to use as single words such as 'joe-biden'"])
        #expect(spaced.diagnostics.first?.severity == .warning)
    }

    @Test func unknownSidesAndDocumentsAreCaughtWhenDeclared() throws {
        let side = try #require(onlyError("sides: [{id: us}, {id: qatar}]\nactors:\n  - {id: x, kind: person, side: qatr}\n"))
        #expect(side.0 == 3 && side.2 == "unknown side 'qatr' — did you mean 'qatar'?")
        let document = try #require(onlyError("documents: [{id: 000_a.txt}]\nactors:\n  - {id: x, kind: person, cites: [{doc: 001_a.txt, quote: q}]}\n"))
        #expect(document.0 == 3 && document.2 == "unknown document '001_a.txt' — did you mean '000_a.txt'?")
    }

    @Test func everyProblemIsReportedAtOnceInFileOrder() {
        let result = readYAML("""
        actors:
          - id: a
            kind: persn
          - id: a
            kind: person
        channels:
          - {kind: cal, source: a, target: b}
          - {kind: call, source: a, target: a, date: 2023-02-30}
        """)
        #expect(result.graph == nil)
        #expect(result.diagnostics.map { $0.line ?? 0 } == [3, 4, 7, 7, 8, 8])
        #expect(result.hasErrors)
    }

    @Test func aNewerFormatIsRefused() throws {
        let error = try #require(onlyError("format: 2\nactors: []\n"))
        #expect(error.2 == "this file is format 2; this version of channels reads format 1 and older")
    }

    // MARK: Files that are not graph files

    @Test(arguments: ["", "   \n\n", "\u{FEFF}"])
    func emptyFilesAreRejected(text: String) throws {
        let error = try #require(onlyError(text))
        #expect(error.2 == "the file is empty")
    }

    @Test func aFileOfCommentsIsRejected() throws {
        let error = try #require(onlyError("# nothing here\n# at all\n"))
        #expect(error.2 == "the file has no content, only comments")
    }

    @Test func invalidYAMLIsLocated() throws {
        let error = try #require(onlyError("actors:\n  - id: a\n    kind: [person\n"))
        #expect(error.0 == 4)
        #expect(error.2.hasPrefix("not valid YAML:"))
        let tab = try #require(onlyError("actors:\n\t- id: a\n"))
        #expect(tab.0 == 2 && tab.2.hasPrefix("not valid YAML:"))
    }

    @Test func invalidUTF8IsLocatedAtTheByte() throws {
        var bytes = Array("actors:\n  - id: caf".utf8)
        bytes += [0xE9, 0x0A]
        let result = YAMLGraphReader.read(bytes, file: "g.yaml")
        let error = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect((error.line, error.column) == (2, 12))
        #expect(error.message == "the file is not valid UTF-8 (byte 0xE9); save it as UTF-8")
    }

    @Test func nulBytesAreRejected() throws {
        let result = YAMLGraphReader.read(Array("actors:\n  - id: a\u{0}\n".utf8), file: "g.yaml")
        #expect(result.diagnostics.first?.message == "the file contains a NUL byte; is it a binary file?")
        #expect(result.diagnostics.first?.line == 2)
    }

    @Test func aDuplicateKeyInAMappingIsRejected() throws {
        let error = try #require(onlyError("actors:\n  - id: a\n    kind: person\n    kind: state\n"))
        #expect(error.2 == "duplicate key 'kind' in one mapping")
    }

    @Test func deepNestingIsRefusedWithoutCrashing() throws {
        let deep = "actors: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let result = readYAML(deep)
        #expect(result.hasErrors)
        #expect(result.diagnostics.first?.message.hasPrefix("not valid YAML:") == true)
    }

    // MARK: Warnings

    @Test func strictModeWarnsAboutUncitedChannels() {
        let text = twoActors + "channels:\n  - {kind: call, source: biden, target: emir}\n  - {kind: call, source: biden, target: emir, cites: [doc]}\n"
        #expect(readYAML(text).diagnostics.isEmpty)
        let warnings = readYAML(text, strict: true).diagnostics
        #expect(warnings.map(\.severity) == [.warning, .warning])
        #expect(warnings.map(\.message) == ["channel cites no document", "citation of 'doc' has no quote or note"])
        #expect(readYAML(text, strict: true).graph != nil)
    }

    @Test func selfLoopsAreWarnedAbout() {
        let result = readYAML(twoActors + "channels:\n  - {kind: call, source: biden, target: biden}\n")
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.diagnostics.first?.message == "channel connects 'biden' to itself")
    }
}
