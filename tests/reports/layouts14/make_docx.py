"""Write toudai_hozon.docx, a held-out test report with real Word styles (deterministic bytes).

Run from anywhere: ``python tests/reports/layouts14/make_docx.py``. The file is written beside this
script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All names, places and figures are fictional.
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
from docx.shared import Pt, Mm

OUT = Path(__file__).with_name("toudai_hozon.docx")
FIXED_TIME = dt.datetime(2026, 9, 15, 9, 0, 0)
ZIP_TIME = (2026, 9, 15, 9, 0, 0)

TITLE = "役目を終えた灯台の保存と地域での活用に関する報告書"
ISSUER = "一般社団法人　岬の近代遺産研究会"
DATE = "2026年9月"

INTRO = [
    "航路標識の技術が進み、沿岸の灯台の中には、その役目を終えて廃止されるものや、"
    "付属施設が使われなくなるものが出てきている。灯台は、明治以降の近代化の歩みを伝える建造物であり、"
    "地域の人々にとっては海とともに暮らしてきた記憶のよりどころでもある。",
    "当研究会は、白鷺埼町にある三つの灯台とその付属施設を対象に、現地調査と地元関係者へのヒアリングを行い、"
    "これらを保存し、地域で活用していくための方策を検討した。",
]

SURVEY_LEAD = "調査の対象とした灯台は、次の表のとおりである。"
SURVEY_TABLE = [
    ("灯台", "初点灯", "構造", "現状"),
    ("白鷺埼灯台", "1898年", "石造", "2024年に廃止"),
    ("沖ノ瀬灯台", "1921年", "鉄筋コンクリート造", "稼働中（無人）"),
    ("鵜ノ島灯台", "1955年", "鉄筋コンクリート造", "稼働中（無人）"),
]

SURVEY_AFTER = ("現地調査は2026年4月から5月にかけて、建物の外観と内部、周辺の道路と駐車の状況について行った。"
                "あわせて、町の担当課から維持管理の費用と移管の手続の見通しについて説明を受けた。")

PROBLEM_LEAD = "調査とヒアリングの結果、保存と活用に向けた課題として、次の六点が明らかになった。"
PROBLEMS = [
    ("付属建物の老朽化が進んでいる。",
     "白鷺埼灯台の退息所（かつての職員宿舎）は、無人化後四十年以上使われておらず、屋根や窓枠の傷みが激しい。"),
    ("移管後の所有と管理の主体が決まっていない。",
     "廃止された灯台の土地と建物は町への譲渡が検討されているが、譲渡後に誰が管理するのかは決まっていない。"),
    ("維持管理の費用を賄う財源がない。",
     "町の試算では、最低限の補修と草刈りだけで年間約六百万円を要するが、その財源の見通しは立っていない。"),
    ("灯台までの道と駐車場が狭い。",
     "灯台へ向かう道は幅が狭く、駐車場もないため、来訪者が増えると安全の確保が難しい。週末には、路上駐車が地区の生活道路をふさぐこともある。"),
    ("灯台の歴史を語れる人が減っている。",
     "灯台守として勤務した人やその家族は高齢となり、当時の暮らしを直接語れる人は数人にとどまる。当直の日誌や写真も、個人の家に散らばったままである。"),
    ("文化財としての価値が調べられていない。",
     "白鷺埼灯台は県内に残る数少ない明治期の石造灯台とみられるが、建築史の観点からの調査は行われていない。"),
]

MEASURES_LEAD = ("以上の課題を踏まえ、町、地域の団体及び当研究会が連携して取り組むべき方策を、次のとおり示す。"
                 "なお、各方策は、白鷺埼灯台を先行事例として進め、その成果を他の二つの灯台に広げることを想定している。")
# (heading, body, [items])
MEASURES = [
    ("4.1　文化財としての価値を調査し、登録を目指す",
     "まず、灯台本体と付属施設の価値を専門的な観点から明らかにし、保存の根拠とする。",
     ["建築史の専門家による実測調査を行い、建設当時の図面や記録と照合する。",
      "調査結果を踏まえ、国の登録有形文化財への登録を申請する。"]),
    ("4.2　移管後の管理体制を前もって決めておく",
     "譲渡の手続が終わる前に管理の担い手を決め、施設が放置される期間が生じないようにする。",
     ["町、地区、関係団体からなる管理協議会を設け、役割分担を取り決める。",
      "日常の清掃や見学案内は、地元の団体に委託する。"]),
    ("4.3　保存と活用の費用を複数の財源で賄う",
     "町の一般財源だけに頼らず、灯台に関心を寄せる人や企業の支援を広く受けられる仕組みをつくる。",
     ["ふるさと納税の使い道として灯台の保存を選べるようにする。",
      "退息所を改修し、宿泊や催しに貸し出して利用料収入を得る。",
      "保存に協賛する企業を募り、その名を現地で紹介する。"]),
    ("4.4　灯台守の記憶と資料を記録に残す",
     "元職員や家族からの聞き取りを急ぎ、日誌や写真などの資料を収集して、町の施設で保管し公開する。"
     "聞き取りの記録は、映像と文字の両方で残し、学校での学習や展示にも使えるよう整理する。", []),
    ("4.5　退息所を改修し、地域の拠点として使う",
     "傷みの激しい退息所について早期に応急の補修を行い、その後、地域の集まりや展示に使える施設として改修する。"
     "使い続けることが、建物を守ることにもつながる。", []),
]

CONCLUSION = ("灯台は、海の安全を守るという役目を終えても、地域の歴史を語り続けることができる。"
              "本報告書の方策が、白鷺埼町における灯台の保存と活用の第一歩となることを期待する。")
CONCLUSION_2 = ("当研究会は、今後も町と地域の団体に協力し、調査の成果を公開するとともに、"
                "他の地域で同じ課題を抱える人々との情報の交換に努めていく。")

HEARING_LEAD = ("2026年6月に、白鷺埼町公民館において地元関係者からヒアリングを行った。主な意見と、"
                "その場で町の担当者が回答した内容は次のとおりである（回答欄の「―」は、その場での回答がなかったもの）。")
HEARING = [
    ("No.", "発言者", "意見・要望の要旨", "その場での回答"),
    ("1", "元灯台職員", "退息所の屋根は台風のたびに傷んでいる。早く手を入れないと建物が残らない。",
     "今年度中に応急の補修を行う予定である。（町まちづくり課）"),
    ("2", "漁協組合長", "沖ノ瀬の灯台は今も漁師の目印だ。観光のために周りを明るくするようなことはしないでほしい。", "―"),
    ("3", "元灯台守の家族", "父が書き残した当直日誌が家にある。どこかで保管してもらえないか。",
     "町の郷土資料館で預かる方向で検討したい。（町教育委員会）"),
    ("4", "地区長", "町に移った後、誰が草刈りや清掃をするのか分からない。", "―"),
    ("5", "NPO法人代表", "任せてもらえるなら、見学の案内と清掃はNPOで引き受けたい。",
     "移管後の管理の委託先として、ぜひ相談させてほしい。（町まちづくり課）"),
    ("6", "観光協会", "灯台に泊まれる企画は全国でも人気がある。退息所を宿泊に使えないか。", "―"),
    ("7", "郷土史家", "明治期の石造の灯台は県内でもここだけで、専門家に見てもらう価値がある。", "―"),
    ("8", "小学校長", "子どもたちの校外学習で、灯台の中を見学させたい。",
     "安全を確認できた範囲から、見学を受け入れたい。（町教育委員会）"),
    ("9", "商工会", "町外の企業から、灯台の保存に協賛したいという話が来ている。", "―"),
    ("10", "住民", "駐車場がなく、週末は路上駐車で生活道路がふさがる。", "―"),
    ("11", "住民", "ふるさと納税の使い道に、灯台の保存を選べるようにしてほしい。", "―"),
    ("12", "写真愛好家", "夜の撮影ができるよう、灯台までの道に照明を付けてほしい。", "―"),
]


def add_page_number(paragraph) -> None:
    run = paragraph.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run._r.addnext(fld)


def add_table(doc: Document, rows, widths=None) -> None:
    table = doc.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
            if i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    if widths:
        for row in table.rows:
            for cell, w in zip(row.cells, widths):
                cell.width = Mm(w)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "annotator", "annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    header = section.header.paragraphs[0]
    header.text = "岬の近代遺産研究会　調査報告"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number(footer)

    doc.add_paragraph(TITLE, style="Title")
    for line in (ISSUER, DATE):
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("1．はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("2．調査の概要", level=1)
    doc.add_paragraph(SURVEY_LEAD)
    doc.add_paragraph("表1　調査対象の灯台", style="Caption")
    add_table(doc, SURVEY_TABLE)
    doc.add_paragraph(SURVEY_AFTER)

    doc.add_heading("3．課題", level=1)
    doc.add_paragraph(PROBLEM_LEAD)
    for lead, body in PROBLEMS:
        p = doc.add_paragraph(style="List Number")
        p.add_run(lead).bold = True
        p.add_run(body)

    doc.add_heading("4．推進方策", level=1)
    doc.add_paragraph(MEASURES_LEAD)
    for heading, body, items in MEASURES:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(body)
        for marker, item in zip("アイウエ", items):
            p = doc.add_paragraph(marker + "　" + item, style="List Paragraph")
            p.paragraph_format.left_indent = Mm(8)
            p.paragraph_format.first_line_indent = Mm(-5)

    doc.add_heading("5．おわりに", level=1)
    doc.add_paragraph(CONCLUSION)
    doc.add_paragraph(CONCLUSION_2)

    doc.add_page_break()
    doc.add_heading("参考　地元関係者ヒアリングの記録", level=1)
    doc.add_paragraph(HEARING_LEAD)
    add_table(doc, HEARING, widths=(10, 28, 80, 60))
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
