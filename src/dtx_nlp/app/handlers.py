"""Request handlers: each reads the request, calls the review core and returns what it gives."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response

from .. import html
from ..errors import DtxError
from . import core


def _workspace(request) -> core.Workspace:
    ws = request.app.state.workspaces.get(request.path_params["doc_id"])
    if ws is None:
        raise HTTPException(404, "no such document")
    return ws


def _served(request, ws: core.Workspace) -> dict:
    base = f"/doc/{ws.doc_id}"
    return {"doc_id": ws.doc_id, "token": request.app.state.token,
            "threshold": ws.cfg.links.threshold, "state_url": f"{base}/state",
            "decision_url": f"{base}/decision", "files_url": f"/files/{ws.doc_id}/",
            "queue": core.queue(ws), "progress": core.progress(ws)}


async def index(request):
    docs = sorted(request.app.state.workspaces)
    return HTMLResponse(html.render_template("serve_index.html.j2", docs=docs))


async def page(request):
    ws = _workspace(request)
    async with request.app.state.lock:
        body = html.render_report(ws.source, ws.analysis, ws.result,
                                  served=_served(request, ws), notes=ws.notes)
    return HTMLResponse(body)


async def state(request):
    ws = _workspace(request)
    async with request.app.state.lock:
        return JSONResponse(core.state(ws))


async def decision(request):
    ws = _workspace(request)
    try:
        body = await request.json()
    except ValueError:
        return JSONResponse({"error": "the body must be JSON"}, status_code=400)
    fields = [body.get(k, "") if isinstance(body, dict) else None
              for k in ("recommendation", "target", "action", "note")]
    if not all(isinstance(f, str) for f in fields):
        return JSONResponse({"error": "recommendation, target, action and note are strings"},
                            status_code=400)
    async with request.app.state.lock:
        try:
            await run_in_threadpool(core.decide, ws, *fields)
        except DtxError as exc:
            return JSONResponse({"error": exc.message}, status_code=400)
        return JSONResponse(core.state(ws))


async def output_file(request):
    """A file of the document's output folder (never anything outside it)."""
    ws = _workspace(request)
    folder = ws.folder.resolve()
    path = (folder / request.path_params["name"]).resolve()
    if path.parent != folder or not path.is_file():
        raise HTTPException(404, "no such file")
    return FileResponse(path)


async def no_icon(request):
    return Response(status_code=204)
