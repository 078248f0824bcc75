"""BENCHMARK CODE, not part of amity: the FastAPI peer of bench/speed.sh.

    AMITY_PEER_DB=amity-demo.db uvicorn --workers 2 --host 127.0.0.1 \\
        --port PORT --app-dir bench/peers fastapi_app:app

Answers GET /api/v1/cities/{id} and GET /api/v1/cities?q= from the same
SQLite file (read-only), with the same SQL and byte-identical JSON as amity
for the anonymous caller (amity_peer.py). The handlers are `async def`: an
SQLite read of a few milliseconds is cheaper run in the event loop than
handed to the thread pool; the body is made once, by amity_peer, and sent
as it is (no response model, no second encoding).
"""
import os
from typing import Optional

from fastapi import FastAPI
from fastapi.responses import Response

import amity_peer

amity_peer.setup(os.environ["AMITY_PEER_DB"])
app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
JSON = "application/json; charset=utf-8"
HEADERS = {"Cache-Control": "no-store"}


def _error(status, code, message):
    return Response(amity_peer.dumps({"error": {"code": code, "message": message}}), status_code=status,
                    media_type=JSON)


@app.get("/api/v1/cities/{city_id}")
async def city(city_id: int):
    body = amity_peer.city_page(city_id)
    if body is None:
        return _error(404, "not_found", "no city with id %d" % city_id)
    return Response(body, media_type=JSON, headers=HEADERS)


@app.get("/api/v1/cities")
async def cities(q: Optional[str] = None, country: Optional[str] = None, limit: Optional[int] = None,
                 cursor: Optional[str] = None):
    try:
        body = amity_peer.cities_list(q, country, limit, cursor)
    except amity_peer.BadRequest as e:
        return _error(400, "bad_request", str(e))
    return Response(body, media_type=JSON, headers=HEADERS)
