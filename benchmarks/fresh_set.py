"""Running a glossary rule on a fresh held-out set: the steps every stop since 47 has taken by
hand (docs/glossary.md), kept here so they no longer live only on the machine of the day.

    PYTHONPATH=src python benchmarks/fresh_set.py rows OUT.json FOLDER... [--set KEY=VALUE ...]
    PYTHONPATH=src python benchmarks/fresh_set.py batches ROWS.json... --out DIR \
        [--unjudged [--differences | --every-row] [--per-judge N]]
    PYTHONPATH=src python benchmarks/fresh_set.py judges DIR
    PYTHONPATH=src python benchmarks/fresh_set.py merge DIR --note "# stop N, …" [--append]
    PYTHONPATH=src python benchmarks/fresh_set.py count ROWS.json...

rows: the glossary of every report in the folders (the shipped pipeline, or with the `[glossary]`
settings given: KEY is a `[glossary]` key, or SECTION.KEY for another section; SECTION.KEY+=VALUE
adds an item to a list setting: `entities.rules+=rules/instruments.jsonl`,
`glossary.proper_name_labels+=INSTRUMENT`), as [term, aliases]
per row. batches: for each report the union of the first rows
(50 of a short report, 200 of a long one) of every ranking given, shuffled with a fixed seed, in
one folder per judge: `first<i>` holds one short report and half of a long one, `second<j>` two
short reports again, shuffled anew (long reports given alone: each one's rows in two halves,
`first<2k>` and `first<2k+1>`, judged once); each folder has the report text and `rows_<stem>.txt`, and the
judge is given tests/gold/noise_guidelines.md from "## The task" on and asked for
`judgments_<stem>.tsv`. judges: a `mktemp -d` folder per batch with its report texts, its rows
files and INSTRUCTIONS.md (those words), each judge session told only to read that file; the
folders are listed in DIR/judge_dirs.txt, and the judgments are copied back into DIR before
merge. merge: the judgments into each report's gold/<stem>.noise.tsv (the first
judgment, and the second in `second_judgement`), with Cohen's κ of the short reports. count (only
after every judgment is in): key terms in the exact first rows and judged noise of each ranking.

Reports judged before (stop 72; /tmp scripts in stops 68-71): `batches --unjudged` gives the
judges only the first rows no judge has labelled, each judged once, packed by report into
judges of at most PER_JUDGE rows and TEXT_BUDGET bytes of report text; `merge --append` adds them
under the note line to the report's noise file (merge without it refuses a file that exists).
The rankings of the learned trees come from `glossary_learned.py --pool FOLDER... --score
MODEL... --rankings DIR`, and cross-validated ones from `--pool ... --folds K --rankings DIR`;
`batches --unjudged --differences` then has judged only the rows that tell each ranking from the
first, and `count` compares them exactly (rows unjudged in all of them count for none).

Reports judged in full (stop 78, for the noise floor `dtx-nlp evaluate` prints): `rows OUT.json
FOLDER...` captures every row, `batches OUT.json --out DIR --unjudged --every-row --per-judge
250` cuts the rows no judge has labelled into batches, then `judges` and `merge --append` as
above.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

from dtx_nlp.evaluation.evaluate import NOISE_SHORT, TOP_GLOSSARY, _key_terms, key_term_share
from dtx_nlp.evaluation.evaluate import noise_rows as first_rows
from dtx_nlp.evaluation.noise import judgement_path as noise_path
from dtx_nlp.evaluation.noise import noise_count, read_judgements

SHORT, LONG = NOISE_SHORT, TOP_GLOSSARY
PER_JUDGE, TEXT_BUDGET = 130, 150_000  # batches --unjudged: rows and report bytes per judge
HEADER = ("# Noise judgments of glossary rows: judged NOISE or TERM by helper sessions from the report "
          "text alone, blind to the rankings and to the key-term gold (tests/gold/noise_guidelines.md). "
          "Read by benchmarks and dtx-nlp evaluate only.")
COLUMNS = ["term", "judgement", "borderline", "reason"]


def capture(out: Path, folders: list[str], settings: list[str]) -> None:
    from dtx_nlp.run.runner import Models, RunOptions, _load, analyse_document

    cfg = _load(None, ())
    for setting in settings:
        key, value = setting.split("=", 1)
        if key.endswith("+"):
            cfg = _extended(cfg, key[:-1], value)
            continue
        section, _, name = key.rpartition(".")
        section = section or "glossary"
        part = getattr(cfg, section)
        typed = _typed(getattr(part, name), value)
        cfg = replace(cfg, **{section: replace(part, **{name: typed})})
    models, scratch = Models(cfg), out.parent / f".{out.stem}-outputs"
    opts = RunOptions(out=scratch, review_dir=scratch / "no-review")
    rows = {}
    for folder in folders:
        for doc in sorted(Path(folder).iterdir()):
            if doc.suffix in (".txt", ".md") and doc.name != "README.md":
                _, _, analysis, _ = analyse_document(doc, cfg, models, opts)
                rows[f"{Path(folder).as_posix()}/{doc.name}"] = [[t.term, t.aliases]
                                                                for t in analysis.glossary]
    out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


def _typed(current, value: str):
    """`value` as the type of the setting it replaces (`everyday_rank=30000` is a number)."""
    if isinstance(current, bool):
        return {"true": True, "false": False}[value]
    if isinstance(current, (tuple, frozenset)):  # words, comma-separated (generic_heads=改正,件数)
        return type(current)(w for w in value.split(",") if w)
    return type(current)(value) if isinstance(current, (int, float)) else value


def _extended(cfg, key: str, value: str):
    """`cfg` with one more item in a list setting: a rule file of the shipped pipeline folder
    (entities.rules) or a label (glossary.proper_name_labels)."""
    from dtx_nlp.config import DEFAULT_PIPELINE

    section, _, name = key.rpartition(".")
    name = {"rules": "rule_files"}.get(name, name)
    part = getattr(cfg, section)
    current = getattr(part, name)
    new = (current + (DEFAULT_PIPELINE.parent / value,) if name == "rule_files"
           else current | {value})
    return replace(cfg, **{section: replace(part, **{name: new})})


def _union(rankings: list[dict], report: str, every_row: bool = False) -> list[str]:
    top = None if every_row else first_rows(str(Path(report).parent))
    terms = dict.fromkeys(r[0] for ranking in rankings for r in ranking[report][:top])
    shuffled = list(terms)
    random.Random(report).shuffle(shuffled)
    return shuffled


def _write_plan(plan: dict[str, list], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)  # (an empty plan when no row is left to judge)
    for name, items in plan.items():
        folder = out / name
        folder.mkdir(parents=True)
        for report, rows in items:
            shutil.copy(report, folder)
            (folder / f"rows_{Path(report).stem}.txt").write_text("\n".join(rows) + "\n",
                                                                   encoding="utf-8")
    (out / "plan.json").write_text(json.dumps({k: [r for r, _ in v] for k, v in plan.items()},
                                              indent=1), encoding="utf-8")


def _not_judged(rankings: list[dict], report: str, differences: bool = False,
                every_row: bool = False) -> list[str]:
    """The union's rows no judge has labelled; with `differences`, only those in the first
    rows of the first ranking and not of another, or the other way round (a row in the first
    rows of all, or of none, counts alike for each ranking); with `every_row`, from every row
    of the rankings, not only their first rows."""
    path = Path(report)
    said = noise_path(path.parent / "gold", path.stem)
    known = read_judgements(said) if said.exists() else {}
    rows = [t for t in _union(rankings, report, every_row) if t not in known]
    if differences:
        top = first_rows(str(path.parent))
        shown = [{r[0] for r in ranking[report][:top]} for ranking in rankings]
        rows = [t for t in rows if any((t in s) != (t in shown[0]) for s in shown[1:])]
    return rows


def remainders(rankings: list[dict], out: Path, per_judge: int = PER_JUDGE,
               differences: bool = False, every_row: bool = False) -> None:
    """batches --unjudged: the first rows of any ranking that no judge has labelled, judged once
    (no second judgement); with --differences only those that tell a ranking from the first
    (enough for `count` to compare them with the first exactly). A report's rows are cut into
    near-equal parts of at most `per_judge`; parts go to a judge in report order until it would
    hold more than `per_judge` rows or TEXT_BUDGET bytes of report text, or a second part of the
    same report. With `every_row` (stop 78: a report judged in full, for its noise floor) the
    rows come from every row of the rankings given (`rows`' output), not their first rows."""
    parts = []
    for report in rankings[0]:
        rows = _not_judged(rankings, report, differences, every_row)
        if rows:
            cuts = -(-len(rows) // per_judge)
            size = -(-len(rows) // cuts)
            parts += [(report, rows[i:i + size]) for i in range(0, len(rows), size)]
    plan: dict[str, list] = {}
    current: list = []
    held = text = 0  # rows and report bytes of the judge being filled
    for report, rows in parts:
        size = Path(report).stat().st_size
        full = held + len(rows) > per_judge or text + size > TEXT_BUDGET
        if current and (full or report in dict(current)):
            plan[f"first{len(plan)}"] = current
            current, held, text = [], 0, 0
        current.append((report, rows))
        held, text = held + len(rows), text + size
    if current:
        plan[f"first{len(plan)}"] = current
    _write_plan(plan, out)
    print(f"{sum(len(r) for _, r in parts)} rows no judge has labelled, {len(plan)} judges")


def batches(rankings: list[dict], out: Path) -> None:
    reports = list(rankings[0])
    shorts = [r for r in reports if first_rows(str(Path(r).parent)) == SHORT]
    longs = [r for r in reports if r not in shorts]
    plan = {}
    for i, short in enumerate(shorts):
        plan[f"first{i}"] = [(short, _union(rankings, short))]
        if longs:
            long = longs[(i // 2) % len(longs)]
            rows = _union(rankings, long)
            half = len(rows) // 2
            plan[f"first{i}"].append((long, rows[:half] if i % 2 == 0 else rows[half:]))
    for k, long in enumerate(longs if not shorts else []):  # (long reports alone: a judge a half)
        rows = _union(rankings, long)
        plan[f"first{2 * k}"] = [(long, rows[:len(rows) // 2])]
        plan[f"first{2 * k + 1}"] = [(long, rows[len(rows) // 2:])]
    for j in range(0, len(shorts), 2):
        again = []
        for short in shorts[j:j + 2]:
            rows = _union(rankings, short)
            random.Random(f"second {short}").shuffle(rows)
            again.append((short, rows))
        plan[f"second{j // 2}"] = again
    _write_plan(plan, out)


def _judged(folder: Path, stem: str) -> list[list[str]]:
    given = (folder / f"rows_{stem}.txt").read_text(encoding="utf-8").splitlines()
    with open(folder / f"judgments_{stem}.tsv", encoding="utf-8") as f:
        rows = [r + [""] * (4 - len(r)) for r in csv.reader(f, delimiter="\t") if r]
    if rows[0][:4] != COLUMNS or [r[0] for r in rows[1:]] != given:
        raise SystemExit(f"{folder}/judgments_{stem}.tsv: not the rows given, in order")
    if any(r[1] not in ("NOISE", "TERM") for r in rows[1:]):
        raise SystemExit(f"{folder}/judgments_{stem}.tsv: a judgement other than NOISE or TERM")
    return rows[1:]


def _merged_lines(gold: Path, rows: list, again: dict, note: str, append: bool) -> list[str]:
    """The noise file's lines with `rows` in: a new file, or with --append the old file and,
    under `note`, the rows it does not hold yet."""
    new = ["\t".join(r[:3] + [r[3].replace("\t", " "), again.get(r[0], "")]) for r in rows]
    if not gold.exists():
        return [HEADER, "\t".join(COLUMNS + ["second_judgement"]), note] + new
    if not append:
        raise SystemExit(f"{gold}: already holds judgments; merge --append adds to it")
    old = gold.read_text(encoding="utf-8").rstrip("\n").split("\n")
    known = read_judgements(gold)
    return old + [note] + [line for line, r in zip(new, rows) if r[0] not in known]


def merge(out: Path, note: str, append: bool = False) -> None:
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    first: dict[str, list] = {}
    second: dict[str, dict] = {}
    for name, reports in plan.items():
        for report in reports:
            got = _judged(out / name, Path(report).stem)
            if name.startswith("first"):
                first.setdefault(report, []).extend(got)
            else:
                second[report] = {r[0]: r[1] for r in got}
    pairs, merged = [], {}
    for report, rows in first.items():  # every file checked before any is written
        again = second.get(report, {})
        gold = noise_path(Path(report).parent / "gold", Path(report).stem)
        merged[gold] = _merged_lines(gold, rows, again, note, append)
        pairs += [(r[1], again[r[0]]) for r in rows if r[0] in again]
    for gold, lines in merged.items():
        gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(first)} reports merged; second judgement on {len(pairs)} rows, "
          f"agreement {sum(a == b for a, b in pairs)}, κ {kappa(pairs):.2f}")


_ASK = """You are judging glossary candidates for Japanese reports. Work only in the folder {d} : \
read nothing else on this machine (not /work, not other /tmp folders), run no programs except \
python3 to check your own output files.

The folder holds {n} report(s) and for each a list of rows: {listing}.

For each list, write `{d}/judgments_<stem>.tsv` (stems: {stems}), following the task below. \
Finish one file completely (all rows, written to disk) before starting the other. Write the files \
with your file tool (not by a script that guesses judgments); you may use python3 only to check \
that each output has the header plus exactly the rows of its rows file, in the same order, with \
NOISE or TERM in the second column. Judge every row yourself by reading the report.

When {done} written and checked, reply with one line per file: its name and how many rows you \
judged NOISE.

"""


def judges(out: Path, guidelines: Path) -> None:
    """One folder of its own per judge, outside the repository, holding nothing but its batch."""
    import subprocess

    text = guidelines.read_text(encoding="utf-8")
    task = text[text.index("## The task"):]
    listed = []
    for batch in sorted(b for b in out.iterdir() if b.is_dir()):
        d = Path(subprocess.check_output(["mktemp", "-d", "/tmp/judge.XXXXXX"], text=True).strip())
        for f in batch.iterdir():
            if not f.name.startswith("judgments_"):
                shutil.copy(f, d / f.name)
        stems = sorted(f.name[len("rows_"):-len(".txt")] for f in batch.glob("rows_*.txt"))
        listing = ", ".join(f"`rows_{s}.txt` (report: the file whose name starts with `{s}.`)"
                            for s in stems)
        done = {1: "the file is", 2: "both files are"}.get(len(stems), "all files are")
        ask = _ASK.format(d=d, n=len(stems), listing=listing, stems=", ".join(stems), done=done)
        (d / "INSTRUCTIONS.md").write_text(ask + task, encoding="utf-8")
        listed.append(f"{batch.name} {d}")
    (out / "judge_dirs.txt").write_text("\n".join(listed) + "\n", encoding="utf-8")
    print("\n".join(listed))


def kappa(pairs: list[tuple[str, str]]) -> float:
    n = len(pairs)
    if not n:
        return float("nan")
    observed = sum(a == b for a, b in pairs) / n
    chance = sum((sum(a == c for a, _ in pairs) / n) * (sum(b == c for _, b in pairs) / n)
                 for c in ("NOISE", "TERM"))
    return (observed - chance) / (1 - chance) if chance < 1 else 1.0


def count(rankings: dict[str, dict]) -> None:
    for name, ranking in rankings.items():
        found = terms = noise = judged = 0
        for report, rows in ranking.items():
            path = Path(report)
            gold = _key_terms(path.parent / "gold" / f"{path.stem}.key_terms.txt")
            shown = [SimpleNamespace(term=term, aliases=aliases) for term, aliases in rows]
            top = first_rows(str(path.parent))
            found += len(gold) - len(key_term_share(shown, gold, top)[1])
            terms += len(gold)
            said = noise_count(shown, read_judgements(noise_path(path.parent / "gold", path.stem)),
                               top)
            noise, judged = noise + said["noise"], judged + said["judged"]
        print(f"{name}: key terms {found}/{terms}, noise {noise}/{judged}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="step", required=True)
    rows = sub.add_parser("rows")
    rows.add_argument("out", type=Path)
    rows.add_argument("folders", nargs="+")
    rows.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    cut = sub.add_parser("batches")
    cut.add_argument("rankings", nargs="+", type=Path)
    cut.add_argument("--out", type=Path, required=True)
    cut.add_argument("--unjudged", action="store_true",
                     help="only the rows no judge has labelled, judged once (see remainders)")
    cut.add_argument("--differences", action="store_true",
                     help="with --unjudged: only rows in the first ranking's first rows and not "
                          "another's, or the other way round")
    cut.add_argument("--every-row", action="store_true",
                     help="with --unjudged: from every row of the rankings (the output of `rows`),"
                          " so that each report ends judged in full (stop 78)")
    cut.add_argument("--per-judge", type=int, default=PER_JUDGE,
                     help="with --unjudged: rows per judge at the most")
    ask = sub.add_parser("judges")
    ask.add_argument("out", type=Path)
    ask.add_argument("--guidelines", type=Path, default=Path("tests/gold/noise_guidelines.md"))
    join = sub.add_parser("merge")
    join.add_argument("out", type=Path)
    join.add_argument("--note", required=True)
    join.add_argument("--append", action="store_true",
                      help="add to reports that already have a noise file (else an error)")
    tally = sub.add_parser("count")
    tally.add_argument("rankings", nargs="+", type=Path)
    args = parser.parse_args()
    if args.step == "rows":
        capture(args.out, args.folders, args.set)
    elif args.step == "batches":
        given = [json.loads(p.read_text(encoding="utf-8")) for p in args.rankings]
        if (args.every_row or args.differences) and not args.unjudged:
            raise SystemExit("--every-row and --differences go with --unjudged")
        if args.every_row and args.differences:
            raise SystemExit("--every-row and --differences: one or the other")
        if args.unjudged:
            remainders(given, args.out, args.per_judge, args.differences, args.every_row)
        else:
            batches(given, args.out)
    elif args.step == "judges":
        judges(args.out, args.guidelines)
    elif args.step == "merge":
        merge(args.out, args.note, args.append)
    else:
        count({p.stem: json.loads(p.read_text(encoding="utf-8")) for p in args.rankings})


if __name__ == "__main__":
    main()
