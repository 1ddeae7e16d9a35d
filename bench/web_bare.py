"""The yardstick of bench/web.py: a bare app on the web chat's server stack, Starlette under uvicorn.

POST /chat reads the form and answers 303 to /chat; GET /chat answers a page of SIZE bytes; both with
Cache-Control: no-store, as the web chat's are. No storage, no templates, nothing of the project.

    .venv/bin/python bench/web_bare.py PORT SIZE
"""

from __future__ import annotations

import sys

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route


def app(size: int) -> Starlette:
    page = "<!doctype html><html><body><p>" + "x" * max(0, size - 45) + "</p></body></html>"

    async def show(request: Request) -> Response:
        return HTMLResponse(page, headers={"Cache-Control": "no-store"})

    async def post(request: Request) -> Response:
        await request.form()
        return RedirectResponse("/chat", status_code=303, headers={"Cache-Control": "no-store"})

    return Starlette(routes=[Route("/chat", show, methods=["GET"]), Route("/chat", post, methods=["POST"])])


def main() -> None:
    port, size = int(sys.argv[1]), int(sys.argv[2])
    uvicorn.run(app(size), host="127.0.0.1", port=port, log_config=None, access_log=False, lifespan="off")


if __name__ == "__main__":
    main()
