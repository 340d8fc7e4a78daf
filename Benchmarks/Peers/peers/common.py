"""What every peer shares: reading channels' edge lists into arrays, the query, and result helpers."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np


class Unsupported(Exception):
    """The library has no equivalent of the kernel; the message says why."""


@dataclass(frozen=True)
class Query:
    """The kernel's parameters, shared by every library. Node labels are the integers in the file."""

    source: int | None
    target: int | None
    k: int
    pivots: int
    seed: int
    threads: int


@dataclass(frozen=True)
class Kernel:
    """The timed call and the conversion of its raw output into a JSON-able result (not timed)."""

    run: Callable[[], Any]
    result: Callable[[Any], Any]


@dataclass(frozen=True)
class EdgeArrays:
    """An edge list with its labels mapped to dense ids 0..n-1.

    `labels[i]` is the file's label of dense node i (sorted ascending); `source`/`target` hold dense ids.
    `weight` is None unless the weights were asked for.
    """

    labels: np.ndarray
    source: np.ndarray
    target: np.ndarray
    weight: np.ndarray | None

    @property
    def node_count(self) -> int:
        return len(self.labels)

    def index(self, label: int) -> int:
        """The dense id of a label (raises KeyError if the label is not in the graph)."""
        position = int(np.searchsorted(self.labels, label))
        if position == len(self.labels) or self.labels[position] != label:
            raise KeyError(f"node {label} is not in the graph")
        return position


def read_edges(path: str, undirected: bool, weighted: bool) -> EdgeArrays:
    """Read a channels edge list (`u<TAB>v[<TAB>w]` lines, `#` comments) and map labels to dense ids.

    Undirected graphs are reduced to simple graphs (each unordered pair once), because some peers
    (rustworkx's articulation points, for one) assume no parallel edges; a directed file read as
    undirected can hold both u→v and v→u.
    """
    table = np.loadtxt(path, dtype=np.float64, comments="#", delimiter="\t", ndmin=2)
    source = table[:, 0].astype(np.int64)
    target = table[:, 1].astype(np.int64)
    weight = np.ascontiguousarray(table[:, 2]) if weighted and table.shape[1] > 2 else None
    if weighted and weight is None:
        weight = np.ones(len(source))
    if undirected:
        low, high = np.minimum(source, target), np.maximum(source, target)
        keys, first = np.unique((low << 32) | high, return_index=True)  # labels are below 2^32
        source, target = keys >> 32, keys & 0xFFFFFFFF
        weight = None if weight is None else weight[first]
    labels, dense = np.unique(np.concatenate([source, target]), return_inverse=True)
    count = len(source)
    return EdgeArrays(labels, dense[:count], dense[count:], weight)


class ArrayPeer:
    """A peer whose graph is built from the edge arrays by its module's `build(edges, directed)`, set as
    the class attribute `build`; it keeps the arrays to map dense ids back to labels."""

    build: Callable[[EdgeArrays, bool], Any]

    def __init__(self) -> None:
        self.edges: EdgeArrays | None = None
        self.graph: Any = None

    def load(self, path: str, undirected: bool, weighted: bool) -> None:
        self.edges = read_edges(path, undirected, weighted)
        self.graph = type(self).build(self.edges, directed=not undirected)

    def _labelled(self, values) -> dict[str, float]:
        return per_node(self.edges.labels, values)


def data_columns(path: str) -> int:
    """How many tab-separated columns the first non-comment line of an edge list has."""
    with open(path, encoding="utf-8") as file:
        for line in file:
            if line.strip() and not line.startswith("#"):
                return len(line.split("\t"))
    return 2


def per_node(labels: np.ndarray, values, skip_unreachable: bool = False) -> dict[str, float]:
    """Key a per-node sequence (indexed by dense id) by label.

    With `skip_unreachable`, infinite, NaN and None values (each library's "unreachable") are left out.
    """
    result = {}
    for label, value in zip(labels.tolist(), values):
        if skip_unreachable and (value is None or not math.isfinite(value)):
            continue
        result[str(label)] = float(value)
    return result


def per_node_dict(labels: np.ndarray, values: dict) -> dict[str, float]:
    """Key a {dense id: value} mapping by label."""
    return {str(labels[index]): float(value) for index, value in values.items()}
