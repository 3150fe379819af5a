"""The review app: the report with review controls, served by Starlette on uvicorn.

`create_app` wires routes, the token guard and the documents under review; `serve` binds the
socket, prints the URL to open and runs the server. The handlers call `app.core` only.
"""

from __future__ import annotations

import asyncio
import socket
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Callable

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Route

from . import handlers
from .security import LOOPBACK, WILDCARD, TokenGuard, new_token

ROUTES = [
    Route("/", handlers.index),
    Route("/doc/{doc_id}", handlers.page),
    Route("/doc/{doc_id}/state", handlers.state),
    Route("/doc/{doc_id}/decision", handlers.decision, methods=["POST"]),
    Route("/files/{doc_id}/{name}", handlers.output_file),
    Route("/favicon.ico", handlers.no_icon),
]


def create_app(docs: dict, token: str, host: str = "127.0.0.1",
               on_ready: Callable[[], None] | None = None) -> Starlette:
    """The app for documents already loaded (`core.load`), keyed by document id."""

    @asynccontextmanager
    async def lifespan(app):
        if on_ready:
            on_ready()
        yield

    # the Host header must name this server (no DNS rebinding); bound to every address, any
    # name can reach it and the token alone guards it
    hosts = ["*"] if host in WILDCARD else sorted({host, *LOOPBACK})
    app = Starlette(routes=ROUTES, lifespan=lifespan, middleware=[
        Middleware(TrustedHostMiddleware, allowed_hosts=hosts, www_redirect=False),
        Middleware(TokenGuard, token=token)])
    app.state.docs = docs
    app.state.token = token
    app.state.lock = asyncio.Lock()
    return app


def load_documents(out: Path) -> dict:
    """Every document of an output folder, as the review core reads it (no parsing)."""
    from . import core

    return {doc_id: core.load(folder) for doc_id, folder in core.document_folders(out).items()}


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    return sock


def url_of(sock: socket.socket, token: str, doc_id: str | None = None) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    path = f"doc/{doc_id}" if doc_id else ""
    return f"http://{shown}:{port}/{path}?token={token}"


def make_server(docs: dict, host: str, port: int,
                ready: Callable[[str], None]):
    """(uvicorn server, bound socket); `ready(url)` is called once the app has started."""
    import uvicorn

    token = new_token()
    sock = bind(host, port)
    only = next(iter(docs)) if len(docs) == 1 else None
    app = create_app(docs, token, host, on_ready=lambda: ready(url_of(sock, token, only)))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    return server, sock
