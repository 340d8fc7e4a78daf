#!/usr/bin/env python3
"""Reference values for centrality and structure measures, computed with NetworkX.

Writes one JSON file per graph into ./centrality/ (see README.md for the schema and conventions).
Run from this folder:  python3 generate_centrality_fixtures.py
Everything is seeded, so a rerun writes byte-identical files.
"""

import json
import math
import random
from pathlib import Path

import networkx as nx
import numpy as np

OUT = Path(__file__).resolve().parent / "centrality"
TOL = 1e-13


def add_weights(G, seed):
    rng = random.Random(seed)
    for u, v in G.edges():
        G[u][v]["weight"] = rng.randint(1, 9)


def relabel(G, seed):
    """Same graph with node ids shuffled by a seeded permutation; nodes inserted as 0..n-1."""
    perm = list(range(len(G)))
    random.Random(seed).shuffle(perm)
    H = G.__class__()
    H.add_nodes_from(range(len(G)))
    H.add_edges_from((perm[u], perm[v], d) for u, v, d in G.edges(data=True))
    return H


def make_graphs():
    """Yields (name, generator description, graph, weighted)."""
    yield ("gnp_undirected_200", "nx.gnp_random_graph(200, 0.03, seed=1)",
           nx.gnp_random_graph(200, 0.03, seed=1), False)

    yield ("ba_300_3", "nx.barabasi_albert_graph(300, 3, seed=2)",
           nx.barabasi_albert_graph(300, 3, seed=2), False)

    yield ("gnp_directed_150", "nx.gnp_random_graph(150, 0.03, seed=3, directed=True)",
           nx.gnp_random_graph(150, 0.03, seed=3, directed=True), False)

    G = nx.gnp_random_graph(150, 0.04, seed=4)
    add_weights(G, 104)
    yield ("weighted_undirected_150", "nx.gnp_random_graph(150, 0.04, seed=4); "
           "weight = random.Random(104).randint(1, 9) for each edge in G.edges() order", G, True)

    G = nx.gnp_random_graph(120, 0.04, seed=5, directed=True)
    add_weights(G, 105)
    yield ("weighted_directed_120", "nx.gnp_random_graph(120, 0.04, seed=5, directed=True); "
           "weight = random.Random(105).randint(1, 9) for each edge in G.edges() order", G, True)

    # A random tree (articulation points and bridges everywhere), a sparse random graph, a barbell
    # (two cliques joined through one node: two bridges, two articulation points), a dense random
    # graph and five isolated nodes; node ids then shuffled so components are not contiguous.
    parts = ("nx.random_labeled_tree(16, seed=6), nx.gnp_random_graph(20, 0.15, seed=7), "
             "nx.barbell_graph(4, 1), nx.gnp_random_graph(10, 0.5, seed=8), nx.empty_graph(5)")
    G = nx.disjoint_union_all([nx.random_labeled_tree(16, seed=6), nx.gnp_random_graph(20, 0.15, seed=7),
                               nx.barbell_graph(4, 1), nx.gnp_random_graph(10, 0.5, seed=8),
                               nx.empty_graph(5)])
    G = relabel(G, 9)
    yield ("isolates_components_60", f"nx.disjoint_union_all([{parts}]), then node v renamed perm[v] "
           "with perm = list(range(60)) shuffled by random.Random(9).shuffle; edges in the same order", G, False)

    yield "tiny_path_5", "nx.path_graph(5)", nx.path_graph(5), False


def clean(x):
    """Float with NaN/inf as None (JSON null)."""
    x = float(x)
    return None if math.isnan(x) or math.isinf(x) else x


def vec(d, n):
    return [clean(d[v]) for v in range(n)]


def edge_values(G, d):
    out = []
    for u, v in G.edges():
        val = d[(u, v)] if (u, v) in d else d[(v, u)]
        out.append([u, v, clean(val)])
    return out


def sorted_components(comps):
    return sorted(sorted(c) for c in comps)


def pick_cut_pairs(G, rng, count=5):
    """Non-adjacent pairs (no arc either way) with t reachable from s."""
    nodes = list(G)
    pairs = []
    candidates = [(s, t) for s in nodes for t in nx.descendants(G, s)
                  if not G.has_edge(s, t) and not G.has_edge(t, s)]
    while len(pairs) < count:
        pair = rng.choice(candidates)
        if pair not in pairs:
            pairs.append(pair)
    return pairs


