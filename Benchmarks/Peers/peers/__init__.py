"""One module per peer library, each with a `Peer` class that loads a graph and builds timed kernels.

A kernel method takes the query (see `common.Query`) and returns a `Kernel`: the call to time and the
function that turns its raw output into the neutral form `compare.py` checks against channels. A library
without a kernel simply has no method for it, or raises `common.Unsupported` with the reason.
"""
