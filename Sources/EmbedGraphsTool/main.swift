import ChannelsFormats
import Foundation
import GraphCompiler

// Writes a Swift file that holds each given YAML graph twice: its text, exactly, and the graph it reads as,
// compiled into model initialisers. A graph with errors fails the build with each error located.
// Usage: embed-graphs OUTPUT.swift GRAPH.yaml...

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-graphs OUTPUT.swift GRAPH.yaml...\n".utf8))
    exit(64)
}

var entries: [CompiledGraphSource.Entry] = []
for path in arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("\(path): error: cannot read the file as UTF-8\n".utf8))
        exit(66)
    }
    let result = YAMLGraphReader.read(Array(data), file: path)
    for diagnostic in result.diagnostics {
        FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
    }
    guard let graph = result.graph else { exit(65) }
    entries.append(CompiledGraphSource.Entry(fileName: URL(fileURLWithPath: path).lastPathComponent, text: text, graph: graph))
}

do {
    try Data(CompiledGraphSource.file(entries).utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("embed-graphs: cannot write \(output): \(error)\n".utf8))
    exit(73)
}
