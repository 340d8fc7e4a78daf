"""Side-by-side comparison of the channels query core with NetworkX, igraph, rustworkx and NetworKit.

Every library reads the same generated edge lists, runs the same kernel from the same source (and
target) node, and is timed inside its own process with the graph already loaded; load times are
reported on their own. Each peer measurement runs in a fresh worker process (worker.py). channels is
timed by its own `channels bench` command. Results are checked against channels (PASS/FAIL per
kernel and peer) and written as a markdown table.

Usually started through run.sh, which prepares the virtualenv:

    Benchmarks/Peers/run.sh [--quick] [--repeat N] [--only bfs,pagerank] [--skip-networkx-slow] [--gapbs DIR]

With --gapbs DIR (a directory where sbeamer/gapbs is built by hand; nothing here fetches or builds it),
GAP's bfs, sssp, pr and cc also run against channels on one undirected R-MAT file, printed as ch/gap.

The exit status is 1 when any agreement check fails or any measurement errs, 0 otherwise.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import importlib.util
import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
PEERS = ("networkx", "igraph", "rustworkx", "networkit")
#: The compiled peers: the last ratio column compares channels with the fastest of these.
COMPILED_PEERS = ("igraph", "rustworkx", "networkit")
PEER_SHORT = {"networkx": "nx", "igraph": "ig", "rustworkx": "rx", "networkit": "nk"}
#: Threads for every kernel except the rows that say otherwise (the machine's 2 cores).
DEFAULT_THREADS = 2
#: Fewer timed runs for heavy kernels (exact betweenness, closeness, Yen, loads of big files).
HEAVY_REPEAT = 3
#: How often `channels path Biden Hamas` runs as a whole process.
CLI_RUNS = 20
#: Rounds of the thread-scaling measurement: exact betweenness once on one thread and once on two.
SCALING_ROUNDS = 5
#: Measurements beyond the kernel rows that --only can name.
EXTRAS = {"cli", "scaling"}
#: Kernels that start from the source node (and pair kernels, also take the target).
NEEDS_ENDPOINTS = {"bfs", "bfs-pair", "bidirectional", "dijkstra", "sssp", "yen"}


# ---------------------------------------------------------------------------------------------------
# Graphs and cases
# ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GraphFile:
    """A generated edge list: its file name and the `channels generate` arguments that make it."""

    name: str
    generate: tuple[str, ...]


#: Graph roles → files, for the full run and for --quick (tiny graphs, only for the agreement checks).
GRAPHS = {
    False: {
        "rmat": GraphFile("rmat18.txt", ("rmat", "--scale", "18", "--edge-factor", "16", "--seed", "1",
                                         "--weights", "100")),
        "ba": GraphFile("ba10k.txt", ("ba", "--nodes", "10000", "--m", "5", "--seed", "1")),
        "ba-large": GraphFile("ba100k.txt", ("ba", "--nodes", "100000", "--m", "5", "--seed", "1")),
        "rmat-large": GraphFile("rmat20.txt", ("rmat", "--scale", "20", "--edge-factor", "16", "--seed", "1")),
    },
    True: {
        "rmat": GraphFile("rmat10.txt", ("rmat", "--scale", "10", "--edge-factor", "16", "--seed", "1",
                                         "--weights", "100")),
        "ba": GraphFile("ba300.txt", ("ba", "--nodes", "300", "--m", "3", "--seed", "1")),
        "ba-large": GraphFile("ba300.txt", ("ba", "--nodes", "300", "--m", "3", "--seed", "1")),
        "rmat-large": GraphFile("rmat10.txt", ("rmat", "--scale", "10", "--edge-factor", "16", "--seed", "1",
                                               "--weights", "100")),
    },
}

#: The graph measured against GAP: undirected (GAP's `-s`), weighted 1–255 as GAP's own generator does.
GAP_GRAPHS = {
    False: GraphFile("rmat18u.txt", ("rmat", "--scale", "18", "--edge-factor", "16", "--seed", "1", "--undirected",
                                     "--weights", "255")),
    True: GraphFile("rmat10u.txt", ("rmat", "--scale", "10", "--edge-factor", "16", "--seed", "1", "--undirected",
                                    "--weights", "255")),
}

#: PageRank is compared per step: both run exactly this many steps, with no convergence test.
GAP_PAGERANK_STEPS = 20


@dataclass(frozen=True)
class GapKernel:
    """A channels bench kernel and the GAP binary that computes the same, with its arguments."""

    kernel: str
    binary: str
    gap_arguments: tuple[str, ...] = ()
    channels_arguments: tuple[str, ...] = ()
    weighted: bool = False
    from_source: bool = False
    per_step: bool = False


GAP_KERNELS = (
    GapKernel("bfs", "bfs", from_source=True),
    # GAP's benchmark settings use a bin width of 2 on its R-MAT (kron) graphs; channels picks its own.
    GapKernel("sssp", "sssp", ("-d", "2"), ("--weighted",), weighted=True, from_source=True),
    GapKernel("pagerank", "pr", ("-i", str(GAP_PAGERANK_STEPS), "-t", "0"), ("--steps", str(GAP_PAGERANK_STEPS)),
              per_step=True),
    GapKernel("components", "cc"),
)


@dataclass(frozen=True)
class Case:
    """One row of the table: a channels kernel on a graph at a thread count, and how peers match it.

    `peer_kernel` names the worker kernel the peers run (None: channels only); rows sharing it on the
    same graph and thread count share the peer measurements. `check` says how results are compared.
    """

    kernel: str
    graph: str
    check: str
    peer_kernel: str | None
    undirected: bool = False
    weighted: bool = False
    threads: int = DEFAULT_THREADS
    heavy: bool = False
    peers: tuple[str, ...] = PEERS
    networkx_slow: bool = False
    snapshot: bool = False


WITHOUT_NETWORKX = COMPILED_PEERS

CASES = (
    Case("bfs", "rmat", "distances", "bfs"),
    Case("bfs-pair", "rmat", "hops", "pair"),
    Case("bidirectional", "rmat", "hops", "pair"),
    Case("dijkstra", "rmat", "distances", "dijkstra", weighted=True),
    Case("sssp", "rmat", "distances", "dijkstra", weighted=True),
    Case("yen", "rmat", "costs", "yen", heavy=True),
    Case("betweenness", "ba", "relative", "betweenness", undirected=True, threads=1, heavy=True,
         networkx_slow=True),
    Case("betweenness", "ba", "relative", "betweenness", undirected=True, threads=2, heavy=True,
         peers=WITHOUT_NETWORKX),  # NetworkX is single-threaded: its one-thread row stands for it
    Case("betweenness-sampled", "ba-large", "none", "betweenness-sampled", undirected=True, heavy=True,
         networkx_slow=True),
    Case("closeness", "ba", "absolute", "closeness", undirected=True, heavy=True, networkx_slow=True),
    Case("pagerank", "rmat", "absolute", "pagerank"),
    Case("components", "rmat", "count", "components"),
    Case("articulation", "ba", "count", "articulation", undirected=True),
    Case("articulation", "rmat", "count", "articulation", undirected=True),
    Case("load", "rmat", "none", "load", heavy=True, networkx_slow=True),
    Case("load", "rmat-large", "none", "load", heavy=True, peers=WITHOUT_NETWORKX),  # too big for NetworkX
    Case("load-snapshot", "rmat-large", "none", None, heavy=True, snapshot=True),
)


# ---------------------------------------------------------------------------------------------------
# Measurements
# ---------------------------------------------------------------------------------------------------

@dataclass
class Measurement:
    """One library's outcome for one case: times (ms), load time (ms), result, or why there is none."""

    library: str
    median_ms: float | None = None
    load_ms: float | None = None
    result: object = None
    skipped: str | None = None
    error: str | None = None
    version: str | None = None

    @property
    def ok(self) -> bool:
        return self.median_ms is not None and not self.error and not self.skipped


