"""BENCHMARK CODE, not part of amity: the shared half of the two peers that
bench/speed.sh measures amity against (flask_app.py, fastapi_app.py).

For the anonymous caller, each peer answers two of amity's routes from the
same SQLite file, opened read-only, by running the same SQL statements amity
runs for them (written here by hand after the record descriptions in
src/lib/am_city.c, am_partnership.c, am_membership.c, am_activity.c,
am_diaspora.c and the listing code of am_read.c / am_resource.c), and shapes
the same JSON, with the same key order and separators, so that the bodies
are byte-identical to amity's (bench/speed.sh compares them):

    GET /api/v1/cities/{id}         the city's page: the record, its
                                    partnerships (with health), memberships,
                                    latest 20 activities and diaspora groups
    GET /api/v1/cities?q=&country=&limit=&cursor=
                                    a search by name (FTS5 prefix match on
                                    the folded words), the largest first

Like amity, each list inside the city page is read as a page of a listing:
a count(*) of the listing (amity's list code counts every page it reads;
the city page drops the totals) and the page itself, then the parts of its
records that live in other tables (topics; an activity's cities,
organisations and topics), one query each for the whole page.

Known limits of the copy (none of them reached by the benchmark's
requests): reals are written as jansson's "%.10g" only when they have no
exponent (coordinates and distances never do); the folding of `q` follows
am_fold for Latin, Greek, Cyrillic and the Arabic/Persian letters it maps,
through Python's Unicode tables rather than libunistring's; `can` is that
of the anonymous caller (every action false).
"""
import base64
import datetime
import json
import re
import sqlite3
import threading
import unicodedata

# ---- the database ----------------------------------------------------------

_local = threading.local()
DB_PATH = None


def db():
    """One read-only connection per thread, set up as amity sets up its own
    (temporary tables in memory; no memory-mapped reads)."""
    c = getattr(_local, "conn", None)
    if c is None:
        c = sqlite3.connect("file:%s?mode=ro" % DB_PATH, uri=True, check_same_thread=False,
                            cached_statements=256)
        c.execute("PRAGMA temp_store = MEMORY")
        _local.conn = c
    return c


def setup(path):
    global DB_PATH
    DB_PATH = path


# ---- JSON exactly as amity writes it ------------------------------------------
# jansson, JSON_COMPACT | JSON_REAL_PRECISION(10): no spaces, UTF-8 as it is,
# keys in insertion order, reals as "%.10g" (plus ".0" when that looks like an
# integer, which Python's repr of the rounded float also gives).

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


def dumps(obj):
    return _dumps(obj).encode("utf-8")


def _real(v):
    return float("%.10g" % v) if type(v) is float else v


# `can` of the anonymous caller, per record kind (am_rights: every action of
# the kind's rules, plus update and delete, all false).
CAN_CITY = {"update": False, "delete": False}
CAN_PARTNERSHIP = {"update": False, "delete": False, "sign": False, "suspend": False, "renew": False,
                   "end": False}
CAN_MEMBERSHIP = {"update": False, "delete": False, "leave": False}
CAN_ACTIVITY = {"update": False, "delete": False}
CAN_DIASPORA = {"update": False, "delete": False}


def _plan(names):
    """How the columns of a row become a record: (key, nested keys or None).
    A column "a.b" goes into the object "a", which takes the place of its
    first column."""
    plan, nested = [], {}
    for i, n in enumerate(names):
        if n in ("_sort", "_id"):
            continue
        if "." in n:
            outer, inner = n.split(".", 1)
            if outer not in nested:
                nested[outer] = []
                plan.append((outer, nested[outer]))
            nested[outer].append((inner, i))
        else:
            plan.append((n, i))
    return plan


def _shape(plan, row, bools=(), json_arrays=()):
    """am_read.c's shape(): the record in column order; a nested object
    whose values are all null is null; 0/1 as false/true for boolean
    fields; a list stored as JSON text parsed (null: [])."""
    out = {}
    for key, where in plan:
        if type(where) is list:
            o, some = {}, False
            for inner, i in where:
                v = _real(row[i])
                o[inner] = v
                some = some or v is not None
            out[key] = o if some else None
            continue
        v = row[where]
        if key in bools and v is not None:
            v = v != 0
        elif key in json_arrays:
            v = json.loads(v) if v is not None else []
        else:
            v = _real(v)
        out[key] = v
    return out


