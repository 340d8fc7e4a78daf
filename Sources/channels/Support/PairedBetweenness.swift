import ChannelsCore

/// Betweenness of two views in turn (a graph before and after, or two graphs), with one progress line on
/// stderr across both and Ctrl-C honoured: what `whatif` and `diff` rank brokers by.
enum PairedBetweenness {
    static func compute(_ first: GraphView, _ second: GraphView, label: String) throws -> (first: [Double], second: [Double]) {
        let progress = ProgressReporter(label, unit: "sources")
        let offset = first.allowedNodeCount, total = first.allowedNodeCount + second.allowedNodeCount
        let a = first.betweenness(progress: { done, _ in progress.update(done, total) }, isCancelled: Interrupt.cancellation())
        let b = second.betweenness(progress: { done, _ in progress.update(offset + done, total) }, isCancelled: Interrupt.cancellation())
        progress.finish()
        guard let a, let b else {
            try Interrupt.check()
            throw Failure(ExitStatus.interrupted, "interrupted")
        }
        return (a.nodes, b.nodes)
    }
}
