"""NetworKit: C++ core with OpenMP; the thread count is set with setNumberOfThreads after import
(OMP_NUM_THREADS is set before import too). Nodes are dense ids 0..n-1, mapped from labels here.

The timed call builds the algorithm object and runs it; reading the scores back into Python happens
afterwards. The object is built anew for every run because re-running one is not safe (a re-run
BidirectionalBFS returned a wrong distance, then hung, in NetworKit 11.2).
"""

from __future__ import annotations

import networkit as nk
import numpy as np

from .common import ArrayPeer, EdgeArrays, Kernel, Query, per_node, read_edges

LIBRARY = nk

UNSUPPORTED = {"yen": "no k shortest simple paths between two nodes"}


def build(edges: EdgeArrays, directed: bool) -> nk.Graph:
    """A NetworKit graph on dense ids, weighted when the edges carry weights."""
    weighted = edges.weight is not None
    graph = nk.Graph(edges.node_count, weighted=weighted, directed=directed)
    # addEdges takes only unsigned 64-bit ids (and float64 weights).
    source, target = edges.source.astype(np.uint64), edges.target.astype(np.uint64)
    graph.addEdges((edges.weight, (source, target)) if weighted else (source, target))
    return graph


def _ran(algorithm):
    """Run a freshly built NetworKit algorithm and hand it back, so its results can be read after timing."""
    algorithm.run()
    return algorithm


class Peer(ArrayPeer):
    """NetworKit kernels: each timed call is `_ran(Algorithm(...))`."""

    build = staticmethod(build)

    @staticmethod
    def read_native(path: str, undirected: bool) -> tuple[int, int]:
        """`graphio.EdgeListReader`, NetworKit's own reader; continuous=False maps sparse labels to
        dense ids. Returns (nodes, edges)."""
        reader = nk.graphio.EdgeListReader("\t", 0, "#", continuous=False, directed=not undirected)
        graph = reader.read(path)
        return graph.numberOfNodes(), graph.numberOfEdges()

    def _distances(self, algorithm) -> dict[str, float]:
        # Unreachable nodes get the largest double, which is finite: drop it explicitly.
        unreachable = np.finfo(np.float64).max
        return per_node(self.edges.labels, [d if d < unreachable else None for d in algorithm.getDistances()],
                        skip_unreachable=True)

    def bfs(self, q: Query) -> Kernel:
        source = self.edges.index(q.source)
        return Kernel(lambda: _ran(nk.distance.BFS(self.graph, source, storePaths=False)), self._distances)

    def pair(self, q: Query) -> Kernel:
        source, target = self.edges.index(q.source), self.edges.index(q.target)
        return Kernel(lambda: _ran(nk.distance.BidirectionalBFS(self.graph, source, target, False)),
                      lambda ran: int(ran.getDistance()))

    def dijkstra(self, q: Query) -> Kernel:
        source = self.edges.index(q.source)
        return Kernel(lambda: _ran(nk.distance.Dijkstra(self.graph, source, storePaths=False)), self._distances)

    def betweenness(self, q: Query) -> Kernel:
        # NetworKit sums over ordered pairs on undirected graphs too: halve to NetworkX's convention.
        scale = 0.5 if not self.graph.isDirected() else 1.0
        return Kernel(lambda: _ran(nk.centrality.Betweenness(self.graph, normalized=False)),
                      lambda ran: self._labelled(v * scale for v in ran.scores()))

    def betweenness_sampled(self, q: Query) -> Kernel:
        return Kernel(lambda: _ran(nk.centrality.EstimateBetweenness(self.graph, q.pivots, normalized=False,
                                                                     parallel=q.threads > 1)),
                      lambda ran: None)

    def closeness(self, q: Query) -> Kernel:
        # Normalised generalised closeness = (reached-1)/(n-1) × (reached-1)/sum: NetworkX's wf_improved.
        variant = nk.centrality.ClosenessVariant.GENERALIZED
        return Kernel(lambda: _ran(nk.centrality.Closeness(self.graph, True, variant)),
                      lambda ran: self._labelled(ran.scores()))

    def pagerank(self, q: Query) -> Kernel:
        # DistributeSinks spreads dangling nodes' rank uniformly, as NetworkX does; the stopping test is
        # switched to the L1 norm with NetworkX's threshold (n × 1e-10).
        def pagerank():
            algorithm = nk.centrality.PageRank(self.graph, damp=0.85, tol=1e-10 * self.graph.numberOfNodes(),
                                               distributeSinks=nk.centrality.SinkHandling.DistributeSinks)
            algorithm.norm = nk.centrality.Norm.L1_NORM
            algorithm.maxIterations = 1000
            return _ran(algorithm)

        return Kernel(pagerank, lambda ran: self._labelled(ran.scores()))

    def components(self, q: Query) -> Kernel:
        kind = (nk.components.StronglyConnectedComponents if self.graph.isDirected()
                else nk.components.ConnectedComponents)
        return Kernel(lambda: _ran(kind(self.graph)), lambda ran: int(ran.numberOfComponents()))

    def articulation(self, q: Query) -> Kernel:
        # No articulation-point kernel: a node is one exactly when it lies in two or more biconnected
        # components, which is counted from the components inside the timed call.
        def run() -> int:
            algorithm = _ran(nk.components.BiconnectedComponents(self.graph))
            members = [node for component in algorithm.getComponents() for node in component]
            return int(np.count_nonzero(np.bincount(members, minlength=self.graph.numberOfNodes()) > 1))

        return Kernel(run, int)
