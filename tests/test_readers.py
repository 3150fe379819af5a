"""Readers per format: Markdown, Word, PDF and the one-line errors for bad input."""

from __future__ import annotations

import io
import os

import pytest
from conftest import PIPELINE, ROOT

from dtx_nlp.config import load_config
from dtx_nlp.errors import InputError
from dtx_nlp.inspect import units_of
from dtx_nlp.readers.pdf import fix_lookalikes, page_starts
from dtx_nlp.stages.clean import clean
from dtx_nlp.stages.ingest import find_documents, read_document

MARKDOWN = """---
title: 試験
tags: [a]
---
#防災 #港湾

# 港湾防災に関する報告

## 1. はじめに

本報告は**港湾**の防災を論じる[^1]。

> 引用された一文である。

---

| 港 | 岸壁 |
|---|---|
| 甲港 | 3 |

## 2. 提言

### 2.1 国に対して

**（1）岸壁の耐震化を急ぐ**

国は耐震化の予算を別枠で確保すべきである。

- 主要港を先に改修する。
- 予算を別枠にする。

**（2）訓練を定期化する**

国は訓練を毎年行うべきである。

### 2.2 港湾管理者に対して

**（1）避難路を示す**

管理者は避難路を掲示すべきである。

[^1]: 本報告の調査は 2025 年に行った。
"""


def _md_units(tmp_path, cfg):
    path = tmp_path / "r.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    return units_of(path, PIPELINE), clean(read_document(path), cfg.clean)


def test_markdown_syntax_never_reaches_the_text(tmp_path, cfg):
    _, doc = _md_units(tmp_path, cfg)
    for syntax in ("**", "## ", "---", "> ", "[^1]:", "title:", "#防災", "|---"):
        assert syntax not in doc.text, syntax
    assert "甲港 | 3" in doc.text.splitlines()  # a table row stays a row


def test_markdown_recommendations_under_addressee_groups(tmp_path, cfg):
    units, _ = _md_units(tmp_path, cfg)
    recs = [(u.unit_id, u.label, u.group, u.title) for u in units if u.kind == "recommendation"]
    assert recs == [("R01", "2.1（1）", "国に対して", "岸壁の耐震化を急ぐ"),
                    ("R02", "2.1（2）", "国に対して", "訓練を定期化する"),
                    ("R01b1", "2.2（1）", "港湾管理者に対して", "避難路を示す")]
    items = [u.parent_id for u in units if u.kind == "recommendation_item"]
    assert items == ["R01", "R01"]


def test_markdown_footnote_is_a_note_tied_to_its_citation(tmp_path, cfg):
    units, _ = _md_units(tmp_path, cfg)
    note = next(u for u in units if u.kind == "note")
    cited = next(u for u in units if u.unit_id == note.parent_id)
    assert "[1]" in cited.text and note.text.startswith("[1] 本報告の調査")


def _docx_bytes() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("報告", 0)
    d.add_heading("1. 現状と課題", 1)
    d.add_heading("（1）人手の不足", 2)
    d.add_paragraph("現場の人手が足りない。")
    d.add_heading("2. 提言", 1)
    d.add_heading("国に対して", 2)
    d.add_paragraph().add_run("（1）人材を育てる").bold = True
    d.add_paragraph("育成制度を設ける。", style="List Bullet")
    d.add_paragraph().add_run("（2）賃金を上げる").bold = True
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_headings_bold_leads_and_list_items(tmp_path):
    path = tmp_path / "r.docx"
    path.write_bytes(_docx_bytes())
    units = units_of(path, PIPELINE)
    recs = [(u.title, u.group) for u in units if u.kind == "recommendation"]
    assert recs == [("人材を育てる", "国に対して"), ("賃金を上げる", "国に対して")]
    assert [u.kind for u in units if u.text.startswith("（1）人手")] == ["problem"]
    assert [u.parent_id for u in units if u.kind == "recommendation_item"] == ["R01"]


