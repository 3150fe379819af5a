"""Write teigen_night_childcare.docx, a fictional hospital association 提言 (deterministic).

Run from anywhere: ``python3 tests/reports/layouts49/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All bodies, places, people and figures are invented.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("teigen_night_childcare.docx")
FIXED_TIME = dt.datetime(2026, 9, 1, 9, 0, 0)
ZIP_TIME = (2026, 9, 1, 9, 0, 0)

TITLE = "看護職員等の夜間保育の確保に関する提言"
DATE = "令和8年9月1日"
ADDRESSEE = "架空県知事　北条 晴美　様"
SENDER = ["一般社団法人架空県病院協会", "会長　杉浦 康之"]

INTRO = [
    "県内の病院では、看護職員の確保が年々難しくなっている。特に、夜勤を担う職員の中には、"
    "夜間に子どもを預ける先がないために夜勤を免除してもらったり、退職を選んだりする者が少なくない。",
    "当協会は、会員病院への調査と、令和8年7月に開催したシンポジウムでの議論を踏まえ、"
    "夜間保育の確保に向けた方策を取りまとめた。ここに提言する。",
]

PROBLEM_LEAD = "当協会が令和8年5月に会員病院を対象に行った調査（回答78病院）から、次の課題が明らかになった。"

# Word auto-numbered paragraphs (style "List Number"): the numbers are not part of the text.
PROBLEMS = [
    "院内保育所を持つ病院のうち、夜間保育を実施しているのは半数に満たない。"
    "保育士の確保が難しく、夜間の人員配置ができないことが主な理由である。",
    "院内保育所の運営費は病院の持ち出しとなっており、特に中小病院では夜間保育の継続が経営を圧迫している。",
    "地域の認可保育所には夜間保育を行う施設がほとんどなく、院内保育所を持たない病院の職員は預け先を見つけられない。",
    "夜間に子どもが発熱した場合、保育所では預かることができず、職員が急に夜勤を休まざるを得ない。",
    "夜勤の前後に保育所への送迎が必要となり、勤務と送迎の時間が合わない職員が多い。",
]

TABLE_CAPTION = "表　院内保育所の夜間保育の実施状況（回答78病院）"
TABLE = [
    ("区分", "病院数"),
    ("院内保育所あり", "46"),
    ("うち夜間保育を実施", "21"),
    ("院内保育所なし", "32"),
]

PROBLEM_AFTER = "このほか、夜勤中に子どもの様子を確認できないことへの不安も、聞き取りで多く聞かれた。"

PREAMBLE = "以上の課題を踏まえ、当協会は、夜勤を担う職員が安心して働き続けられるよう、次の事項を提言する。"

# (Heading 2 text, body, [items printed with ⑴⑵⑶])
RECS = [
    ("（提言１）院内保育所の夜間運営費への補助を拡充すること",
     "県は、院内保育所が夜間保育を行う場合の運営費補助について、補助単価を引き上げるとともに、"
     "中小病院に対する加算を設けること。", []),
    ("（提言２）複数の病院による共同の夜間保育所を整備すること",
     "院内保育所を単独で運営することが難しい病院のため、近隣の病院が共同で利用できる夜間保育所の整備を"
     "支援すること。具体的には、次の取組を求める。",
     ["共同保育所の設置に要する施設整備費を補助すること",
      "参加する病院の間の費用負担の目安を県が示すこと",
      "地域の診療所や介護施設の職員も利用できるようにすること"]),
    ("（提言３）夜間の病児保育の体制を整えること",
     "夜間に発熱した子どもを看護職員と保育士が見守る病児保育室を、地域の拠点病院に設けることを"
     "検討すること。提言２の共同保育所に併設することも考えられる。", []),
    ("（提言４）夜間保育を担う保育士を確保すること",
     "夜間保育を担う保育士を確保するため、次の施策を講じること。",
     ["夜間勤務の手当に対する補助を新設すること",
      "保育士養成校の学生が院内保育所で実習できる仕組みを設けること"]),
    ("（提言５）送迎に合わせて選べる勤務制度を広げること",
     "当協会は、会員病院に対し、夜勤の開始と終了の時刻を保育所の送迎に合わせて選べる勤務制度の導入を"
     "働き掛ける。県には、こうした制度を導入する病院への助言を求める。", []),
]

CONCLUSION = [
    "夜間保育の確保は、地域の医療を支える人材を守ることにつながる。当協会は、県及び市町村と協力し、"
    "提言の実現に取り組む。",
]

SYMPOSIUM_HEAD = "参考　シンポジウム「夜勤と子育ての両立を考える」の概要"
SYMPOSIUM_NOTE = "（令和8年7月12日、架空県医師会館。パネリスト3名、参加者約120名）"

# (label, text); the label is a bold run followed by a full-width colon
PANEL = [
    ("田村（架空中央病院看護部長）",
     "当院の院内保育所は夜間も開いていますが、保育士が三人しか確保できず、週二日しか夜間保育ができていません。"),
    ("原口（みなと小児クリニック院長）",
     "夜間に子どもが熱を出すと、母親である看護師が病院を休むことになり、病棟の夜勤が回らなくなります。"),
    ("松井（架空県保育士会副会長）",
     "夜間の保育は心身の負担が大きく、手当が十分でなければ担い手は集まりません。"),
]
FLOOR = [
    ("質問（中小病院の事務長）",
     "院内保育所を一つの病院だけで維持するのは無理があり、近くの病院と一緒に運営できないでしょうか。"),
    ("回答（田村）",
     "当院でも近隣の二病院と協議を始めており、費用の分け方を決めることが最初の課題になると感じています。"),
    ("意見（病棟看護師）",
     "夜勤明けの朝七時に保育所へ迎えに行くのが間に合わず、毎回綱渡りです。"),
    ("回答（田村）",
     "当院では、夜勤の終了時刻を七時と八時半から選べるようにしたところ、送迎の悩みが減りました。"),
    ("意見（訪問看護ステーション所長）",
     "夜間保育の対象を病院の職員に限らず、介護や訪問看護の職員にも広げてほしい。"),
    ("質問（県議会議員）",
     "夜間の病児保育を実施している例は県内にあるのでしょうか。"),
    ("回答（原口）",
     "県内にはまだなく、他県では小児科のある病院が病棟の一室を使って実施している例があります。"),
    ("意見（保育士養成校教員）",
     "学生が夜間保育の現場を知る機会がなく、就職先の候補に挙がりません。"),
    ("意見（看護学生）",
     "将来子どもを持ったときに夜勤を続けられるか不安です。"),
]


def para(doc, text, align=None):
    p = doc.add_paragraph(text)
    if align is not None:
        p.alignment = align
    return p


def turn(doc, label, text):
    p = doc.add_paragraph()
    run = p.add_run(label + "：")
    run.bold = True
    p.add_run(text)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "annotator", "annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    doc.sections[0].header.paragraphs[0].text = "一般社団法人架空県病院協会　提言（令和8年9月）"
    para(doc, DATE, WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, ADDRESSEE)
    for line in SENDER:
        para(doc, line, WD_ALIGN_PARAGRAPH.RIGHT)
    doc.add_paragraph(TITLE, style="Title")

    doc.add_heading("Ⅰ　はじめに", level=1)
    for text in INTRO:
        para(doc, text)

    doc.add_heading("Ⅱ　夜間保育をめぐる課題", level=1)
    para(doc, PROBLEM_LEAD)
    for text in PROBLEMS:
        doc.add_paragraph(text, style="List Number")
    para(doc, TABLE_CAPTION)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for left, right in TABLE:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = left, right
    para(doc, PROBLEM_AFTER)

    doc.add_heading("Ⅲ　提言", level=1)
    para(doc, PREAMBLE)
    marks = "⑴⑵⑶⑷⑸"
    for heading, body, items in RECS:
        doc.add_heading(heading, level=2)
        para(doc, body)
        for mark, item in zip(marks, items):
            p = para(doc, mark + "　" + item)
            p.paragraph_format.left_indent = Pt(21)

    doc.add_heading("Ⅳ　おわりに", level=1)
    for text in CONCLUSION:
        para(doc, text)
    para(doc, "以上", WD_ALIGN_PARAGRAPH.RIGHT)

    doc.add_heading(SYMPOSIUM_HEAD, level=1)
    para(doc, SYMPOSIUM_NOTE)
    doc.add_heading("1　パネリストの発言", level=2)
    for label, text in PANEL:
        turn(doc, label, text)
    doc.add_heading("2　会場との質疑", level=2)
    for label, text in FLOOR:
        turn(doc, label, text)
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
