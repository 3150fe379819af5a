import json
import re
from dataclasses import replace

import pytest
from conftest import GOLD

from dtx_nlp.stages.clean import clean, display_width
from dtx_nlp.types import SourceDoc


def _clean(text, cfg):
    return clean(SourceDoc("t", "t.txt", text, "utf-8"), cfg.clean)


@pytest.mark.parametrize("raw, expected", [
    # hard-wrapped lines are joined
    ("　日米同盟における拡\n大抑止の実効性。\n", ["日米同盟における拡大抑止の実効性。"]),
    # an empty line inside a sentence does not end the paragraph
    ("・日米の介入を阻止する。認知戦の要素も\n\nある。\n", ["・日米の介入を阻止する。認知戦の要素もある。"]),
    # ...but after a sentence end it does
    ("　一つ目の段落。\n\n二つ目の段落。\n", ["一つ目の段落。", "二つ目の段落。"]),
    # a running header and a page number in the middle of a paragraph are dropped
    ("　指揮統制の\n 　提　　　言2\n\n強靭化等に留意すべきである。\n　提　　　言2\n5\n",
     ["指揮統制の強靭化等に留意すべきである。"]),
    # replacement characters go, "·" is a lost space, the private bullet becomes a visible one
    ("【提言３】\ufffd核レベル\ufffd\n\n①·　同盟調整\n　\t中国の核\n· →·同盟国\n",
     ["【提言３】核レベル", "① 同盟調整", "・中国の核", "→ 同盟国"]),
    # Latin words split over lines keep a space
    ("　（JSDF·Joint·\nOperation·Command）が創設された。\n",
     ["（JSDF Joint Operation Command）が創設された。"]),
    # a numbered closing heading and a recommendation title start paragraphs after an item
    # line that ends no sentence (a PDF's lines); a cross-reference does not (below)
    ("② 項目である\n4 おわりに\n本文である。\n", ["② 項目である", "4 おわりに", "本文である。"]),
    ("② 項目である\n【提言２】題名である\n", ["② 項目である", "【提言２】題名である"]),
    # a speaker's line in minutes starts a paragraph; a wrapped line starting "…：" does not
    ("・論点である\n委員A：意見である。\n事務局：回答である。\n",
     ["・論点である", "委員A：意見である。", "事務局：回答である。"]),
    # a ● remark starts a paragraph as ○ does
    ("○論点である\n●農家 意見である。\n●区長 もう一つの意見である。\n",
     ["○論点である", "●農家 意見である。", "●区長 もう一つの意見である。"]),
    ("　米軍の基地の使用に\nよる在日米軍基地使用：条約の義務である。\n",
     ["米軍の基地の使用による在日米軍基地使用：条約の義務である。"]),
    # a cross-reference at the start of a wrapped line does not start a paragraph
    ("②·　向上が必要であり、\n【提言 7】で述べた通り、進める。\n",
     ["② 向上が必要であり、【提言 7】で述べた通り、進める。"]),
])
def test_cleaning_cases(cfg, raw, expected):
    assert [p.text for p in _clean(raw, cfg).paragraphs] == expected


def test_offsets_slice_the_clean_text(cfg):
    doc = _clean("　段落一。\n\n　段落二は\n続く。\n", cfg)
    assert [doc.text[p.start:p.end] for p in doc.paragraphs] == [p.text for p in doc.paragraphs]


def test_meaning_bearing_marks_are_kept(clean_text):
    for mark in ("①", "【提言１】", "【提言15】", "\u20dd", "→", "【セッション１】"):
        assert mark in clean_text


def test_no_page_furniture_or_artifacts_in_clean_text(clean_text):
    furniture = json.loads((GOLD / "structure.json").read_text(encoding="utf-8"))["page_furniture"]
    squeezed = "".join(clean_text.split())
    for header in furniture:  # (【提言 2】 is a cross-reference, not the header 提言2)
        assert not re.search("(?<!【)" + re.escape("".join(header.split())) + "(?!】)", squeezed)
    assert "\ufffd" not in clean_text and "\u00b7" not in clean_text and "\t" not in clean_text
    assert not any(line.strip().isdigit() for line in clean_text.splitlines())