def _pdf(page_content: bytes, trailer: bytes = b"") -> bytes:
    """A minimal one-page PDF with the given content stream (and extra trailer entries)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(page_content) + page_content
               + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for n, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % o for o in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer
              + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


ENCRYPT = (b"/Encrypt << /Filter /Standard /V 1 /R 2 /O <" + b"41" * 32 + b"> /U <" + b"42" * 32
           + b"> /P -4 >> /ID [<0123456789abcdef0123456789abcdef> "
           b"<0123456789abcdef0123456789abcdef>]")


def test_a_tiny_pdf_with_text_is_read(tmp_path):
    path = tmp_path / "t.pdf"
    path.write_bytes(_pdf(b"BT /F1 12 Tf 20 100 Td (Hello PDF) Tj ET"))
    doc = read_document(path)
    assert doc.format == "pdf" and "Hello PDF" in doc.text and doc.pages == (1,)


@pytest.mark.parametrize("data, message", [
    (_pdf(b""), "scanned PDF: no text to read"),
    (_pdf(b"BT /F1 12 Tf 20 100 Td (x) Tj ET", ENCRYPT), "encrypted PDF"),
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog", "damaged PDF"),
    (b"not a pdf at all", "damaged PDF"),
])
def test_bad_pdfs_are_one_line_errors(tmp_path, data, message):
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_document(path)
    assert message in str(err.value) and str(path) in str(err.value)
    assert "\n" not in str(err.value)


def test_damaged_docx_is_a_one_line_error(tmp_path):
    path = tmp_path / "bad.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match="damaged or not a Word"):
        read_document(path)


def test_non_regular_paths_are_one_line_errors(tmp_path):
    with pytest.raises(InputError, match="not a regular file"):
        read_document("/dev/null")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_document(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        find_documents(fifo)


def test_corpus_folders_are_read_recursively(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("本文", encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text("本文", encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "c.docx").write_bytes(_docx_bytes())
    (tmp_path / "sub" / "README.md").write_text("about", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.txt").write_text("本文", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in find_documents(tmp_path)]
    assert found == ["a.txt", "sub/b.md", "sub/deeper/c.docx"]


@pytest.mark.parametrize("raw, fixed", [
    ("⼤⽇⻑⻄", "大日長西"),  # Kangxi radicals and radical-supplement forms
    ("ﬁle", "file"),  # ligature
    ("安全保障‧日米", "安全保障・日米"),  # a font's shared middle-dot glyph
    ("①１２～（）", "①１２～（）"),  # meaning-bearing and full-width forms stay
])
def test_pdf_lookalike_characters(raw, fixed):
    assert fix_lookalikes(raw) == fixed


def test_page_starts_give_empty_pages_the_next_start():
    assert page_starts([1, 1, 2, 2, 4], 5) == (1, 3, 5, 5, 6)


def test_two_documents_with_one_name_are_an_error(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "report.txt").write_text("本文", encoding="utf-8")
    (tmp_path / "a" / "report.md").write_text("本文", encoding="utf-8")
    with pytest.raises(InputError, match="two documents named 'report'"):
        find_documents(tmp_path)


def _line(text, x0, y0, x1=300.0, page=1):
    from dtx_nlp.readers.pdf import _Line

    return _Line(page, text, x0, y0, y0 + 10, 10.0, False, x1)


def test_pdf_first_line_indents_start_paragraphs_hanging_indents_do_not():
    from dtx_nlp.readers.pdf import _layout

    lines = [_line("本文の一行目で、右端まで", 60, 700), _line("続いて終わる。", 50, 685, 150),
             _line("次の段落は字下げで始まり", 60, 670), _line("終わる。", 50, 655, 100),
             _line("①　項目は右端まで続いて", 50, 640), _line("ぶら下げで折り返す。", 70, 625, 200)]
    assert [t for _, t in _layout(lines)] == [
        "\u3000本文の一行目で、右端まで", "続いて終わる。", "\u3000次の段落は字下げで始まり",
        "終わる。", "\u3000①　項目は右端まで続いて", "ぶら下げで折り返す。"]


def test_pdf_unindented_statements_one_per_line_are_paragraphs_but_a_marked_items_are_not():
    """Minutes set one statement per line without indents: a line after a sentence that ended
    short of the right edge starts a paragraph; inside a marked item (・…) or across a page
    break it does not."""
    from dtx_nlp.readers.pdf import _layout

    lines = [_line("本文は右端まで続いて", 50, 700), _line("終わる。", 50, 685, 120),
             _line("店主（70代） 二階を貸すのは不安だ。", 50, 670, 220),
             _line("大学生 店を出してみたい。", 50, 655, 200),
             _line("・一つ目の文は短い。", 50, 640, 150), _line("二つ目の文も同じ項目にある。", 50, 625, 220),
             _line("最後の行は少し手前で終わる。", 50, 610, 270), _line("次の頁の行である。", 50, 700, 300, page=2)]
    assert [t for _, t in _layout(lines)] == [
        "本文は右端まで続いて", "終わる。", "\u3000店主（70代） 二階を貸すのは不安だ。",
        "\u3000大学生 店を出してみたい。", "\u3000・一つ目の文は短い。", "二つ目の文も同じ項目にある。",
        "最後の行は少し手前で終わる。", "次の頁の行である。"]
    across = [_line("頁の最後の行は少し手前で終わる。", 50, 610, 270), _line("次の頁の行である。", 50, 700, 300, page=2)]
    assert [t for _, t in _layout(across)] == ["頁の最後の行は少し手前で終わる。", "次の頁の行である。"]


def test_pdf_a_box_inset_on_its_page_and_small_print_run_on():
    """On a page whose lines sit in a box inset from the column (x 60, the column at 50 on other
    pages), only the box's indented first line starts a paragraph; a full line wraps under its
    text (◇ …, then two lines at the same indent), and the speaker in small print runs on."""
    from dtx_nlp.readers.pdf import _Line, _layout

    other = [_line("一頁目の本文は右端まで続いて", 50, 700 - 15 * i) for i in range(3)]
    box = [_line("提言Ⅰ　所在を把握する", 60, 700, 200, 2), _line("分散する資料の所在調査を", 70, 685, page=2),
           _line("行い、統合目録を作成する", 60, 670, page=2), _line("ものとする。", 60, 655, 120, 2)]
    box += [_line(f"統合目録は{n}年ごとに見直し、", 60, 640 - 15 * n, page=2) for n in range(5)]
    said = [_line("◇ 公民館の倉庫に、昔の写真が", 50, 700, page=3),
            _line("置かれている。（70", 60, 685, page=3),
            _Line(3, "代男性）", 60, 670, 678.5, 8.5, False, 100)]
    said += [_line(f"意見{n}は右端まで続いて終わる。", 50, 655 - 15 * n, page=3) for n in range(6)]
    got = [t for _, t in _layout(other + box + said)]
    assert got[3:7] == ["提言Ⅰ　所在を把握する", "\u3000分散する資料の所在調査を", "行い、統合目録を作成する",
                        "ものとする。"]
    assert got[12:15] == ["◇ 公民館の倉庫に、昔の写真が", "置かれている。（70", "代男性）"]


def _sized(text, x0, y0, x1=300.0, height=10.0):
    from dtx_nlp.readers.pdf import _Line

    return _Line(1, text, x0, y0, y0 + height, height, False, x1)


def test_pdf_line_in_another_size_starts_a_paragraph():
    """A heading set larger that fills its line ends there: the indented line below it starts a
    paragraph although the heading has no sentence end and reaches the right edge; in the body's
    size the same pair runs on (a hanging indent)."""
    from dtx_nlp.readers.pdf import _layout

    lines = [_sized("本文は右端まで続いて", 50, 700), _sized("終わる。", 50, 685, 120),
             _sized("■ 付録 市民ワークショップの記録", 50, 665, 300, 12.0),
             _sized("2026年6月に開いた会の記録で右端まで", 60, 650), _sized("続く。", 50, 635, 80),
             _sized("①　項目は右端まで続いて", 50, 620), _sized("ぶら下げで折り返す。", 60, 605)]
    assert [t for _, t in _layout(lines)] == [
        "本文は右端まで続いて", "終わる。", "\u3000■ 付録 市民ワークショップの記録",
        "\u30002026年6月に開いた会の記録で右端まで", "続く。", "\u3000①　項目は右端まで続いて",
        "ぶら下げで折り返す。"]


def test_pdf_a_label_set_smaller_above_its_text_is_a_line_of_its_own():
    """A speaker's name in small print above the remark (neither line indented, as in a box)
    ends there; small print that fills its line runs on."""
    from dtx_nlp.readers.pdf import _layout

    lines = [_sized("本文は右端まで続いて", 50, 700), _sized("終わる。", 50, 685, 120),
             _sized("中学校教員", 50, 665, 100, 8.5), _sized("家庭訪問は放課後に一人で行く。", 50, 650, 280),
             _sized("小さな字の注記は右端まで", 50, 630, 300, 8.5), _sized("続いて終わる。", 50, 615, 150)]
    assert [t for _, t in _layout(lines)][2:] == [
        "\u3000中学校教員", "\u3000家庭訪問は放課後に一人で行く。", "小さな字の注記は右端まで", "続いて終わる。"]


def test_pdf_a_line_set_flush_right_stands_alone_even_across_a_page():
    """以上, a date or a signature set flush right ends its paragraph, and the title at the top
    of the next page starts one though it is not indented; a full line of text runs on across
    the page break, and one character at the right edge (a title set vertically) is no line."""
    from dtx_nlp.readers.pdf import _layout

    lines = [_line("本文は右端まで続いて", 50, 700), _line("終わる。", 50, 685, 120),
             _line("以上", 270, 670), _line("参考資料の表題は左から始まる表題である", 50, 700, 300, 2),
             _line("本文は右端まで続いて", 50, 685, page=2), _line("右", 290, 670, page=2),
             _line("端の一文字の下に続く。", 50, 655, 200, 2)]
    assert [t for _, t in _layout(lines)][2:] == [
        "\u3000以上", "\u3000参考資料の表題は左から始まる表題である", "本文は右端まで続いて", "右",
        "端の一文字の下に続く。"]


def test_pdf_a_short_line_without_a_sentence_end_above_a_long_one_is_a_title():
    """A line without 。 that is not half as long as the line below it is a title on a line of its
    own (パネル討論, then a speaker); a label alone (提言４) stays with its title, a line ending in
    、 runs on, and a line in the other column of the page is not compared."""
    from dtx_nlp.readers.pdf import _Line, _layout

    lines = [_line("本文は右端まで続いて", 50, 700), _line("終わる。", 50, 685, 120),
             _line("パネル討論の記録", 50, 670, 130), _line("森田（県） 投票所を減らしたのは右端まで", 50, 655),
             _line("続く理由がある。", 50, 640, 150), _line("提言４", 50, 625, 80),
             _line("居場所を公民館や空き店舗に広げる", 50, 610, 250), _line("ことである。", 50, 595, 110),
             _line("本文は途中で折り返し、", 50, 580, 140), _line("次の行に続いて右端まで行ってから終わる。", 50, 565, 290)]
    assert [t for _, t in _layout(lines)][2:] == [
        "\u3000パネル討論の記録", "\u3000森田（県） 投票所を減らしたのは右端まで", "続く理由がある。", "\u3000提言４",
        "居場所を公民館や空き店舗に広げる", "ことである。", "\u3000本文は途中で折り返し、",
        "次の行に続いて右端まで行ってから終わる。"]
    other = [_line("左の段の表題の行", 50, 700, 130), _Line(1, "右の段の本文は右端まで続く", 320, 700, 710, 10.0, False, 560, 1)]
    assert [t for _, t in _layout(other)][1] == "右の段の本文は右端まで続く"


def test_marked_lines_inside_a_markdown_paragraph_stay_lines(tmp_path, cfg):
    """A Japanese writer's ・ remarks, → replies and ① items on consecutive lines are lines of
    their own, although Markdown makes one paragraph of them; other line breaks only wrap."""
    path = tmp_path / "w.md"
    path.write_text("## 議事録\n\n・一つ目の発言である。\n→ それへの応答である。\n・二つ目の発言は\n"
                    "二行に折り返されている。\n① 項目である。\n", encoding="utf-8")
    doc = clean(read_document(path), cfg.clean)
    assert doc.text.splitlines() == ["議事録", "・一つ目の発言である。", "→ それへの応答である。",
                                     "・二つ目の発言は二行に折り返されている。", "① 項目である。"]


def test_a_word_numbered_list_counts_on_through_the_paragraphs_between_its_items(tmp_path):
    """Word shows 1, 2, 3 for "List Number" titles with a body paragraph between them."""
    import docx

    d = docx.Document()
    d.add_heading("提言", 1)
    for title in ("施設を集約する", "指導者を育てる", "情報を届ける"):
        d.add_paragraph(title, style="List Number")
        d.add_paragraph("市町村は、これを進めるべきである。")
        d.add_paragraph("補足の項目", style="List Bullet")
    path = tmp_path / "n.docx"
    d.save(path)
    items = [b.text for b in read_document(path).blocks if b.kind == "list_item"]
    assert items == ["1. 施設を集約する", "・補足の項目", "2. 指導者を育てる", "・補足の項目",
                     "3. 情報を届ける", "・補足の項目"]


def test_word_tables_of_numbered_entries_and_of_statements(tmp_path):
    """A table whose rows are numbered entries gives each as "N．title" and its paragraphs;
    a two-column table of who said what gives bulleted statements, a reply keeping its lead."""
    import docx

    d = docx.Document()
    d.add_heading("提言", 1)
    entries = d.add_table(rows=3, cols=3)
    for cells, texts in zip((r.cells for r in entries.rows),
                            [("番号", "提言", "担い手"), ("1", "施設を集約する", "市町村"),
                             ("2", "指導者を育てる", "県")]):
        for cell, text in zip(cells, texts):
            cell.text = text
    entries.rows[1].cells[1].add_paragraph("市町村は、施設を集約すべきである。")
    d.add_heading("意見交換会の記録", 1)
    said = d.add_table(rows=3, cols=2)
    for cells, texts in zip((r.cells for r in said.rows),
                            [("発言者", "要旨"), ("保護者", "給食費が上がると苦しい。"),
                             ("（回答）教育委員会", "支援を検討している。")]):
        for cell, text in zip(cells, texts):
            cell.text = text
    path = tmp_path / "t.docx"
    d.save(path)
    texts = [b.text for b in read_document(path).blocks if b.kind != "heading"]
    assert texts == ["番号 | 提言 | 担い手", "1．施設を集約する", "市町村は、施設を集約すべきである。",
                     "市町村", "2．指導者を育てる", "県", "発言者 | 要旨",
                     "・保護者：給食費が上がると苦しい。", "（回答）教育委員会：支援を検討している。"]


def test_a_page_in_two_columns_is_read_column_by_column():
    from dtx_nlp.readers.pdf import _Line, in_columns

    def line(text, x0, x1, y):
        return _Line(1, text, x0, y, y + 10, 10, False, x1)

    title = line("題名", 100, 500, 800)
    left = [line(f"左{i}", 50, 280, 700 - 20 * i) for i in range(5)]
    right = [line(f"右{i}", 320, 550, 700 - 20 * i) for i in range(5)]
    mixed = [x for pair in zip(left, right) for x in pair]  # layout order: row by row
    got = in_columns([title, *mixed], 600)
    assert [x.text for x in got] == ["題名", *[x.text for x in left], *[x.text for x in right]]
    assert {x.column for x in got if x.text.startswith("右")} == {1}
    assert in_columns(left[:3] + right[:3], 600) == left[:3] + right[:3]  # too few: one column


def test_a_short_heading_after_two_columns_is_read_after_both():
    """A heading in the left half, set apart below the end of the right column, follows both
    columns; a longer left column's last lines (no gap) stay in it."""
    from dtx_nlp.readers.pdf import _Line, in_columns

    def line(text, x0, x1, y):
        return _Line(1, text, x0, y, y + 10, 10, False, x1)

    left = [line(f"左{i}", 50, 280, 700 - 15 * i) for i in range(7)]
    right = [line(f"右{i}", 320, 550, 700 - 15 * i) for i in range(5)]
    heading = line("2．提案", 60, 110, left[-1].y0 - 30)
    got = [x.text for x in in_columns([*left, *right, heading], 600)]
    assert got == [x.text for x in left + right] + ["2．提案"]


