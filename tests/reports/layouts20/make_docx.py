"""Write kyoryo_tunnel.docx (held-out layouts20 test report; deterministic bytes).

Run from anywhere: ``python tests/reports/layouts20/make_docx.py``. The file is written beside this
script. Core properties and zip timestamps are fixed, so two runs give the same bytes.

Layout: custom paragraph styles (no Heading N, no Title), chapter and problem numbers produced by
Word numbering definitions attached to those styles (the numbers are not in the text), the whole
recommendation list in one Word table with a vertically merged group column and a horizontally
merged note row, and a Q&A record made of small 2-column tables (質問／回答, 意見).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

OUT = Path(__file__).with_name("kyoryo_tunnel.docx")
FIXED_TIME = dt.datetime(2026, 1, 20, 9, 0, 0)
ZIP_TIME = (2026, 1, 20, 9, 0, 0)

TITLE = "美空町 橋梁・トンネルの維持管理に関する報告書"
SUBTITLE = "～予防保全への転換に向けて～"
DATE_ISSUER = ["令和８年１月", "美空町橋梁・トンネル維持管理検討委員会"]

INTRO = [
    "美空町が管理する道路橋１４２橋とトンネル６本の多くは、昭和４０年代から５０年代にかけて集中して建設された。"
    "これらの施設は今後一斉に更新の時期を迎え、限られた予算と人員で安全を保つことが難しくなりつつある。",
    "本委員会は、令和７年６月に町長の依頼を受けて設置され、４回の会議と２会場での住民説明会を経て、"
    "今後の維持管理のあり方を検討した。本報告書は、その結果をまとめたものである。",
]

PROBLEM_LEAD = "町が管理する施設の状況は、次の表のとおりである。点検結果と職員への聞き取りから、次の問題点が明らかになった。"

FACILITY_TABLE = [
    ("区分", "施設数", "建設後５０年以上", "２０年後の見込み"),
    ("橋梁", "１４２橋", "３８％", "７５％"),
    ("トンネル", "６本", "２本", "５本"),
]

PROBLEMS = [
    ("建設から５０年を超える橋梁が急増している",
     "建設後５０年以上の橋梁の割合は現在の３８％から２０年後には７５％に達し、同じ時期に多くの橋で大規模な修繕が必要になる。"),
    ("点検を担う技術職員が不足している",
     "町の土木技術職員は３人しかおらず、５年に１度の法定点検は外部への委託に頼っている。委託費は毎年上昇し、結果を読み解く職員の時間も足りない。"),
    ("損傷が進んでから補修する対症療法にとどまっている",
     "予算の制約から、損傷が深刻になった橋から順に補修しており、軽いうちに手当てする場合に比べて費用が大きくなっている。"),
    ("利用の少ない橋も一律に維持している",
     "迂回路がある農道の小さな橋や、一日の通行が数台の橋も、幹線の橋と同じ水準で維持している。"),
    ("トンネルの点検記録が紙で保管されている",
     "過去の点検調書と写真は紙のまま保管されており、ひび割れや漏水の経年変化を比べることができない。"),
    ("通行止めの情報が住民に届くのが遅い",
     "損傷により通行止めや重量制限を行っても、回覧板による周知では住民に伝わるまでに数日を要している。"),
]

REC_LEAD = "以上の問題点を踏まえ、二つの基本方針の下に、次の五つの施策を講じることを提言する。"

# (group, [(label, title, body, [items], timing)])
RECS = [
    ("方針Ａ　予防保全への転換", [
        ("施策１", "予防保全型の修繕計画に改める",
         "損傷が軽いうちに補修する周期を定め、今後１０年間の事業費を平準化する。",
         ["健全度Ⅱと判定された段階で補修に着手する", "年度ごとの事業費に上限を設ける"], "短期"),
        ("施策２", "近隣町と共同で点検業務を発注する",
         "周辺の３町と点検業務を一括して発注し、委託費を抑えるとともに、県の技術職員ＯＢを共同で雇用する。",
         ["発注の事務は広域連合が担う", "地元業者が参加できるよう発注の区分を工夫する"], "短期"),
        ("施策３", "点検記録を電子化し、損傷の推移を管理する",
         "紙の点検調書と写真を電子化し、施設ごとの台帳で損傷の変化を追えるようにする。", [], "中期"),
    ]),
    ("方針Ｂ　施設の選択と集中", [
        ("施策４", "利用の少ない橋の集約・撤去を地域と協議して進める",
         "迂回路のある橋や利用の少ない橋について、地区ごとの協議を経て撤去又は通行規制を検討する。",
         ["候補は利用実態の調査を基に選ぶ", "通学路にかかる橋は候補から除く", "撤去後の迂回路の除雪を優先する"], "中期"),
        ("施策５", "通行規制の情報を即日届ける",
         "通行止めや重量制限の情報を、防災行政無線と町の防災アプリで即日配信する。", [], "短期"),
    ]),
]
REC_NOTE = "※時期　短期：令和８～９年度に着手、中期：令和１０～１２年度に着手"

CONCLUSION = [
    "橋やトンネルは、一度造れば終わりではなく、次の世代に引き継ぐ資産である。"
    "町は、本報告書の施策を長寿命化修繕計画の改訂に反映し、その進み具合を毎年度公表されたい。",
]

# (venue heading, [(kind, text, reply or None)])
QA = [
    ("北部会場（令和７年１１月８日　北部公民館）", [
        ("質問", "私の地区の橋は撤去の候補になっているのか。", "候補は利用実態の調査を終えてから選ぶ。現時点で決まっている橋はない。"),
        ("意見", "撤去するのであれば、通学路の安全を最優先に考えてほしい。", None),
        ("意見", "橋が通行止めになったことを回覧板で知ったのは一週間後だった。", None),
        ("質問", "点検を他の町とまとめて頼むと、町内の業者の仕事が減らないか。", "町内の業者も参加できるよう、発注の区分を工夫する。"),
        ("意見", "修繕費を抑えるためなら、多少の通行規制は我慢できる。", None),
    ]),
    ("南部会場（令和７年１１月１５日　南部コミュニティセンター）", [
        ("質問", "トンネルの壁が剥がれ落ちたことはあるのか。", "平成３０年に小さな剥落が一度あり、その後に落下防止のネットを張った。"),
        ("意見", "農道の橋は農家が自分たちで草刈りや清掃をしている。協力の仕組みを作ってほしい。", None),
        ("意見", "点検の結果を町のホームページで公開してほしい。", None),
        ("質問", "予防保全に切り替えると、当面の費用は増えるのではないか。", "最初の５年間は増えるが、３０年間の総額では約３割減ると試算している。"),
        ("意見", "技術職員が３人では足りないのは明らかだ。", None),
    ]),
]


# ---------------------------------------------------------------- numbering definitions
def add_abstract_num(numbering, abstract_id: int, lvl_text: str, num_fmt: str = "decimal") -> int:
    """Add a single-level abstractNum and a num pointing to it; return the numId."""
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abstract_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", num_fmt), ("w:suff", "space"),
                     ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num_id = abstract_id + 100
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abstract_id))
    num.append(ref)
    numbering.append(num)
    return num_id


def attach_numbering(style, num_id: int) -> None:
    ppr = style.element.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.insert(0, numpr)


def set_outline(style, level: int) -> None:
    ppr = style.element.get_or_add_pPr()
    ol = OxmlElement("w:outlineLvl")
    ol.set(qn("w:val"), str(level))
    ppr.append(ol)


def make_styles(doc: Document) -> None:
    styles = doc.styles
    numbering = doc.part.numbering_part.element
    chap_num = add_abstract_num(numbering, 40, "第%1章")
    prob_num = add_abstract_num(numbering, 41, "問題点%1")

    def para_style(name, size, bold=False, base="Normal"):
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles[base]
        st.font.size = Pt(size)
        st.font.bold = bold
        st.quick_style = True
        return st

    st = para_style("報告書表題", 18, bold=True)
    st.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    st = para_style("副題", 12)
    st.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    st = para_style("章見出し", 14, bold=True)
    st.paragraph_format.space_before = Pt(18)
    attach_numbering(st, chap_num)
    set_outline(st, 0)
    st = para_style("付属見出し", 14, bold=True)
    st.paragraph_format.space_before = Pt(18)
    set_outline(st, 0)
    st = para_style("会場見出し", 11, bold=True)
    st.paragraph_format.space_before = Pt(12)
    set_outline(st, 1)
    st = para_style("問題点見出し", 11, bold=True)
    st.paragraph_format.left_indent = Mm(4)
    attach_numbering(st, prob_num)
    st = para_style("本文字下げ", 10.5)
    st.paragraph_format.first_line_indent = Pt(10.5)
    st = para_style("表内", 9.5)
    st.paragraph_format.space_after = Pt(0)


# ---------------------------------------------------------------- helpers
def add_page_field(paragraph) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_text(cell, text: str, bold: bool = False) -> None:
    p = cell.paragraphs[0]
    p.style = "表内"
    p.add_run(text).bold = bold


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "dtx-nlp tests", "dtx-nlp tests"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    make_styles(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    hp = sec.header.paragraphs[0]
    hp.text = "美空町橋梁・トンネル維持管理検討委員会　報告書"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("－ ")
    add_page_field(fp)
    fp.add_run(" －")

    doc.add_paragraph(TITLE, style="報告書表題")
    doc.add_paragraph(SUBTITLE, style="副題")
    for line in DATE_ISSUER:
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph("はじめに", style="章見出し")
    for text in INTRO:
        doc.add_paragraph(text, style="本文字下げ")

    doc.add_paragraph("施設の現状と問題点", style="章見出し")
    doc.add_paragraph(PROBLEM_LEAD, style="本文字下げ")
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(FACILITY_TABLE):
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell_text(cell, text, bold=(i == 0))
            if i == 0:
                shade(cell, "D9D9D9")
    for head, body in PROBLEMS:
        doc.add_paragraph(head, style="問題点見出し")
        doc.add_paragraph(body, style="本文字下げ")

    doc.add_paragraph("今後の施策", style="章見出し")
    doc.add_paragraph(REC_LEAD, style="本文字下げ")
    n_rows = 1 + sum(len(r) for _, r in RECS) + 1
    rt = doc.add_table(rows=n_rows, cols=4)
    rt.style = "Table Grid"
    widths = (Mm(30), Mm(44), Mm(70), Mm(16))
    rt.autofit = False
    for col, w in zip(rt.columns, widths):
        col.width = w
    for row in rt.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
    for cell, text in zip(rt.rows[0].cells, ("基本方針", "施策", "主な内容", "時期")):
        cell_text(cell, text, bold=True)
        shade(cell, "D9D9D9")
    r = 1
    for group, recs in RECS:
        first = r
        for label, title, body, items, timing in recs:
            cells = rt.rows[r].cells
            cell_text(cells[1], f"{label}　{title}", bold=True)
            cell_text(cells[2], body)
            for item in items:
                p = cells[2].add_paragraph(f"・{item}", style="表内")
                p.paragraph_format.left_indent = Mm(3)
                p.paragraph_format.first_line_indent = Mm(-3)
            cell_text(cells[3], timing)
            r += 1
        merged = rt.cell(first, 0).merge(rt.cell(r - 1, 0))
        cell_text(merged, group, bold=True)
    note = rt.cell(r, 0).merge(rt.cell(r, 3))
    cell_text(note, REC_NOTE)

    doc.add_paragraph("おわりに", style="章見出し")
    for text in CONCLUSION:
        doc.add_paragraph(text, style="本文字下げ")
    doc.add_paragraph("以上").alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_page_break()
    doc.add_paragraph("参考　住民説明会における質疑の概要", style="付属見出し")
    doc.add_paragraph("説明会では、報告書の素案について説明した後、参加者から質問と意見を受けた。"
                      "主なものを要約して掲載する。", style="本文字下げ")
    for venue, entries in QA:
        doc.add_paragraph(venue, style="会場見出し")
        for kind, text, reply in entries:
            rows = [(kind, text)] + ([("回答", reply)] if reply else [])
            t = doc.add_table(rows=len(rows), cols=2)
            t.style = "Table Grid"
            t.autofit = False
            t.columns[0].width, t.columns[1].width = Mm(16), Mm(144)
            for (k, v), row in zip(rows, t.rows):
                row.cells[0].width, row.cells[1].width = Mm(16), Mm(144)
                cell_text(row.cells[0], k, bold=True)
                shade(row.cells[0], "F2F2F2" if k != "回答" else "DDEBF7")
                cell_text(row.cells[1], v)
            doc.add_paragraph("", style="表内")
    return doc


def fixed_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed member timestamps and order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(name))
    return out.getvalue()


def main() -> None:
    buf = io.BytesIO()
    build().save(buf)
    OUT.write_bytes(fixed_zip(buf.getvalue()))


if __name__ == "__main__":
    main()
