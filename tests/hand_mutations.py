"""Apply each hand mutation from issue 20 to the working copy's module, run the named fast tests,
restore the module. Prints a Markdown table."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
S = ROOT / "src" / "dtx_nlp"
# Run: python tests/hand_mutations.py [module ...]  (each module is restored after its run; do not
# run two at once or commit meanwhile). Results: docs/testing.md.
MUTATIONS = [
    ("acceptance comparison reversed in `links.accept`", "links.py",
     "out = [s >= threshold and s >= relative * best for s in scores]",
     "out = [s < threshold and s < relative * best for s in scores]",
     ["tests/test_core_rules.py"]),
    ("review freshness ignores the recommendation's hash", "review.py",
     'fresh = (hashes.get(key[0]) == row.get("recommendation_hash")\n                 and hashes.get(key[1]) == row.get("target_hash"))',
     'fresh = hashes.get(key[1]) == row.get("target_hash")',
     ["tests/test_core_rules.py"]),
    ("review file left out of the run fingerprint", "runner.py",
     "             review_path(str(path), opts.review_dir)]",
     "             ]",
     ["tests/test_core_rules.py"]),
    ("suspect rows take the analyst's `accepted`", "review.py",
     'out[by_key[key]] = replace(link, decision="suspect")',
     'out[by_key[key]] = replace(link, decision="suspect", accepted=row["decision"] == "accept")',
     ["tests/test_core_rules.py"]),
    ("coverage test inverted in `trace.py`", "trace.py",
     'if u.kind == "problem" and u.unit_id not in used:',
     'if u.kind == "problem" and u.unit_id in used:',
     ["tests/test_core_rules.py"]),
    ("entity highlight offsets shifted by one (report data)", "report_data.py",
     '"ents": [[m.start - u.start, m.end - u.start, m.label, m.canonical]',
     '"ents": [[m.start - u.start + 1, m.end - u.start + 1, m.label, m.canonical]',
     ["tests/test_core_rules.py"]),
    ("entity highlight offsets shifted by one (page script; needs Chromium)",
     "templates/report.js.j2",
     "for (let i = s; i < e && i < marks.length; i++) marks[i] = mention;",
     "for (let i = s + 1; i < e + 1 && i < marks.length; i++) marks[i] = mention;",
     ["tests/test_report_browser.py::test_entity_highlights_cover_exactly_the_mentions"]),
    ("CSV written with CRLF", "outputs.py",
     'writer = csv.writer(fh, lineterminator="\\n")',
     'writer = csv.writer(fh, lineterminator="\\r\\n")',
     ["tests/test_core_rules.py"]),
    ("old outputs deleted before the rename instead of moved aside", "outputs.py",
     "            os.replace(target, old)",
     "            shutil.rmtree(target)",
     ["tests/test_atomic_outputs.py"]),
    ("repeated-header detection removed", "clean.py",
     "    found |= {i for i, v in candidates.items() if v[0] and counts[v] >= cfg.header_repeat_min}",
     "",
     ["tests/test_clean_headers.py"]),
]
if len(sys.argv) > 1:
    MUTATIONS = [m for m in MUTATIONS if m[1] in sys.argv[1:]]

env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
print("| change (issue 20) | module | failing tests |\n|---|---|---|")
for name, module, old, new, tests in MUTATIONS:
    path = S / module
    backup = path.read_text(encoding="utf-8")
    assert backup.count(old) == 1, (name, backup.count(old))
    try:
        path.write_text(backup.replace(old, new), encoding="utf-8")
        proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                               "-rf", *tests], cwd=ROOT, env=env, capture_output=True, text=True)
    finally:
        path.write_text(backup, encoding="utf-8")
    failed = sorted({line.split(" ")[1].split("::")[-1].split("[")[0]
                     for line in proc.stdout.splitlines() if line.startswith("FAILED")})
    n = sum(1 for line in proc.stdout.splitlines() if line.startswith("FAILED"))
    print(f"| {name} | `{module}` | {n} failed: " + ", ".join(f"`{f}`" for f in failed) + " |"
          if failed else f"| {name} | `{module}` | **none failed** (rc {proc.returncode}) |",
          flush=True)
