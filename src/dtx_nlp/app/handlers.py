"""Request handlers: each reads the request, calls the review core and returns what it gives."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response

from ..errors import DtxError
from ..report import html
from . import core


def _doc(request) -> str:
    doc_id = request.path_params["doc_id"]
    if doc_id not in request.app.state.docs:
        raise HTTPException(404, "no such document")
    return doc_id


def _served(request, state) -> dict:
    base = f"/doc/{core.doc_id(state)}"
    return {"doc_id": core.doc_id(state), "token": request.app.state.token,
            "state_url": f"{base}/state", "decision_url": f"{base}/decision",
            "files_url": f"/files/{core.doc_id(state)}/", "queue": core.queue(state),
            "progress": state.progress}


async def index(request):
    docs = sorted(request.app.state.docs)
    return HTMLResponse(html.render_template("serve_index.html.j2", docs=docs))


async def page(request):
    state = request.app.state.docs[_doc(request)]
    return HTMLResponse(html.render_report(state.source, state.analysis, state.result,
                                           served=_served(request, state)))


async def state(request):
    return JSONResponse(core.page_state(request.app.state.docs[_doc(request)]))


async def decision(request):
    doc_id = _doc(request)
    try:
        body = await request.json()
    except ValueError:
        return JSONResponse({"error": "the body must be JSON"}, status_code=400)
    fields = [body.get(k, "") if isinstance(body, dict) else None
              for k in ("recommendation", "target", "action", "note")]
    if not all(isinstance(f, str) for f in fields):
        return JSONResponse({"error": "recommendation, target, action and note are strings"},
                            status_code=400)
    docs = request.app.state.docs
    async with request.app.state.lock:  # one decision at a time: each rewrites the files
        try:
            docs[doc_id] = await run_in_threadpool(core.decide, docs[doc_id], *fields)
        except DtxError as exc:
            return JSONResponse({"error": exc.message}, status_code=400)
        return JSONResponse(core.page_state(docs[doc_id]))


async def output_file(request):
    """A file of the document's output folder (never anything outside it)."""
    folder = request.app.state.docs[_doc(request)].folder.resolve()
    path = (folder / request.path_params["name"]).resolve()
    if path.parent != folder or not path.is_file():
        raise HTTPException(404, "no such file")
    return FileResponse(path)


async def no_icon(request):
    return Response(status_code=204)