def _one_table_docx_texts(tmp_path, heading: str, rows: list[tuple[str, ...]]) -> list[str]:
    """The block texts (headings left out) of a Word file holding one table under a heading."""
    import docx

    d = docx.Document()
    d.add_heading(heading, 1)
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for cells, texts in zip((r.cells for r in table.rows), rows):
        for cell, text in zip(cells, texts):
            cell.text = text
    path = tmp_path / "t.docx"
    d.save(path)
    return [b.text for b in read_document(path).blocks if b.kind != "heading"]


def test_a_word_table_with_an_answer_column_gives_remarks_and_replies(tmp_path):
    """A record table (number | opinion | answer): each opinion a "・" remark, each answer that is
    not a dash a "→" reply below it; the header row stays a row."""
    rows = [("No.", "出された意見", "市の考え方"), ("1", "バスの本数が少なく通院に困る。", "増便を検討する。"),
            ("2", "停留所に屋根がほしい。", "―"), ("3", "運賃の割引を広げてほしい。", "対象の拡大を検討する。")]
    assert _one_table_docx_texts(tmp_path, "説明会で出された意見", rows) == [
        "No. | 出された意見 | 市の考え方", "・バスの本数が少なく通院に困る。", "→増便を検討する。",
        "・停留所に屋根がほしい。", "・運賃の割引を広げてほしい。", "→対象の拡大を検討する。"]


def test_an_answer_column_named_応答_and_statements_signed_in_brackets(tmp_path):
    """Statements that end with who said them in brackets (…できない。（鉄鋼）) still end a sentence;
    応答 names an answer column as 回答 does."""
    rows = [("テーマ", "主な意見（業種）", "委員・事務局の応答"),
            ("価格", "支援の期間が短く投資の判断ができない。（鉄鋼）", "期間の延長を求めていく。"),
            ("人材", "技術者が足りない。（化学）", "－")]
    assert _one_table_docx_texts(tmp_path, "意見交換会の概要", rows) == [
        "テーマ | 主な意見（業種） | 委員・事務局の応答", "・支援の期間が短く投資の判断ができない。（鉄鋼）",
        "→期間の延長を求めていく。", "・技術者が足りない。（化学）"]


BOLD_LEADS = """# 公共交通の再生に向けた提案

## 1　現状と課題

1. **利用者が減っている**
2. **運転士が足りない**

## 2　提案

### 2-1　国に求めること

1. **地域の交通に使える財源を設ける**  
   交付金を複数年度にわたって使えるようにしてください。
   - 交付の期間を五年とする
2. **運転士の養成を支える**  
   免許の取得費用を補助してください。

### 2-2　県に求めること

3. **路線の再編を調整する**  
   市町村をまたぐ路線を県が調整してください。
"""


def test_a_markdown_list_item_led_by_a_bold_title_and_a_line_break_is_a_titled_entry(tmp_path):
    """"1. **title**" + a line break + the body: the bold lead titles the entry (its own block),
    the body follows; the addressee headings whose entries have bodies are groups."""
    path = tmp_path / "r.md"
    path.write_text(BOLD_LEADS, encoding="utf-8")
    blocks = [(b.kind, b.text) for b in read_document(path).blocks]
    assert ("list_item", "1. 地域の交通に使える財源を設ける") in blocks
    assert ("paragraph", "交付金を複数年度にわたって使えるようにしてください。") in blocks
    units = units_of(path, PIPELINE)
    assert [(u.unit_id, u.group, u.title) for u in units if u.kind == "recommendation"] == [
        ("R01", "国に求めること", "地域の交通に使える財源を設ける"), ("R02", "国に求めること", "運転士の養成を支える"),
        ("R03", "県に求めること", "路線の再編を調整する")]
    assert [u.parent_id for u in units if u.kind == "recommendation_item"] == ["R01"]


