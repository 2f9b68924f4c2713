"""Extract the ESCO occupation list and ISCO-08 labels that the synthetic
market generator needs (run from this directory):

    python3 extract.py ../../../../shared/data/esco

Writes occupations.tsv.gz (uri, isco unit group, preferred label) and
isco_groups.tsv.gz (code, preferred label).
"""
import csv, gzip, sys, os

src = sys.argv[1]
with open(os.path.join(src, "occupations_en.csv"), newline="") as f, \
        gzip.GzipFile("occupations.tsv.gz", "wb", mtime=0) as gz:
    rows = sorted((r["conceptUri"], r["iscoGroup"], r["preferredLabel"]) for r in csv.DictReader(f))
    gz.write("".join(f"{u}\t{i}\t{l}\n" for u, i, l in rows).encode())
with open(os.path.join(src, "ISCOGroups_en.csv"), newline="") as f, \
        gzip.GzipFile("isco_groups.tsv.gz", "wb", mtime=0) as gz:
    rows = sorted((r["code"], r["preferredLabel"]) for r in csv.DictReader(f))
    gz.write("".join(f"{c}\t{l}\n" for c, l in rows).encode())
