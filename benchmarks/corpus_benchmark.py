"""Benchmark a corpus run: documents per minute with --jobs 1, --jobs 2 and --executor dask on a
2-worker LocalCluster, peak memory per worker, and the single report's cold run with 1 and 2 jobs
next to the bare GiNZA parse of the same text. Prints a Markdown table.

The synthetic corpus is cut from the corpus report and the test reports (tests/reports/): each
document is a source's title block followed by a window of its paragraphs starting at a different
place, numbered, so no two documents share a parse. Every run is a fresh process with an empty
parse cache (--no-cache) and an empty output folder.

    python benchmarks/corpus_benchmark.py [--docs 100] [--chars 2000] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "corpus" / "spf_extended_deterrence_2025.txt"
SOURCES = [DOC, *sorted((ROOT / "tests" / "reports").glob("*/*.txt")),
           *sorted((ROOT / "tests" / "reports").glob("*/*.md"))]
sys.path.insert(0, str(Path(__file__).parent))
from run_benchmarks import BARE, CPU, run  # noqa: E402 - the same bare parse and timing wrapper


def blocks(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    return [b.strip("\n") for b in text.split("\n\n") if b.strip()]


def make_corpus(folder: Path, n: int, chars: int) -> list[Path]:
    """`n` documents of about `chars` characters: source i mod S, window starting at a
    different paragraph each time, the document's number in its title."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = [(p.stem, blocks(p)) for p in SOURCES]
    made = []
    for i in range(n):
        name, parts = sources[i % len(sources)]
        body = parts[1:]
        start = (i // len(sources) * 3) % max(1, len(body))
        window, size = [], 0
        for block in body[start:] + body[:start]:
            if size >= chars:
                break
            window.append(block)
            size += len(block)
        text = f"{parts[0]}（第{i + 1}号）\n\n" + "\n\n".join(window) + "\n"
        path = folder / f"{i:04d}_{name}.txt"
        path.write_text(text, encoding="utf-8")
        made.append(path)
    return made


def corpus_run(name: str, args: list[str], corpus: Path, out: Path, env: dict, n: int) -> dict:
    cmd = [sys.executable, "-m", "dtx_nlp.cli", "run", str(corpus), "--out", str(out),
           "--no-cache", *args]
    start, used = time.perf_counter(), _children_cpu()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    seconds, cpu = time.perf_counter() - start, _children_cpu() - used
    if proc.returncode not in (0, 5):
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    timings = json.loads((out / "timings.json").read_text(encoding="utf-8"))
    docs = [d for d in timings["documents"] if d["ok"]]
    per_doc = statistics.median(d["seconds"] for d in docs)
    row = {"run": name, "documents": n, "ok": len(docs), "seconds": seconds,
           "docs_per_min": 60 * n / seconds, "median_doc_s": per_doc,
           "cpu_per_doc": cpu / n, "load": os.getloadavg()[0],
           "workers": len(timings["workers"]),
           "peak_mb_per_worker": max(w["peak_mb"] for w in timings["workers"].values())}
    print(f"{name}: {seconds:.1f}s, {row['docs_per_min']:.1f} docs/min, CPU "
          f"{row['cpu_per_doc']:.2f} s/document, peak {row['peak_mb_per_worker']:.0f} MB/worker; "
          f"load {row['load']:.1f}", file=sys.stderr)
    return row


def _children_cpu() -> float:
    """CPU-seconds (user + system) of the finished child processes and their descendants."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--chars", type=int, default=2000)
    ap.add_argument("--no-single", action="store_true", help="Skip the single-report runs.")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="dtx-corpus-bench-"))
    env = dict(os.environ, OMP_NUM_THREADS="1", DTX_NLP_CACHE_DIR=str(work / "cache"))
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    single = []
    if not args.no_single:
        pipeline = str(ROOT / "pipelines" / "default.toml")
        dtx = [sys.executable, "-m", "dtx_nlp.cli", "run", str(DOC), "--no-cache"]
        for name, cmd in (("bare GiNZA parse", [sys.executable, "-c", BARE, pipeline, str(DOC)]),
                          ("cold run --jobs 1", dtx + ["--out", str(work / "s1"), "--jobs", "1"]),
                          ("cold run --jobs 2", dtx + ["--out", str(work / "s2"), "--jobs", "2"])):
            seconds, mb = run(cmd, env, 1)
            single.append({"run": name, "seconds": seconds, "peak_mb": mb, "cpu": CPU[-1]})
            print(f"{name}: {seconds:.1f}s, CPU {CPU[-1]:.1f}s, peak {mb:.0f} MB; "
                  f"load {os.getloadavg()[0]:.1f}", file=sys.stderr)
    corpus = work / "corpus"
    make_corpus(corpus, args.docs, args.chars)
    rows = [corpus_run(name, opts, corpus, work / f"out-{i}", env, args.docs)
            for i, (name, opts) in enumerate((("--jobs 1", ["--jobs", "1"]),
                                              ("--jobs 2", ["--jobs", "2"]),
                                              ("--executor dask (2-worker LocalCluster)",
                                               ["--executor", "dask", "--jobs", "2"])))]
    _print(single, rows, args)
    if args.json:
        args.json.write_text(json.dumps({"single": single, "corpus": rows}, indent=1))
    shutil.rmtree(work, ignore_errors=True)


def _print(single: list[dict], rows: list[dict], args) -> None:
    if single:
        bare = single[0]["seconds"]
        print("| single report (corpus document) | seconds | × bare parse | CPU-seconds | "
              "peak MB |")
        print("|---|---:|---:|---:|---:|")
        for r in single:
            print(f"| {r['run']} | {r['seconds']:.1f} | {r['seconds'] / bare:.2f} | "
                  f"{r['cpu']:.1f} | {r['peak_mb']:.0f} |")
        print()
    print(f"| {args.docs} documents of ~{args.chars} chars | seconds | documents/min | "
          "median s/document | CPU s/document | peak MB per worker |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['run']} | {r['seconds']:.1f} | {r['docs_per_min']:.1f} | "
              f"{r['median_doc_s']:.2f} | {r['cpu_per_doc']:.2f} | "
              f"{r['peak_mb_per_worker']:.0f} |")
    cost = rows[0]["median_doc_s"]
    print(f"\nExpected throughput of N workers (one core each, model load amortised): "
          f"N × 60 / {cost:.2f} s ≈ {60 / cost:.1f} × N documents/min; measured --jobs 2 / "
          f"--jobs 1 = {rows[1]['docs_per_min'] / rows[0]['docs_per_min']:.2f}×, "
          f"dask / --jobs 2 = {rows[2]['docs_per_min'] / rows[1]['docs_per_min']:.2f}×.")


if __name__ == "__main__":
    main()