def test_a_markdown_record_table_and_a_word_schedule_table(tmp_path):
    """A Markdown table of statements with an answer column gives remarks and replies as a Word
    one does; a schedule table's 第1回 rows are no sessions (the record comes later)."""
    md = tmp_path / "r.md"
    md.write_text("## 付録　意見交換会の記録\n\n| No. | 発言者 | 発言の要旨 | 回答 |\n|---|---|---|---|\n"
                  "| 1 | 住民 | 夜間の通訳がない。 | 市：試行を予定している。 |\n| 2 | 通訳者 | 報酬が低い。 | |\n",
                  encoding="utf-8")
    texts = [b.text for b in read_document(md).blocks if b.kind != "heading"]
    assert texts == ["No. | 発言者 | 発言の要旨 | 回答", "・夜間の通訳がない。", "→市：試行を予定している。",
                     "・報酬が低い。"]
    import docx

    d = docx.Document()
    d.add_heading("検討の経過", 1)
    table = d.add_table(rows=2, cols=2)
    for cells, texts in zip((r.cells for r in table.rows), [("第１回", "論点の整理"), ("第２回", "ヒアリング")]):
        for cell, text in zip(cells, texts):
            cell.text = text
    d.add_heading("現状と課題", 1)
    d.add_paragraph("（１）人手の不足")
    path = tmp_path / "s.docx"
    d.save(path)
    units = units_of(path, PIPELINE)
    assert not [u for u in units if u.kind == "session"]


def test_a_word_table_of_numbered_opinions_and_the_secretariat_answering_in_a_statements_table(
        tmp_path):
    """番号 | 意見の概要 (no answers): each opinion a remark; in a table of who said what, the
    secretariat's lines are answers (no remark bullet)."""
    opinions = _one_table_docx_texts(tmp_path, "その他の意見", [
        ("番号", "意見の概要"), ("5", "会場の確保に苦労している。"), ("6", "広報が必要だ。")])
    assert opinions == ["番号 | 意見の概要", "・会場の確保に苦労している。", "・広報が必要だ。"]
    said = _one_table_docx_texts(tmp_path, "ヒアリングの記録", [
        ("発言者", "発言要旨"), ("A委員", "用紙が濡れる。"), ("事務局", "照合を検討する。")])
    assert said == ["発言者 | 発言要旨", "・A委員：用紙が濡れる。", "事務局：照合を検討する。"]


def test_a_word_table_of_entries_titled_in_their_first_cell(tmp_path):
    """取組N　title | body (paragraphs, List Bullet items) | when: the title stays as printed,
    then the body's paragraphs (items with the bullet Word draws), then the other cells; the
    header row stays a row."""
    import docx

    d = docx.Document()
    d.add_heading("推進の取組", 1)
    table = d.add_table(rows=3, cols=3)
    rows = [("取組", ["内容"], "実施時期"),
            ("取組１　地域クラブへ移す", ["休日の活動を移す。", "運動部から移す"], "令和８年度"),
            ("取組２　人材バンクを設ける", ["経験者を登録する。"], "令和９年度")]
    for cells, (first, body, when) in zip((r.cells for r in table.rows), rows):
        cells[0].text, cells[2].text = first, when
        cells[1].text = body[0]
        for extra in body[1:]:
            cells[1].add_paragraph(extra, style="List Bullet")  # Word draws the bullet
    path = tmp_path / "t.docx"
    d.save(path)
    texts = [b.text for b in read_document(path).blocks if b.kind != "heading"]
    assert texts == ["取組 | 内容 | 実施時期", "取組１　地域クラブへ移す", "休日の活動を移す。", "・運動部から移す",
                     "令和８年度", "取組２　人材バンクを設ける", "経験者を登録する。", "令和９年度"]


def _speaker_turns_docx(tmp_path, turns: list[tuple[str, str]]):
    import docx

    d = docx.Document()
    d.add_paragraph("部活動の地域移行推進計画")
    d.add_paragraph("令和８年１月　比良坂市教育委員会")
    d.add_heading("はじめに", 1)
    d.add_paragraph("本計画は休日の部活動の移行を定める。")
    d.add_heading("提言", 1)
    d.add_paragraph("提言１　地域クラブへ移す")
    d.add_paragraph("休日の活動を地域クラブへ移すべきである。")
    d.add_heading("参考　意見交換会の記録", 1)
    for speaker, said in turns:
        d.add_paragraph().add_run(speaker).bold = True
        d.add_paragraph(said)
    path = tmp_path / "r.docx"
    d.save(path)
    return path


def test_bold_speaker_lines_over_statements_are_turns_and_the_issuer_answers(tmp_path):
    """Minutes whose turns are a bold name line over the statement: each turn one paragraph; the
    issuer named in the front matter (市教育委員会) answers; a name without brackets speaks too."""
    turns = [("保護者（第一中学校）", "会費の負担が大きい。"), ("市教育委員会（学校教育課長）", "上限を設ける。"),
             ("吹奏楽団代表", "音楽室を使わせてほしい。"), ("中学生（２年生）", "先生に教わりたい。")]
    units = units_of(_speaker_turns_docx(tmp_path, turns), PIPELINE)
    said = [(u.kind, u.text) for u in units if u.part == "workshop" and u.kind != "heading"]
    assert said == [("remark", "保護者（第一中学校）：会費の負担が大きい。"),
                    ("reply", "市教育委員会（学校教育課長）：上限を設ける。"),
                    ("remark", "吹奏楽団代表：音楽室を使わせてほしい。"),
                    ("remark", "中学生（２年生）：先生に教わりたい。")]


def test_two_bold_lead_lines_are_headings_not_turns(tmp_path):
    turns = [("保護者（第一中学校）", "会費の負担が大きい。"), ("吹奏楽団代表", "音楽室を使わせてほしい。")]
    texts = [b.text for b in clean(read_document(_speaker_turns_docx(tmp_path, turns)),
                                   load_config(PIPELINE).clean).paragraphs]
    assert "保護者（第一中学校）" in texts and "吹奏楽団代表" in texts


def test_a_markdown_table_of_who_said_what_gives_statements_and_answers(tmp_path):
    """発言者 | 発言の要旨: each row "・speaker：statement"; a （回答） row keeps its lead (a reply),
    as in Word."""
    md = tmp_path / "r.md"
    md.write_text("## 円卓会議の記録\n\n| 発言者 | 発言の要旨 |\n|---|---|\n"
                  "| 運送会社社長 | 荷役を無償で頼まれている。 |\n"
                  "| （回答）国土交通省 | 標準的運賃を周知する。 |\n| 労働組合役員 | 賃金が低い。 |\n",
                  encoding="utf-8")
    texts = [b.text for b in read_document(md).blocks if b.kind != "heading"]
    assert texts == ["発言者 | 発言の要旨", "・運送会社社長：荷役を無償で頼まれている。",
                     "（回答）国土交通省：標準的運賃を周知する。", "・労働組合役員：賃金が低い。"]


def test_pdf_a_marked_line_wraps_in_a_column_narrower_than_the_page():
    """A ○ line as long as the line below it is full in its column, even where a full-width line
    on the same page ends much further right: the indented line below continues it."""
    from dtx_nlp.readers.pdf import _layout

    lines = [_line("ページの幅いっぱいの本文が続いて終わる。", 50, 700, 550),
             _line("○田村氏（試験場長） 高温に強い品", 50, 680, 286),
             _line("種を作ったが、普及まで十二年かかった", 60, 665, 282),
             _line("○北野氏（研究員） 施設を共同で", 50, 650, 286),
             _line("使えればよい。", 60, 635, 150)]
    assert [t for _, t in _layout(lines)][1:] == [
        "○田村氏（試験場長） 高温に強い品", "種を作ったが、普及まで十二年かかった",
        "○北野氏（研究員） 施設を共同で", "使えればよい。"]


def _word_numbering(d, abstract_id: int, levels: list[tuple[str, str]]) -> None:
    """Numbering definitions as Word writes them: an abstractNum with (numFmt, lvlText) per
    level and a num of the same id pointing to it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def el(tag, **attrs):
        e = OxmlElement(tag)
        for k, v in attrs.items():
            e.set(qn(f"w:{k}"), v)
        return e

    root = d.part.numbering_part.element
    abstract = el("w:abstractNum", abstractNumId=str(abstract_id))
    for ilvl, (fmt, text) in enumerate(levels):
        lvl = el("w:lvl", ilvl=str(ilvl))
        for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
            lvl.append(el(tag, val=value))
        abstract.append(lvl)
    first_num = root.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        root.append(abstract)
    num = el("w:num", numId=str(abstract_id))
    num.append(el("w:abstractNumId", val=str(abstract_id)))
    root.append(num)


def _numbered_style(d, name: str, num_id: int, outline: int | None):
    """A custom paragraph style (not "Heading N") that Word numbers, with an outline level."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    style = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    ppr = style.element.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id
    if outline is not None:
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), str(outline))
        ppr.append(level)
    return style