def _grid(paragraphs: list[str], width: int = 20) -> str:
    """Paragraphs set on a grid of `width` full-width characters a line, as text copied from a
    Japanese PDF is: every line of a paragraph but its last is full."""
    lines = []
    for p in paragraphs:
        lines += [p[i:i + width] for i in range(0, len(p), width)]
    return "\n".join(lines) + "\n"


GRID_BODY = ["観光地の混雑が続いており、住民の生活に影響が出ている。対策の検討が急がれる状況にある。",
             "宿泊税の使い道を明らかにし、住民に還元する仕組みを設けるべきである。" * 2,
             "交通の分散を図るため、時間帯ごとに料金を変える試みを広げることが望ましい。" * 2]


def test_a_text_set_on_a_grid_ends_a_paragraph_at_each_line_that_stops_short(cfg):
    """Titles without a number, a mark or an empty line after them: on a character grid the
    line that stops short of the grid ends its paragraph (the titles here end no sentence and
    are longer than the short-line rule's 0.6 of the width)."""
    paragraphs = ["混雑の緩和に向けて取り組むべき事項", GRID_BODY[0], "宿泊税の使途を住民に見える形にする",
                  GRID_BODY[1], "時間帯による料金の差を広げていく", GRID_BODY[2]] * 3
    got = [p.text for p in _clean(_grid(paragraphs), cfg).paragraphs]
    assert got == paragraphs


# Paragraphs whose lines hold half-width digits: 20 characters of such a line are fewer than 40
# display columns, so a grid counted in columns would end a paragraph at each of them.
DIGIT_BODY = ["2021年度から2024年度までの3年間で、補助金の交付件数は2500件を超えるまでに増えたが、"
              "申請の手続きは2019年の制度創設時のままである。",
              "事業者の約60％が書類の作成に30時間以上を要しており、2025年度の見直しでは電子申請の"
              "導入と様式の簡素化を図るべきである。",
              "2022年の調査では回答者の45％が窓口の混雑を挙げ、2023年には相談件数が前年の1.5倍に"
              "達したことから、体制の強化が急がれる。"]


def test_a_text_wrapped_by_counting_characters_keeps_its_paragraphs_with_grid_characters(cfg):
    """A text wrapped at 20 characters, half-width digits and all (as a person or a tool that
    counts characters wraps it): with grid_characters, lines with digits fall short of the grid
    only in columns, so they run on; a title short of 20 characters still ends its paragraph.
    As shipped (off), the first line with digits ends its paragraph."""
    paragraphs = ["補助の対象と交付の手続きを見直す", DIGIT_BODY[0], "申請の負担を軽くする方策を講じる",
                  DIGIT_BODY[1], "相談の窓口と体制を充実させていく", DIGIT_BODY[2], *GRID_BODY * 2]
    text = _grid(paragraphs)
    assert any(display_width(line) <= 36 and len(line) == 20 for line in text.split("\n"))
    counted = replace(cfg, clean=replace(cfg.clean, grid_characters=True))
    assert [p.text for p in _clean(text, counted).paragraphs] == paragraphs
    shipped = [p.text for p in _clean(text, cfg).paragraphs]  # grid_characters off
    assert "2021年度から2024年度までの3年間" in shipped


def test_a_line_opening_with_a_character_no_line_may_open_with_continues_the_line_above(cfg):
    """join_forbidden_starts: ー, a small kana, 、。 or a closing bracket never opens a line in
    Japanese typesetting, so such a line runs on, after a line short of the grid or across a
    blank line (a page break); as shipped before, each ended its paragraph there."""
    cut = ["担当者を対象に、ヤングケアラ", "ーに気付くための研修を実施する。",
           "調査の結果はヨーロ", "", "\u3000\u3000ッパの事例と比べて低い水準にとどまった。"]
    text = _grid(GRID_BODY * 4) + "\n".join(cut) + "\n"
    joined = replace(cfg, clean=replace(cfg.clean, join_forbidden_starts=True,
                                        join_broken_katakana=False))  # K′ alone joins them
    got = [p.text for p in _clean(text, joined).paragraphs]
    assert got[-2:] == ["担当者を対象に、ヤングケアラーに気付くための研修を実施する。",
                        "調査の結果はヨーロッパの事例と比べて低い水準にとどまった。"]
    off = replace(joined, clean=replace(joined.clean, join_forbidden_starts=False))
    assert "ーに気付くための研修を実施する。" in [p.text for p in _clean(text, off).paragraphs]


