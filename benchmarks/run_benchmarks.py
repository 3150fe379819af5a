"""Benchmark dtx-nlp against the bare GiNZA parse on this machine; prints a Markdown table.

Every figure is the wall time of a fresh process (interpreter start-up and imports count on both
sides; best of --repeat runs) and the peak resident memory of its largest process. Ratios are to
the bare parse.

    python benchmarks/run_benchmarks.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "corpus" / "spf_extended_deterrence_2025.txt"

BARE = """
import sys, spacy
from dtx_nlp.config import load_config
from dtx_nlp.stages.clean import clean
from dtx_nlp.stages.ingest import read_document
cfg = load_config(sys.argv[1])
paragraphs = [p.text for p in clean(read_document(sys.argv[2]), cfg.clean).paragraphs]
nlp = spacy.load("ja_ginza")
docs = list(nlp.pipe(paragraphs, batch_size=64))
"""


WRAPPER = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
seconds = time.perf_counter() - start
if code.returncode:
    sys.stderr.write(code.stderr.decode()[-2000:])
    sys.exit(code.returncode)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)
"""


def run(cmd: list[str], env: dict, repeat: int, before_each=None) -> tuple[float, float]:
    """Best wall time of `repeat` fresh runs, and the peak RSS (MB) of the largest process.
    The CPU-seconds (user + system, all its processes) of every run are added to CPU[cmd's
    name]: on a shared machine they vary less than wall times."""
    best, peak = float("inf"), 0.0
    for n in range(repeat):
        if before_each:
            before_each(n)
        proc = subprocess.run([sys.executable, "-c", WRAPPER, *cmd], cwd=ROOT, env=env,
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr}")
        seconds, mb, cpu = map(float, proc.stdout.split())
        best, peak = min(best, seconds), max(peak, mb)
        CPU.append(cpu)
    return best, peak


CPU: list[float] = []  # CPU-seconds of every run, in order (see `run`)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--single", action="store_true",
                    help="Only the single-report runs (skip the 10-document runs).")
    ap.add_argument("--pairs", type=int, default=0,
                    help="Only alternate this many bare parses and cold runs and print each "
                         "pair's ratio: on a machine whose speed drifts within minutes, a ratio "
                         "of two runs a few seconds apart is steadier than one of two bests.")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="dtx-bench-"))
    env = dict(os.environ, OMP_NUM_THREADS="1", DTX_NLP_CACHE_DIR=str(work / "cache"))
    dtx = [sys.executable, "-m", "dtx_nlp.cli", "run"]
    pipeline = str(ROOT / "pipelines" / "default.toml")
    corpus10 = work / "corpus10"
    corpus10.mkdir()
    for i in range(10):
        shutil.copy(DOC, corpus10 / f"copy{i:02d}.txt")
    extra_rule = work / "extra.jsonl"
    rows = []

    def bench(name, cmd, repeat=args.repeat, before_each=None):
        del CPU[:]
        seconds, mb = run(cmd, env, repeat, before_each)
        rows.append((name, seconds, mb, min(CPU)))
        cpu = ", ".join(f"{c:.1f}" for c in CPU)
        print(f"{name}: {seconds:.2f}s (best wall; CPU of each run {cpu}), peak {mb:.0f} MB; "
              f"load {os.getloadavg()[0]:.1f}", file=sys.stderr)

    def clear_cache():
        shutil.rmtree(work / "cache", ignore_errors=True)

    bare = [sys.executable, "-c", BARE, pipeline, str(DOC)]
    cold = dtx + [str(DOC), "--out", str(work / "out")]
    if args.pairs:
        _pairs(args.pairs, bare, cold, env,
               lambda n: (clear_cache(), shutil.rmtree(work / "out", ignore_errors=True)))
        shutil.rmtree(work, ignore_errors=True)
        return
    bench("bare GiNZA parse (load model, nlp.pipe the clean paragraphs)", bare)

    bench("cold `dtx-nlp run` (empty cache, no previous outputs)",
          dtx + [str(DOC), "--out", str(work / "out")],
          before_each=lambda n: (clear_cache(), shutil.rmtree(work / "out", ignore_errors=True)))
    bench("warm re-run (nothing changed)", dtx + [str(DOC), "--out", str(work / "out")])

    def change_rule(n):  # a different rule every time: the entities, glossary and links redo
        extra_rule.write_text(json.dumps({"label": "ORGANIZATION", "pattern": f"有識者{n}",
                                          "id": "有識者"}, ensure_ascii=False) + "\n",
                              encoding="utf-8")

    bench("re-run after a rule change (--rules file edited)",
          dtx + [str(DOC), "--out", str(work / "out"), "--rules", str(extra_rule)],
          before_each=change_rule)
    if args.single:
        _print(rows, args)
        shutil.rmtree(work, ignore_errors=True)
        return
    bench("10 documents, --jobs 1 (--no-cache)",
          dtx + [str(corpus10), "--out", str(work / "out10"), "--no-cache", "--jobs", "1"],
          repeat=1)
    bench("10 documents, --jobs 2 (--no-cache)",
          dtx + [str(corpus10), "--out", str(work / "out10"), "--no-cache", "--jobs", "2"],
          repeat=1)
    _print(rows, args)
    j1, j2 = rows[-2][1], rows[-1][1]
    print(f"\n--jobs 2 speed-up over --jobs 1 on 10 documents: {j1 / j2:.2f}×")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "jobs_speedup": j1 / j2}, indent=1))
    shutil.rmtree(work, ignore_errors=True)


def _pairs(n: int, bare: list[str], cold: list[str], env: dict, before_cold) -> None:
    """`n` bare parses and cold runs, alternating; each pair's wall and CPU ratio, and medians."""
    import statistics

    ratios, cpu_ratios = [], []
    for i in range(n):
        del CPU[:]
        b, _ = run(bare, env, 1)
        c, _ = run(cold, env, 1, before_cold)
        ratios.append(c / b)
        cpu_ratios.append(CPU[1] / CPU[0])
        print(f"pair {i + 1}: bare {b:.2f} s (CPU {CPU[0]:.1f}), cold {c:.2f} s (CPU {CPU[1]:.1f})"
              f": {c / b:.2f}x wall, {CPU[1] / CPU[0]:.2f}x CPU; load {os.getloadavg()[0]:.1f}")
    print(f"median cold / bare: {statistics.median(ratios):.2f}x wall, "
          f"{statistics.median(cpu_ratios):.2f}x CPU over {n} pairs")


def _print(rows, args) -> None:
    base, base_cpu = rows[0][1], rows[0][3]
    print("| run | seconds | × bare parse | CPU-seconds | × bare CPU | peak memory (MB) |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, seconds, mb, cpu in rows:
        print(f"| {name} | {seconds:.2f} | {seconds / base:.2f} | {cpu:.1f} | "
              f"{cpu / base_cpu:.2f} | {mb:.0f} |")
    if args.single and args.json:
        args.json.write_text(json.dumps({"rows": rows}, indent=1))


if __name__ == "__main__":
    main()