def _numbered_paragraph(d, text: str, num_id: int, ilvl: int):
    p = d.add_paragraph(text)
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id
    return p


def test_numbers_word_prints_from_its_numbering_definitions_are_read(tmp_path, cfg):
    """Chapters, problems, recommendations and their items numbered by Word (no number in the
    text), in custom styles whose outline level makes them headings: the text gets the numbers
    Word prints, counted as Word counts (a sub-level restarts under each new entry)."""
    import docx

    d = docx.Document()
    _word_numbering(d, 90, [("decimalFullWidth", "第%1章")])
    _word_numbering(d, 91, [("decimal", "課題%1")])
    _word_numbering(d, 92, [("decimalFullWidth", "方策%1"), ("aiueoFullWidth", "%2")])
    chapter = _numbered_style(d, "章見出し", 90, outline=0)
    entry = _numbered_style(d, "方策見出し", 92, outline=1)
    d.add_paragraph("はじめに", style=chapter)
    d.add_paragraph("公民館の利用が減っている。")
    d.add_paragraph("現状と課題", style=chapter)
    for text in ("利用者が高齢化している", "建物が古い"):
        _numbered_paragraph(d, text, 91, 0)
    d.add_paragraph("提言", style=chapter)
    for title in ("施設を集約する", "運営を地域に委ねる"):
        d.add_paragraph(title, style=entry)
        d.add_paragraph("市は、これを進めるべきである。")
        _numbered_paragraph(d, "計画をつくる", 92, 1)
        _numbered_paragraph(d, "説明会を開く", 92, 1)
    path = tmp_path / "w.docx"
    d.save(path)
    blocks = [(b.kind, b.level, b.text) for b in read_document(path).blocks]
    assert blocks[:4] == [("heading", 1, "第１章 はじめに"), ("paragraph", 0, "公民館の利用が減っている。"),
                          ("heading", 1, "第２章 現状と課題"), ("paragraph", 0, "課題1 利用者が高齢化している")]
    assert [t for _, _, t in blocks[6:]] == [
        "方策１ 施設を集約する", "市は、これを進めるべきである。", "ア 計画をつくる", "イ 説明会を開く",
        "方策２ 運営を地域に委ねる", "市は、これを進めるべきである。", "ア 計画をつくる", "イ 説明会を開く"]
    units = units_of(str(path))
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("1", "施設を集約する"), ("2", "運営を地域に委ねる")]
    assert [u.text for u in units if u.kind == "recommendation_item"] == [
        "ア 計画をつくる", "イ 説明会を開く"] * 2
    assert [u.text[:3] for u in units if u.kind == "problem"] == ["課題1", "課題2"]


@pytest.mark.parametrize("n, fmt, printed", [
    (3, "decimalFullWidth", "３"), (2, "aiueoFullWidth", "イ"), (2, "aiueo", "ｲ"),
    (3, "irohaFullWidth", "ハ"), (12, "japaneseCounting", "十二"), (4, "upperRoman", "IV"),
    (2, "lowerLetter", "b"), (3, "decimalEnclosedCircle", "③"), (7, "decimal", "7"),
])
def test_word_number_formats(n, fmt, printed):
    from dtx_nlp.readers.wordnum import format_number

    assert format_number(n, fmt) == printed


def test_a_word_table_of_numbered_problems_titled_in_the_cell_after_the_number(tmp_path):
    """No. | 課題 | 主な状況: the short cell after the number titles the entry, though the
    explanation after it is longer."""
    texts = _one_table_docx_texts(tmp_path, "現状と課題", [
        ("No.", "課題", "主な状況"), ("1", "建物が古い", "築５０年を超え、改修に多額の費用がかかる。"),
        ("2", "担い手がいない", "役員が高齢になり、管理を続けられない。")])
    assert texts == ["No. | 課題 | 主な状況", "1．建物が古い", "築５０年を超え、改修に多額の費用がかかる。",
                     "2．担い手がいない", "役員が高齢になり、管理を続けられない。"]


def test_pdf_a_table_of_numbered_entries_is_read_row_by_row():
    """Lone numbers counting up at one left edge, each with a cell beside it: each row becomes
    "N．title", the title column's lines (a paragraph each where a line stops short), then the
    other cells; the number is not lost as a page number and the cells are not run together."""
    from dtx_nlp.readers.pdf import _cell_starts, _layout
    from dtx_nlp.readers.pdftable import number_rows

    page = [_line("No.", 60, 640, 80), _line("方策と主な内容", 150, 640, 220), _line("時期", 300, 640, 330),
            _line("1", 62, 620, 68), _line("車両を更新する", 90, 620, 180), _line("令和８年度", 300, 620, 350),
            _line("古い車両から順に燃料電池バスに置き", 90, 605, 280), _line("換える。", 90, 590, 130),
            _line("一括して発注する", 100, 575, 200), _line("整備の順序を決める", 100, 560, 210),
            _line("2", 62, 540, 68), _line("水素を調達する", 90, 540, 180), _line("令和９年度", 300, 540, 350),
            _line("地元の工場から水素を受け入れる。", 90, 525, 250),
            _line("※時期は目安である。", 50, 500, 200)]
    lines = number_rows([page], _cell_starts)[0]
    assert [t for _, t in _layout(lines)] == [
        "No.", "\u3000方策と主な内容", "\u3000時期",
        "\u30001．車両を更新する", "\u3000古い車両から順に燃料電池バスに置き", "換える。",
        "\u3000一括して発注する", "\u3000整備の順序を決める", "\u3000令和８年度", "",
        "\u30002．水素を調達する", "\u3000地元の工場から水素を受け入れる。", "\u3000令和９年度", "",
        "\u3000※時期は目安である。"]  # (after the table's last cell, set flush right, a paragraph)
    # two lone numbers that do not count up from 1 make no table
    assert number_rows([[_line("3", 62, 620, 68), _line("見出し", 90, 620, 180),
                         _line("4", 62, 540, 68), _line("見出し", 90, 540, 180)]],
                       _cell_starts)[0][0].text == "3"


HTML_MARKDOWN = """<div align="right">
特定非営利活動法人 架空の会<br>
2026年2月
</div>

# 干潟の保全に関する提言

<!-- 掲載用の原稿 -->

## 1　はじめに

干潟が減っている。

## 2　いま起きていること

埋立て候補地が残る
:   干潟の三割に埋立ての計画がある。

観察する人が減っている
:   調査の参加者は十年で半分になった。

## 3　提言

<details open>
<summary><b>アクション１</b>　干潟を保全区域にする</summary>

県は干潟を保全区域に指定すべきである。
<ol type="i">
<li>候補地を公表する</li>
<li>地権者と協議する</li>
</ol>
</details>

<details open>
<summary><b>アクション２</b>　観察の担い手を育てる</summary>

市は観察会を開くべきである。
</details>

<details open>
<summary><b>アクション３</b>　記録を公開する</summary>

県は調査の記録を公開すべきである。
</details>

## 資料　意見交換会の記録

<dl>
<dt>漁業者（架空漁協）</dt>
<dd>干潟が減って、あさりが採れなくなった。</dd>
<dt>↳ 県自然保護課</dt>
<dd>保全区域の指定を急ぎたい。</dd>
</dl>
"""


def test_html_in_markdown_and_definition_lists_are_read_as_text(tmp_path, cfg):
    """<div>, <details>/<summary>, <ol type="i">, <br> and comments give text, never tags; a
    definition list entry (Markdown's or HTML's <dl>) is one item "term：definition"; an unnamed
    section between the introduction and the recommendations states the problems; ↳ answers."""
    path = tmp_path / "h.md"
    path.write_text(HTML_MARKDOWN, encoding="utf-8")
    doc = clean(read_document(path), cfg.clean)
    assert "<" not in doc.text and "掲載用" not in doc.text
    assert doc.text.splitlines()[:2] == ["特定非営利活動法人 架空の会", "2026年2月"]
    units = units_of(path, PIPELINE)
    assert [(u.label, u.title) for u in units if u.kind == "recommendation"] == [
        ("1", "干潟を保全区域にする"), ("2", "観察の担い手を育てる"), ("3", "記録を公開する")]
    assert [u.text for u in units if u.kind == "recommendation_item"] == ["i. 候補地を公表する",
                                                                          "ii. 地権者と協議する"]
    assert [u.text for u in units if u.kind == "problem"] == [
        "埋立て候補地が残る：干潟の三割に埋立ての計画がある。", "観察する人が減っている：調査の参加者は十年で半分になった。"]
    assert [(u.kind, u.text[:4]) for u in units if u.kind in ("remark", "reply")] == [
        ("remark", "漁業者（"), ("reply", "↳ 県自")]


