"""The web stage: a JSON API under /api and a server-rendered dashboard over one ledger.

`create_app(WebSettings(db_path=...))` makes the ASGI application; `claimledger serve` runs it
with uvicorn. Reads are open; writes (reports, files, sources) need a bearer token made with
`claimledger token create`. Every page and every API answer carries a strict
Content-Security-Policy: report texts and channel names are untrusted and only ever escaped.
"""

from claimledger.web.app import create_app
from claimledger.web.settings import WebSettings

__all__ = ["WebSettings", "create_app"]
