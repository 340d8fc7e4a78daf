import ChannelsFormats
import ChannelsModel

/// Both graphs of a diff in one picture: what was added in green, what was removed struck through, what
/// changed in purple, the rest as usual.
struct DiffPicture {
    let report: DiffReport
    let options: DiagramOptions

    func write(to path: String, layout: String) throws {
        let diff = report.diff
        let (graph, removedActors, removedChannels) = report.union.graph()
        var options = options
        for index in diff.addedActors { options.actorMarks[index] = .added }
        for change in diff.changedActors { options.actorMarks[change.newIndex] = .changed }
        for index in removedActors { options.actorMarks[index] = .removed }
        for index in diff.addedChannels { options.channelMarks[index] = .added }
        for change in diff.changedChannels { options.channelMarks[change.newIndex] = .changed }
        for index in removedChannels { options.channelMarks[index] = .removed }
        if options.title == nil { options.title = "\(report.oldName) → \(report.newName)" }
        let dot = DOTWriter(graph: graph, options: options).write()
        try DiagramOutput.write(dot: dot, to: path, format: nil, layout: layout)
    }
}
