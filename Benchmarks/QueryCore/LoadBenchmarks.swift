@preconcurrency import Benchmark
import ChannelsCore
import ChannelsFormats

/// Loading R-MAT (scale 20, 16M edges; 12 in smoke mode) into the CSR snapshot: from a text edge list
/// (parse, renumber, build rows) and from a binary snapshot (read and check).
func loadBenchmarks() {
    let metrics = Suite.metrics + [.peakMemoryResident]
    Benchmark("load.edge-list.rmat", configuration: Suite.configuration(
        iterations: 3, setup: { _ = Inputs.loadFile("txt") }, metrics: metrics)) { benchmark in
        let path = Inputs.loadFile("txt")
        benchmark.startMeasurement()
        do {
            blackHole(try EdgeList.read(MappedFile(path), file: path, directed: true).snapshot.slotCount)
        } catch {
            benchmark.error("\(error)")
        }
    }
    Benchmark("load.snapshot.rmat", configuration: Suite.configuration(
        iterations: 5, setup: { _ = Inputs.loadFile("chsnap") }, metrics: metrics)) { benchmark in
        let path = Inputs.loadFile("chsnap")
        benchmark.startMeasurement()
        do {
            blackHole(try BinarySnapshot.read(path: path).snapshot.slotCount)
        } catch {
            benchmark.error("\(error)")
        }
    }
}
