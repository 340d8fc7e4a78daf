#!/usr/bin/env python3
"""Writes the NetworkX-made sample files of this folder, with NetworkX's own writers.

    networkx_directed.graphml       nx.write_graphml of a DiGraph with typed node and edge attributes
    networkx_undirected.graphml     nx.write_graphml of a Graph with integer node ids and integer weights
    networkx_nodelink_edges.json    nx.node_link_data(G) of a MultiDiGraph with parallel edges (key "edges")
    networkx_nodelink_links.json    nx.node_link_data(G, edges="links") of a Graph with integer ids (pre-3.4 style)
    networkx.gexf                   nx.write_gexf of a DiGraph with node and edge attributes

The output is deterministic: the graphs are built in a fixed order, and the one thing NetworkX stamps
with the clock, GEXF's <meta lastmodifieddate>, is pinned to GEXF_DATE. Run with the NetworkX version
named in README.md (3.6.1) to reproduce the files byte for byte:

    python3 generate_samples.py
"""

import json
from pathlib import Path

import networkx as nx

HERE = Path(__file__).resolve().parent
GEXF_DATE = "2026-11-22"


def directed_graphml():
    """Mediators of the November 2023 hostage talks: who contacted whom, by what channel, when."""
    G = nx.DiGraph()
    # id, name, kind (str), rank (int), score (float), active (bool)
    for node, name, kind, rank, score, active in [
        ("qatar-pm", "Mohammed bin Abdulrahman Al Thani", "person", 1, 0.92, True),
        ("burns", "William Burns", "person", 2, 0.81, True),
        ("barnea", "David Barnea", "person", 3, 0.77, True),
        ("mcgurk", "Brett McGurk", "person", 4, 0.7, True),
        ("kamel", "Abbas Kamel", "person", 5, 0.64, True),
        ("haniyeh", "Ismail Haniyeh", "person", 6, 0.58, False),
        ("hamas", "Hamas", "armed-group", 7, 0.49, True),
        ("icrc", "International Committee of the Red Cross", "organization", 8, 0.31, True),
    ]:
        G.add_node(node, name=name, kind=kind, rank=rank, score=score, active=active)
    # source, target, weight (float), kind (str), date (str, or None for none)
    for source, target, weight, kind, date in [
        ("burns", "qatar-pm", 3.0, "meeting", "2023-11-09"),
        ("barnea", "qatar-pm", 2.0, "meeting", "2023-11-09"),
        ("mcgurk", "burns", 1.0, "message", "2023-11-09"),
        ("qatar-pm", "haniyeh", 4.5, "call", "2023-11-12"),
        ("mcgurk", "qatar-pm", 2.5, "call", "2023-11-12"),
        ("kamel", "haniyeh", 1.5, "call", "2023-11-13"),
        ("qatar-pm", "mcgurk", 2.0, "message", "2023-11-14"),
        ("kamel", "barnea", 1.25, "call", "2023-11-18"),
        ("haniyeh", "hamas", 1.0, "command", None),
        ("icrc", "hamas", 0.5, "message", "2023-11-24"),
    ]:
        attributes = {"weight": weight, "kind": kind}
        if date is not None:
            attributes["date"] = date
        G.add_edge(source, target, **attributes)
    nx.write_graphml(G, HERE / "networkx_directed.graphml")


def undirected_graphml():
    """A small contact network with integer node ids: weight = number of contacts reported."""
    G = nx.Graph()
    G.add_nodes_from(range(7))
    G.add_weighted_edges_from([
        (0, 1, 4), (0, 2, 2), (1, 2, 1), (1, 3, 3), (2, 4, 5),
        (3, 4, 1), (3, 5, 2), (4, 6, 1), (5, 6, 6),
    ])
    nx.write_graphml(G, HERE / "networkx_undirected.graphml")