class Listing:
    """A listing as am_resource.c runs it. The page, in two steps of one
    statement (which rows, then those rows whole):

        WITH page(_sort, _id) AS (SELECT sort, id FROM from WHERE 1=1 AND ...
            ORDER BY 1 [DESC], 2 [DESC] LIMIT n+1)
        SELECT cols, page._sort AS _sort, page._id AS _id FROM page
            CROSS JOIN from WHERE id = page._id ORDER BY page._sort, page._id

    and the count: SELECT count(*) FROM (SELECT 1 FROM from WHERE 1=1 AND
    ... LIMIT -1), or of the bare table when nothing filters. `from` may
    have parameters of its own (a partnership's health), bound wherever it
    appears."""

    def __init__(self, cols, frm, sort, ident, desc, count_from=None, bools=(), json_arrays=()):
        self.cols, self.frm, self.sort, self.ident, self.desc = cols, frm, sort, ident, desc
        self.count_from = count_from
        self.bools, self.json_arrays = frozenset(bools), frozenset(json_arrays)
        self.plans = {}

    def count(self, conn, from_args, where, args):
        if self.count_from and not where:
            return conn.execute("SELECT count(*) FROM " + self.count_from).fetchone()[0]
        sql = "SELECT count(*) FROM (SELECT 1 FROM " + self.frm + " WHERE 1=1" + where + " LIMIT -1)"
        return conn.execute(sql, list(from_args) + list(args)).fetchone()[0]

    def page(self, conn, from_args, where, args, limit, cursor=None):
        """(records, the last row's sort and id when there are more)."""
        cmp = " < ?" if self.desc else " > ?"
        d = " DESC" if self.desc else ""
        sql = "WITH page(_sort, _id) AS (SELECT " + self.sort + ", " + self.ident + " FROM " + self.frm + \
            " WHERE 1=1" + where
        bound = list(from_args) + list(args)
        if cursor is not None:
            s, i = cursor
            sql += " AND (" + self.sort + cmp + " OR (" + self.sort + " = ? AND " + self.ident + cmp + "))"
            bound += [s, s, i]
        sql += " ORDER BY 1" + d + ", 2" + d + " LIMIT ?) SELECT " + self.cols + \
            ", page._sort AS _sort, page._id AS _id FROM page CROSS JOIN " + self.frm + " WHERE " + \
            self.ident + " = page._id ORDER BY page._sort" + d + ", page._id" + d
        bound.append(limit + 1)
        bound += list(from_args)
        cur = conn.execute(sql, bound)
        plan = self.plans.get(sql)
        if plan is None:
            plan = self.plans[sql] = _plan([c[0] for c in cur.description])
        rows = cur.fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        items = [_shape(plan, r, self.bools, self.json_arrays) for r in rows]
        last = (rows[-1][-2], rows[-1][-1]) if more else None
        return items, last


def _ids(items):
    return json.dumps([it["id"] for it in items], separators=(",", ":"))


def _embed_values(conn, sql, items, name, ids):
    """An embedded list of plain values (`_owner`, `_v`)."""
    by = {}
    for owner, v in conn.execute(sql, (ids,)):
        by.setdefault(owner, []).append(_real(v))
    for it in items:
        it[name] = by.get(it["id"], [])


def _embed_rows(conn, sql, items, name, ids):
    """An embedded list of objects (`_owner`, then the object's columns)."""
    cur = conn.execute(sql, (ids,))
    cols = [d[0] for d in cur.description][1:]
    by = {}
    for r in cur:
        by.setdefault(r[0], []).append({k: _real(v) for k, v in zip(cols, r[1:])})
    for it in items:
        it[name] = by.get(it["id"], [])


# ---- cities ------------------------------------------------------------------

CITY_COLS = (
    'c.id AS "id", c.name AS "name", c.country AS "country", k.name AS "country_name", '
    'c.region AS "region", c.lat AS "lat", c.lng AS "lng", c.population AS "population", '
    'c.geonames_id AS "geonames_id", c.admin_code AS "admin_code", c.feature_code AS "feature_code", '
    'c.source AS "source", c.source_row AS "source_row", c.alt_names AS "alt_names", '
    'c.created_at AS "created_at", c.updated_at AS "updated_at"')
CITY_FROM = "city c LEFT JOIN country k ON k.code = c.country"
CITIES = Listing(CITY_COLS, CITY_FROM, "c.name", "c.id", False, "city", json_arrays=("alt_names",))
CITIES_Q = Listing(CITY_COLS, CITY_FROM, "coalesce(c.population, 0)", "c.id", True, "city",
                   json_arrays=("alt_names",))