KIND_TABLE = """# 河川ごみの削減について

## 1. はじめに

河口のごみが増えている。

## 2. 現状と課題

| 区分 | 現状 | 課題 |
|---|---|---|
| 発生 | 容器が多い | 課題1　容器の流出が減っていない |
| 回収 | 人が足りない | 課題2　回収の担い手が高齢化している |

## 3. 対応策

### 対応策1　容器を減らす

県は量り売りを広げるべきである。

### 対応策2　担い手を増やす

県は清掃の参加を呼びかけるべきである。

## 4. 参考：主な意見

### 第3回作業部会

| No. | 発言者 | 区分 | 内容 |
|---|---|---|---|
| 1 | 委員（漁協） | 意見 | 網にかかったごみの置き場がない。 |
| 2 | 委員（漁協） | 質問 | 処分費は誰が負担するのか。 |
| 2 | 事務局 | 回答 | 県の補助の対象とする方向で検討している。 |
"""


def test_a_record_table_with_a_kind_column_and_a_problem_table_numbered_in_a_later_cell(tmp_path):
    """区分 意見/質問 rows are remarks and 回答 rows replies to them (the header row is none); a
    problem table's row numbered in a later cell (課題1) is a problem."""
    path = tmp_path / "k.md"
    path.write_text(KIND_TABLE, encoding="utf-8")
    units = units_of(path, PIPELINE)
    said = [(u.kind, u.text) for u in units if u.kind in ("remark", "reply")]
    assert said == [("remark", "・委員（漁協）：網にかかったごみの置き場がない。"),
                    ("remark", "・委員（漁協）：処分費は誰が負担するのか。"),
                    ("reply", "→事務局：県の補助の対象とする方向で検討している。")]
    assert [u.text.split(" | ")[0] for u in units if u.kind == "problem"] == ["発生", "回収"]


def test_a_word_table_of_entries_titled_in_a_later_column_under_groups_and_one_row_records(tmp_path):
    """方針 | 施策１　title | 内容: the group (when it changes), the title cell, then the rest; a
    one-row table "意見 | statement" is a remark, "回答 | …" a reply."""
    texts = _one_table_docx_texts(tmp_path, "今後の施策", [
        ("基本方針", "施策", "主な内容"), ("方針Ａ　予防保全", "施策１　修繕計画を改める", "早めに補修する。"),
        ("方針Ａ　予防保全", "施策２　点検を共同で発注する", "近隣町と組む。"),
        ("方針Ｂ　選択と集中", "施策３　橋を集約する", "地域と協議する。")])
    assert [x.replace("\u3000", " ") for x in texts] == ["基本方針 | 施策 | 主な内容", "方針Ａ 予防保全", "施策１ 修繕計画を改める", "早めに補修する。",
                     "施策２ 点検を共同で発注する", "近隣町と組む。", "方針Ｂ 選択と集中", "施策３ 橋を集約する",
                     "地域と協議する。"]
    assert _one_table_docx_texts(tmp_path, "記録", [("意見", "通学路の安全を考えてほしい。")]) == [
        "・通学路の安全を考えてほしい。"]
    assert _one_table_docx_texts(tmp_path, "記録", [("回答", "安全を最優先にする。")]) == ["→安全を最優先にする。"]
    assert _one_table_docx_texts(tmp_path, "記録", [("備考", "雨天の場合は中止する。")]) == [
        "備考 | 雨天の場合は中止する。"]


def test_a_word_bullet_prints_its_own_text(tmp_path):
    """A bullet level whose text is a character of its own (Ａ for an answer, ●) prints it; a
    symbol-font glyph prints as ・."""
    import docx

    d = docx.Document()
    _word_numbering(d, 93, [("bullet", "Ａ")])
    _word_numbering(d, 94, [("bullet", "\uf0b7")])
    d.add_heading("質疑", 1)
    d.add_paragraph("Ｑ１ 手続はどこでするのか。")
    _numbered_paragraph(d, "市民課で受け付けます。", 93, 0)
    _numbered_paragraph(d, "樹木葬の区画もほしい。", 94, 0)
    path = tmp_path / "b.docx"
    d.save(path)
    assert [b.text for b in read_document(path).blocks][2:] == ["Ａ 市民課で受け付けます。", "・樹木葬の区画もほしい。"]


def test_numbering_definitions_word_would_not_open_give_no_numbers_and_no_error(tmp_path):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    _word_numbering(d, 95, [("decimal", "課題%1")])
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "x")
    override.append(OxmlElement("w:startOverride"))
    d.part.numbering_part.element.findall(qn("w:num"))[-1].append(override)
    _numbered_paragraph(d, "利用者が減っている", 95, 0)
    path = tmp_path / "bad.docx"
    d.save(path)
    assert [b.text for b in read_document(path).blocks] == ["利用者が減っている"]


def test_pdf_text_boxes_are_read_top_to_bottom():
    """A draft with line numbers in its margin and a watermark: pdfminer's own box order puts
    改善策３ before 改善策２ there; boxes read from the top of the page down (left first at the
    same height) keep the recommendations in order."""
    from dtx_nlp.inspect import units_of

    units = units_of(ROOT / "tests" / "reports" / "layouts21" / "hyojunka_soan.pdf", None)
    assert [u.label for u in units if u.kind == "recommendation"] == ["1", "2", "3", "4", "5"]


def test_word_table_of_numbered_entries_titled_after_a_merged_problem_column():
    """No. | 課題 | 対応の方向性 | 主な取組: the 課題 cell merged down two entries says what they
    answer, so the next column titles them; the problem follows as the entry's lead under its
    column's name, and each bulleted line of the last cell is a paragraph."""
    from dtx_nlp.readers.docx import table_blocks

    rows = [[["No."], ["課題"], ["対応の方向性"], ["主な取組"]],
            [["1"], ["Ａ　利用者が少ない"], ["開館時間を延ばす"], ["・夜間の職員を置く", "・返却口を増やす"]],
            [["2"], ["Ａ　利用者が少ない"], ["催しを増やす"], ["・講座を開く"]],
            [["3"], ["Ｂ　本が古い"], ["蔵書を更新する"], ["・寄贈を募る"]]]
    texts = [b.text for b in table_blocks(rows, 0)]
    assert texts[1:] == ["1．開館時間を延ばす", "課題：Ａ　利用者が少ない", "・夜間の職員を置く", "・返却口を増やす",
                         "2．催しを増やす", "課題：Ａ　利用者が少ない", "・講座を開く",
                         "3．蔵書を更新する", "課題：Ｂ　本が古い", "・寄贈を募る"]
    unmerged = [rows[0], rows[1], [["2"], ["Ｃ　場所が遠い"], ["催しを増やす"], ["・講座を開く"]]]
    assert [b.text for b in table_blocks(unmerged, 0)][1] == "1．Ａ　利用者が少ない"
    bodied = [[["番号"], ["提言"], ["担い手"]], [["1"], ["開館時間を延ばす", "夜も開ける。"], ["市"]],
              [["2"], ["催しを増やす", "講座を開く。"], ["市・団体"]]]
    assert [b.text for b in table_blocks(bodied, 0)][1] == "1．開館時間を延ばす"
    titled = [[["番号"], ["施策"], ["主な取組"], ["担当課"]],
              [["1"], ["開館時間の延長"], ["・職員を置く", "・返却口を増やす"], ["図書館課"]],
              [["2"], ["催しの充実"], ["・講座を開く"], ["生涯学習課"]]]
    assert [b.text for b in table_blocks(titled, 0)][1:5] == [
        "1．開館時間の延長", "・職員を置く", "・返却口を増やす", "図書館課"]


