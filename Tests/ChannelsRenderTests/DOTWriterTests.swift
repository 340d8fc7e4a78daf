import ChannelsBuiltin
import ChannelsFormats
import ChannelsModel
import ChannelsRender
import Foundation
import Testing

/// Small graphs whose DOT was reviewed by eye once and is now compared byte for byte.
enum GoldenGraphs {
    static let triangle = ChannelGraph(
        title: "Triangle",
        sides: [Side(id: "us", name: "United States"), Side(id: "qatar", name: "Qatar")],
        actors: [
            Actor(id: "biden", name: "Joe Biden", kind: .person, side: "us", role: "President"),
            Actor(id: "emir", name: "Tamim bin Hamad Al Thani", kind: .person, side: "qatar", aliases: ["أمير قطر"]),
            Actor(id: "hamas", name: "Hamas", kind: .armedGroup),
        ],
        channels: [
            Channel(id: "call-1", kind: .call, source: 0, target: 1, directed: false, date: PartialDate("2023-11-12")),
            Channel(id: "call-2", kind: .call, source: 0, target: 1, directed: false, date: PartialDate("2023-11-17")),
            Channel(id: "offer", kind: .message, source: 1, target: 2, directed: true, name: "final \"offer\"", date: PartialDate("2023-11")),
            Channel(id: "doha", kind: .standingChannel, source: 1, target: 2, directed: false, from: PartialDate("2023-10-20")),
        ])

    static let tricky = ChannelGraph(
        actors: [
            Actor(id: "a\"b", name: "Quote \" and back\\slash", kind: .forum),
            Actor(id: "c", name: "Line one\nline two <b>not bold</b> & more", kind: .state),
        ],
        channels: [Channel(id: "x", kind: .meeting, source: 0, target: 1, directed: false)])
}

struct DOTWriterTests {
    static func golden(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "dot", subdirectory: "Golden"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test(arguments: [
        ("triangle", GoldenGraphs.triangle, false),
        ("triangle-merged", GoldenGraphs.triangle, true),
        ("tricky", GoldenGraphs.tricky, false),
    ])
    func matchesTheReviewedGolden(name: String, graph: ChannelGraph, merge: Bool) throws {
        var options = DiagramOptions()
        options.mergeParallel = merge
        let dot = DOTWriter(graph: graph, options: options).write()
        if ProcessInfo.processInfo.environment["CHANNELS_RECORD_GOLDEN"] == "1" {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Golden/\(name).dot")
            try dot.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded Golden/\(name).dot; review it, then run the tests without CHANNELS_RECORD_GOLDEN")
            return
        }
        #expect(dot == (try Self.golden(name)), "if the change is intended, rerun with CHANNELS_RECORD_GOLDEN=1 and review the diff")
    }

    @Test func outputIsTheSameOnEveryRun() {
        let first = DOTWriter(graph: GoldenGraphs.triangle, options: DiagramOptions()).write()
        for _ in 0..<20 { #expect(DOTWriter(graph: GoldenGraphs.triangle, options: DiagramOptions()).write() == first) }
    }

    @Test func userTextIsEscaped() {
        #expect(DOTText.quoted(#"say "hi" \o/"#) == #""say \"hi\" \\o/""#)
        #expect(DOTText.quoted("two\nlines") == #""two\nlines""#)
        #expect(DOTText.quoted("tab\there\u{1}") == #""tab here""#)
        #expect(DOTText.quoted("حماس") == "\"حماس\"")
        #expect(DOTText.html("<b>&\"'") == "&lt;b&gt;&amp;&quot;&#39;")
    }

    @Test func parallelChannelsAreSeparateEdgesUnlessMerged() {
        let separate = DOTWriter(graph: GoldenGraphs.triangle, options: DiagramOptions()).write()
        #expect(separate.contains("id=\"call-1\"") && separate.contains("id=\"call-2\""))
        var options = DiagramOptions()
        options.mergeParallel = true
        let merged = DOTWriter(graph: GoldenGraphs.triangle, options: options).write()
        #expect(merged.contains("id=\"call-1+1\"") && merged.contains("label=\"×2 · 2023-11-12..2023-11-17\""))
        #expect(!merged.contains("id=\"call-2\""))
    }

    @Test func arrowheadsOnlyOnDirectedChannels() {
        let dot = DOTWriter(graph: GoldenGraphs.triangle, options: DiagramOptions()).write()
        let lines = dot.split(separator: "\n")
        #expect(lines.first { $0.contains("id=\"offer\"") }?.contains("dir=\"forward\"") == true)
        #expect(lines.first { $0.contains("id=\"call-1\"") }?.contains("dir=\"none\"") == true)
    }

    @Test(arguments: ["hostage-deal-2023", "ceasefire-talks-2024"])
    func everyExportOfTheCuratedGraphsReparses(name: String) throws {
        let embedded = try #require(BuiltinGraphs.named(name))
        let graph = try #require(YAMLGraphReader.read(Array(embedded.text.utf8), file: name).graph)
        for clustering in DiagramOptions.Clustering.allCases {
            for merge in [false, true] {
                for labels in DiagramOptions.Labels.allCases {
                    var options = DiagramOptions()
                    options.clustering = clustering
                    options.mergeParallel = merge
                    options.labels = labels
                    let dot = DOTWriter(graph: graph, options: options).write()
                    #expect(throws: Never.self) { try DiagramRenderer.check(dot: dot) }
                }
            }
        }
    }
}