# ---- partnerships, with health --------------------------------------------

# The health rule: health_ref (the latest of its activity, renewal and
# signature, a partial date padded to the end of its period) is a generated
# column of migration 13, last_activity and activity_count are kept by
# triggers.
PARTNERSHIP_FROM = (
    "(SELECT p.*, CASE WHEN p.status = 'ended' THEN 'ended' WHEN p.status = 'proposed' THEN 'proposed' "
    "WHEN p.status = 'suspended' THEN 'suspended' WHEN p.health_ref IS NULL THEN 'unknown' "
    "WHEN p.health_ref < ? THEN 'dormant' ELSE 'active' END AS health, "
    "CAST(? AS INTEGER) AS dormant_after_years FROM partnership p) p "
    "LEFT JOIN city ca ON ca.id = p.a_city_id LEFT JOIN organisation oa ON oa.id = p.a_org_id "
    "LEFT JOIN country na ON na.code = p.a_country "
    "LEFT JOIN city cb ON cb.id = p.b_city_id LEFT JOIN organisation ob ON ob.id = p.b_org_id "
    "LEFT JOIN country nb ON nb.code = p.b_country")


def _party(side, c, o, n):
    s = side
    return (
        "CASE WHEN p.%s_city_id IS NOT NULL THEN 'city' WHEN p.%s_org_id IS NOT NULL THEN 'organisation' "
        "ELSE 'country' END AS \"party_%s.type\", p.%s_city_id AS \"party_%s.city_id\", "
        "p.%s_org_id AS \"party_%s.organisation_id\", coalesce(%s.country, %s.country, p.%s_country) "
        "AS \"party_%s.country\", coalesce(%s.name, %s.name, 'a partner in ' || %s.name) AS "
        "\"party_%s.name\", %s.lat AS \"party_%s.lat\", %s.lng AS \"party_%s.lng\""
        % (s, s, s, s, s, s, s, c, o, s, s, c, o, n, s, c, s, c, s))


PARTNERSHIP_COLS = (
    'p.id AS "id", ' + _party("a", "ca", "oa", "na") + ", " + _party("b", "cb", "ob", "nb") + ", "
    'p.kind AS "kind", p.status AS "status", p.signed_date AS "signed_date", p.ended_date AS "ended_date", '
    'p.end_reason AS "end_reason", p.suspended_date AS "suspended_date", p.renewed_date AS "renewed_date", '
    'p.source_url AS "source_url", p.note AS "note", p.source AS "source", p.source_row AS "source_row", '
    'p.health AS "health.state", p.last_activity AS "health.last_activity", '
    'p.dormant_after_years AS "health.dormant_after_years", p.activity_count AS "activity_count", '
    'p.created_at AS "created_at", p.updated_at AS "updated_at"')
PARTNERSHIPS = Listing(PARTNERSHIP_COLS, PARTNERSHIP_FROM, "coalesce(p.signed_date, '')", "p.id", True, "partnership")
PARTNERSHIP_TOPICS = (
    "SELECT partnership_id AS _owner, topic_id AS _v FROM partnership_topic WHERE partnership_id IN "
    "(SELECT value FROM json_each(?)) ORDER BY topic_id")


def _health_args(conn):
    """am_partnership.c's from_args: the cutoff date (today, UTC, less the
    dormant_after_years setting, 29 February kept in range) and the years."""
    row = conn.execute("SELECT value FROM setting WHERE key = ?", ("dormant_after_years",)).fetchone()
    years = 3
    if row is not None:
        try:
            v = int(str(row[0]).strip())
            if 0 <= v <= 1000000:
                years = v
        except ValueError:
            pass
    t = datetime.datetime.now(datetime.timezone.utc)
    y, m, d = t.year - years, t.month, t.day
    leap = (y % 4 == 0 and y % 100 != 0) or y % 400 == 0
    if m == 2 and d == 29 and not leap:
        d = 28
    return ["%04d-%02d-%02d" % (y, m, d), years]


# ---- memberships, activities, diaspora --------------------------------------

