#!/usr/bin/env python3
"""Hold out real partnerships the way an outsider would, before the import.

    bench/match_split.py SEED SHARE IN.csv REST.csv HELD.csv

Reads a twin-towns file (city1,country1,lat1,lng1,city2,country2,lat2,lng2),
shuffles its rows with SEED and writes the first SHARE of them (0.1 = 10%)
to HELD.csv and the others to REST.csv, both with the header. A pair written
twice (either way round) goes wholly to one side, so that no held-out pair
is still in the rest by its other row. bench/match_outsider.sh imports
REST.csv and asks amity about HELD.csv's pairs (match_eval --outsider).
"""
import csv
import random
import sys


def place(row, at):
    try:
        return (round(float(row[at + 2]), 2), round(float(row[at + 3]), 2))
    except (ValueError, IndexError):
        return (row[at].strip().casefold(), row[at + 1].strip().casefold())


def key(row):
    return tuple(sorted([place(row, 0), place(row, 4)], key=repr))


def main(argv):
    if len(argv) != 6:
        sys.exit(__doc__)
    seed, share = int(argv[1]), float(argv[2])
    with open(argv[3], newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, rows = rows[0], rows[1:]
    pairs = {}
    for row in rows:
        pairs.setdefault(key(row), []).append(row)
    keys = sorted(pairs)
    random.Random(seed).shuffle(keys)
    nheld = round(len(keys) * share)
    held = set(keys[:nheld])
    # each file keeps the source's order
    for path, keep in ((argv[5], True), (argv[4], False)):
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(row for row in rows if (key(row) in held) == keep)
    print(f"split seed {seed}: {len(keys)} pairs, {nheld} held out, {len(keys) - nheld} kept")


if __name__ == "__main__":
    main(sys.argv)
