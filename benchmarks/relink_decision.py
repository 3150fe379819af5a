"""How long one review decision takes without a parse: relink.decide on a run's output folder.

    dtx-nlp run corpus/spf_extended_deterrence_2025.txt --out /tmp/bench-out
    python benchmarks/relink_decision.py /tmp/bench-out/spf_extended_deterrence_2025

Works on a copy of the folder and of the review file (the originals are left alone). Prints the
import time and the best and median of repeated accept/undo decisions, and of load_document.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main(folder: Path, repeats: int = 10) -> None:
    start = time.perf_counter()
    from dtx_nlp.review.relink import STATE, decide, load_document

    imported = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / folder.name
        shutil.copytree(folder, copy)
        state = json.loads((copy / STATE).read_text(encoding="utf-8"))
        state["review_file"] = str(Path(tmp) / "bench.review.csv")
        (copy / STATE).write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
        first = load_document(copy).queue[0]
        pair = (first.recommendation_id, first.target_id)
        decisions, loads = [], []
        for _ in range(repeats):
            for decision in ("accept", "undo"):
                t = time.perf_counter()
                decide(copy, *pair, decision)
                decisions.append(time.perf_counter() - t)
            t = time.perf_counter()
            load_document(copy)
            loads.append(time.perf_counter() - t)
    print(f"import dtx_nlp.review.relink: {imported:.2f} s")
    print(f"decide (write review file, relink, rewrite outputs): best {min(decisions):.3f} s, "
          f"median {statistics.median(decisions):.3f} s over {len(decisions)}")
    print(f"load_document (no writing): best {min(loads):.3f} s, "
          f"median {statistics.median(loads):.3f} s")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
