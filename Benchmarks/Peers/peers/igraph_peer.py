"""python-igraph: C core, single-threaded; vertices are dense ids 0..n-1, mapped from labels here."""

from __future__ import annotations

import igraph as ig
import numpy as np

from .common import ArrayPeer, EdgeArrays, Kernel, Query, per_node, read_edges

LIBRARY = ig


def build(edges: EdgeArrays, directed: bool) -> ig.Graph:
    """An igraph Graph on dense ids, with a "weight" edge attribute when the edges carry weights."""
    graph = ig.Graph(n=edges.node_count, edges=np.column_stack([edges.source, edges.target]).tolist(),
                     directed=directed)
    if edges.weight is not None:
        graph.es["weight"] = edges.weight.tolist()
    return graph


class Peer(ArrayPeer):
    """igraph kernels; results come back as Python lists indexed by dense id."""

    build = staticmethod(build)

    @staticmethod
    def read_native(path: str, undirected: bool) -> tuple[int, int]:
        """igraph's text readers (Read_Edgelist, Read_Ncol) reject '#' comment lines, so the edge list
        goes through numpy.loadtxt and the Graph constructor instead. Returns (nodes, edges)."""
        graph = build(read_edges(path, undirected, weighted=False), directed=not undirected)
        return graph.vcount(), graph.ecount()

    def bfs(self, q: Query) -> Kernel:
        source = self.edges.index(q.source)
        return Kernel(lambda: self.graph.distances(source=source, mode="out")[0],
                      lambda row: per_node(self.edges.labels, row, skip_unreachable=True))

    def pair(self, q: Query) -> Kernel:
        source, target = self.edges.index(q.source), self.edges.index(q.target)
        return Kernel(lambda: self.graph.get_shortest_path(source, target, mode="out"),
                      lambda path: len(path) - 1)

    def dijkstra(self, q: Query) -> Kernel:
        source = self.edges.index(q.source)
        return Kernel(lambda: self.graph.distances(source=source, weights="weight", mode="out")[0],
                      lambda row: per_node(self.edges.labels, row, skip_unreachable=True))

    def yen(self, q: Query) -> Kernel:
        source, target = self.edges.index(q.source), self.edges.index(q.target)
        return Kernel(lambda: self.graph.get_k_shortest_paths(source, target, k=q.k, mode="out"),
                      lambda paths: sorted(len(path) - 1 for path in paths))

    def betweenness(self, q: Query) -> Kernel:
        # Undirected igraph counts each unordered pair once, as NetworkX does: no rescaling.
        return Kernel(lambda: self.graph.betweenness(), self._labelled)

    def closeness(self, q: Query) -> Kernel:
        # (reached - 1) / (sum of distances); equals NetworkX's value on the connected graphs used here.
        return Kernel(lambda: self.graph.closeness(), self._labelled)

    def pagerank(self, q: Query) -> Kernel:
        # PRPACK solves the system directly; dangling nodes spread their rank uniformly, as in NetworkX.
        return Kernel(lambda: self.graph.pagerank(directed=True, damping=0.85), self._labelled)

    def components(self, q: Query) -> Kernel:
        mode = "strong" if self.graph.is_directed() else "weak"
        return Kernel(lambda: len(self.graph.connected_components(mode=mode)), int)

    def articulation(self, q: Query) -> Kernel:
        return Kernel(lambda: len(self.graph.articulation_points()), int)