def test_pdf_a_slide_puts_each_short_line_on_its_own():
    """On a landscape page (a slide) a line that stops short of the text's right edge ends its
    paragraph without a sentence end; a line that fills it runs on. On a portrait page the same
    lines run on, as a paragraph's lines do until a sentence ends."""
    from dataclasses import replace

    from dtx_nlp.readers.pdf import _layout

    lines = [_sized("本計画は、町が目指す公共交通の姿とその実現のための施策", 40, 500, 700),
             _sized("を定めるものである", 40, 485, 200),
             _sized("施策1-1 乗合タクシーに転換する", 40, 470, 360),
             _sized("予約に応じて自宅前から運行", 40, 455, 420),
             _sized("施策1-2 乗継ぎを改善する", 40, 440, 300)]
    lines[2:] = [replace(x, page=2) for x in lines[2:]]  # (no line of this slide fills it)
    slide = [replace(x, wide=True) for x in lines]
    assert [t for _, t in _layout(slide)][-3:] == [
        "施策1-1 乗合タクシーに転換する", "\u3000予約に応じて自宅前から運行",
        "\u3000施策1-2 乗継ぎを改善する"]
    assert not any(t.startswith("\u3000") for _, t in _layout(lines))


def test_pdf_a_short_numbered_or_marked_title_ends_its_line():
    """A numbered (４　…) or marked (■…) title that stops short of the edge ends there even when
    the text below it starts at the same left edge (a page whose box insets the edge) and even
    when it is led by a mark, as does a title in brackets alone or a meeting's particular (場所：…);
    a short unnumbered line without a sentence end runs on."""
    from dtx_nlp.readers.pdf import _layout, fix_lookalikes

    lines = [_line("本文は右端まで続いて", 50, 700), _line("終わる。", 50, 685, 120),
             _line("４ 公園の遊具が古い", 50, 670, 160), _line("点検で補修が必要とされた。", 50, 655, 200),
             _line("■パネル討論", 50, 640, 110), _line("【山田氏（町内会長）】遊具を直してほしい。", 50, 625, 260),
             _line("見出しのない短い行", 50, 610, 150), _line("続きの行である。", 50, 595, 160),
             _line("日時：５月１０日", 50, 580, 120), _line("場所：町民会館", 50, 565, 120),
             _line("〈テーマ１　遊具〉", 50, 550, 130), _line("【田中氏（保護者）】砂場を広げてほしい。", 50, 535, 250)]
    assert [t for _, t in _layout(lines)] == [
        "本文は右端まで続いて", "終わる。", "\u3000４ 公園の遊具が古い", "\u3000点検で補修が必要とされた。",
        "\u3000■パネル討論", "\u3000【山田氏（町内会長）】遊具を直してほしい。", "\u3000見出しのない短い行",
        "続きの行である。", "\u3000日時：５月１０日", "\u3000場所：町民会館", "\u3000〈テーマ１　遊具〉",
        "\u3000【田中氏（保護者）】砂場を広げてほしい。"]
    assert fix_lookalikes("\u2329テーマ１\u232a") == "〈テーマ１〉"  # (U+2329, a font's 〈)


def test_a_word_title_set_larger_than_any_other_line_and_entries_numbered_under_two_words(tmp_path):
    """No Title style: the one line set larger than all others near the top is the title (a
    title naming a 提言 over a summary box opens no recommendations section); 【要望１】… and
    【取組１】… restart their numbers, so each label keeps its word; bracketed groups lose them."""
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.add_paragraph("令和８年１月２６日")
    d.add_paragraph().add_run("若者の就職を増やすための提言").font.size = Pt(16)
    d.add_paragraph("【要旨】若者の半数が県外で就職している。")
    d.add_paragraph().add_run("■現状と課題").font.size = Pt(12)
    d.add_paragraph("○地元企業の情報が若者に届いていない。")
    d.add_paragraph().add_run("■提言").font.size = Pt(12)
    for group, word in (("〔行政への要望〕", "要望"), ("〔当所の取組〕", "取組")):
        d.add_paragraph().add_run(group).bold = True
        for n, title in (("１", "情報を届ける"), ("２", "住まいを用意する")):
            d.add_paragraph().add_run(f"【{word}{n}】{title}").bold = True
            d.add_paragraph("具体的な内容をここに書く。")
    path = tmp_path / "r.docx"
    d.save(path)
    units = units_of(path, PIPELINE)
    assert [(u.kind, u.part) for u in units if u.text.startswith("若者の就職")] == [
        ("heading", "front")]
    assert [(u.label, u.group) for u in units if u.kind == "recommendation"] == [
        ("要望1", "行政への要望"), ("要望2", "行政への要望"),
        ("取組1", "当所の取組"), ("取組2", "当所の取組")]


def test_a_ruled_pdf_table_is_read_row_by_row():
    """Cells the text layer gives column by column come back as rows, "cell | cell", where the
    table's first line was; a table whose first column numbers its rows is left to pdftable.py."""
    from dtx_nlp.readers.pdf import _Line
    from dtx_nlp.readers.pdfrules import Rule, ruled_rows

    def line(text, x, y):
        return _Line(1, text, x, y, y + 10, 10, False, x + 10 * len(text))

    xs, ys = (50, 250, 350), (100, 120, 140, 160)
    rules = [Rule(x, ys[0], x + 0.7, ys[-1]) for x in xs] + [
        Rule(xs[0], y, xs[-1], y + 0.7) for y in ys]
    lines = [line("施策１ 柵を整える", 50, 170), line("主な取組", 55, 145), line("資材の支給", 55, 125),
             line("講習会の開催", 55, 105), line("施策２ 担い手を育てる", 50, 80), line("担当", 255, 145),
             line("農林課", 255, 125), line("猟友会", 255, 105)]
    got = [x.text for x in ruled_rows(lines, rules)]
    assert got == ["施策１ 柵を整える", "主な取組 | 担当", "資材の支給 | 農林課", "講習会の開催 | 猟友会",
                   "施策２ 担い手を育てる"]
    numbered = [line("1", 55, 125) if x.text == "資材の支給" else x for x in lines]
    assert ruled_rows(numbered, rules) == numbered


def test_a_ruled_pdf_tables_merged_row_is_its_line_and_the_line_below_the_table_starts_anew():
    from dtx_nlp.readers.pdf import _Line
    from dtx_nlp.readers.pdfrules import Rule, ruled_rows

    def line(text, x, y):
        return _Line(1, text, x, y, y + 10, 10, False, x + 10 * len(text))

    xs, ys = (50, 250, 350), (100, 120, 140)
    rules = [Rule(x, ys[0], x + 0.7, ys[-1]) for x in xs] + [
        Rule(xs[0], y, xs[-1], y + 0.7) for y in ys]
    lines = [line("議題１ 備品", 55, 125), line("山田委員", 55, 105), line("古い。", 255, 105),
             line("第２回", 50, 80)]
    got = ruled_rows(lines, rules)
    assert [x.text for x in got] == ["議題１ 備品", "山田委員 | 古い。", "第２回"]
    assert got[-1].starts


def test_a_measures_table_in_a_pdf_gives_an_entrys_items():
    units = units_of(ROOT / "tests/reports/layouts35/chojuu_keikaku.pdf", PIPELINE)
    assert [u.text for u in units if u.parent_id == "R01"] == [
        "集落単位の柵設置への資材の支給 | 農林振興課", "柵の点検と補修の講習会の開催 | 農林振興課"]


def test_a_markdown_quote_inside_a_listed_remark_answers_it(tmp_path, cfg):
    """A block quote set inside a list item keeps the item's depth; in a record it answers the
    item, whoever speaks (交通事業者：…); a quote at the top level stays a remark."""
    md = tmp_path / "r.md"
    md.write_text("## 提言\n\n### 提言1　路線を分ける\n\n路線を分ける。\n\n## 資料　住民懇談会の主な意見\n\n"
                  "### 北浦地区（令和7年10月4日）\n\n1. 病院まで40分かかる。（70代女性）\n   > 交通事業者：運転士の募集を続けている。\n"
                  "2. 運賃が高い。（60代男性）\n\n> 駅が遠い。\n", encoding="utf-8")
    units = units_of(md, PIPELINE)
    assert [(u.kind, u.text[:4]) for u in units if u.kind in ("remark", "reply")] == [
        ("remark", "1. 病"), ("reply", "交通事業"), ("remark", "2. 運"), ("remark", "駅が遠い")]


