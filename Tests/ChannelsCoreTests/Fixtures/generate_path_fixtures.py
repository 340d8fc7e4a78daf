#!/usr/bin/env python3
"""Reference values for path queries, computed with NetworkX.

Writes one JSON file per graph into ./paths/ (see README.md for the schema).
Run from this folder:  python3 generate_path_fixtures.py
Everything is seeded, so a rerun writes byte-identical files.
"""

import itertools
import json
import random
from pathlib import Path

import networkx as nx

OUT = Path(__file__).resolve().parent / "paths"
N = 1000
CUTOFF = 5  # simple_paths_cutoff
K = 10  # how many of nx.shortest_simple_paths to keep
MAX_LISTED_SHORTEST = 50  # list shortest paths only up to this many
MAX_LISTED_SIMPLE = 200  # list cutoff-5 simple paths only up to this many
MAX_SIMPLE = 20000  # pairs with more cutoff-5 simple paths are rejected
# How many queries of each kind; "unreachable" falls back to "random" when the graph has none.
PLAN = [("tie", 6), ("near", 6), ("far", 4), ("unreachable", 4), ("random", 5)]


def add_weights(G, seed):
    rng = random.Random(seed)
    for u, v in G.edges():
        G[u][v]["weight"] = rng.randint(1, 9)


def make_graphs():
    """Yields (name, generator description, graph, weighted, seed for the queries)."""
    p = 0.004  # undirected: mean degree ~4
    pd = 0.003  # directed: mean out-degree ~3 (in+out ~6)

    G = nx.gnp_random_graph(N, pd, seed=11, directed=True)
    yield "gnp_directed_1000", f"nx.gnp_random_graph({N}, {pd}, seed=11, directed=True)", G, False, 1011

    G = nx.gnp_random_graph(N, p, seed=12)
    yield "gnp_undirected_1000", f"nx.gnp_random_graph({N}, {p}, seed=12)", G, False, 1012

    G = nx.gnp_random_graph(N, pd, seed=13, directed=True)
    add_weights(G, 113)
    gen = (f"nx.gnp_random_graph({N}, {pd}, seed=13, directed=True); "
           "weight = random.Random(113).randint(1, 9) for each edge in G.edges() order")
    yield "gnp_weighted_directed_1000", gen, G, True, 1013

    G = nx.gnp_random_graph(N, p, seed=14)
    add_weights(G, 114)
    gen = (f"nx.gnp_random_graph({N}, {p}, seed=14); "
           "weight = random.Random(114).randint(1, 9) for each edge in G.edges() order")
    yield "gnp_weighted_undirected_1000", gen, G, True, 1014

    parts = [(400, 0.01), (250, 0.016), (150, 0.027), (100, 0.04), (50, 0.08), (30, 0.13)]
    pieces = [nx.gnp_random_graph(k, q, seed=20 + i) for i, (k, q) in enumerate(parts)]
    isolated = N - sum(k for k, _ in parts)
    pieces.append(nx.empty_graph(isolated))
    G = nx.disjoint_union_all(pieces)
    gen = ("nx.disjoint_union_all([" + ", ".join(
        f"nx.gnp_random_graph({k}, {q}, seed={20 + i})" for i, (k, q) in enumerate(parts))
        + f", nx.empty_graph({isolated})])")
    yield "disconnected_undirected_1000", gen, G, False, 1015


def path_cost(G, path, weight):
    return nx.path_weight(G, path, weight) if weight else len(path) - 1


def count_shortest_paths(G, s, weight):
    """Number of shortest paths from s to every reachable node (used only to pick tie pairs)."""
    if weight:
        pred, dist = nx.dijkstra_predecessor_and_distance(G, s, weight=weight)
    else:
        pred = nx.predecessor(G, s)
        dist = nx.single_source_shortest_path_length(G, s)
    sigma = {}
    for v in sorted(dist, key=lambda v: (dist[v], v)):
        sigma[v] = 1 if v == s else sum(sigma[u] for u in pred[v])
    return sigma, dist


