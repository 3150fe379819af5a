"""The app's guard: a token on every request, same-origin writes only, safe response headers.

The token travels in the URL printed at start (`?token=`), in the `X-DTX-Token` header (the
page's own requests) or in an HttpOnly, SameSite=Strict cookie set after the first valid visit.
A write (POST) must carry the header (a cross-site form cannot set it) and, when the browser
sends one, an Origin equal to the server's own.
"""

from __future__ import annotations

import secrets

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import PlainTextResponse

HEADER = "x-dtx-token"
COOKIE = "dtx_token"
LOOPBACK = ("127.0.0.1", "localhost", "::1")
WILDCARD = ("0.0.0.0", "::", "")
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
       "frame-ancestors 'none'")


def new_token() -> str:
    return secrets.token_urlsafe(24)


def is_loopback(host: str) -> bool:
    return host in LOOPBACK or host.startswith("127.")


def _same(given: str | None, token: str) -> bool:
    return bool(given) and secrets.compare_digest(given.encode(), token.encode())


def _same_origin(request) -> bool:
    origin = request.headers.get("origin")
    if origin is not None:
        return origin == f"{request.url.scheme}://{request.headers.get('host', '')}"
    return request.headers.get("sec-fetch-site", "same-origin") in ("same-origin", "none")


class TokenGuard(BaseHTTPMiddleware):
    def __init__(self, app, token: str):
        super().__init__(app)
        self.token = token

    async def dispatch(self, request, call_next):
        if request.method == "POST":
            if not _same_origin(request):
                return _refuse("cross-origin write refused")
            allowed = _same(request.headers.get(HEADER), self.token)
        elif request.method in ("GET", "HEAD"):
            allowed = any(_same(v, self.token) for v in (request.query_params.get("token"),
                                                         request.headers.get(HEADER),
                                                         request.cookies.get(COOKIE)))
        else:
            return _refuse("method not allowed", 405)
        if not allowed:
            return _refuse("a valid token is required (open the URL dtx-nlp serve printed)")
        response = await call_next(request)
        _harden(response)
        if _same(request.query_params.get("token"), self.token):
            response.set_cookie(COOKIE, self.token, httponly=True, samesite="strict",
                                path="/")
        return response


def _refuse(message: str, status: int = 403):
    response = PlainTextResponse(message, status_code=status)
    _harden(response)
    return response


def _harden(response) -> None:
    response.headers["Content-Security-Policy"] = CSP
    response.headers["Referrer-Policy"] = "no-referrer"  # the token is in the URL
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "no-store"