def test_a_word_cut_before_an_indented_line_joins_with_join_indented_breaks(cfg):
    """join_indented_breaks: a list item's line that ends inside a word (…データ / 　ベース…) runs
    on, though the next line is indented as a paragraph would be; an indented line that begins a
    word of its own still opens a paragraph."""
    text = ("・輸出先国の残留基準値を一元的に検索できるデータ\n"
            "　ベースを整備し、生産段階の防除暦への反映を支援する。\n"
            "・登録の審査期間を短縮するための体制を整えること\n"
            "　また、審査の進み具合を年に一度公表する。\n")
    on = replace(cfg, clean=replace(cfg.clean, join_indented_breaks=True))
    got = [p.text for p in _clean(text, on).paragraphs]
    assert got[0] == "・輸出先国の残留基準値を一元的に検索できるデータベースを整備し、生産段階の防除暦への反映を支援する。"
    assert "また、審査の進み具合を年に一度公表する。" in got
    off = replace(cfg, clean=replace(cfg.clean, join_indented_breaks=False))
    assert [p.text for p in _clean(text, off).paragraphs][0] == "・輸出先国の残留基準値を一元的に検索できるデータ"


def test_a_numbered_line_whose_last_word_runs_on_joins_with_join_broken_standalone(cfg):
    """join_broken_standalone: a numbered line short enough for a heading whose last word the
    next line finishes (…在宅医療の連 / 携を…) is the first line of an item, not a heading; a
    numbered heading ending in a word of its own still stands alone."""
    text = ("病院と診療所の連携は十分とはいえない。\n"
            "（１）地域の診療所と薬局が服薬情報を共有できる仕組みを整え、在宅医療の連\n"
            "携を強化すること。\n"
            "（２）現状と課題\n"
            "地域の診療所は医師の高齢化が進んでいる。\n")
    got = [p.text for p in _clean(text, cfg).paragraphs]  # shipped: on
    assert "（１）地域の診療所と薬局が服薬情報を共有できる仕組みを整え、在宅医療の連携を強化すること。" in got
    assert got[-2:] == ["（２）現状と課題", "地域の診療所は医師の高齢化が進んでいる。"]
    off = replace(cfg, clean=replace(cfg.clean, join_broken_standalone=False))
    assert "携を強化すること。" in [p.text for p in _clean(text, off).paragraphs]


def test_a_text_of_uneven_lines_is_no_grid(cfg):
    """The same kind of text wrapped unevenly (as a proportional PDF's or a person's line breaks
    are): a line short of the others does not end a paragraph."""
    lines, n = [], 0
    for p in GRID_BODY * 3:
        while p:
            width = (18, 13, 18, 15, 12, 14)[n % 6]
            lines.append(p[:width])
            p, n = p[width:], n + 1
        lines.append("")
    got = [p.text for p in _clean("\n".join(lines), cfg).paragraphs]
    assert got == GRID_BODY * 3


def test_table_of_contents_lines_are_dropped(cfg):
    text = "目次\nはじめに …………………… １\n現状と課題 ‥‥‥‥‥‥ ３\n\nはじめに\n　本文である。\n"
    assert [p.text for p in _clean(text, cfg).paragraphs] == ["目次", "はじめに", "本文である。"]


CONTENTS_BODY = ("Ⅰ　検討の経緯\n　本文である。\nⅡ　課題\n3.1　回収率の低下\n　本文である。\n"
                 "Ⅲ　対策\n　本文である。\n")


def test_a_table_of_contents_without_page_numbers_is_dropped(cfg):
    """Entries that recur below as headings are the contents; the headings are read once (the
    numbered 3.1 line printed twice is no running header)."""
    toc = "目 次\nⅠ　検討の経緯\nⅡ　課題\n3.1　回収率の低下\nⅢ　対策　５\n"
    got = [p.text for p in _clean(toc + CONTENTS_BODY, cfg).paragraphs]
    assert got == [p.text for p in _clean(CONTENTS_BODY, cfg).paragraphs]
    assert got[:4] == ["Ⅰ 検討の経緯", "本文である。", "Ⅱ 課題", "3.1 回収率の低下"]


