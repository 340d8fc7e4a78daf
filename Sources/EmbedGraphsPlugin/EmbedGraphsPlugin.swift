import Foundation
import PackagePlugin

/// Embeds the curated graphs of `Graphs/*.yaml` into the target that uses this plugin, so that an
/// installed `channels` binary carries its default graph wherever it runs.
@main
struct EmbedGraphsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Graphs")
        let graphs = try FileManager.default
            .contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedGraphs.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(graphs.count) curated graphs",
                executable: try context.tool(named: "embed-graphs").url,
                arguments: [output.path] + graphs.map(\.path),
                inputFiles: graphs,
                outputFiles: [output]
            ),
        ]
    }
}
