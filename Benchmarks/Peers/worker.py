"""Time ONE library × ONE kernel × ONE graph × ONE thread count, in this fresh process.

compare.py starts one worker per measurement so that thread settings are in place before the library is
imported and no memory carries over between measurements. The worker loads the graph (timed on its own),
runs the kernel --repeat times timing only the kernel with time.perf_counter(), and prints one JSON
object on standard output:

    {"library", "kernel", "graph", "threads", "version", "load_s", "times_s", "median_s", "result"}

or the same keys with {"skipped": reason} when the library has no such kernel, or {"error": message}
when something failed. The worker never exits non-zero on a kernel failure: the comparison goes on.

The `load` kernel times the library's own edge-list reader instead (load_s is then the first run).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import sys
import time
import traceback

#: Peer library name → module in the peers package.
PEER_MODULES = {
    "networkx": "peers.nx_peer",
    "igraph": "peers.igraph_peer",
    "rustworkx": "peers.rustworkx_peer",
    "networkit": "peers.networkit_peer",
}

#: Kernels that read the edge weights.
WEIGHTED_KERNELS = {"dijkstra"}


def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--library", required=True, choices=sorted(PEER_MODULES))
    parser.add_argument("--kernel", required=True)
    parser.add_argument("--graph", required=True, help="edge list path")
    parser.add_argument("--undirected", action="store_true")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--source", type=int, help="source node label")
    parser.add_argument("--target", type=int, help="target node label")
    parser.add_argument("--k", type=int, default=10, help="yen: paths to find")
    parser.add_argument("--pivots", type=int, default=256, help="betweenness-sampled: pivots")
    parser.add_argument("--seed", type=int, default=1)
    return parser.parse_args()


def limit_threads(threads: int) -> None:
    """Size every thread pool a peer might start. Must run before any peer library is imported."""
    for variable in ("RAYON_NUM_THREADS", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[variable] = str(threads)


def import_peer(library: str, threads: int):
    """Import the peer module (and so the library); NetworKit also takes its thread count here."""
    module = importlib.import_module(PEER_MODULES[library])
    if library == "networkit":
        module.LIBRARY.setNumberOfThreads(threads)
    return module


def time_calls(call, repeat: int) -> tuple[list[float], object]:
    """Run `call` `repeat` times; return each run's seconds and the last run's output."""
    times, output = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        output = call()
        times.append(time.perf_counter() - start)
    return times, output


def run_load(peer_module, args: argparse.Namespace) -> dict:
    """The load kernel: time the library's own reader, whole, `repeat` times."""
    times, (nodes, edges) = time_calls(lambda: peer_module.Peer.read_native(args.graph, args.undirected), args.repeat)
    return {"load_s": times[0], "times_s": times, "result": {"nodes": nodes, "edges": edges}}


def run_kernel(peer_module, args: argparse.Namespace) -> dict:
    """Load the graph, build the kernel, time it, and convert the last run's output."""
    from peers.common import Query, Unsupported

    method_name = args.kernel.replace("-", "_")
    method = getattr(peer_module.Peer, method_name, None)
    reason = getattr(peer_module, "UNSUPPORTED", {}).get(method_name)
    if method is None or reason:
        return {"skipped": reason or f"{args.library} has no {args.kernel} kernel"}

    peer = peer_module.Peer()
    start = time.perf_counter()
    peer.load(args.graph, args.undirected, weighted=args.kernel in WEIGHTED_KERNELS)
    load_s = time.perf_counter() - start

    query = Query(args.source, args.target, args.k, args.pivots, args.seed, args.threads)
    try:
        kernel = getattr(peer, method_name)(query)
    except Unsupported as why:
        return {"skipped": str(why), "load_s": load_s}
    times, output = time_calls(kernel.run, args.repeat)
    return {"load_s": load_s, "times_s": times, "result": kernel.result(output)}


def main() -> None:
    args = parse_arguments()
    limit_threads(args.threads)
    report = {"library": args.library, "kernel": args.kernel, "graph": os.path.basename(args.graph),
              "threads": args.threads}
    try:
        peer_module = import_peer(args.library, args.threads)
        report["version"] = peer_module.LIBRARY.__version__
        report.update(run_load(peer_module, args) if args.kernel == "load" else run_kernel(peer_module, args))
        if "times_s" in report:
            report["median_s"] = statistics.median(report["times_s"])
    except Exception as failure:  # noqa: BLE001 - any failure is reported, never raised
        report["error"] = f"{type(failure).__name__}: {failure}"
        report["traceback"] = traceback.format_exc(limit=4)
    json.dump(report, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