@dataclass
class Row:
    """A case with channels' measurement and each peer's."""

    case: Case
    graph_name: str
    channels: Measurement
    peers: dict[str, Measurement] = field(default_factory=dict)
    checks: dict[str, tuple[bool, str]] = field(default_factory=dict)

    @property
    def graph_label(self) -> str:
        """The file name, marked when a directed file is read as undirected."""
        return self.graph_name + (" (undirected)" if self.case.undirected and self.case.graph == "rmat" else "")

    @property
    def label(self) -> str:
        return f"{self.case.kernel} on {self.graph_label}, {self.case.threads} thread(s)"


class Runner:
    """Runs channels and the peer workers for the selected cases, with graph files made on demand."""

    def __init__(self, args: argparse.Namespace, peers: tuple[str, ...]) -> None:
        self.args = args
        self.peers = peers
        self.data = HERE / "data"
        self.data.mkdir(exist_ok=True)
        self.graphs = GRAPHS[args.quick]
        self.endpoints: tuple[int, int] | None = None
        self.peer_cache: dict[tuple, Measurement] = {}
        self.values_dir = Path(tempfile.mkdtemp(prefix="peers-values-"))

    # Graph files --------------------------------------------------------------------------------

    def graph_path(self, role: str, snapshot: bool = False) -> Path:
        """The edge list (or its .chsnap) for a role, generated with channels if it is missing."""
        spec = self.graphs[role]
        path = self.data / spec.name
        if not path.exists():
            log(f"generating {spec.name} …")
            self.channels_command(["generate", *spec.generate, "-o", str(path)])
        if not snapshot:
            return path
        snap = path.with_suffix(".chsnap")
        if not snap.exists():
            log(f"converting {spec.name} to {snap.name} …")
            self.channels_command(["convert", str(path), str(snap)])
        return snap

    def channels_command(self, arguments: list[str]) -> str:
        """Run channels; return its standard output, or raise with its standard error."""
        done = subprocess.run([self.args.channels, *arguments], capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"channels {' '.join(arguments)} failed ({done.returncode}): {done.stderr.strip()}")
        return done.stdout

    def source_and_target(self) -> tuple[int, int]:
        """channels' own choice on the R-MAT graph: the highest out-degree node and the farthest it reaches."""
        if self.endpoints is None:
            graph = str(self.graph_path("rmat"))
            common = ["--graph", graph, "--format", "json", "--repeat", "1", "--warmup", "0"]
            source = json.loads(self.channels_command(["bench", "bfs", *common]))["result"]["source"]
            target = json.loads(self.channels_command(["bench", "bfs-pair", *common]))["result"]["target"]
            self.endpoints = (int(source), int(target))
            log(f"source {source}, target {target}")
        return self.endpoints

    # Repeats --------------------------------------------------------------------------------------

    def repeat(self, case: Case, library: str) -> int:
        if self.args.quick:
            return 1
        if case.networkx_slow and library == "networkx":
            return 1
        return min(self.args.repeat, HEAVY_REPEAT) if case.heavy else self.args.repeat

    # channels -------------------------------------------------------------------------------------

    def run_channels(self, case: Case, graph: Path) -> Measurement:
        values = self.values_dir / f"{case.kernel}-{graph.stem}-{case.threads}.json"
        command = ["bench", case.kernel, "--graph", str(graph), "--threads", str(case.threads),
                   "--repeat", str(self.repeat(case, "channels")), "--warmup", "1", "--format", "json",
                   "--values", str(values)]
        command += ["--undirected"] if case.undirected else []
        command += ["--weighted"] if case.weighted else []
        if case.kernel in NEEDS_ENDPOINTS:
            source, target = self.source_and_target()
            command += ["--source", str(source), "--target", str(target)]
        try:
            report = json.loads(self.channels_command(command))
        except (RuntimeError, json.JSONDecodeError) as failure:
            return Measurement("channels", error=str(failure))
        result = channels_result(case.check, json.loads(values.read_text())) if values.exists() else None
        return Measurement("channels", median_ms=report["median_ms"], load_ms=report["load_ms"], result=result)

    # Peers ----------------------------------------------------------------------------------------

    def run_peer(self, case: Case, library: str, graph: Path) -> Measurement:
        """A worker's measurement, shared by the rows that ask for the same peer kernel."""
        key = (library, case.peer_kernel, graph.name, case.undirected, case.threads)
        if key not in self.peer_cache:
            self.peer_cache[key] = self.spawn_worker(case, library, graph)
        return self.peer_cache[key]

    def spawn_worker(self, case: Case, library: str, graph: Path) -> Measurement:
        command = [sys.executable, str(HERE / "worker.py"), "--library", library, "--kernel", case.peer_kernel,
                   "--graph", str(graph), "--threads", str(case.threads),
                   "--repeat", str(self.repeat(case, library)), "--pivots", "256", "--k", "10", "--seed", "1"]
        command += ["--undirected"] if case.undirected else []
        if case.kernel in NEEDS_ENDPOINTS:
            source, target = self.source_and_target()
            command += ["--source", str(source), "--target", str(target)]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=self.args.timeout, cwd=HERE)
        except subprocess.TimeoutExpired:
            return Measurement(library, error=f"timed out after {self.args.timeout} s")
        lines = done.stdout.strip().splitlines()
        if not lines:
            return Measurement(library, error=f"worker exited {done.returncode}: {done.stderr.strip()[-500:]}")
        report = json.loads(lines[-1])
        return Measurement(library, median_ms=seconds_to_ms(report.get("median_s")),
                           load_ms=seconds_to_ms(report.get("load_s")), result=report.get("result"),
                           skipped=report.get("skipped"), error=report.get("error"), version=report.get("version"))

    def run_cases(self, cases: list[Case]) -> list[Row]:
        """Run the cases in order, once each per graph file (--quick maps several roles to one file)."""
        rows, seen = [], set()
        for case in cases:
            key = (case.kernel, self.graphs[case.graph].name, case.undirected, case.threads)
            if key not in seen:
                seen.add(key)
                rows.append(self.run_case(case))
        return rows

    def run_case(self, case: Case) -> Row:
        graph = self.graph_path(case.graph, snapshot=case.snapshot)
        row = Row(case, graph.name, self.run_channels(case, graph))
        log(f"{row.label}: channels {describe(row.channels)}")
        if case.peer_kernel is None:
            return row
        for library in self.peers:
            if library not in case.peers:
                continue
            if library == "networkx" and case.networkx_slow and self.args.skip_networkx_slow:
                row.peers[library] = Measurement(library, skipped="--skip-networkx-slow")
                continue
            row.peers[library] = self.run_peer(case, library, graph)
            log(f"{row.label}: {library} {describe(row.peers[library])}")
        check_row(row)
        return row


