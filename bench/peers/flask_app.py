"""BENCHMARK CODE, not part of amity: the Flask peer of bench/speed.sh.

    AMITY_PEER_DB=amity-demo.db gunicorn -w 2 -b 127.0.0.1:PORT \\
        --chdir bench/peers flask_app:app

Answers GET /api/v1/cities/{id} and GET /api/v1/cities?q= from the same
SQLite file (read-only), with the same SQL and byte-identical JSON as amity
for the anonymous caller (amity_peer.py).
"""
import os

from flask import Flask, Response, request

import amity_peer

amity_peer.setup(os.environ["AMITY_PEER_DB"])
app = Flask(__name__)
JSON = "application/json; charset=utf-8"


def _error(status, code, message):
    return Response(amity_peer.dumps({"error": {"code": code, "message": message}}), status=status, mimetype=None,
                    content_type=JSON)


@app.get("/api/v1/cities/<int:city_id>")
def city(city_id):
    body = amity_peer.city_page(city_id)
    if body is None:
        return _error(404, "not_found", "no city with id %d" % city_id)
    return Response(body, content_type=JSON, headers={"Cache-Control": "no-store"})


@app.get("/api/v1/cities")
def cities():
    a = request.args
    try:
        body = amity_peer.cities_list(a.get("q"), a.get("country"), a.get("limit"), a.get("cursor"))
    except amity_peer.BadRequest as e:
        return _error(400, "bad_request", str(e))
    return Response(body, content_type=JSON, headers={"Cache-Control": "no-store"})
