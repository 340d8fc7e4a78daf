import ChannelsBuiltin
import ChannelsModel
import GraphCompiler
import Testing

/// The built-in graphs compiled into Swift at build time (by `embed-graphs`, through the build plugin) are
/// exactly what the YAML reader makes of the files in `Graphs/`.
struct CompiledGraphsTests {
    @Test(arguments: BuiltinGraphs.all.map(\.name))
    func aCompiledGraphIsTheGraphItsYAMLReadsAs(name: String) throws {
        let embedded = try #require(BuiltinGraphs.named(name))
        let read = try CuratedGraphTests.load(name)
        let compiled = embedded.compiledGraph()
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

    @Test(arguments: [("plain", 1), ("a \"\"\" b", 1), ("one # and \"\"\"## two", 3)])
    func rawLiteralsOutnumberTheTextsHashes(text: String, hashes: Int) {
        let literal = CompiledGraphSource.rawLiteral(text)
        let fence = String(repeating: "#", count: hashes)
        #expect(literal == "\(fence)\"\"\"\n\(text)\n\"\"\"\(fence)")
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