def seconds_to_ms(seconds: float | None) -> float | None:
    return None if seconds is None else seconds * 1000


def describe(measurement: Measurement) -> str:
    if measurement.error:
        return f"ERROR {measurement.error}"
    if measurement.skipped:
        return f"skipped ({measurement.skipped})"
    return f"{format_ms(measurement.median_ms)} ms (load {format_ms(measurement.load_ms)} ms)"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------------
# Agreement checks
# ---------------------------------------------------------------------------------------------------

def channels_result(check: str, values: object) -> object:
    """channels' --values output in the neutral form the workers print."""
    if check in ("distances", "absolute", "relative"):
        return {label: value for label, value in values.items() if value is not None}
    if check == "hops":
        return len(values) - 1 if values else None
    if check == "costs":
        return sorted(route["cost"] for route in values)
    if check == "count":
        return values
    return None


def compare_values(reference: dict, peer: dict, tolerance, exact: bool = False) -> tuple[bool, str]:
    """Per-node comparison: the same nodes, and each value within `tolerance(reference value)`."""
    missing, extra = reference.keys() - peer.keys(), peer.keys() - reference.keys()
    if missing or extra:
        return False, f"{len(missing)} nodes missing, {len(extra)} extra (e.g. {sorted(missing or extra)[:3]})"
    worst_label, worst = None, 0.0
    for label, expected in reference.items():
        difference = abs(peer[label] - expected)
        excess = difference - tolerance(expected)
        if worst_label is None or excess > worst:
            worst_label, worst = label, excess
    difference = abs(peer[worst_label] - reference[worst_label]) if worst_label is not None else 0.0
    passed = worst <= 0 if not exact else difference == 0
    return passed, f"{len(reference)} nodes, largest difference {difference:.3g} (node {worst_label})"


