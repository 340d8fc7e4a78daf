"""rustworkx: Rust core; parallel kernels use a Rayon pool sized by RAYON_NUM_THREADS (set before import).

Nodes are dense ids 0..n-1, mapped from labels here. Edge payloads are the weights (floats) when the
kernel is weighted, None otherwise.
"""

from __future__ import annotations

import rustworkx as rx

from .common import ArrayPeer, EdgeArrays, Kernel, Query, per_node_dict, read_edges

LIBRARY = rx

UNSUPPORTED = {
    "yen": "no k-shortest simple paths (k_shortest_path_lengths gives k-th walk lengths, not Yen)",
    "betweenness_sampled": "no pivot-sampled betweenness",
}

#: Graphs at or above this many nodes run betweenness and closeness in parallel (the default is 50).
PARALLEL_THRESHOLD = 50


def build(edges: EdgeArrays, directed: bool) -> rx.PyGraph | rx.PyDiGraph:
    """A rustworkx graph on dense ids, edges carrying their weight (or None).

    The edges are already simple (see read_edges), so the graph is built as a multigraph: with
    multigraph=False every insertion scans the node's edges for a duplicate, which is quadratic on the
    R-MAT hubs (minutes for rmat18).
    """
    graph = rx.PyDiGraph(multigraph=True) if directed else rx.PyGraph(multigraph=True)
    graph.add_nodes_from(range(edges.node_count))
    source, target = edges.source.tolist(), edges.target.tolist()
    if edges.weight is None:
        graph.add_edges_from_no_data(list(zip(source, target)))
    else:
        graph.add_edges_from(list(zip(source, target, edges.weight.tolist())))
    return graph


class Peer(ArrayPeer):
    """rustworkx kernels; results are dict-like mappings keyed by dense id."""

    build = staticmethod(build)

    @staticmethod
    def read_native(path: str, undirected: bool) -> tuple[int, int]:
        """`read_edge_list`, rustworkx's own reader. It takes labels as node indices, so it creates
        every index up to the largest label (isolated ones included). Returns (nodes, edges)."""
        kind = rx.PyGraph if undirected else rx.PyDiGraph
        graph = kind.read_edge_list(path, comment="#", deliminator="\t")
        return graph.num_nodes(), graph.num_edges()

    def _labelled(self, values) -> dict[str, float]:
        return per_node_dict(self.edges.labels, values)

    def _layers_to_distances(self, layers: list[list[int]]) -> dict[str, float]:
        return {str(self.edges.labels[node]): float(depth) for depth, layer in enumerate(layers) for node in layer}

    def bfs(self, q: Query) -> Kernel:
        # bfs_layers is a true breadth-first search; a node's layer number is its distance.
        source = self.edges.index(q.source)
        return Kernel(lambda: rx.bfs_layers(self.graph, [source]), self._layers_to_distances)

    def pair(self, q: Query) -> Kernel:
        # No single-pair BFS: Dijkstra with unit weights (no Python callback) stopping at the target.
        source, target = self.edges.index(q.source), self.edges.index(q.target)
        return Kernel(lambda: rx.dijkstra_shortest_paths(self.graph, source, target=target, default_weight=1.0),
                      lambda paths: len(paths[target]) - 1)

    def dijkstra(self, q: Query) -> Kernel:
        # The weight is read from each edge's payload through a Python callable (float), as the API requires.
        source = self.edges.index(q.source)

        def labelled(lengths) -> dict[str, float]:
            distances = self._labelled(lengths)
            distances[str(q.source)] = 0.0  # the mapping leaves the source out
            return distances

        return Kernel(lambda: rx.dijkstra_shortest_path_lengths(self.graph, source, edge_cost_fn=float), labelled)

    def betweenness(self, q: Query) -> Kernel:
        # Undirected rustworkx counts each unordered pair once, as NetworkX does: no rescaling.
        return Kernel(lambda: rx.betweenness_centrality(self.graph, normalized=False,
                                                        parallel_threshold=PARALLEL_THRESHOLD),
                      self._labelled)

    def closeness(self, q: Query) -> Kernel:
        return Kernel(lambda: rx.closeness_centrality(self.graph, wf_improved=True,
                                                      parallel_threshold=PARALLEL_THRESHOLD),
                      self._labelled)

    def pagerank(self, q: Query) -> Kernel:
        # A port of NetworkX's power iteration: same dangling handling and the same stopping test.
        return Kernel(lambda: rx.pagerank(self.graph, alpha=0.85, tol=1e-10, max_iter=1000), self._labelled)

    def components(self, q: Query) -> Kernel:
        count = (rx.number_strongly_connected_components if isinstance(self.graph, rx.PyDiGraph)
                 else rx.number_connected_components)
        return Kernel(lambda: count(self.graph), int)

    def articulation(self, q: Query) -> Kernel:
        return Kernel(lambda: len(rx.articulation_points(self.graph)), int)
