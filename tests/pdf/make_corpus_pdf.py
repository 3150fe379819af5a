"""Make tests/pdf/corpus.pdf: the corpus report's clean paragraphs as HTML, printed to a
multi-page A4 PDF by Chromium with its running header (date, title) and footer (address, "n/N").

Paragraphs that open with an indent in the source keep it (CSS text-indent, not a character),
so the PDF reader has to find paragraph starts by position as it would in a published PDF.
Needs `chromium` and `fonts-noto-cjk`. Run from the repository root:

    python tests/pdf/make_corpus_pdf.py
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from dtx_nlp.clean import clean  # noqa: E402
from dtx_nlp.config import load_config  # noqa: E402
from dtx_nlp.ingest import read_document  # noqa: E402

CORPUS = ROOT / "corpus" / "spf_extended_deterrence_2025.txt"
OUT = Path(__file__).with_name("corpus.pdf")
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
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