def check(kind: str, reference: object, peer: object) -> tuple[bool, str]:
    """Compare a peer's result with channels' according to the row's check kind."""
    if kind == "distances":
        return compare_values(reference, peer, lambda _: 0.0, exact=True)
    if kind == "absolute":
        return compare_values(reference, peer, lambda _: 1e-6)
    if kind == "relative":
        return compare_values(reference, peer, lambda expected: 1e-6 * max(1.0, abs(expected)))
    return reference == peer, f"channels {reference}, peer {peer}"


def check_row(row: Row) -> None:
    """Fill row.checks for every peer that produced a result (rows without a check are time only)."""
    if row.case.check == "none" or not row.channels.ok:
        return
    for library, measurement in row.peers.items():
        if measurement.ok:
            row.checks[library] = check(row.case.check, row.channels.result, measurement.result)


# ---------------------------------------------------------------------------------------------------
# channels as a whole process
# ---------------------------------------------------------------------------------------------------

def time_cli(channels: str, runs: int) -> tuple[float, float]:
    """Median and minimum wall-clock ms of `channels path Biden Hamas` (built-in graph), as a process."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([channels, "path", "Biden", "Hamas"], check=True, stdout=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


@dataclass
class Scaling:
    """Exact betweenness on one and on two threads, measured in alternation."""

    graph: str
    one_ms: list[float]
    two_ms: list[float]
    error: str | None = None

    @property
    def speedups(self) -> list[float]:
        """One round's one-thread time over its two-thread time, round by round."""
        return [one / two for one, two in zip(self.one_ms, self.two_ms)]


