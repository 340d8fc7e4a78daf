@testable import ChannelsBuiltin
import ChannelsCore
import ChannelsModel
import Foundation
import Testing

/// The built-in graphs compiled into Swift (`Sources/ChannelsBuiltin/CompiledGraphs.swift`) are exactly
/// what the YAML reader makes of the files in `Graphs/`, and are used only while they are.
struct CompiledGraphsTests {
    static let sourceFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appending(path: "../../Sources/ChannelsBuiltin/CompiledGraphs.swift").standardizedFileURL

    /// What the generator writes for the graphs embedded in this build.
    static func generated() throws -> String {
        let entries = try BuiltinGraphs.all.map { embedded in
            CompiledGraphSource.Entry(
                fileName: embedded.fileName,
                sourceHash: XXHash64.hash(utf8: embedded.text),
                graph: try CuratedGraphTests.load(embedded.name))
        }
        return CompiledGraphSource.file(entries)
    }

    @Test func theCompiledFileIsWhatTheGeneratorWritesForGraphs() throws {
        let generated = try Self.generated()
        if ProcessInfo.processInfo.environment["CHANNELS_RECORD_GOLDEN"] == "1" {
            try generated.write(to: Self.sourceFile, atomically: true, encoding: .utf8)
            Issue.record("recorded \(Self.sourceFile.lastPathComponent); rebuild, then run the tests without CHANNELS_RECORD_GOLDEN")
            return
        }
        // Lines compare as bytes: `==` on strings would take a line an editor normalised (NFC ↔ NFD) as equal.
        let committed = try String(contentsOf: Self.sourceFile, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let expected = generated.split(separator: "\n", omittingEmptySubsequences: false)
        let differing = zip(committed, expected).enumerated().first { !$0.element.0.utf8.elementsEqual($0.element.1.utf8) }?.offset
        if let line = differing ?? (committed.count == expected.count ? nil : min(committed.count, expected.count)) {
            let found = line < committed.count ? committed[line] : "(end of file)"
            let wanted = line < expected.count ? expected[line] : "(end of file)"
            Issue.record("CompiledGraphs.swift:\(line + 1) is \(found), the generator writes \(wanted); after changing Graphs/, rerun with CHANNELS_RECORD_GOLDEN=1")
        }
    }

    @Test(arguments: BuiltinGraphs.all.map(\.name))
    func aCompiledGraphIsTheGraphItsYAMLReadsAs(name: String) throws {
        let embedded = try #require(BuiltinGraphs.named(name))
        let read = try CuratedGraphTests.load(name)
        guard let compiled = embedded.compiledGraph() else {
            Issue.record("\(embedded.fileName) has no current compiled form; rerun with CHANNELS_RECORD_GOLDEN=1")
            return
        }
        #expect(compiled.title == read.title)
        #expect(compiled.description == read.description)
        #expect(compiled.documents == read.documents)
        #expect(compiled.sides == read.sides)
        #expect(compiled.declaredActorKinds == read.declaredActorKinds)
        #expect(compiled.declaredChannelKinds == read.declaredChannelKinds)
        #expect(compiled.kinds == read.kinds)
        #expect(compiled.actors.count == read.actors.count)
        for (compiledActor, readActor) in zip(compiled.actors, read.actors) {
            #expect(compiledActor == readActor)
        }
        #expect(compiled.channels.count == read.channels.count)
        for (compiledChannel, readChannel) in zip(compiled.channels, read.channels) {
            #expect(compiledChannel == readChannel)
        }
        for actor in read.actors {
            #expect(compiled.actorIndex(id: actor.id) == read.actorIndex(id: actor.id))
        }
        #expect(compiled == read)
        #expect(compiled.actors.count >= 10 && compiled.channels.count >= 20)
    }

    @Test func aCompiledGraphIsNotUsedOnceItsYAMLChanges() throws {
        let embedded = try #require(BuiltinGraphs.defaultGraph)
        #expect(embedded.compiledGraph()?.actors.first?.id == "biden")
        let edited = EmbeddedGraph(name: embedded.name, fileName: embedded.fileName, text: embedded.text.replacingOccurrences(of: "Joe Biden", with: "Joseph Biden"))
        #expect(edited.compiledGraph() == nil)
        let unknown = EmbeddedGraph(name: "elsewhere", fileName: "elsewhere.yaml", text: embedded.text)
        #expect(unknown.compiledGraph() == nil)
    }

    @Test(arguments: [
        ("plain", #""plain""#),
        ("say \"hi\" \\o/", #""say \"hi\" \\o/""#),
        ("two\nlines\tand\r", #""two\nlines\tand\r""#),
        ("\u{200F}rtl mark, nbsp\u{00A0}, bell\u{7}", #""\u{200F}rtl mark, nbsp\u{A0}, bell\u{7}""#),
        ("حَمَاس", "\"حَمَاس\""),
        ("\u{064E}leading mark", #""\u{64E}leading mark""#),
        ("\\(interpolation)", #""\\(interpolation)""#),
    ])
    func stringLiteralsSpellTheirTextExactly(text: String, literal: String) {
        #expect(CompiledGraphSource.literal(text) == literal)
    }

    @Test(arguments: [(0.1, "0.1"), (1e-05, "1e-05"), (2.5e+20, "2.5e+20"), (-0.0, "-0.0"), (.infinity, ".infinity"), (-.infinity, "-.infinity")])
    func doubleLiteralsSpellTheirValueExactly(value: Double, literal: String) {
        #expect(CompiledGraphSource.literal(value) == literal)
    }

    @Test func functionNamesComeFromFileNames() {
        #expect(CompiledGraphSource.functionName("hostage-deal-2023.yaml") == "graphHostageDeal2023")
        #expect(CompiledGraphSource.functionName("v1.2-talks.yaml") == "graphV12Talks")
        #expect(CompiledGraphSource.functionName("default.yaml") == "graphDefault")
    }
}