@pytest.mark.parametrize("mark", ["【目次】", "－目次－", "［目 次］", "Contents"])
def test_a_contents_heading_in_brackets_or_dashes_is_a_contents_heading(cfg, mark):
    toc = f"{mark}\nⅠ　検討の経緯\nⅡ　課題\n3.1　回収率の低下\nⅢ　対策\n"
    got = [p.text for p in _clean(toc + CONTENTS_BODY, cfg).paragraphs]
    assert got == [p.text for p in _clean(CONTENTS_BODY, cfg).paragraphs]


def test_lines_that_recur_are_kept_without_the_contents_mark(cfg):
    """No contents heading: a numbered heading printed twice is no running header either."""
    before = "Ⅰ　検討の経緯\nⅡ　課題\n3.1　回収率の低下\n"
    got = [p.text for p in _clean(before + CONTENTS_BODY, cfg).paragraphs]
    assert got.count("3.1 回収率の低下") == 2 and got.count("Ⅱ 課題") == 2


def test_a_contents_heading_over_lines_that_do_not_recur_is_kept(cfg):
    before = "目次\nⅠ　検討の経緯\nその他の見出し\n別の見出し\n"
    assert [p.text for p in _clean(before + CONTENTS_BODY, cfg).paragraphs][0] == "目次"


def test_on_a_grid_an_indented_line_below_a_full_unfinished_line_is_a_hanging_indent(cfg):
    """Minutes set on a grid with hanging indents: the continuation line is indented like a
    paragraph's first line, but it follows a full line that ends no sentence."""
    said = ["○委員（大学教授）　地域の交通は住民の生活を支える基盤であり、行政が責任を持って維持するべきだと考える。",
            "○事務局（交通課長）　ご指摘の点は、来年度の計画の中で住民の意見を聞きながら検討していきたい。"]
    lines = [line for s in said for line in (s[:20], "　" + s[20:])]  # 20 characters: the grid
    got = [p.text for p in _clean(_grid(GRID_BODY * 4) + "\n".join(lines) + "\n", cfg).paragraphs]
    assert got[-2:] == [s.replace("　", " ") for s in said]


def test_speaker_lines_with_an_affiliation_after_a_slash_join_what_was_said(cfg):
    """意見 1 ／ sector over a statement is one turn, the affiliation in brackets; bold headings
    over one paragraph are no speakers even then."""
    from dtx_nlp.stages.clean import join_speakers
    from dtx_nlp.types import Block

    blocks = [Block("序論", emphasis=True), Block("暑さが続いている。"),
              Block("意見 1 ／ 建設業・所長"), Block("計測器が高い。"),
              Block("回答 ／ 労働局"), Block("補助の制度がある。"),
              Block("意見 2 ／ 警備業"), Block("連絡する相手がいない。")]
    assert [b.text for b in join_speakers(blocks, cfg.clean)] == [
        "序論", "暑さが続いている。", "意見1（建設業・所長）：計測器が高い。",
        "回答（労働局）：補助の制度がある。", "意見2（警備業）：連絡する相手がいない。"]


def test_minutes_speaker_lines_led_by_a_circle_join_what_was_said_when_someone_speaks_twice(cfg):
    """○name alone over a statement is one turn where a speaker speaks again (minutes); lines
    that do not carry the mark (以上 over the record's heading) are no turns then, and ○ lines
    never repeated are headings over their text."""
    from dtx_nlp.stages.clean import join_speakers
    from dtx_nlp.types import Block

    turns = [("○田中委員", "工事の前に知らせてほしい。"), ("○環境課長", "周知の方法を検討したい。"),
             ("○田中委員", "夜間の測定も必要だ。"), ("○佐藤委員", "新しい騒音源もある。")]
    blocks = [Block("以上"), Block("参考　主な意見（抜粋）")] + [
        Block(t) for turn in turns for t in turn]
    got = [b.text for b in join_speakers(blocks, cfg.clean, bold=False)]
    assert got == ["以上", "参考　主な意見（抜粋）"] + [f"{w}：{s}" for w, s in turns]
    headings = [Block(t) for w in ("○地域の課題", "○交通の課題", "○住まいの課題")
                for t in (w, "対応が遅れている。")]
    assert join_speakers(headings, cfg.clean, bold=False) == headings