def time_scaling(runner: "Runner", graph: Path, rounds: int) -> Scaling:
    """Alternate one- and two-thread runs of exact betweenness (1, 2, then 2, 1, …), so that both see the
    same spells of a noisy host; the kernel rows above time them minutes apart, with every peer in between."""
    scaling = Scaling(graph.name, [], [])
    for round_index in range(rounds):
        for threads in (1, 2) if round_index % 2 == 0 else (2, 1):
            try:
                report = json.loads(runner.channels_command(
                    ["bench", "betweenness", "--graph", str(graph), "--undirected", "--threads", str(threads),
                     "--repeat", "1", "--warmup", "0", "--format", "json"]))
            except (RuntimeError, json.JSONDecodeError) as failure:
                scaling.error = str(failure)
                return scaling
            (scaling.one_ms if threads == 1 else scaling.two_ms).append(report["median_ms"])
        log(f"scaling round {round_index + 1}: {scaling.one_ms[-1]:,.0f} ms on one thread, "
            f"{scaling.two_ms[-1]:,.0f} ms on two")
    return scaling


# ---------------------------------------------------------------------------------------------------
# GAP Benchmark Suite
# ---------------------------------------------------------------------------------------------------

@dataclass
class GapRow:
    """One kernel at one thread count: channels' and GAP's median ms (per step for PageRank)."""

    kernel: GapKernel
    threads: int
    channels_ms: float | None = None
    gap_ms: float | None = None
    error: str | None = None


def gap_files(runner: "Runner") -> tuple[Path, Path, Path]:
    """The GAP graph as channels reads it, and as GAP reads it (.el, .wel: the same lines, no comment)."""
    spec = GAP_GRAPHS[runner.args.quick]
    text = runner.data / spec.name
    if not text.exists():
        log(f"generating {spec.name} …")
        runner.channels_command(["generate", *spec.generate, "-o", str(text)])
    plain, weighted = text.with_suffix(".el"), text.with_suffix(".wel")
    if not plain.exists() or not weighted.exists():
        with text.open() as source, plain.open("w") as el, weighted.open("w") as wel:
            for line in source:
                if line.startswith("#") or not line.strip():
                    continue
                fields = line.split()
                el.write(f"{fields[0]} {fields[1]}\n")
                wel.write(f"{fields[0]} {fields[1]} {fields[2]}\n")
    return text, plain, weighted


def gap_trial_median_ms(output: str) -> float:
    """The median of GAP's `Trial Time:` lines (seconds), in ms."""
    trials = [float(line.split(":")[1]) for line in output.splitlines() if line.startswith("Trial Time:")]
    if not trials:
        raise RuntimeError(f"no trial times in GAP's output: {output.strip()[-300:]}")
    return statistics.median(trials) * 1000


def run_gap(runner: "Runner", directory: Path) -> tuple[list[GapRow], str | None]:
    """channels and GAP on the same undirected R-MAT file, each kernel on one and on two threads, one
    after the other; or a reason why GAP was not run."""
    missing = [kernel.binary for kernel in GAP_KERNELS if not os.access(directory / kernel.binary, os.X_OK)]
    if missing:
        return [], (f"no GAP binaries {', '.join(missing)} in {directory}: build sbeamer/gapbs there with `make` "
                    "(outside this repository), then give that directory")
    text, plain, weighted = gap_files(runner)
    common = ["--graph", str(text), "--undirected", "--format", "json"]
    source = json.loads(runner.channels_command(["bench", "bfs", *common, "--repeat", "1", "--warmup", "0"]))["result"]["source"]
    repeat = 1 if runner.args.quick else runner.args.repeat
    rows = []
    for kernel in GAP_KERNELS:
        for threads in (1, 2):
            row = GapRow(kernel, threads)
            steps = GAP_PAGERANK_STEPS if kernel.per_step else 1
            command = ["bench", kernel.kernel, *common, "--threads", str(threads), "--repeat", str(repeat),
                       *kernel.channels_arguments] + (["--source", source] if kernel.from_source else [])
            gap = [str(directory / kernel.binary), "-f", str(weighted if kernel.weighted else plain), "-s",
                   "-n", str(repeat), *kernel.gap_arguments] + (["-r", source] if kernel.from_source else [])
            try:
                row.channels_ms = json.loads(runner.channels_command(command))["median_ms"] / steps
                done = subprocess.run(gap, capture_output=True, text=True, timeout=runner.args.timeout,
                                      env={**os.environ, "OMP_NUM_THREADS": str(threads)})
                if done.returncode != 0:
                    raise RuntimeError(f"{shlex.join(gap)} failed ({done.returncode}): {done.stderr.strip()[-300:]}")
                row.gap_ms = gap_trial_median_ms(done.stdout) / steps
            except (RuntimeError, json.JSONDecodeError, subprocess.TimeoutExpired) as failure:
                row.error = str(failure)
            log(f"GAP {kernel.kernel}, {threads} thread(s): channels {format_ms(row.channels_ms)} ms, "
                f"GAP {format_ms(row.gap_ms)} ms" + (f" — ERROR {row.error}" if row.error else ""))
            rows.append(row)
    return rows, None