MEMBERSHIP_COLS = (
    'm.id AS "id", m.network_id AS "network_id", m.city_id AS "city_id", m.organisation_id AS '
    '"organisation_id", m.joined_year AS "joined_year", m.left_year AS "left_year", m.role AS "role", '
    'm.status AS "status", m.note AS "note", m.source_url AS "source_url", m.source AS "source", '
    'm.source_row AS "source_row", (m.left_year IS NULL AND m.status = \'current\') AS "current", '
    'n.id AS "network.id", n.name AS "network.name", n.acronym AS "network.acronym", '
    'CASE WHEN m.city_id IS NOT NULL THEN \'city\' ELSE \'organisation\' END AS "member.type", '
    'coalesce(m.city_id, m.organisation_id) AS "member.id", coalesce(c.name, o.name) AS "member.name", '
    'coalesce(c.country, o.country) AS "member.country", m.created_at AS "created_at", '
    'm.updated_at AS "updated_at"')
MEMBERSHIP_FROM = ("membership m JOIN network n ON n.id = m.network_id LEFT JOIN city c ON c.id = m.city_id "
                   "LEFT JOIN organisation o ON o.id = m.organisation_id")
MEMBERSHIPS = Listing(MEMBERSHIP_COLS, MEMBERSHIP_FROM, "coalesce(c.name, o.name)", "m.id", False,
                      bools=("current",))

ACTIVITY_COLS = (
    'a.id AS "id", a.kind AS "kind", a.title AS "title", a.start_date AS "start_date", a.end_date AS '
    '"end_date", a.host_city_id AS "host_city_id", h.id AS "host_city.id", h.name AS "host_city.name", '
    'h.country AS "host_city.country", a.partnership_id AS "partnership_id", a.network_id AS "network_id", '
    'w.id AS "network.id", w.name AS "network.name", w.acronym AS "network.acronym", a.programme AS '
    '"programme", a.description AS "description", a.outcome AS "outcome", a.source_url AS "source_url", '
    'a.created_at AS "created_at", a.updated_at AS "updated_at"')
ACTIVITY_FROM = "activity a LEFT JOIN city h ON h.id = a.host_city_id LEFT JOIN network w ON w.id = a.network_id"
ACTIVITIES = Listing(ACTIVITY_COLS, ACTIVITY_FROM, "coalesce(a.start_date, '')", "a.id", True, "activity")
ACTIVITY_EMBEDS = (
    ("city_ids", False,
     "SELECT x.activity_id AS _owner, x.city_id AS _v FROM activity_city x JOIN city c ON c.id = x.city_id "
     "WHERE x.activity_id IN (SELECT value FROM json_each(?)) ORDER BY c.name"),
    ("organisation_ids", False,
     "SELECT x.activity_id AS _owner, x.organisation_id AS _v FROM activity_organisation x JOIN organisation o "
     "ON o.id = x.organisation_id WHERE x.activity_id IN (SELECT value FROM json_each(?)) ORDER BY o.name"),
    ("topics", False,
     "SELECT activity_id AS _owner, topic_id AS _v FROM activity_topic WHERE activity_id IN "
     "(SELECT value FROM json_each(?)) ORDER BY topic_id"),
    ("cities", True,
     "SELECT x.activity_id AS _owner, c.id, c.name, c.country FROM activity_city x JOIN city c ON "
     "c.id = x.city_id WHERE x.activity_id IN (SELECT value FROM json_each(?)) ORDER BY c.name"),
    ("organisations", True,
     "SELECT x.activity_id AS _owner, o.id, o.name, o.country FROM activity_organisation x JOIN organisation o "
     "ON o.id = x.organisation_id WHERE x.activity_id IN (SELECT value FROM json_each(?)) ORDER BY o.name"),
)

DIASPORA_COLS = (
    'd.id AS "id", d.city_id AS "city_id", c.id AS "city.id", c.name AS "city.name", c.country AS '
    '"city.country", d.origin_country AS "origin_country", d.origin_city_id AS "origin_city_id", '
    'o.id AS "origin_city.id", o.name AS "origin_city.name", o.country AS "origin_city.country", '
    'k.name AS "origin_country_name", d.size AS "size", d.year AS "year", d.source AS "source", '
    'd.source_url AS "source_url", d.note AS "note", d.imported_from AS "imported_from", '
    'd.imported_row AS "imported_row", d.created_at AS "created_at", d.updated_at AS "updated_at"')
DIASPORA_FROM = ("diaspora d JOIN city c ON c.id = d.city_id LEFT JOIN city o ON o.id = d.origin_city_id "
                 "LEFT JOIN country k ON k.code = d.origin_country")
DIASPORA = Listing(DIASPORA_COLS, DIASPORA_FROM, "coalesce(d.size, -1)", "d.id", True)

LIST_MAX = 500