def build(name, generator, G, weighted):
    n = len(G)
    assert list(G) == list(range(n)) and nx.number_of_selfloops(G) == 0
    directed = G.is_directed()
    rng = random.Random(name)  # str seeds are deterministic in random.Random
    U = G.to_undirected() if directed else G
    d = {"name": name, "generator": generator, "directed": directed, "weighted": weighted, "n": n}
    if weighted:
        d["edges"] = [[u, v, w] for u, v, w in G.edges(data="weight")]
    else:
        d["edges"] = [[u, v] for u, v in G.edges()]

    d["degree"] = vec(nx.degree_centrality(G), n)
    if directed:
        d["in_degree"] = vec(nx.in_degree_centrality(G), n)
        d["out_degree"] = vec(nx.out_degree_centrality(G), n)
    if weighted:
        d["strength"] = [G.degree(v, weight="weight") for v in range(n)]

    d["betweenness"] = vec(nx.betweenness_centrality(G), n)
    d["betweenness_raw"] = vec(nx.betweenness_centrality(G, normalized=False), n)
    d["betweenness_endpoints"] = vec(nx.betweenness_centrality(G, endpoints=True), n)
    if weighted:
        d["betweenness_weighted"] = vec(nx.betweenness_centrality(G, weight="weight"), n)
    d["edge_betweenness"] = edge_values(G, nx.edge_betweenness_centrality(G))
    if weighted:
        d["edge_betweenness_weighted"] = edge_values(G, nx.edge_betweenness_centrality(G, weight="weight"))

    d["closeness"] = vec(nx.closeness_centrality(G), n)
    if weighted:
        d["closeness_weighted"] = vec(nx.closeness_centrality(G, distance="weight"), n)
    d["harmonic"] = vec(nx.harmonic_centrality(G), n)
    if weighted:
        d["harmonic_weighted"] = vec(nx.harmonic_centrality(G, distance="weight"), n)

    try:
        d["eigenvector"] = vec(nx.eigenvector_centrality(G, max_iter=10000, tol=TOL), n)
    except nx.PowerIterationFailedConvergence as e:
        d["eigenvector"] = None
        d["eigenvector_error"] = str(e)

    # nx.pagerank's default is weight="weight": pass weight=None for the unweighted values.
    d["pagerank"] = vec(nx.pagerank(G, alpha=0.85, tol=TOL, max_iter=10000, weight=None), n)
    if weighted:
        d["pagerank_weighted"] = vec(nx.pagerank(G, alpha=0.85, tol=TOL, max_iter=10000, weight="weight"), n)
    chosen = rng.sample(range(n), 3)
    personalization = {v: w for v, w in zip(chosen, (1, 2, 3))}
    pr = nx.pagerank(G, alpha=0.85, personalization=personalization, tol=TOL, max_iter=10000, weight=None)
    d["pagerank_personalized"] = {"personalization": {str(v): w for v, w in personalization.items()},
                                  "values": vec(pr, n)}

    A = nx.to_numpy_array(G, nodelist=range(n), weight=None)
    alpha = 0.5 / float(max(abs(np.linalg.eigvals(A))))
    katz = nx.katz_centrality(G, alpha=alpha, beta=1.0, tol=TOL, max_iter=100000)
    d["katz"] = {"alpha": alpha, "beta": 1.0, "normalized": True, "values": vec(katz, n)}

    d["constraint"] = vec(nx.constraint(G), n)
    d["effective_size"] = vec(nx.effective_size(G, nodes=list(G)), n)
    if weighted:
        d["constraint_weighted"] = vec(nx.constraint(G, weight="weight"), n)
        d["effective_size_weighted"] = vec(nx.effective_size(G, nodes=list(G), weight="weight"), n)

    d["articulation_points"] = sorted(nx.articulation_points(U))
    d["bridges"] = sorted(sorted(e) for e in nx.bridges(U))
    if directed:
        d["weak_components"] = sorted_components(nx.weakly_connected_components(G))
        d["strong_components"] = sorted_components(nx.strongly_connected_components(G))
    else:
        d["weak_components"] = sorted_components(nx.connected_components(G))

    d["minimum_node_cuts"] = []
    for s, t in pick_cut_pairs(G, rng):
        cut = sorted(nx.minimum_node_cut(G, s, t))
        d["minimum_node_cuts"].append({"source": s, "target": t, "size": len(cut), "cut": cut})

    if directed:
        # A seeded pick from the largest strong component (so a few nodes are unreachable: -1).
        # NetworkX 3.6 leaves the start out of the result; here it maps to itself.
        source = rng.choice(max(d["strong_components"], key=len))
        idom = nx.immediate_dominators(G, source)
        idom[source] = source
        d["immediate_dominators"] = {"source": source, "idom": [idom.get(v, -1) for v in range(n)]}

    if name == "tiny_path_5":
        # Hand check, path 0-1-2-3-4, raw betweenness (unordered pairs, undirected):
        #   node 1 is inside the paths 0-2, 0-3, 0-4                      -> 3
        #   node 2 is inside the paths 0-3, 0-4, 1-3, 1-4                 -> 4
        #   node 3 is inside the paths 0-4, 1-4, 2-4                      -> 3
        #   the end nodes 0 and 4 are inside no path                      -> 0
        assert d["betweenness_raw"] == [0.0, 3.0, 4.0, 3.0, 0.0], d["betweenness_raw"]
        d["hand_checked"] = True
    return d


def main():
    OUT.mkdir(exist_ok=True)
    for name, generator, G, weighted in make_graphs():
        data = build(name, generator, G, weighted)
        path = OUT / f"{name}.json"
        with open(path, "w") as f:
            json.dump(data, f, sort_keys=False, separators=(",", ":"), allow_nan=False)
            f.write("\n")
        print(f"{path.name}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges, "
              f"{path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