def gap_lines(rows: list[GapRow], skipped: str | None, directory: Path | None, graph: str) -> list[str]:
    """The GAP section of the report."""
    lines = ["## Against GAP (the GAP Benchmark Suite's reference kernels)", ""]
    if directory is None:
        return lines + ["Not run: give `--gapbs DIR`, a directory where `sbeamer/gapbs` is built.", ""]
    if skipped:
        return lines + [f"Not run: {skipped}.", ""]
    revision = subprocess.run(["git", "-C", str(directory), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True).stdout.strip() or "unknown revision"
    lines += [f"GAP from `{directory}` ({revision}), on `{graph}` symmetrised (`-s`), channels with `--undirected`; "
              f"same source node for bfs and sssp; PageRank per step ({GAP_PAGERANK_STEPS} steps, no convergence "
              "test, `pr -i 20 -t 0` against `bench pagerank --steps 20`); GAP's sssp with its benchmark width "
              "`-d 2`, channels with its own. Medians; threads by OMP_NUM_THREADS for GAP. `ch/gap` below 1: "
              "channels faster.", "", "| kernel | GAP binary | threads | channels | GAP | ch/gap |", "|---|---|---|---|---|---|"]
    for row in rows:
        lines.append(f"| {row.kernel.kernel} | {row.kernel.binary} | {row.threads} | {format_ms(row.channels_ms)} | "
                     f"{format_ms(row.gap_ms)} | {format_ratio(row.channels_ms, row.gap_ms)} |")
    errors = [f"- ERROR {row.kernel.kernel}, {row.threads} thread(s): {row.error}" for row in rows if row.error]
    return lines + [""] + (errors + [""] if errors else [])


# ---------------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------------

def format_ms(ms: float | None) -> str:
    if ms is None:
        return "—"
    return f"{ms:.3f}" if ms < 10 else f"{ms:.1f}" if ms < 1000 else f"{ms:,.0f}"


def format_ratio(numerator: float | None, denominator: float | None) -> str:
    if numerator is None or not denominator:
        return "—"
    ratio = numerator / denominator
    return f"{ratio:.3f}" if ratio < 0.1 else f"{ratio:.2f}"


def cell(measurement: Measurement | None) -> str:
    if measurement is None:
        return "n/r"
    if measurement.error:
        return "ERROR"
    if measurement.skipped:
        return "skip"
    return format_ms(measurement.median_ms)


def kernel_table(rows: list[Row], peers: tuple[str, ...]) -> list[str]:
    """The main table: medians in ms and channels/peer ratios (< 1: channels faster)."""
    header = ["kernel", "graph", "threads", "channels"] + list(peers)
    header += [f"ch/{PEER_SHORT[p]}" for p in peers] + ["ch/best compiled"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        cells = [row.case.kernel, row.graph_label, str(row.case.threads), cell(row.channels)]
        cells += [cell(row.peers.get(p)) for p in peers]
        channels_ms = row.channels.median_ms if row.channels.ok else None
        ok = {p: m.median_ms for p, m in row.peers.items() if m.ok}
        cells += [format_ratio(channels_ms, ok.get(p)) for p in peers]
        compiled = [ok[p] for p in COMPILED_PEERS if p in ok]
        cells.append(format_ratio(channels_ms, min(compiled)) if compiled else "—")
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def load_table(rows: list[Row], peers: tuple[str, ...]) -> list[str]:
    """Graph load time before the kernels (median over the rows that loaded each graph), in ms.

    channels reads the file with its own reader; peers parse it with numpy.loadtxt, map labels to dense
    ids and build the graph from arrays (NetworkX: from Python tuples).
    """
    by_graph: dict[str, dict[str, list[float]]] = {}
    for row in rows:
        if row.case.kernel.startswith("load"):
            continue
        loads = by_graph.setdefault(row.graph_label, {})
        for measurement in [row.channels, *row.peers.values()]:
            if measurement.load_ms is not None and not measurement.error:
                loads.setdefault(measurement.library, []).append(measurement.load_ms)
    header = ["graph", "channels"] + list(peers)
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, loads in by_graph.items():
        cells = [name] + [format_ms(statistics.median(loads[lib])) if lib in loads else "—"
                          for lib in ("channels", *peers)]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def check_lines(rows: list[Row]) -> tuple[list[str], int, int]:
    """PASS/FAIL per row and peer, the number passed, and the number failed (errors count as failures)."""
    lines, passes, failures = [], 0, 0
    for row in rows:
        for library, measurement in [("channels", row.channels), *row.peers.items()]:
            if measurement.error:
                failures += 1
                lines.append(f"- ERROR {row.label} {library}: {measurement.error}")
        for library, (passed, detail) in row.checks.items():
            passes += passed
            failures += not passed
            lines.append(f"- {'PASS' if passed else 'FAIL'} {row.label} {library}: {detail}")
        if row.case.check == "none":
            lines.append(f"- time only (no common answer): {row.label}")
    return lines, passes, failures


def skip_lines(rows: list[Row]) -> list[str]:
    seen = {}
    for row in rows:
        for library, measurement in row.peers.items():
            if measurement.skipped:
                seen.setdefault((library, measurement.skipped), []).append(row.case.kernel)
    return [f"- {library}: {', '.join(dict.fromkeys(kernels))} — {reason}" for (library, reason), kernels in seen.items()]


def machine_lines() -> list[str]:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())
    memory_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                     if line.startswith("MemTotal"))
    return [f"- CPU: {model}, {os.cpu_count()} cores", f"- Memory: {memory_kb / 2**20:.0f} GiB",
            f"- Kernel: Linux {platform.release()}", f"- Python {platform.python_version()}",
            f"- Load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}"]