def query(G, s, t, weight):
    """All reference values for one (s, t) pair, or None if it has too many short simple paths."""
    simple = list(itertools.islice(nx.all_simple_paths(G, s, t, cutoff=CUTOFF), MAX_SIMPLE + 1))
    if len(simple) > MAX_SIMPLE:
        return None
    try:
        shortest = sorted(nx.all_shortest_paths(G, s, t, weight=weight))
    except nx.NetworkXNoPath:
        shortest = []
    if shortest:
        distance = path_cost(G, shortest[0], weight)
        k_paths = list(itertools.islice(nx.shortest_simple_paths(G, s, t, weight=weight), K))
    else:
        distance, k_paths = None, []
    return {
        "source": s,
        "target": t,
        "distance": distance,
        "shortest_path_count": len(shortest),
        "shortest_paths": shortest if len(shortest) <= MAX_LISTED_SHORTEST else None,
        "k_shortest": [{"cost": path_cost(G, p, weight), "path": p} for p in k_paths],
        "simple_paths_cutoff": CUTOFF,
        "simple_paths_count": len(simple),
        "simple_paths": sorted(simple) if len(simple) <= MAX_LISTED_SIMPLE else None,
    }


def candidates(G, s, kind, weight):
    """Sorted targets t != s of the given kind for source s."""
    sigma, dist = count_shortest_paths(G, s, weight)
    hops = nx.single_source_shortest_path_length(G, s)
    if kind == "tie":
        return sorted(t for t in sigma if sigma[t] > 1)
    if kind == "near":
        return sorted(t for t, h in hops.items() if 1 <= h <= 3)
    if kind == "far":
        top = max(dist.values())
        return sorted(t for t, d in dist.items() if d == top and t != s)
    if kind == "unreachable":
        return sorted(set(G) - set(dist))
    return sorted(set(G) - {s})  # random


def pick_queries(G, weight, seed):
    rng = random.Random(seed)
    nodes = list(G)
    has_unreachable = not (nx.is_strongly_connected(G) if G.is_directed() else nx.is_connected(G))
    queries, seen = [], set()
    for kind, count in PLAN:
        if kind == "unreachable" and not has_unreachable:
            kind = "random"
        added = 0
        while added < count:
            s = rng.choice(nodes)
            targets = candidates(G, s, kind, weight)
            if not targets:
                continue
            t = rng.choice(targets)
            if t == s or (s, t) in seen:
                continue
            q = query(G, s, t, weight)
            if q is None:
                continue
            seen.add((s, t))
            queries.append({"kind": kind, **q})
            added += 1
    return queries


def largest_component(G):
    comps = nx.strongly_connected_components(G) if G.is_directed() else nx.connected_components(G)
    return sorted(max(comps, key=lambda c: (len(c), -min(c))))


def build(name, generator, G, weighted, seed):
    assert list(G) == list(range(N)) and nx.number_of_selfloops(G) == 0
    weight = "weight" if weighted else None
    rng = random.Random(seed)
    source = rng.choice(largest_component(G))
    if weighted:
        dist = nx.single_source_dijkstra_path_length(G, source, weight="weight")
        edges = [[u, v, w] for u, v, w in G.edges(data="weight")]
    else:
        dist = nx.single_source_shortest_path_length(G, source)
        edges = [[u, v] for u, v in G.edges()]
    queries = pick_queries(G, weight, seed + 1)
    ties = sum(q["shortest_path_count"] > 1 for q in queries)
    unreachable = sum(q["distance"] is None for q in queries)
    assert ties >= 5, (name, ties)
    if G.is_directed() or not nx.is_connected(G):
        assert unreachable >= 3, (name, unreachable)
    return {
        "name": name,
        "generator": generator,
        "directed": G.is_directed(),
        "weighted": weighted,
        "n": G.number_of_nodes(),
        "edges": edges,
        "single_source": {"source": source, "distance": [dist.get(v) for v in range(N)]},
        "queries": queries,
    }


def main():
    OUT.mkdir(exist_ok=True)
    for name, generator, G, weighted, seed in make_graphs():
        data = build(name, generator, G, weighted, seed)
        path = OUT / f"{name}.json"
        with open(path, "w") as f:
            json.dump(data, f, sort_keys=False, separators=(",", ":"))
            f.write("\n")
        qs = data["queries"]
        print(f"{path.name}: {G.number_of_edges()} edges, {len(qs)} queries, "
              f"{sum(q['shortest_path_count'] > 1 for q in qs)} with ties, "
              f"{sum(q['distance'] is None for q in qs)} unreachable, {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
