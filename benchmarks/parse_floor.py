"""The floor of a single-report cold run on two cores, from its parts measured in one process.

A cold `dtx-nlp run REPORT --jobs 2` cannot end before (a) spaCy's import and the model's load,
which happen before any batch can be parsed (one process: the worker inherits the model by
fork), plus (b) half the parse, if the two processes share it perfectly and do nothing else.
This script measures those parts (CPU-seconds of this process, `time.process_time`) and the bare
GiNZA parse in a fresh process beside them, and prints the floor (a) + (b)/2 as a share of the
bare parse, then the same with the work the stages after the parse add (c, measured here too:
scikit-learn, wordfreq, Sudachi imports and the entities, glossary and links stages), shared as
well: (a) + (b + c)/2.

    python benchmarks/parse_floor.py [--repeat 2]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from run_benchmarks import BARE, DOC  # noqa: E402

PARTS = """
import os, sys, time
from pathlib import Path
cpu = time.process_time
t = cpu(); import spacy; spacy_import = cpu() - t
from dtx_nlp.config import load_config
from dtx_nlp.stages.clean import clean
from dtx_nlp.stages.ingest import read_document
from dtx_nlp.stages.layouts import find_structure
from dtx_nlp.stages import parse
from dtx_nlp.stages.analyse import analyse
from dtx_nlp.run.runner import RunOptions, _prepare_analysis
cfg = load_config(Path(sys.argv[1]))
cleaned = clean(read_document(Path(sys.argv[2])), cfg.clean)
units = find_structure(cleaned, cfg, None).units
t = cpu(); nlp = parse.load_nlp(cfg.parse); load = cpu() - t
t = cpu(); parsed = parse.parse_units(units, nlp, cfg.parse); parse_cpu = cpu() - t
t = cpu(); _prepare_analysis()
opts = RunOptions(out=Path(sys.argv[3]), use_cache=False)
analyse(cleaned, parsed, cfg, opts, [], lambda name: None)
after = cpu() - t
print(spacy_import, load, parse_cpu, after)
"""


def measure() -> tuple[float, list[float]]:
    env = dict(os.environ, OMP_NUM_THREADS="1")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", BARE, str(ROOT / "pipelines" / "default.toml"),
                    str(DOC)], check=True, env=env, cwd=ROOT)
    bare = time.perf_counter() - start
    out = subprocess.run([sys.executable, "-c", PARTS, str(ROOT / "pipelines" / "default.toml"),
                          str(DOC), "/tmp/dtx-floor"], check=True, env=env, cwd=ROOT,
                         capture_output=True, text=True).stdout
    return bare, [float(x) for x in out.split()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    print("| run | bare parse s | spaCy import | model load | parse | after the parse "
          "| floor (import + load + parse/2) | with the rest shared |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for n in range(args.repeat):
        bare, (imp, load, parse, after) = measure()
        floor = imp + load + parse / 2
        shared = imp + load + (parse + after) / 2
        print(f"| {n + 1} | {bare:.2f} | {imp:.2f} | {load:.2f} | {parse:.2f} | {after:.2f} "
              f"| {floor:.2f} s = {floor / bare:.2f}× | {shared:.2f} s = {shared / bare:.2f}× |"
              f" (load {os.getloadavg()[0]:.1f})", flush=True)


if __name__ == "__main__":
    main()
