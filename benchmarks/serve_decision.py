"""Time one review decision through the review app: POST → review file written → links
recomputed from link_state.json → outputs rewritten → new state answered (in-process HTTP, no
network). Runs the pipeline on a copy of the corpus document first (from the parse cache when it
is warm), so the user's review file is never touched.

    python benchmarks/serve_decision.py [--n 20]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "corpus" / "spf_extended_deterrence_2025.txt"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20, help="decisions to time")
    args = parser.parse_args()
    from starlette.testclient import TestClient

    from dtx_nlp.app import create_app, load_documents
    from dtx_nlp.run.runner import RunOptions, run_corpus

    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / DOC.name
        shutil.copy(DOC, doc)
        run_corpus(doc, RunOptions(out=Path(tmp) / "out"))
        start = time.perf_counter()
        docs = load_documents(Path(tmp) / "out")
        load = time.perf_counter() - start
        app = create_app(docs, "bench")
        state = next(iter(docs.values()))
        queue = [(k.recommendation_id, k.target_id) for k in state.queue[: args.n]]
        times = []
        with TestClient(app, base_url="http://127.0.0.1") as client:
            url = f"/doc/{DOC.stem}/decision"
            for i, (rec, target) in enumerate(queue):
                body = {"recommendation": rec, "target": target,
                        "action": ("accept", "reject")[i % 2], "note": ""}
                start = time.perf_counter()
                answer = client.post(url, json=body, headers={"X-DTX-Token": "bench"})
                times.append(time.perf_counter() - start)
                assert answer.status_code == 200, answer.text
            start = time.perf_counter()
            assert client.get(f"/doc/{DOC.stem}?token=bench").status_code == 200
            page = time.perf_counter() - start
    print(f"load OUT: {load:.2f} s; page: {page:.2f} s; decision (n={len(times)}): median "
          f"{statistics.median(times):.3f} s, max {max(times):.3f} s")


if __name__ == "__main__":
    main()