def nodelink_edges():
    """A MultiDiGraph: repeated contacts between the same pair are parallel edges with keys 0, 1, …"""
    G = nx.MultiDiGraph(name="Gaza truce talks, Cairo and Doha, 2024")
    G.add_node("egypt", name="Egypt", kind="state", side="egypt", aliases=["Egypt", "مصر"])
    G.add_node("qatar", name="Qatar", kind="state", side="qatar", aliases=["Qatar", "قطر"])
    G.add_node("cia", name="Central Intelligence Agency", kind="intelligence-agency", side="us")
    G.add_node("mossad", name="Mossad", kind="intelligence-agency", side="israel")
    G.add_node("hamas-delegation", name="Hamas delegation", kind="group", side="hamas")
    G.add_node("israeli-delegation", name="Israeli delegation", kind="group", side="israel")
    for source, target, attributes in [
        ("cia", "qatar", {"kind": "meeting", "date": "2024-01-28", "weight": 2.0}),
        ("mossad", "qatar", {"kind": "meeting", "date": "2024-01-28", "weight": 2.0}),
        ("egypt", "hamas-delegation", {"kind": "meeting", "date": "2024-02-13", "weight": 1.0}),
        ("egypt", "hamas-delegation", {"kind": "meeting", "date": "2024-03-03", "weight": 1.0}),
        ("qatar", "hamas-delegation", {"kind": "message", "date": "2024-02-06", "weight": 0.5}),
        ("qatar", "hamas-delegation", {"kind": "message", "date": "2024-03-12", "weight": 0.5}),
        ("qatar", "hamas-delegation", {"kind": "call", "from": "2024-03-18", "until": "2024-03-25", "weight": 1.5}),
        ("israeli-delegation", "egypt", {"kind": "meeting", "date": "2024-02-13", "weight": 1.0}),
        ("cia", "egypt", {"kind": "call", "date": "2024-03-03", "weight": 0.75, "confidence": 0.8}),
    ]:
        G.add_edge(source, target, **attributes)
    data = nx.node_link_data(G)
    write_json(data, "networkx_nodelink_edges.json")


def nodelink_links():
    """A Graph with integer node ids, written with the pre-3.4 key "links"."""
    G = nx.Graph()
    for node, label, group in [
        (1, "Doha", "mediator"), (2, "Cairo", "mediator"), (3, "Washington", "party"),
        (4, "Jerusalem", "party"), (5, "Gaza", "party"), (6, "Beirut", "observer"), (7, "Amman", "observer"),
    ]:
        G.add_node(node, label=label, group=group)
    G.add_weighted_edges_from([
        (1, 2, 3.0), (1, 3, 5.0), (1, 5, 4.0), (2, 4, 2.0),
        (2, 5, 4.5), (3, 4, 6.0), (6, 1, 0.5), (7, 2, 1.0),
    ])
    data = nx.node_link_data(G, edges="links")
    write_json(data, "networkx_nodelink_links.json")


def gexf():
    """A DiGraph written by nx.write_gexf: labels, string/int/float/bool node attributes, weighted edges."""
    G = nx.DiGraph()
    for node, label, kind, side, mentions, trusted in [
        ("emir-tamim", "Tamim bin Hamad Al Thani", "person", "qatar", 12, True),
        ("biden", "Joe Biden", "person", "us", 31, True),
        ("netanyahu", "Benjamin Netanyahu", "person", "israel", 27, True),
        ("sisi", "Abdel Fattah el-Sisi", "person", "egypt", 9, True),
        ("sinwar", "Yahya Sinwar", "person", "hamas", 14, False),
        ("negotiation-cell", "Secret negotiation cell", "forum", "multilateral", 6, True),
    ]:
        G.add_node(node, label=label, kind=kind, side=side, mentions=mentions, trusted=trusted)
    for source, target, weight, kind, date, confidence in [
        ("biden", "emir-tamim", 3.0, "call", "2023-11-12", 0.9),
        ("biden", "netanyahu", 4.0, "call", "2023-11-14", 0.95),
        ("biden", "sisi", 1.0, "call", "2023-11-18", 0.7),
        ("emir-tamim", "negotiation-cell", 2.0, "command", "2023-10-09", 0.6),
        ("netanyahu", "negotiation-cell", 1.5, "membership", "2023-10-09", 0.6),
        ("negotiation-cell", "sinwar", 0.5, "message", "2023-11-05", 0.4),
        ("sisi", "sinwar", 1.0, "message", "2023-11-19", 0.5),
    ]:
        G.add_edge(source, target, weight=weight, kind=kind, date=date, confidence=confidence)
    path = HERE / "networkx.gexf"
    nx.write_gexf(G, path)
    # The one clock-dependent value: pin it so the file does not change with the day it is generated.
    text = path.read_text(encoding="utf-8")
    today = text.split('lastmodifieddate="', 1)[1].split('"', 1)[0]
    text = text.replace(f'lastmodifieddate="{today}"', f'lastmodifieddate="{GEXF_DATE}"', 1)
    path.write_text(text, encoding="utf-8")


def write_json(data, name):
    with open(HERE / name, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2, ensure_ascii=False)
        handle.write("\n")


def main():
    directed_graphml()
    undirected_graphml()
    nodelink_edges()
    nodelink_links()
    gexf()


if __name__ == "__main__":
    main()
