#!/usr/bin/env python3
"""Reference betweenness centrality of the curated graph, computed by NetworkX.

Reads the three exports channels wrote of the curated graph (hostage-deal-2023.graphml,
hostage-deal-2023.json and hostage-deal-2023.gexf) exactly as a NetworkX user would, and writes networkx_betweenness.json
beside this script:

    {"networkx": "<version>",
     "graphml": {"graph_type": ..., "nodes": n, "edges": m, "raw": {node: value}, "normalized": {...}},
     "json":    {...same...}, "gexf": {...same...}}

channels writes each two-way channel of the mixed graph as two opposite directed edges (the second
carrying the data "twin-of"), so NetworkX's directed multigraph has the same routes as channels'
graph. Betweenness is unweighted (every hop counts 1) and exact (no sampling), so the output is
deterministic. Floats are written with full precision (Python's shortest round-trip repr).

Run from anywhere:  python3 networkx_betweenness.py
"""

import json
from pathlib import Path

import networkx as nx

HERE = Path(__file__).resolve().parent


def describe(G):
    raw = nx.betweenness_centrality(G, normalized=False)
    normalized = nx.betweenness_centrality(G, normalized=True)
    return {
        "graph_type": type(G).__name__,
        "directed": G.is_directed(),
        "multigraph": G.is_multigraph(),
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "twin_edges": sum(1 for _, _, data in G.edges(data=True) if "twin-of" in data),
        "raw": {node: raw[node] for node in sorted(raw)},
        "normalized": {node: normalized[node] for node in sorted(normalized)},
    }


def main():
    from_graphml = nx.read_graphml(HERE / "hostage-deal-2023.graphml")
    with open(HERE / "hostage-deal-2023.json", encoding="utf-8") as handle:
        from_json = nx.node_link_graph(json.load(handle))
    # GEXF writes a two-way channel of the mixed graph once, type="mutual": nx.read_gexf adds both arcs.
    from_gexf = nx.read_gexf(HERE / "hostage-deal-2023.gexf")
    result = {
        "networkx": nx.__version__,
        "graphml": describe(from_graphml),
        "json": describe(from_json),
        "gexf": describe(from_gexf),
    }
    with open(HERE / "networkx_betweenness.json", "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=2, ensure_ascii=False)
        handle.write("\n")


if __name__ == "__main__":
    main()
