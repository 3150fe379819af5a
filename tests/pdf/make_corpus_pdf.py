"""Make tests/pdf/corpus.pdf: the corpus report's clean paragraphs as HTML, printed to a
multi-page A4 PDF by Chromium with its running header (date, title) and footer (address, "n/N").

Paragraphs that open with an indent in the source keep it (CSS text-indent, not a character),
so the PDF reader has to find paragraph starts by position as it would in a published PDF.
It also writes corpus_pages.json: the page each unit of the text route starts on, found with
poppler's `pdftotext` (another extractor than the pdfminer.six the reader uses) by looking up the
unit's opening characters page by page. Needs `chromium`, `fonts-noto-cjk` and `poppler-utils`.
Run from the repository root:

    python tests/pdf/make_corpus_pdf.py
"""

from __future__ import annotations

import html
import json
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from dtx_nlp.config import load_config  # noqa: E402
from dtx_nlp.stages.clean import clean  # noqa: E402
from dtx_nlp.stages.ingest import read_document  # noqa: E402

CORPUS = ROOT / "corpus" / "spf_extended_deterrence_2025.txt"
OUT = Path(__file__).with_name("corpus.pdf")
PAGES = Path(__file__).with_name("corpus_pages.json")
STYLE = """
@page { size: A4; margin: 22mm 20mm; }
body { font-family: "Noto Sans CJK JP", sans-serif; font-size: 10.5pt;
       line-height: 1.45; }
p { margin: 0 0 0.9em 0; }
p.indent { text-indent: 1em; }
"""


def paragraphs_html() -> str:
    source = read_document(CORPUS)
    raw = source.text.split("\n")
    cleaned = clean(source, load_config().clean)
    out = []
    for p in cleaned.paragraphs:
        indent = raw[p.line - 1].lstrip(" ").startswith("\u3000")
        css = ' class="indent"' if indent else ""
        out.append(f"<p{css}>{html.escape(p.text)}</p>")
    return "\n".join(out)


def _squeeze(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).replace("‧", "・")


def page_gold() -> dict[str, int]:
    """The page each unit of the text route starts on, by pdftotext, in reading order."""
    from dtx_nlp.inspect import units_of

    count = int(subprocess.run(["pdfinfo", str(OUT)], capture_output=True, text=True, check=True)
                .stdout.split("Pages:")[1].split()[0])
    pages = [_squeeze(subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(OUT), "-"],
                                     capture_output=True, text=True, check=True).stdout)
             for n in range(1, count + 1)]
    gold, page = {}, 0
    for unit in units_of(CORPUS):
        head = _squeeze(unit.text)[:12]
        while page < count and head not in pages[page]:
            page += 1
        if page == count:
            raise SystemExit(f"{unit.unit_id}: {head} not found in the PDF")
        gold[unit.unit_id] = page + 1
    return gold


def main() -> None:
    page = ("<!doctype html><html lang='ja'><head><meta charset='utf-8'>"
            f"<title>拡大抑止 提言（PDF 版テスト）</title><style>{STYLE}</style></head>"
            f"<body>{paragraphs_html()}</body></html>")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.html"
        src.write_text(page, encoding="utf-8")
        subprocess.run([shutil.which("chromium") or "chromium", "--headless", "--no-sandbox",
                        "--disable-gpu", "--no-first-run", f"--print-to-pdf={OUT}",
                        src.as_uri()], check=True, capture_output=True, timeout=120)
    PAGES.write_text(json.dumps(page_gold(), indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB) and {PAGES}")


if __name__ == "__main__":
    main()
