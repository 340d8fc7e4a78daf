"""NetworkX: pure Python, single-threaded; nodes are the file's integer labels themselves."""

from __future__ import annotations

from itertools import islice

import networkx as nx

from .common import EdgeArrays, Kernel, Query, data_columns, read_edges

LIBRARY = nx


def _keyed(values: dict) -> dict[str, float]:
    """Key a {label: value} dict by the label's string, as channels writes it."""
    return {str(label): float(value) for label, value in values.items()}


class Peer:
    """NetworkX graphs keyed by label, so results need no index mapping."""

    def __init__(self) -> None:
        self.graph: nx.Graph | None = None

    def load(self, path: str, undirected: bool, weighted: bool) -> None:
        edges: EdgeArrays = read_edges(path, undirected, weighted)
        self.graph = nx.Graph() if undirected else nx.DiGraph()
        source = edges.labels[edges.source].tolist()
        target = edges.labels[edges.target].tolist()
        if edges.weight is None:
            self.graph.add_edges_from(zip(source, target))
        else:
            self.graph.add_weighted_edges_from(zip(source, target, edges.weight.tolist()))

    @staticmethod
    def read_native(path: str, undirected: bool) -> tuple[int, int]:
        """`read_edgelist`, NetworkX's own text reader. Returns (nodes, edges)."""
        data = [("weight", float)] if data_columns(path) > 2 else False
        graph = nx.read_edgelist(path, comments="#", delimiter="\t", nodetype=int, data=data,
                                 create_using=nx.Graph if undirected else nx.DiGraph)
        return graph.number_of_nodes(), graph.number_of_edges()

    def bfs(self, q: Query) -> Kernel:
        return Kernel(lambda: nx.single_source_shortest_path_length(self.graph, q.source), _keyed)

    def pair(self, q: Query) -> Kernel:
        return Kernel(lambda: nx.bidirectional_shortest_path(self.graph, q.source, q.target),
                      lambda path: len(path) - 1)

    def dijkstra(self, q: Query) -> Kernel:
        return Kernel(lambda: nx.single_source_dijkstra_path_length(self.graph, q.source, weight="weight"),
                      _keyed)

    def yen(self, q: Query) -> Kernel:
        # shortest_simple_paths is a generator of simple paths by increasing hops (Yen's algorithm).
        return Kernel(lambda: list(islice(nx.shortest_simple_paths(self.graph, q.source, q.target), q.k)),
                      lambda paths: sorted(len(path) - 1 for path in paths))

    def betweenness(self, q: Query) -> Kernel:
        # The reference convention: undirected raw values count each unordered pair once.
        return Kernel(lambda: nx.betweenness_centrality(self.graph, normalized=False), _keyed)

    def betweenness_sampled(self, q: Query) -> Kernel:
        return Kernel(lambda: nx.betweenness_centrality(self.graph, k=q.pivots, normalized=False, seed=q.seed),
                      lambda values: None)

    def closeness(self, q: Query) -> Kernel:
        return Kernel(lambda: nx.closeness_centrality(self.graph), _keyed)

    def pagerank(self, q: Query) -> Kernel:
        # channels stops when the L1 change is below n × 1e-10, exactly NetworkX's test with tol=1e-10.
        return Kernel(lambda: nx.pagerank(self.graph, alpha=0.85, tol=1e-10, max_iter=1000, weight=None), _keyed)

    def components(self, q: Query) -> Kernel:
        # Strong components of a directed graph, as channels counts them; plain components otherwise.
        count = (nx.number_strongly_connected_components if self.graph.is_directed()
                 else nx.number_connected_components)
        return Kernel(lambda: count(self.graph), int)

    def articulation(self, q: Query) -> Kernel:
        return Kernel(lambda: sum(1 for _ in nx.articulation_points(self.graph)), int)
