@preconcurrency import Benchmark
import ChannelsCore

/// Structure: strong components of R-MAT 18, weak components of G(n, m) with 1M nodes, articulation
/// points of R-MAT 18 taken undirected.
func structureBenchmarks() {
    Benchmark("structure.strong-components.rmat", configuration: Suite.configuration(iterations: 10, setup: { _ = Inputs.rmat })) { benchmark in
        let view = GraphView(Inputs.rmat)
        benchmark.startMeasurement()
        blackHole(view.strongComponents().count)
    }
    Benchmark("structure.weak-components.gnm", configuration: Suite.configuration(iterations: 10, setup: { _ = Inputs.gnm })) { benchmark in
        let view = GraphView(Inputs.gnm)
        benchmark.startMeasurement()
        blackHole(view.weakComponents().count)
    }
    Benchmark("structure.articulation-points.rmat-undirected",
              configuration: Suite.configuration(iterations: 10, setup: { _ = Inputs.rmatUndirected })) { benchmark in
        let view = GraphView(Inputs.rmatUndirected)
        benchmark.startMeasurement()
        blackHole(view.cutStructure().articulationPoints.count)
    }
}
