"""Solve a network exported by `examples/bench.rs optimal --export FILE` with
OR-Tools' SimpleMinCostFlow and print the timings and the objective.

File layout (little endian): i64 nodes, i64 arcs, i64 objective found by
corridor-matching; then i32 tails[arcs], i32 heads[arcs], i64 capacities[arcs],
i64 costs[arcs]. The network is a circulation (no supplies): the optimum is
its min cost, minus the max total score.
"""
import sys
import time

import numpy as np
from ortools.graph.python import min_cost_flow

path = sys.argv[1]
with open(path, "rb") as f:
    nodes, arcs, ours = np.frombuffer(f.read(24), dtype="<i8")
    tails = np.frombuffer(f.read(4 * arcs), dtype="<i4")
    heads = np.frombuffer(f.read(4 * arcs), dtype="<i4")
    caps = np.frombuffer(f.read(8 * arcs), dtype="<i8")
    costs = np.frombuffer(f.read(8 * arcs), dtype="<i8")

t0 = time.perf_counter()
smcf = min_cost_flow.SimpleMinCostFlow()
smcf.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
smcf.set_nodes_supplies(np.arange(nodes, dtype=np.int32), np.zeros(nodes, dtype=np.int64))
t1 = time.perf_counter()
status = smcf.solve()
t2 = time.perf_counter()
objective = -smcf.optimal_cost() if status == smcf.OPTIMAL else None
print(f"ortools_status={status} ortools_build_s={t1 - t0:.2f} ortools_solve_s={t2 - t1:.2f} "
      f"ortools_objective={objective} corridor_objective={ours} same={objective == ours}")
