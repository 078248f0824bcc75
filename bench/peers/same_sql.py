"""BENCHMARK TOOL, not part of amity: do the peers still run amity's SQL?

bench/speed.sh loads sqltrace.so (an LD_PRELOAD library) into a fresh amity
and into this script, asks both for the same city pages and search, and
compares what each ran:

    same_sql.py peer DB CITY_ID...        run the peers' code for these
                                          pages and for cities?q=ber
    same_sql.py compare AMITY.sql PEER.sql

Statements that are not the routes' own reads are left out on both sides:
connection set-up (PRAGMA), FTS5's reads of its own tables, and amity's
checks of its caches' generations.
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def statements(path):
    out = []
    for line in open(path, encoding="utf-8", errors="replace"):
        s = line.strip()
        if (not s or s.startswith(("PRAGMA", "SELECT fts5(", "(null)", "BEGIN", "COMMIT", "ROLLBACK")) or
                "'main'." in s or "_generation" in s):
            continue
        out.append(s)
    return out


def compare(a_path, p_path):
    a, p = collections.Counter(statements(a_path)), collections.Counter(statements(p_path))
    only_a, only_p = a - p, p - a
    if not only_a and not only_p:
        print("same SQL: %d statements, each run by amity and by the peers' code" % sum(a.values()))
        return 0

    def first(c):
        s = next(iter(c))
        return s if len(s) < 240 else s[:240] + "..."
    print("DIFFERENT SQL: %d statements amity ran that the peers' code did not%s; %d the peers' code ran that "
          "amity did not%s (update bench/peers/amity_peer.py)" % (
              sum(only_a.values()), " (first: %s)" % first(only_a) if only_a else "",
              sum(only_p.values()), " (first: %s)" % first(only_p) if only_p else ""))
    return 1


def peer(db, ids):
    import amity_peer
    amity_peer.setup(db)
    for i in ids:
        amity_peer.city_page(int(i))
    amity_peer.cities_list("ber")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "peer":
        peer(sys.argv[2], sys.argv[3:])
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        sys.exit(compare(sys.argv[2], sys.argv[3]))
    else:
        sys.exit(__doc__)