def version_lines(channels: str, peers: tuple[str, ...]) -> list[str]:
    version = subprocess.run([channels, "--version"], capture_output=True, text=True).stdout.strip()
    lines = [f"- channels {version} ({channels})"]
    for package in (*peers, "numpy", "scipy"):
        try:
            lines.append(f"- {package} {importlib.metadata.version(package)}")
        except importlib.metadata.PackageNotFoundError:
            lines.append(f"- {package}: not installed")
    return lines


def report(rows: list[Row], args: argparse.Namespace, peers: tuple[str, ...], cli: tuple[float, float] | None,
           scaling: Scaling | None, gap: list[str], elapsed_s: float) -> tuple[str, int]:
    """The whole markdown report and the failure count."""
    checks, passes, failures = check_lines(rows)
    command = os.environ.get("PEERS_COMMAND") or shlex.join([sys.executable, *sys.argv])
    lines = ["# channels vs NetworkX, igraph, rustworkx, NetworKit", "",
             f"Date: {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z} · run time {elapsed_s / 60:.1f} min"
             + (" · **quick mode: tiny graphs, one run each, for the agreement checks only — not timings**"
                if args.quick else ""), "",
             f"Command: `{command}`", "", "## Machine", "", *machine_lines(), "", "## Versions", "",
             *version_lines(args.channels, peers), "", "## Kernels (median ms, graph load excluded)", "",
             "Ratios are channels ÷ peer: below 1 means channels is faster. `ch/best compiled` divides by the "
             "fastest of igraph, rustworkx and NetworKit. `skip`: the library has no such kernel (see below); "
             "`n/r`: not run for that row.", "", *kernel_table(rows, peers), "",
             "## Graph load before the kernels (median ms)", "",
             "channels uses its own reader; the peers parse the file with numpy.loadtxt, map labels to dense "
             "ids and build the graph from arrays (NetworkX from Python tuples). The `load` rows above time "
             "each library's own reader instead.", "", *load_table(rows, peers), "", *gap]
    if cli:
        lines += ["## channels as a whole process", "",
                  f"`channels path Biden Hamas` (built-in graph), wall clock over {CLI_RUNS if not args.quick else 3} "
                  f"runs: median {cli[0]:.1f} ms, best {cli[1]:.1f} ms.", ""]
    if scaling:
        lines += ["## Thread scaling, measured in alternation", ""]
        speedups = scaling.speedups
        if speedups:
            lines += [f"Exact betweenness on {scaling.graph}, one run on each thread count per round, the order "
                      f"alternating, {len(speedups)} round(s): one thread median "
                      f"{statistics.median(scaling.one_ms):,.0f} ms ({min(scaling.one_ms):,.0f}–{max(scaling.one_ms):,.0f}), "
                      f"two threads median {statistics.median(scaling.two_ms):,.0f} ms "
                      f"({min(scaling.two_ms):,.0f}–{max(scaling.two_ms):,.0f}); speed-up per round "
                      f"{', '.join(f'{x:.2f}' for x in speedups)}, median **{statistics.median(speedups):.2f}×**.", ""]
        if scaling.error:
            lines += [f"The measurement stopped: {scaling.error}", ""]
    lines += ["## Agreement with channels", "", *checks, "", f"{passes} passed, {failures} failed", ""]
    skipped = skip_lines(rows)
    if skipped:
        lines += ["## Skipped", "", *skipped, ""]
    return "\n".join(lines), failures


