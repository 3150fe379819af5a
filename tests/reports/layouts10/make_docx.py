"""Write dam_chukan_seiri.docx, a held-out test report with real Word styles (deterministic).

Run from anywhere: ``python tests/reports/layouts10/make_docx.py``. The file is written beside this
script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All bodies, people and figures are fictional (架空).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

OUT = Path(__file__).with_name("dam_chukan_seiri.docx")
FIXED_TIME = dt.datetime(2026, 9, 15, 9, 0, 0)
ZIP_TIME = (2026, 9, 15, 9, 0, 0)

TITLE = "既設ダムの長寿命化と管理体制の強化に向けて（中間整理）"
HEADER = "架空河川審議会　ダム維持管理部会（第５回）　資料２"

INTRO = [
    "我が国のダムの多くは高度経済成長期に建設され、今後、完成から半世紀を超えるダムが急速に増加する。"
    "新たなダムの建設が難しくなる中、既設ダムの機能を長く維持し、最大限に活用することが求められている。",
    "本部会は、令和８年３月以降５回にわたり審議を行い、ダム管理者からのヒアリングを実施した。"
    "本中間整理は、これまでの審議を踏まえ、既設ダムの維持管理に関する課題と今後の対応の方向性を取りまとめたものである。",
    "なお、本中間整理でいう既設ダムには、国、水資源機構及び都道府県が管理するダムのほか、"
    "土地改良区、発電事業者、水道事業者等が管理する利水ダムを含む。堤高15メートル未満の堰は対象としていない。",
]

PROBLEM_LEAD = "架空国土整備省が所管するダム及び補助事業で整備されたダムについて、完成からの経過年数は次表のとおりである。"

AGE_TABLE = [
    ("完成からの経過年数", "ダム数", "割合"),
    ("30年未満", "118", "21%"),
    ("30年以上50年未満", "236", "42%"),
    ("50年以上", "208", "37%"),
]

PROBLEM_AFTER_TABLE = "ヒアリング及び審議を通じて、主に次の課題が明らかになった。"

PROBLEMS = [
    "完成から50年を経過するダムが増え、コンクリート構造物の劣化や放流設備の故障のおそれが高まっている。"
    "設備の多くは製造中止となった部品を使っており、故障時に代替品の調達に時間を要する。",
    "上流からの土砂の流入により、計画を上回る速さで堆砂が進み、有効貯水容量が減少しているダムがある。",
    "点検と設備更新の費用が年々増加しており、予算の制約から、故障してから修繕する事後対応型の管理になりがちである。"
    "更新の時期が特定の年度に集中する見込みのダム管理者も多い。",
    "ダムの管理に携わる技術者が高齢化し、減少している。特に電気・機械設備の専門知識を持つ職員が不足している。",
    "土地改良区や発電事業者などが管理する小規模な利水ダムでは、点検の体制が脆弱で、記録も十分に残されていない。",
    "気候変動による降雨の激甚化により、事前放流をはじめとする洪水時の運用の負担が増している。",
]

DIRECTION_LEAD = "Ⅱで示した課題を踏まえ、今後の対応の方向性を次のとおり整理する。"

# (heading, body, [items])
DIRECTIONS = [
    ("（１）堆砂対策を計画的に実施する",
     "○　ダムごとに堆砂の状況を把握し、長期的な堆砂対策の計画を定めて、計画的に対策を実施する。"
     "対策の優先順位は、有効貯水容量の減少の程度と下流への影響を考慮して定める。",
     ["堆砂量の測量を定期的に行い、その結果を公表する。",
      "堆砂の進行が著しいダムでは、排砂バイパスなどの恒久的な施設の整備を検討する。",
      "掘削した土砂を下流の河川や海岸に還元するなど、土砂の有効利用を進める。"]),
    ("（２）予防保全型の維持管理へ転換する",
     "○　設備の状態を監視し、故障の前に補修や更新を行う予防保全型の管理へ転換する。",
     ["放流設備やゲートの点検基準を見直し、設備ごとの更新時期を明らかにする。",
      "全てのダム管理者に長寿命化計画の策定を求め、更新費用の平準化を図る。"]),
    ("（３）ダム管理技術者を確保し、育成する",
     "○　ダム管理者の枠を越えて技術者を育成し、技術を継承する仕組みを整える。"
     "国は、都道府県や利水者の職員も参加できる研修の場を設ける。",
     ["電気・機械設備を含むダム管理の研修と資格の制度を設ける。",
      "退職した経験豊富な技術者が、他の管理者の点検や助言に携われる仕組みを設ける。"]),
    ("（４）小規模な利水ダムの管理を支援する",
     "○　小規模な利水ダムの管理者に対し、点検の手引きの提供や記録様式の統一を行うとともに、"
     "国や都道府県の技術者が点検に同行して助言する取組を進める。",
     []),
    ("（５）デジタル技術により点検を効率化する",
     "○　限られた技術者で多数のダムを管理できるよう、ドローンや水中ロボットによる点検、"
     "センサーによる遠隔監視を導入し、点検の効率化と省力化を図る。",
     []),
]

CLOSING = [
    "本部会は、本中間整理に対する関係者の意見を踏まえ、さらに審議を重ね、令和９年夏を目途に最終的な取りまとめを行う予定である。",
    "なお、気候変動を踏まえた洪水時の運用の在り方については、別の部会における審議の状況も踏まえつつ、引き続き検討する。",
]

# (委員の主な意見, 事務局の考え方 or "―")
OPINIONS = [
    ("堆砂量の測量が数年に一度のダムもあり、実態が把握できていない。",
     "測量の頻度については、ダムの規模や堆砂の進行に応じた標準的な頻度を示す方向で検討する。"),
    ("掘削した土砂の置き場が見つからず、対策が進まない。土砂を下流の河川や海岸に戻せないか。", "―"),
    ("放流ゲートの故障は、洪水時に起きれば致命的である。壊れてから直すのではなく、計画的に更新すべきだ。", "―"),
    ("更新費用が特定の年度に集中しないよう、平準化の計画が必要だ。",
     "長寿命化計画の策定を全てのダム管理者に求め、更新時期を平準化する方向で整理したい。"),
    ("電気・機械設備に詳しい技術者がメーカーにしかおらず、管理者側に目利きができる人材がいないと点検が業者任せになる。", "―"),
    ("県のダム担当者は数年で異動し、経験が蓄積しない。",
     "人事異動に伴う技術の継承は重要な論点であり、退職者の活用を含めて検討する。"),
    ("土地改良区や発電事業者が管理する小さなダムには、点検の記録すら残っていないものがある。", "―"),
    ("ドローンや水中ロボットで点検できる部分は、積極的に置き換えるべきだ。", "―"),
    ("事前放流で水位を下げた後に雨が降らず、利水者との調整が難航した例がある。",
     "事前放流の運用については、別の部会で議論している内容と整合を図りたい。"),
    ("ダムの周辺に住む住民への情報提供を、もっと充実させる必要がある。", "―"),
    ("洪水のたびに流れ込む流木の処理費用も、管理者にとって無視できない負担になっている。", "―"),
    ("古いダムについては、最新の基準で耐震性能の照査を行うべきだ。", "―"),
    ("貯水池で毎夏のようにアオコが発生しており、水質の保全も論点に加えるべきだ。", "―"),
]


def add_page_number(paragraph) -> None:
    """Append a PAGE field (the page number) to a footer paragraph."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "annotator", "annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    header = section.header.paragraphs[0]
    header.text = HEADER
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number(footer)

    p = doc.add_paragraph("資料２")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(TITLE)
    run.bold = True
    run.font.size = Pt(16)
    for text in ("令和８年９月", "架空河川審議会　ダム維持管理部会"):
        p = doc.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Ⅰ　はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("Ⅱ　既設ダムの現状と課題", level=1)
    doc.add_paragraph(PROBLEM_LEAD)
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in AGE_TABLE:
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
    doc.add_paragraph("（注）架空国土整備省調べ（令和８年４月時点）。数値は本資料のための架空のものである。")
    doc.add_paragraph(PROBLEM_AFTER_TABLE)
    for text in PROBLEMS:
        doc.add_paragraph(text, style="List Number")

    doc.add_heading("Ⅲ　今後の対応の方向性", level=1)
    doc.add_paragraph(DIRECTION_LEAD)
    for heading, body, items in DIRECTIONS:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(body)
        for item in items:
            p = doc.add_paragraph("・" + item)
            p.paragraph_format.left_indent = Mm(8)
            p.paragraph_format.first_line_indent = Mm(-4)

    doc.add_heading("Ⅳ　今後の進め方", level=1)
    for text in CLOSING:
        doc.add_paragraph(text)

    doc.add_page_break()
    doc.add_heading("参考　部会における委員の主な意見と事務局の考え方", level=1)
    doc.add_paragraph("第１回から第４回までの部会における委員の主な意見を、事項ごとに整理した。"
                      "事務局の考え方は、部会の場で事務局から回答したものである。")
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "No.", "委員の主な意見", "事務局の考え方"
    for number, (opinion, answer) in enumerate(OPINIONS, start=1):
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = str(number), opinion, answer
    p = doc.add_paragraph("以上")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
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
