#!/usr/bin/env python3
"""The weights of the partner suggestions, chosen by cross-validation the
outsider's way.

bench/match_outsider.sh builds, for each seed, a database imported without
that seed's held-out pairs. This script searches the weights (coordinate
steps: each weight halved, or taken 1.5 times, or set to +-0.1 when it is 0;
a step is kept when it finds more held-out partners in the first 20) on the
held-out pairs of the TRAIN seeds only, then prints what the shipped weights
and the searched ones find on the TEST seeds, which the search never saw.
The weights start from those shipped (am_match_default_weights, read from
src/lib/am_match.c); the searched ones are printed as an initializer to
paste there. Ship them only if they hold on the test seeds; run it the other
way round (train on the test seeds) to see the spread. Not run by the tests;
about 3 minutes a round for two seeds on a Release build and 2 cores.

  bench/match_cv.py [--build DIR] [--work DIR] [--train 1,2] [--test 3,4,5]
                    [--rounds 2] [--signals name,name,...]

The held-out pairs of different seeds overlap as random tenths do (about a
tenth of a test seed's pairs are also held out by a train seed): the search
sees those pairs as asks, never their answers on the test seed's database.
"""
import argparse
import csv
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# what the diaspora groups and topics weigh is set by hand (docs/match.md):
# the real partnerships say nothing of them
NOT_SEARCHED = {"diaspora", "topics"}


def shipped_weights():
    """am_match_default_weights, from the source."""
    src = open(os.path.join(ROOT, "src/lib/am_match.c"), encoding="utf-8").read()
    block = re.search(r"am_match_default_weights = \{(.*?)\};", src, re.S)
    if not block:
        sys.exit("match_cv: am_match_default_weights not found in src/lib/am_match.c")
    body = re.sub(r"/\*.*?\*/", "", block.group(1), flags=re.S)
    return {k: float(v) for k, v in re.findall(r"\.(\w+)\s*=\s*(-?[0-9.eE+-]+)", body)}


def found(args, seeds, weights, tmp):
    """Held-out partners found in the first 20, by seed (the seeds in parallel)."""
    wargs = []
    for name, value in sorted(weights.items()):
        wargs += ["--w", "%s=%.6g" % (name, value)]
    procs = []
    for seed in seeds:
        ranks = os.path.join(tmp, "ranks%d.csv" % seed)
        cmd = [os.path.join(args.build, "match_eval"), os.path.join(args.work, "seed%d.db" % seed), "--outsider",
               os.path.join(args.work, "held%d.csv" % seed), os.path.join(args.work, "rest%d.csv" % seed),
               "--amity-only", "--ranks", ranks] + wargs
        procs.append((seed, ranks, subprocess.Popen(cmd, stdout=subprocess.DEVNULL)))
    out = {}
    for seed, ranks, proc in procs:
        if proc.wait() != 0:
            sys.exit("match_cv: match_eval failed on seed %d" % seed)
        with open(ranks, newline="") as f:
            out[seed] = sum(1 for row in csv.reader(f) if 0 <= int(row[2]) < 20)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default="build")
    ap.add_argument("--work", default=os.environ.get("WORK", "/tmp/amity-outsider"))
    ap.add_argument("--train", default="1,2")
    ap.add_argument("--test", default="3,4,5")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--signals", default="")
    args = ap.parse_args()
    train = [int(s) for s in args.train.split(",")]
    test = [int(s) for s in args.test.split(",") if s]
    for seed in train + test:
        if not os.path.exists(os.path.join(args.work, "seed%d.db" % seed)):
            sys.exit("match_cv: %s/seed%d.db missing: run bench/match_outsider.sh first" % (args.work, seed))
    shipped = shipped_weights()
    names = args.signals.split(",") if args.signals else [n for n in shipped if n not in NOT_SEARCHED]
    with tempfile.TemporaryDirectory() as tmp:
        best = dict(shipped)
        score = sum(found(args, train, best, tmp).values())
        print("train seeds %s: the shipped weights find %d" % (args.train, score), flush=True)
        for rnd in range(args.rounds):
            for name in names:
                v0 = best.get(name, 0.0)
                for step in ((v0 * 0.5, v0 * 1.5) if v0 != 0 else (0.1, -0.1)):
                    trial = dict(best, **{name: step})
                    s = sum(found(args, train, trial, tmp).values())
                    if s > score:
                        score, best = s, trial
                        print("  %s = %.4g: %d" % (name, step, s), flush=True)
            print("round %d: %d" % (rnd + 1, score), flush=True)
        print("searched: " + ", ".join(".%s = %.4g" % (n, best[n]) for n in shipped))
        if test:
            a, b = found(args, test, shipped, tmp), found(args, test, best, tmp)
            for seed in test:
                print("test seed %d: shipped %d, searched %d (%+.1f%%)" % (seed, a[seed], b[seed],
                      100.0 * (b[seed] - a[seed]) / max(a[seed], 1)))


if __name__ == "__main__":
    main()