# ---------------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------------

def parse_arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true",
                        help="tiny graphs and one run each: the agreement checks, not timings")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per kernel (heavy kernels use at most "
                        f"{HEAVY_REPEAT}; NetworkX where it takes minutes, 1)")
    parser.add_argument("--only", help="comma-separated kernels to run (e.g. bfs,pagerank; 'cli' for the "
                        "whole-process `channels path` timing, 'scaling' for one- against two-thread betweenness "
                        "in alternation)")
    parser.add_argument("--skip-networkx-slow", action="store_true",
                        help="skip NetworkX where it takes minutes (exact and sampled betweenness, closeness, "
                        "reading rmat18)")
    parser.add_argument("--timeout", type=int, default=1800, help="seconds before a worker is abandoned")
    parser.add_argument("--channels", default=os.environ.get("CHANNELS", str(REPO / ".build/release/channels")),
                        help="the channels binary (default: $CHANNELS, else .build/release/channels)")
    parser.add_argument("--gapbs", type=Path, help="a directory where the GAP Benchmark Suite (sbeamer/gapbs) is "
                        "built: also time its bfs, sssp, pr and cc against channels on one undirected R-MAT file "
                        "and print ch/gap (without it, a line says GAP was not run)")
    parser.add_argument("--output", help="markdown report path (default: results/latest.md, "
                        "results/quick.md with --quick)")
    return parser.parse_args()


def selected_cases(only: str | None) -> tuple[list[Case], set[str]]:
    """The cases --only keeps, and which of EXTRAS run."""
    if not only:
        return list(CASES), set(EXTRAS)
    wanted = {name.strip() for name in only.split(",") if name.strip()}
    known = {case.kernel for case in CASES} | EXTRAS
    unknown = wanted - known
    if unknown:
        sys.exit(f"unknown kernel(s) for --only: {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}")
    return [case for case in CASES if case.kernel in wanted], wanted & EXTRAS


def installed_peers() -> tuple[str, ...]:
    """The peer libraries importable here (only NetworkX is expected in --quick without run.sh's venv)."""
    return tuple(peer for peer in PEERS if importlib.util.find_spec(peer) is not None)


def main() -> int:
    args = parse_arguments()
    if not Path(args.channels).is_file():
        sys.exit(f"channels binary not found at {args.channels}: run `swift build -c release --static-swift-stdlib --product channels` "
                 "in the repository root, or set CHANNELS to its path")
    args.channels = str(Path(args.channels).resolve())
    peers = installed_peers()
    missing = [peer for peer in PEERS if peer not in peers]
    if missing:
        log(f"not installed, left out: {', '.join(missing)}")
    cases, extras = selected_cases(args.only)
    started = time.perf_counter()
    runner = Runner(args, peers)
    rows = runner.run_cases(cases)
    cli = time_cli(args.channels, 3 if args.quick else CLI_RUNS) if "cli" in extras else None
    scaling = (time_scaling(runner, runner.graph_path("ba"), 1 if args.quick else SCALING_ROUNDS)
               if "scaling" in extras else None)
    gap_rows, gap_skipped = run_gap(runner, args.gapbs.resolve()) if args.gapbs else ([], None)
    if gap_skipped:
        log(f"GAP not run: {gap_skipped}")
    gap = gap_lines(gap_rows, gap_skipped, args.gapbs.resolve() if args.gapbs else None, GAP_GRAPHS[args.quick].name)
    text, failures = report(rows, args, peers, cli, scaling, gap, time.perf_counter() - started)
    failures += sum(1 for row in gap_rows if row.error)
    output = Path(args.output) if args.output else HERE / "results" / ("quick.md" if args.quick else "latest.md")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text + "\n")
    print(text)
    log(f"written to {output}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
