"""Automatic running-header detection: short lines that repeat with a page number are page
furniture; a numbered heading that merely resembles one is structure and stays (fast: no GiNZA).

Decision on the corpus: the part heading "2 提 言" (line 167) shares its words with the running
header "提　　　言2" and used to be removed with it. It is the heading the layout's
`part_headings.recommendations` pattern is written for, so removing it was not intended: a
running header prints its page number at the same end of the line on every page, a numbered
heading puts its number in front, and the two no longer count as repeats of one line."""

from __future__ import annotations

import pytest
from conftest import CORPUS_DOC

from dtx_nlp.stages.clean import clean, find_headers
from dtx_nlp.stages.ingest import read_document
from dtx_nlp.types import SourceDoc

PAGES = """1 港湾の現状
　岸壁の耐震化は遅れており、大地震の
港湾防災白書 12
際には物流が止まるおそれがある。

2 港湾防災白書
　人手不足も深刻であり、若年労働者の
港湾防災白書 13
育成が急がれる。

3 今後の課題
　自動化を進めるべきである。
港湾防災白書 14
"""


def _paragraphs(text, cfg):
    return [p.text for p in clean(SourceDoc("t", "t.txt", text, "utf-8"), cfg.clean).paragraphs]


def test_running_headers_go_and_resembling_headings_stay(cfg):
    assert _paragraphs(PAGES, cfg) == [
        "1 港湾の現状", "岸壁の耐震化は遅れており、大地震の際には物流が止まるおそれがある。",
        "2 港湾防災白書", "人手不足も深刻であり、若年労働者の育成が急がれる。", "3 今後の課題",
        "自動化を進めるべきである。"]


def test_running_headers_on_facing_pages_go(cfg):
    lines = ["　本文の段落。", "港湾防災白書 12", "13 港湾防災白書", "港湾防災白書 14",
             "15 港湾防災白書", "　次の段落。"]
    assert find_headers(lines, cfg.clean) == {1, 2, 3, 4}


@pytest.mark.parametrize("lines, removed", [
    # a line that repeats but carries no number is a repeated heading, not a page header
    (["港湾の現状", "港湾の現状"], set()),
    # a numbered line that occurs once is a heading
    (["港湾防災白書 12"], set()),
    # a sentence that repeats with a number is text
    (["岸壁は壊れた。12", "岸壁は壊れた。13"], set()),
    # a line of digits alone is a page number only as the configured pattern says
    (["2025", "本文", "2025"], set()),
    # at the configured maximum length still a header, one more character and it is text
    (["あ" * 38 + "12", "あ" * 38 + "13"], {0, 1}),
    (["あ" * 39 + "12", "あ" * 39 + "13"], set()),
    # lines longer than the configured maximum are text
    (["あ" * 45 + "12", "あ" * 45 + "13"], set()),
    # white space inside the header does not matter; the page number can be at the start
    (["港 湾 防 災 白 書　12", "港湾防災白書13", "7 目次", "8 目次"], {0, 1, 2, 3}),
    # a bare page number
    (["本文", "5", "本文"], {1}),
    # a numbered heading printed twice with the same number (summary and body) is no header;
    # a line with the same number on three pages is one (白書2025 on every page)
    (["2 現状及び問題点", "本文。", "2 現状及び問題点"], set()),
    (["白書2025", "本文。", "白書2025", "白書2025"], {0, 2, 3}),
    # just below and at the repeat count
    (["白書 1", "本文"], set()),
])
def test_header_cases(cfg, lines, removed):
    assert find_headers(lines, cfg.clean) == removed


def test_the_corpus_keeps_its_part_heading_and_drops_its_running_headers(cfg):
    source = read_document(CORPUS_DOC)
    lines = source.text.split("\n")
    heading = next(i for i, line in enumerate(lines) if "".join(line.split()) == "2提言")
    headers = [i for i, line in enumerate(lines) if "".join(line.split()) == "提言2"]
    assert len(headers) >= 2
    cleaned = clean(source, cfg.clean)
    assert heading + 1 not in cleaned.removed_lines
    assert all(i + 1 in cleaned.removed_lines for i in headers)
    assert "2 提 言" in cleaned.text.splitlines()



