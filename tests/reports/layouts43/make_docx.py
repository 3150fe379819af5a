"""Write kaigo_robot_ikensho.docx, a held-out test report (deterministic bytes).

Run from anywhere: ``python tests/reports/layouts43/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).with_name("kaigo_robot_ikensho.docx")
FIXED_TIME = dt.datetime(2026, 11, 14, 9, 0, 0)
ZIP_TIME = (2026, 11, 14, 9, 0, 0)

TITLE = "介護ロボットの普及促進に関する意見書"
HEAD_LINES = [
    ("架空介工発第４８号", WD_ALIGN_PARAGRAPH.RIGHT),
    ("令和８年１１月１４日", WD_ALIGN_PARAGRAPH.RIGHT),
    ("介護福祉庁長官　殿", WD_ALIGN_PARAGRAPH.LEFT),
    ("一般社団法人　日本架空介護機器工業会", WD_ALIGN_PARAGRAPH.RIGHT),
    ("会長　森本　修", WD_ALIGN_PARAGRAPH.RIGHT),
]
LEAD = ("当工業会は、介護ロボットの開発と普及に取り組む会員企業の意見を取りまとめ、"
        "次のとおり意見を申し述べる。")

INTRO = [
    "介護の現場では職員の不足が深刻になっており、移乗の支援や夜間の見守りを助ける介護ロボットへの期待が高まっている。"
    "一方で、導入した機器が十分に活用されず、普及は一部の施設にとどまっている。",
    "本意見書は、当工業会の政策委員会が令和８年９月に行った会員企業等からの意見聴取の結果を踏まえ、"
    "普及を妨げている課題と、その解決に向けて国に求める施策をまとめたものである。",
    "なお、本意見書でいう介護ロボットは、センサーや駆動装置を用いて介護の業務を支援する機器を指し、"
    "移乗支援、移動支援、排せつ支援、見守り及びコミュニケーションの各分野の機器を含む。",
]

PROBLEM_LEAD = "意見聴取と会員企業への調査から、普及を妨げる課題を次の表のとおり整理した。"
PROBLEMS = [
    ("１", "導入費用の負担が大きい", "移乗支援の機器は一台百万円を超えるものが多く、小規模な事業所には負担が重い。"),
    ("２", "補助制度が単年度に限られる", "補助は年度ごとの公募で採否が決まり、数年をかけた計画的な導入が難しい。"),
    ("３", "機器間の連携が不十分である", "通信方式やデータ形式が統一されておらず、見守り機器と介護記録のシステムを連携できない。"),
    ("４", "現場で使いこなす人材が不足している", "職員が研修を受ける時間を確保できず、導入後に使われなくなる例がある。"),
    ("５", "導入の効果が評価されない", "職員の負担軽減や介護の質の向上といった効果が、介護報酬の上で評価されていない。"),
    ("６", "保守と再流通の仕組みがない", "故障したときの代替機の手配や、中古機器を安全に再利用する仕組みが整っていない。"),
]

OPINION_LEAD = "以上の課題を踏まえ、当工業会は次の五点について意見を申し述べる。"
# (heading, request, [items], reason)
OPINIONS = [
    ("意見１　導入支援を複数年度にわたり継続すること",
     "国は、介護ロボットの導入補助を、複数年度の計画に基づく支援に改めるべきである。その際、次の点を取り入れること。",
     ["三年程度の導入計画を認定し、その期間は補助を継続する",
      "保守契約の費用を補助の対象に加える"],
     "単年度の補助では、高額な機器を計画的にそろえることができず、導入後の保守費用が施設の負担となって利用の継続を妨げているためである。"),
    ("意見２　機器間のデータ連携の標準を定めること",
     "国は、見守り機器、移乗支援機器と介護記録のシステムとの間でデータをやり取りするための共通の仕様を定め、その採用を補助の要件とすべきである。",
     [],
     "機器ごとに通信方式が異なるため、複数の機器を組み合わせた効果が得られず、記録の二重入力が職員の負担となっているためである。"),
    ("意見３　導入後の定着を支える研修を制度化すること",
     "機器が現場で使い続けられるよう、次の研修を制度として位置付けるべきである。",
     ["施設ごとに機器の推進役となる職員を育成する研修を設ける",
      "メーカーが行う操作研修への参加費用を助成する"],
     "使い方を身に付ける機会がないまま導入された機器は、やがて使われなくなるためである。"),
    ("意見４　導入効果を介護報酬で評価すること",
     "国は、介護ロボットの活用により業務を改善した事業所を、介護報酬の上で評価すべきである。",
     [],
     "見守り機器の活用により夜間の巡回が減るなどの効果が確認されており、その評価が導入の動機付けとなるためである。"),
    ("意見５　保守と再流通の基盤を整えること",
     "国は、機器を長く安全に使い続けるため、次の基盤を整えるべきである。",
     ["修理の期間中に代替機を地域で融通し合う仕組みを設ける",
      "中古機器の安全確認の基準を策定する"],
     "故障の際に従来の介助に戻らざるを得ないことや、中古機器の再流通が進まないことが、導入の障害となっているためである。"),
]

CONCLUSION = [
    "介護ロボットは、導入するだけでなく、現場で使い続けられてはじめて効果を発揮する。"
    "当工業会は、会員企業とともに機器の改良と利用者の支援に努めるので、国におかれては上記の意見を踏まえた施策の推進をお願いしたい。"
    "とりわけ意見１及び意見４は、令和９年度の予算と制度改正に反映されるよう、早期の検討を求める。",
]

RECORD_LEAD = ("令和８年９月２４日、当工業会の政策委員会（委員長　川村　昭）において、部会ごとに会員企業等から意見を聴取した。"
               "主な発言と、これに対する委員長の応答の要旨は次のとおりである。")
# (session heading, [(speaker, text)])
RECORD = [
    ("１　開発メーカー部会", [
        ("Ａ社", "実証の場が限られ、現場の声を設計に反映できるまでに数年かかる。"),
        ("Ｂ社", "補助金が単年度で終わるため、導入した施設が翌年に追加で購入できない。"),
        ("委員長（応答）", "Ｂ社の指摘の点は、複数年度の支援として意見書に盛り込む方向で検討する。"),
        ("Ｃ社", "機器ごとに通信方式が違い、見守りセンサーと記録ソフトがつながらない。"),
    ]),
    ("２　介護事業者部会", [
        ("Ｄ法人", "職員が使い方を覚える時間がとれず、倉庫にしまわれたままの機器がある。"),
        ("Ｅ法人", "移乗支援の機器は効果があるが、一台の価格が高く手が出ない。"),
        ("Ｆ法人", "夜間の見守りセンサーで巡回の回数が減り、職員の負担が軽くなった。"),
        ("委員長（応答）", "Ｆ法人の例のように効果を数字で示せれば、報酬上の評価を求める根拠になる。"),
        ("Ｄ法人", "機器を使いこなせる職員を施設ごとに育てる研修がほしい。"),
    ]),
    ("３　販売・保守部会", [
        ("Ｇ社", "故障時に代替機がなく、修理の間は従来の介助に戻るしかない。"),
        ("Ｈ社", "中古機器の安全確認の基準がなく、再流通が進まない。"),
        ("委員長（応答）", "再流通の基準については、安全規格を所管する機関と相談してみたい。"),
        ("Ｇ社", "保守契約の費用も補助の対象にしてほしいという声が多い。"),
    ]),
]


def add_page_number(paragraph) -> None:
    run = paragraph.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run._r.append(fld)


def add_table(doc, rows, widths=None):
    table = doc.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    return table


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "dtx-nlp tests", "dtx-nlp tests"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "日本架空介護機器工業会　意見書（令和８年１１月）"
    footer = sec.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number(footer)
    for text, align in HEAD_LINES[:3]:
        doc.add_paragraph(text).alignment = align
    for text, align in HEAD_LINES[3:]:
        doc.add_paragraph(text).alignment = align
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(LEAD)
    doc.add_heading("Ⅰ　はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)
    doc.add_heading("Ⅱ　普及を妨げる課題", level=1)
    doc.add_paragraph(PROBLEM_LEAD)
    add_table(doc, [("番号", "課題", "内容")] + PROBLEMS)
    doc.add_heading("Ⅲ　意見", level=1)
    doc.add_paragraph(OPINION_LEAD)
    for heading, request, items, reason in OPINIONS:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(request)
        for kana, item in zip("アイウエ", items):
            p = doc.add_paragraph(f"（{kana}）{item}")
            p.paragraph_format.left_indent = Pt(14)
        run = doc.add_paragraph().add_run("〈理由〉")
        run.bold = True
        doc.add_paragraph(reason)
    doc.add_heading("Ⅳ　結び", level=1)
    for text in CONCLUSION:
        doc.add_paragraph(text)
    doc.add_paragraph("以上").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_page_break()
    doc.add_heading("別紙　会員企業等からの意見聴取の記録", level=1)
    doc.add_paragraph(RECORD_LEAD)
    for heading, rows in RECORD:
        doc.add_heading(heading, level=2)
        add_table(doc, [("発言者", "発言の要旨")] + rows)
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
