"""Solve a market exported by `examples/bench.rs matching-market --export FILE`
with the Python package `matching` (HospitalResident, resident-optimal), check
that it gives the same matching as corridor-matching, and print the timings.
"""
import json
import statistics
import sys
import threading
import time

from matching.games import HospitalResident

# The package deep-copies its linked player objects, which recurses deeply
# on a market of thousands: give it room.
sys.setrecursionlimit(1_000_000)
threading.stack_size(1 << 29)


def main():
    with open(sys.argv[1]) as f:
        market = json.load(f)
    caps, lists, ours = market["capacities"], market["lists"], market["assignment"]

    resident_prefs = {f"w{w}": [f"j{j}" for j, _ in lst] for w, lst in enumerate(lists) if lst}
    applicants = {}
    for w, lst in enumerate(lists):
        for j, key in lst:
            applicants.setdefault(j, []).append((key, w))
    hospital_prefs = {f"j{j}": [f"w{w}" for _, w in sorted(a)] for j, a in applicants.items()}
    capacities = {f"j{j}": caps[j] for j in applicants}

    solve_times, create_times = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        game = HospitalResident.create_from_dictionaries(resident_prefs, hospital_prefs, capacities)
        t1 = time.perf_counter()
        result = game.solve(optimal="resident")
        t2 = time.perf_counter()
        create_times.append(t1 - t0)
        solve_times.append(t2 - t1)

    theirs = [-1] * len(lists)
    for hospital, residents in result.items():
        for r in residents:
            theirs[int(r.name[1:])] = int(hospital.name[1:])
    same = theirs == ours
    solve_ms = statistics.median(solve_times) * 1000
    create_ms = statistics.median(create_times) * 1000
    print(f"matching_create_ms={create_ms:.1f} matching_solve_ms={solve_ms:.1f} "
          f"corridor_ms={market['rust_ms']:.3f} ratio_solve={solve_ms / market['rust_ms']:.0f} same={same}")


thread = threading.Thread(target=main)
thread.start()
thread.join()