def test_an_entry_numbered_with_a_hyphen_starts_its_paragraph(cfg):
    """施策1-2　title below a table cell's line (no sentence end, no empty line) is its own
    paragraph, as 施策２　title is."""
    text = _grid(GRID_BODY) + "\n主な取組\n柵の点検の講習会\n施策1-2　放任果樹を減らす\n"
    got = [p.text for p in _clean(text, cfg).paragraphs]
    assert got[-1] == "施策1-2 放任果樹を減らす"


def test_a_dated_heading_over_a_statement_is_no_speaker(cfg):
    from dtx_nlp.stages.clean import join_speakers
    from dtx_nlp.types import Block

    turns = [("保護者（第一中学校）", "会費が高い。"), ("北沢地区（8月21日）", "柵が要る。"),
             ("教員（小学校）", "時間が足りない。"), ("住民（自治会）", "道が暗い。")]
    got = [b.text for b in join_speakers([Block(t) for turn in turns for t in turn], cfg.clean,
                                         bold=False)]
    assert got[1:3] == ["北沢地区（8月21日）", "柵が要る。"] and got[0] == "保護者（第一中学校）：会費が高い。"


def test_a_pdf_table_of_who_said_what_gives_its_statements_as_lines(cfg):
    """Rows of a PDF's ruled table (speaker | statement) are read as a Word table's are: each
    statement a "・speaker：…" line, the secretariat's its own; a schedule stays rows."""
    rows = ["回 | 開催日 | 議題", "第１回 | ５月１日 | 遊具", "発言者 | 発言要旨", "山田委員 | 遊具が古い。",
            "事務局 | 来年度に更新する。", "川村委員 | 清掃が足りない。"]
    text = "".join(f"\u3000{row}\n" for row in rows)  # (the PDF reader starts each row anew)
    doc = clean(SourceDoc("t", "t.pdf", text, "utf-8", format="pdf", pages=(1,)), cfg.clean)
    assert [(p.kind, p.text) for p in doc.paragraphs] == [
        ("table_row", "回 | 開催日 | 議題"), ("table_row", "第１回 | ５月１日 | 遊具"),
        ("table_row", "発言者 | 発言要旨"), ("paragraph", "・山田委員：遊具が古い。"),
        ("paragraph", "事務局：来年度に更新する。"), ("paragraph", "・川村委員：清掃が足りない。")]


def test_in_a_pdf_a_numbered_question_and_numbered_statements_start_paragraphs(cfg):
    text = ("主な回答を掲げる。\nQ1 漁港の使い方\n[1] 船を置く場所が足りない。（漁業）\n[2] 夜は照明が暗い。（釣り客）\n"
            "答）照明を増やす。\n")
    doc = clean(SourceDoc("t", "t.pdf", text, "utf-8", format="pdf", pages=(1,)), cfg.clean)
    assert [p.text for p in doc.paragraphs] == [
        "主な回答を掲げる。", "Q1 漁港の使い方", "[1] 船を置く場所が足りない。（漁業）", "[2] 夜は照明が暗い。（釣り客）",
        "答）照明を増やす。"]


def test_a_word_broken_at_a_short_line_runs_on_when_the_document_uses_the_word(cfg):
    """join_broken_words: in a text of one paragraph per line, a line that stops inside a word
    the document writes elsewhere (監|視, used in 監視体制) runs on into the next; a heading whose
    last word merges with the next line's first into a word the document never uses (工程表 +
    本報告書 gives 表本) stays apart, and so does a line that ends a word (課題 + 監視体制)."""
    from dataclasses import replace

    from dtx_nlp.stages.clean import broken_word

    long = "　本報告書は、地域の公共交通を支える運転者の確保について、国と自治体の取組を整理した。"
    text = (f"６－１　工程表\n{long}\n○　運行を遠隔で見守る主任者など、遠隔監\n"
            f"視を担う人材を育成する。\n{long}\n監視体制の整備が遅れている。\n" + f"{long}\n" * 8)
    got = [p.text for p in _clean(text, cfg).paragraphs]
    assert "○ 運行を遠隔で見守る主任者など、遠隔監視を担う人材を育成する。" in got
    assert got[0] == "６－１ 工程表"
    off = replace(cfg, clean=replace(cfg.clean, join_broken_words=False))
    unjoined = [p.text for p in _clean(text, off).paragraphs]
    assert "○ 運行を遠隔で見守る主任者など、遠隔監" in unjoined
    assert broken_word("６－１　工程表", long.strip(), text) == ""  # 表本: never used
    assert broken_word("温室効果ガ", "ス排出量", "ガスの排出") == "ガス"
    assert broken_word("温室効果ガ", "ス排出量", "ガソリン") == ""
    # a cover's 検討会 over a spaced-out 報　告　書 makes 会報, which the text holds only as a
    # string inside 検討会報告書
    assert broken_word("あり方に関する検討会", "報　告　書", "検討会報告書をまとめた") == ""
    assert broken_word("課題", "監視体制", "監視") == ""


