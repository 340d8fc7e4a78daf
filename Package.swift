// swift-tools-version:6.1
import Foundation
import PackageDescription

/// Upcoming language features every target opts into: explicit existentials, and imports that are
/// internal unless marked `public`, so each module's public surface names its dependencies.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

var package = Package(
    name: "channels",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "channels", targets: ["channels"]),
        .library(name: "ChannelsCore", targets: ["ChannelsCore"]),
        .library(name: "ChannelsFormats", targets: ["ChannelsFormats"]),
        .library(name: "ChannelsRender", targets: ["ChannelsRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // Model: actors, channels, kinds, dates, names. Depends on nothing but swift-collections.
        .target(
            name: "ChannelsModel",
            dependencies: [.product(name: "OrderedCollections", package: "swift-collections")],
            swiftSettings: swiftSettings
        ),
        // Core: the CSR snapshot, filtered views, and every graph kernel. No C, no I/O.
        .target(
            name: "ChannelsCore",
            dependencies: [
                "ChannelsModel",
                .product(name: "HeapModule", package: "swift-collections"),
            ],
            swiftSettings: swiftSettings
        ),
        // The system library: libgvc and libcgraph from Debian's libgraphviz-dev, through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // The only importer of CGraphviz: a serialised, leak-free Swift face on libgvc/libcgraph.
        .target(
            name: "Graphviz",
            dependencies: ["CGraphviz"],
            swiftSettings: swiftSettings
        ),
        // Formats: graph files in and out (DOT written here, its grammar parsed by Render), with
        // file:line:column diagnostics. No Graphviz: Swift, Yams (libyaml) and FoundationXML only.
        .target(
            name: "ChannelsFormats",
            dependencies: [
                "ChannelsModel",
                "ChannelsCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            swiftSettings: swiftSettings
        ),
        // Rendering: diagrams drawn, and DOT parsed, through Graphviz.
        .target(
            name: "ChannelsRender",
            dependencies: ["ChannelsFormats", "Graphviz"],
            swiftSettings: swiftSettings
        ),
        // The curated graphs of Graphs/, generated into Swift at build time by the plugin: each file's YAML,
        // so an installed binary carries it, and the graph it reads as, so commands need not parse it.
        .target(
            name: "ChannelsBuiltin",
            dependencies: [
                "ChannelsModel",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            swiftSettings: swiftSettings,
            plugins: ["EmbedGraphsPlugin"]
        ),
        // Writes a graph as the Swift that builds it: what the plugin's tool generates.
        .target(
            name: "GraphCompiler",
            dependencies: [
                "ChannelsModel",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "embed-graphs",
            dependencies: ["ChannelsFormats", "GraphCompiler"],
            path: "Sources/EmbedGraphsTool",
            swiftSettings: swiftSettings
        ),
        .plugin(
            name: "EmbedGraphsPlugin",
            capability: .buildTool(),
            dependencies: ["embed-graphs"],
            path: "Sources/EmbedGraphsPlugin"
        ),
        // The command line: one file per subcommand.
        .executableTarget(
            name: "channels",
            dependencies: [
                "ChannelsModel",
                "ChannelsCore",
                "ChannelsFormats",
                "ChannelsRender",
                "ChannelsBuiltin",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ChannelsModelTests",
            dependencies: ["ChannelsModel"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ChannelsCoreTests",
            dependencies: ["ChannelsCore", "ChannelsModel", "ChannelsFormats"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ChannelsFormatsTests",
            dependencies: [
                "ChannelsFormats", "ChannelsModel", "ChannelsCore", "ChannelsBuiltin", "ChannelsRender", "GraphCompiler",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ChannelsRenderTests",
            dependencies: ["ChannelsRender", "ChannelsModel", "ChannelsFormats", "ChannelsBuiltin", "Graphviz"],
            resources: [.copy("Golden")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ChannelsCLITests",
            dependencies: ["channels"],
            // Read at run time from the repository (the CLI runs there), not bundled.
            exclude: ["Golden", "GoldenPictures", "Fixtures"],
            swiftSettings: swiftSettings
        ),
    ]
)

// The benchmark suite (package-benchmark), only when asked for, so that plain `swift build` and
// `swift test` fetch and build none of it: `BENCHMARKS=1 swift package benchmark` (Benchmarks/README.md).
if ProcessInfo.processInfo.environment["BENCHMARKS"] != nil {
    package.dependencies.append(.package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]))
    package.targets.append(.executableTarget(
        name: "QueryCore",
        dependencies: [
            "ChannelsCore", "ChannelsFormats", "ChannelsModel", "ChannelsBuiltin",
            .product(name: "Benchmark", package: "benchmark"),
        ],
        path: "Benchmarks/QueryCore",
        swiftSettings: swiftSettings,
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ))
}

// The libFuzzer harness, only when asked for: Tests/Fuzz/run.sh builds it with the address sanitizer
// and coverage instrumentation on every module, and links libFuzzer into this target alone.
if ProcessInfo.processInfo.environment["FUZZ"] != nil {
    package.targets.append(.executableTarget(
        name: "channels-fuzz",
        dependencies: ["ChannelsCore", "ChannelsFormats", "ChannelsModel", "ChannelsRender"],
        path: "Tests/Fuzz/Harness",
        swiftSettings: swiftSettings + [.unsafeFlags(["-parse-as-library"])],
        linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
    ))
}