# A report printed with its title as the running header and the page number as a line of its own.
TITLED_PAGES = """港湾の維持管理に関する報告書

１　はじめに
　港湾施設の老朽化が進んでいる。点検の担い手も減り、更新の費用が増えて
- 1 -

港湾の維持管理に関する報告書
いる。本報告は、その対策を述べる。
委員Ａ：点検の頻度を上げるべきである。
委員Ｂ：
- 2 -
港湾の維持管理に関する報告書
予算の確保が先決である。
委員Ｂ：
委員Ａ：人材の育成も急ぐべきである。
- 3 -
港湾の維持管理に関する報告書
２　提言
"""


def test_a_title_printed_beside_the_page_numbers_goes_and_the_cover_title_stays(cfg):
    lines = TITLED_PAGES.split("\n")
    removed = find_headers(lines, cfg.clean)
    headers = [i for i, line in enumerate(lines) if line == "港湾の維持管理に関する報告書"]
    assert set(headers[1:]) <= removed and headers[0] not in removed
    # a speaker's label meets a page break once of its two appearances: it stays
    assert not any(lines[i].startswith("委員") for i in removed)
    paragraphs = _paragraphs(TITLED_PAGES, cfg)
    assert "港湾施設の老朽化が進んでいる。点検の担い手も減り、更新の費用が増えている。本報告は、その対策を述べる。" \
        in paragraphs


@pytest.mark.parametrize("lines, removed", [
    # a footer above the page number goes as a header below it does
    (["本文。", "港湾防災白書", "", "- 1 -", "本文。", "港湾防災白書", "- 2 -"], {1, 3, 5, 6}),
    # beside a page number at one page break only: a line that repeats there is text
    (["本文", "5", "本文"], {1}),
    # one character beside each page number is a glyph of vertical text, not a header
    (["第", "２", "期", "本文。", "第", "３", "期"], {1, 5}),
    # beside the page numbers at two breaks, but in fewer than half its appearances: a heading
    (["概要", "- 1 -", "概要", "本文。", "概要", "本文。", "概要", "- 2 -", "概要", "本文。", "概要"],
     {1, 7}),
])
def test_lines_beside_page_numbers(cfg, lines, removed):
    assert find_headers(lines, cfg.clean) == removed

# ---- the other cleaning steps, in detail ---------------------------------------------------

def test_fix_chars_strips_ascii_space_at_the_start_and_a_tab_indents(cfg):
    """Leading ASCII spaces go; a leading tab indents the line as 「　」 does (tab-set text); a
    form feed (a page break) goes."""
    from dtx_nlp.stages.clean import fix_chars

    assert fix_chars("  XML文書 ", cfg.clean) == "XML文書"
    assert fix_chars(" \tXML文書 ", cfg.clean) == "\u3000XML文書"
    assert fix_chars("\f\t\t本文", cfg.clean) == "\u3000本文"
    assert fix_chars("\u3000本文", cfg.clean) == "\u3000本文"


@pytest.mark.parametrize("left, right, joined", [
    ("日本A", "B日", "日本A B日"),   # Latin words split over lines keep a space
    ("日本", "ABC", "日本ABC"),
    ("ABC", "日本", "ABC日本"),
    ("日本", "語", "日本語"),
])
def test_joining_wrapped_lines(left, right, joined):
    from dtx_nlp.stages.clean import _join

    assert _join(left, right) == joined


def test_clean_text_offsets_and_source_lines(cfg):
    text = "\ufeffXML文書の段落。\n\n港湾防災白書 12\n　二つ目の段落。\n\n　三つ目の\n段落。\n港湾防災白書 13\n"
    doc = clean(SourceDoc("t", "t.txt", text, "utf-8"), cfg.clean)
    assert (doc.doc_id, doc.path) == ("t", "t.txt")
    assert doc.text == "XML文書の段落。\n二つ目の段落。\n三つ目の段落。\n"
    assert [(p.start, p.end, p.line) for p in doc.paragraphs] == [(0, 9, 1), (10, 17, 4),
                                                                    (18, 25, 6)]
    assert doc.removed_lines == (3, 8)
    assert clean(SourceDoc("e", "e.txt", "", "utf-8"), cfg.clean).text == ""


def test_a_heading_alone_on_its_line_ends_its_paragraph(cfg):
    assert _paragraphs("はじめに\n本文が続く\n次の行。\n", cfg) == ["はじめに", "本文が続く次の行。"]
