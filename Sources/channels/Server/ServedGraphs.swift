import ArgumentParser
import HTTPTypes
import ChannelsBuiltin
import ChannelsFormats
import ChannelsModel

/// The graphs a server answers about, loaded once at start-up and shared, read-only, by every request:
/// the built-in graphs, then any `--graph` files, each under a name (a file's is its base name).
struct ServedGraphs: Sendable {
    struct Entry: Sendable {
        let name: String
        let loaded: LoadedGraph
        /// The distinct days dated channels start on, in order: the overview's date slider's stops,
        /// found once here rather than on every request.
        let startDays: [Day]

        init(name: String, loaded: LoadedGraph) {
            self.name = name
            self.loaded = loaded
            startDays = Array(Set(loaded.graph.channels.compactMap(\.firstDay))).sorted()
        }
    }

    let entries: [Entry]
    /// The graph a request without `graph=` is about.
    let defaultName: String

    /// The default graph's entry.
    var defaultEntry: Entry { entries.first { $0.name == defaultName } ?? entries[0] }

    /// The graph a query's `graph=` names, or the default one without it.
    ///
    /// - Throws: ``APIError`` 400 when `graph` is given twice, 404 with the nearest names for a name that
    ///   matches no graph.
    func graph(for query: QueryItems) throws(APIError) -> Entry {
        let names = query.values("graph")
        guard names.count <= 1 else { throw APIError(.badRequest, "'graph' is given \(names.count) times; give it once") }
        return try graph(names.first.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// The graph `name` names, or the default one for `nil`.
    ///
    /// - Throws: ``APIError`` 404 with the nearest names.
    func graph(_ name: String?) throws(APIError) -> Entry {
        let wanted = name ?? defaultName
        if let entry = entries.first(where: { $0.name == wanted }) { return entry }
        let names = entries.map(\.name)
        var nearest = Suggestions.nearest(to: wanted, among: names)
        for name in names where !wanted.isEmpty && name.hasPrefix(wanted) && !nearest.contains(name) { nearest.append(name) }
        throw APIError(.notFound, "no graph named '\(wanted.prefix(80))' is served\(Suggestions.didYouMean(nearest))", suggestions: nearest)
    }

    /// Loads the built-in graphs and then `files` (each a path or a built-in graph's name), each ready to
    /// share, named by its file name without the last extension (`talks.v2.yaml` is `talks.v2`); a name
    /// already taken gets `-2`, `-3`… added.
    ///
    /// - Throws: the ``Failure`` of the first file that cannot be read (its diagnostics printed).
    static func load(files: [String]) throws -> ServedGraphs {
        var entries = BuiltinGraphs.all.map { builtin in
            Entry(name: builtin.name, loaded: LoadedGraph(content: .typed(builtin.compiledGraph()), name: builtin.path).prepareForSharing())
        }
        for file in files {
            if BuiltinGraphs.named(file) != nil { continue }
            let loaded = try GraphOptions.parse(["--graph=\(file)"]).load().prepareForSharing()
            let base = file.split(separator: "/").last.map(String.init) ?? file
            let stem = base.lastIndex(of: ".").map { String(base[..<$0]) }.flatMap { $0.isEmpty ? nil : $0 } ?? base
            var name = stem, suffix = 2
            while entries.contains(where: { $0.name == name }) {
                name = "\(stem)-\(suffix)"
                suffix += 1
            }
            entries.append(Entry(name: name, loaded: loaded))
        }
        return ServedGraphs(entries: entries, defaultName: BuiltinGraphs.defaultName)
    }
}