def test_a_katakana_word_of_the_dictionary_cut_by_a_line_break_joins(cfg):
    """join_broken_katakana: インセンティ / ブ joins though the text never writes the word whole
    (Sudachi's dictionary holds it); an unknown katakana run across a title's end does not."""
    from dtx_nlp.stages.clean import broken_word

    cut = ["料金の差に応じたインセンティ", "ブを組み込むべきである。",
           "(c) アセットマネジメント", "アセットマネジメントとは、施設の状態を把握して計画的に更新することである。"]
    text = _grid(GRID_BODY * 4) + "\n".join(cut) + "\n"
    on = replace(cfg, clean=replace(cfg.clean, join_broken_katakana=True))
    got = [p.text for p in _clean(text, on).paragraphs]
    assert got[-3:] == ["料金の差に応じたインセンティブを組み込むべきである。",
                        "(c) アセットマネジメント", cut[3]]
    off = replace(cfg, clean=replace(cfg.clean, join_broken_katakana=False))
    assert "料金の差に応じたインセンティ" in [p.text for p in _clean(text, off).paragraphs]
    assert broken_word("インセンティ", "ブを", "", katakana=True) == "インセンティブ"
    assert broken_word("インセンティ", "ブを", "") == ""


def test_a_line_that_opens_a_bracket_the_next_closes_runs_on_even_when_indented(cfg):
    """join_open_brackets: on a character grid a line that stops short ends its paragraph, and
    an indented line starts one; but a line that opens a bracket the next line closes a few
    characters on runs on into it (a term is never cut in two across paragraphs). A bracket
    the next line does not close, or closes only after another opens, does not join."""
    from dataclasses import replace

    from dtx_nlp.stages.clean import bracket_across

    cut = ["　イ　販売利益セーフハーバー（Ｍ", "　　ＤＳＨ）の水準について整理する。"]  # short of the grid
    text = "\n".join([*_grid(GRID_BODY * 3).split("\n"), *cut])
    got = [p.text for p in _clean(text, cfg).paragraphs]
    assert got[-1] == "イ 販売利益セーフハーバー（ＭＤＳＨ）の水準について整理する。"
    off = replace(cfg, clean=replace(cfg.clean, join_open_brackets=False))
    assert [p.text for p in _clean(text, off).paragraphs][-1] == "ＤＳＨ）の水準について整理する。"
    assert bracket_across("情報ネットワーク（PIO-N", "ET）に寄せられた")
    assert bracket_across("委員の発言「後払い", "現金化」が増えた")
    assert not bracket_across("情報ネットワーク（PIO-NET）", "に寄せられた）")  # closed already
    assert not bracket_across("情報ネットワーク（PIO-N", "ET（全国）に）")  # another opens first
    assert not bracket_across("（" + "あ" * 30, "い" * 20 + "）")  # longer than a term


def test_a_line_break_inside_an_english_word_joins_without_a_space(cfg):
    """A text wrapped by its characters cuts English words anywhere: the pieces join without a
    space when together they make a word English uses more than the rarer piece alone;
    separate words, and two words that also make one (in / to), keep their space."""
    from dtx_nlp.stages.clean import _join, broken_english

    assert _join("地理情報システム（Geographic Informa", "tion System）") == \
        "地理情報システム（Geographic Information System）"
    assert _join("（Vehicle to In", "frastructure）") == "（Vehicle to Infrastructure）"
    assert _join("（Common", "Reporting Standard）") == "（Common Reporting Standard）"
    assert not broken_english("went in", "to the room")
    assert not broken_english("Policy", "makers")
    assert not broken_english("（JET", "RO）")  # an acronym is no English word
    assert not broken_english("２０２５", "年")