def test_a_pdf_line_at_the_margin_after_a_block_set_in_starts_a_paragraph():
    """An answer set in from the margin ends a sentence at the right edge; the next statement at
    the margin starts anew (a paragraph's own first-line indent of one character does not)."""
    from dtx_nlp.readers.pdf import _Column, _Line, _starts_paragraph

    col = _Column(50, 500, 10)
    answer = _Line(1, "回答（県河川課）　話し合う場を設けることを検討している。", 85, 100, 110, 10, False, 500)
    line = _Line(1, "Ｈさん（大学生）　地図で見られれば関心を持つ人が増える", 50, 85, 95, 10, False, 500)
    assert _starts_paragraph(answer, line, col)
    first = _Line(1, "流域の市町と話し合う場を設けることを検討している。", 60, 100, 110, 10, False, 500)
    assert not _starts_paragraph(first, line, col)


# A plain-text report whose record is a table drawn with box-drawing characters, cells wrapped.
BOX_RECORD = """離島航路に関する報告書

１　はじめに
　本報告は、離島航路の現状を調べ、県が取るべき措置をまとめたものである。

２　課題
　欠航の情報が島民に速やかに届いていない。

３　提言
提言１　欠航情報を一元的に発信すること
　県は、各事業者の欠航情報を一か所に集約して発信するべきである。

附属資料　島民との意見交換会における主な意見と所管課の説明
┌──┬──────────┬────────┐
│番号│意見の要旨　　　　　│所管課の説明　　│
├──┼──────────┼────────┤
│１　│欠航かどうかは港まで│（交通政策課）一│
│　　│来ないと分からない。│斉に知らせる仕組│
│　　│（千鳥島・７０代）　│みを検討している│
│　　│　　　　　　　　　　│。　　　　　　　│
│２　│船が古く揺れがひどい│―　　　　　　　│
│　　│。（弓張島・６０代）│　　　　　　　　│
│３　│割引の手続が手間だ。│（離島振興室）Ｉ│
│　　│（千鳥島・５０代）　│Ｃカードで検討中│
│　　│　　　　　　　　　　│である。　　　　│
└──┴──────────┴────────┘
"""


def test_a_record_table_drawn_with_box_characters_gives_remarks_and_answers(tmp_path):
    """Each row's wrapped cells are joined; beside 意見の要旨, 所管課の説明 answers (a dash does
    not); 附属資料 opens an appendix. A table of terms and their explanations stays rows."""
    path = tmp_path / "r.txt"
    path.write_text(BOX_RECORD, encoding="utf-8")
    said = [(u.kind, u.text[:6]) for u in units_of(path, PIPELINE) if u.kind in ("remark", "reply")]
    assert said == [("remark", "・欠航かどう"), ("reply", "→（交通政策"), ("remark", "・船が古く揺"),
                    ("remark", "・割引の手続"), ("reply", "→（離島振興")]
    path.write_text(BOX_RECORD.replace("意見の要旨", "用語の定義").replace("所管課の説明", "用語の説明"),
                    encoding="utf-8")
    assert not [u for u in units_of(path, PIPELINE) if u.kind == "reply"]


def test_a_word_box_of_one_cell_gives_its_paragraphs_one_by_one(tmp_path):
    import docx

    d = docx.Document()
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "【主な論点】"
    for text in ("■ 漁獲量が減っている。", "■ 若い漁業者が少ない。"):
        cell.add_paragraph(text)
    path = tmp_path / "box.docx"
    d.save(path)
    assert [(b.kind, b.text) for b in read_document(path).blocks] == [
        ("paragraph", "【主な論点】"), ("paragraph", "■ 漁獲量が減っている。"), ("paragraph", "■ 若い漁業者が少ない。")]


def test_a_word_table_of_entries_numbered_1_1_gives_each_entry_its_title_body_and_items(tmp_path):
    rows = [("No.", "施策", "主な取組", "担当"),
            ("1-1", "", "・漁具を貸す\n・講習を開く", "県"),
            ("1-2", "", "―", "市")]
    import docx

    d = docx.Document()
    table = d.add_table(rows=3, cols=4)
    for cells, texts in zip((r.cells for r in table.rows), rows):
        for cell, text in zip(cells, texts):
            cell.text = text.split("\n")[0]
            for more in text.split("\n")[1:]:
                cell.add_paragraph(more)
    for row, (title, body) in zip(table.rows[1:], (("新規就業者を支える", "県は支援する。"),
                                                   ("漁港を集約する", "市は集約する。"))):
        row.cells[1].text = title
        row.cells[1].add_paragraph(body)
    path = tmp_path / "t.docx"
    d.save(path)
    assert [b.text for b in read_document(path).blocks] == [
        "No. | 施策 | 主な取組 | 担当", "1-1．新規就業者を支える", "県は支援する。", "・漁具を貸す", "・講習を開く",
        "県", "1-2．漁港を集約する", "市は集約する。", "市"]


def test_a_pdf_line_of_english_below_a_japanese_title_starts_a_paragraph():
    """A bilingual heading (a Japanese title, its English below it) is two paragraphs; a Japanese
    line that wraps on is not cut, nor is an English word that opens a continued line."""
    from dtx_nlp.readers.pdf import _Column, _Line, _starts_paragraph

    col = _Column(50, 500, 10)
    title = _Line(1, "漁港を集約する", 50, 100, 110, 10, False, 120)
    english = _Line(1, "Consolidate the fishing ports", 50, 85, 95, 10, False, 200)
    assert _starts_paragraph(title, english, col)
    wrapped = _Line(1, "県は漁港の集約を進めるとともに、市場の統合と施設の更新について関係者と協議し", 50, 100, 110, 10, False, 500)
    assert not _starts_paragraph(wrapped, _Line(1, "ICTの活用を図る。", 50, 85, 95, 10, False, 140), col)


def test_a_word_record_table_with_numbered_statements_and_unnumbered_answers(tmp_path):
    """No. | 発言者 | 意見の要旨／回答: a numbered row is a statement, a row without a number
    between them answers the one above it."""
    rows = [("No.", "発言者", "意見の要旨／市の回答"), ("1", "住民", "街灯が少ない。"),
            ("", "市", "来年度に増やします。"), ("2", "住民", "歩道が狭い。"), ("3", "商店主", "駐車場がほしい。")]
    assert _one_table_docx_texts(tmp_path, "説明会の記録", rows) == [
        "No. | 発言者 | 意見の要旨／市の回答", "・住民：街灯が少ない。", "→市：来年度に増やします。", "・住民：歩道が狭い。",
        "・商店主：駐車場がほしい。"]


def test_a_small_shape_just_left_of_a_line_is_its_bullet():
    """A list's disc or square that the page draws (Chromium draws a <ul>'s bullets so, and the
    text layer has no character for them): about square, under a character wide, just left of the
    line's first character and level with it. Not a large figure, not one far to the left, not
    one above or below the line."""
    from types import SimpleNamespace as Box

    from dtx_nlp.readers.pdf import _bullet_of

    line = Box(x0=91.0, x1=400.0, y0=427.0, y1=437.5, height=10.5)
    assert _bullet_of(Box(x0=78.0, x1=81.7, y0=430.0, y1=433.7, width=3.7, height=3.7), line)
    assert not _bullet_of(Box(x0=70.0, x1=80.0, y0=427.0, y1=437.0, width=10.0, height=10.0), line)
    assert not _bullet_of(Box(x0=40.0, x1=43.7, y0=430.0, y1=433.7, width=3.7, height=3.7), line)
    assert not _bullet_of(Box(x0=78.0, x1=81.7, y0=445.0, y1=448.7, width=3.7, height=3.7), line)
    assert not _bullet_of(Box(x0=78.0, x1=81.7, y0=430.0, y1=431.0, width=3.7, height=1.0), line)


def test_items_whose_bullets_the_pdf_draws_are_items():
    """tohyoritsu_brief.pdf (layouts9) prints its recommendations' items as an HTML list whose
    discs are drawn, not set in text: its six items are read."""
    from conftest import count_in_test_report

    assert count_in_test_report("layouts9/tohyoritsu_brief.pdf", "recommendation_item") == 6
