"""DuckDB side of the corridor-stats benchmark.

generate ROWS FORMAT FILE  -- deterministic ACS-shaped person file
query FILE                 -- the same tabulation as examples/tabulate.rs
"""
import sys
import time

import duckdb

REPS = 80


def generate(rows: int, fmt: str, path: str) -> None:
    reps = ",\n".join(
        f"greatest(0, PWGTP + (hash(i, {100 + r}) % 21)::INTEGER - 10)::INTEGER AS PWGTP{r}"
        for r in range(1, REPS + 1)
    )
    inner = f"""
      SELECT i,
        (CASE WHEN hash(i, 1) % 100 < 86 THEN 1 + hash(i, 2) % 56
              ELSE 100 + hash(i, 3) % 455 END)::INTEGER AS POBP,
        (1 + hash(i, 4) % 2)::INTEGER AS SEX,
        (hash(i, 5) % 96)::INTEGER AS AGEP,
        (1 + hash(i, 6) % 300)::INTEGER AS PWGTP
      FROM range({rows}) t(i)"""
    select = f"SELECT POBP, SEX, AGEP, PWGTP,\n{reps}\nFROM ({inner})"
    con = duckdb.connect()
    if fmt == "parquet":
        con.execute(f"COPY ({select}) TO '{path}' (FORMAT parquet, ROW_GROUP_SIZE 122880)")
    else:
        con.execute(f"COPY ({select}) TO '{path}' (FORMAT csv, HEADER true)")


def query(path: str) -> None:
    source = (
        f"read_parquet('{path}')" if path.endswith(".parquet") else f"read_csv('{path}', header=true)"
    )
    sums = ", ".join(f"SUM(PWGTP{r}) AS x{r}" for r in range(1, REPS + 1))
    ss = " + ".join(f"(x{r} - x) * (x{r} - x)" for r in range(1, REPS + 1))
    sql = f"""
      WITH cells AS (
        SELECT POBP, SEX, LEAST(AGEP // 5, 17) AS AGEGRP,
               SUM(PWGTP) AS x, {sums}, COUNT(*) AS n
        FROM {source}
        WHERE NOT (POBP BETWEEN 1 AND 56)
        GROUP BY CUBE (POBP, SEX, AGEGRP))
      SELECT POBP, SEX, AGEGRP, x, sqrt(0.05 * ({ss})) AS se, n FROM cells"""
    started = time.perf_counter()
    rows = duckdb.connect().execute(sql).fetchall()
    elapsed = time.perf_counter() - started
    total = [r for r in rows if r[0] is None and r[1] is None and r[2] is None][0]
    print(
        f"duckdb {duckdb.__version__}: {len(rows)} cells, total {total[3]:.0f} persons, "
        f"SE {total[4]:.1f}, n {total[5]}, in {elapsed:.3f} s"
    )


if __name__ == "__main__":
    if sys.argv[1] == "generate":
        generate(int(sys.argv[2]), sys.argv[3], sys.argv[4])
    else:
        query(sys.argv[2])