def _listed(conn, listing, from_args, where, args, limit):
    """A list inside the city page: counted and read as amity's list code
    does, the totals dropped."""
    listing.count(conn, from_args, where, args)
    items, _ = listing.page(conn, from_args, where, args, limit)
    return items


def city_page(city_id):
    """GET /api/v1/cities/{id}: the body, or None when there is no such city."""
    conn = db()
    items, _ = CITIES.page(conn, (), " AND c.id = ?", [city_id], 1)
    if not items:
        return None
    city = items[0]
    # partnerships (either party), newest signature first
    w = " AND (p.a_city_id = ? OR p.b_city_id = ?)"
    ps = _listed(conn, PARTNERSHIPS, _health_args(conn), w, [city_id, city_id], LIST_MAX)
    if ps:
        _embed_values(conn, PARTNERSHIP_TOPICS, ps, "topics", _ids(ps))
    for p in ps:
        p["can"] = CAN_PARTNERSHIP
    ms = _listed(conn, MEMBERSHIPS, (), " AND (m.city_id = ?)", [city_id], LIST_MAX)
    for m in ms:
        m["can"] = CAN_MEMBERSHIP
    w = (" AND (a.host_city_id = ? OR EXISTS (SELECT 1 FROM activity_city x WHERE x.activity_id = a.id "
         "AND x.city_id = ?))")
    acts = _listed(conn, ACTIVITIES, (), w, [city_id, city_id], 20)
    if acts:
        ids = _ids(acts)
        for name, rows, sql in ACTIVITY_EMBEDS:
            (_embed_rows if rows else _embed_values)(conn, sql, acts, name, ids)
    for a in acts:
        a["can"] = CAN_ACTIVITY
    ds = _listed(conn, DIASPORA, (), " AND (d.city_id = ?)", [city_id], LIST_MAX)
    for d in ds:
        d["can"] = CAN_DIASPORA
    city["partnerships"] = ps
    city["memberships"] = ms
    city["recent_activities"] = acts
    city["diaspora"] = ds
    city["can"] = CAN_CITY
    return dumps(city)


# ---- the search of cities by name ---------------------------------------------

_SPECIAL = str.maketrans({
    "\u0142": "l", "\u0111": "d", "\u00f8": "o", "\u00e6": "ae", "\u0153": "oe", "\u00fe": "th",
    "\u00f0": "d", "\u0131": "i", "\u0127": "h", "\u0167": "t", "\u0138": "k", "\u017f": "s",
    "\u0180": "b", "\u0268": "i", "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9",
    "\u0629": "\u0647", "\u0640": "",
    "'": "", "`": "", "\u2019": "", "\u2018": "", "\u02bc": "", "\u02bb": "", "\u02bf": "", "\u02be": "",
    "\u00b4": "", "\u2032": "",
})
_SEP = re.compile(r"[\W_]+")


def fold(q):
    """am_fold, as far as the benchmark needs it (see the module's note)."""
    s = unicodedata.normalize("NFD", q.casefold())
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).translate(_SPECIAL)
    return _SEP.sub(" ", s).strip()


def _cursor_encode(sort, ident):
    raw = json.dumps([sort, ident], ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _cursor_decode(s):
    pair = json.loads(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)))
    return pair[0], int(pair[1])


class BadRequest(Exception):
    pass


def cities_list(q=None, country=None, limit=None, cursor=None):
    """GET /api/v1/cities: a listing (alphabetical), or a search by name
    (the largest first)."""
    conn = db()
    try:
        limit = 50 if limit is None else int(limit)
        cur = _cursor_decode(cursor) if cursor else None
    except (ValueError, TypeError):
        raise BadRequest("limit or cursor")
    if not 1 <= limit <= LIST_MAX:
        raise BadRequest("limit")
    where, args = "", []
    if country is not None:
        where += " AND (c.country = ?)"
        args.append(country)
    listing = CITIES
    if q is not None:
        listing = CITIES_Q
        words = fold(q)
        if words:
            where += " AND c.id IN (SELECT rowid FROM city_fts WHERE city_fts MATCH ?)"
            args.append(" ".join('"%s"*' % w for w in words.split(" ")))
        else:
            where += " AND 0"
    total = listing.count(conn, (), where, args)
    items, last = listing.page(conn, (), where, args, limit, cur)
    for it in items:
        it["can"] = CAN_CITY
    return dumps({"items": items, "total": total, "next": _cursor_encode(*last) if last else None})
