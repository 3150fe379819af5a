"""Write gyogyo_ninaite.docx, a held-out test report (deterministic bytes).

Run from anywhere: ``python tests/reports/layouts25/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All organisations, places, people and figures are fictional.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("gyogyo_ninaite.docx")
FIXED_TIME = dt.datetime(2026, 1, 20, 9, 0, 0)
ZIP_TIME = (2026, 1, 20, 9, 0, 0)

TITLE = "沿岸漁業の担い手確保と経営継承に関する報告書"
DATE = "令和８年１月"
ISSUER = "一般社団法人潮見県漁業振興協会　担い手対策委員会"
HEADER = "担い手対策委員会報告（令和７年度）"

INTRO = [
    "潮見県の沿岸漁業就業者は、この二十年で半数以下に減少し、６５歳以上の者が６割を占めるに至った。"
    "このまま推移すれば、十年後には多くの浜で漁業が続けられなくなるおそれがある。",
    "当委員会は、令和７年５月から５回の会合を開き、県内の二つの地区で漁業者との座談会を行った。"
    "本報告書は、担い手の確保と経営の継承について、課題と対応の方向性を取りまとめたものである。",
    "なお、本報告書でいう沿岸漁業とは、１０トン未満の漁船を用いる漁業、採貝・採藻及び小型の定置網漁業をいう。",
]

DATA_LEAD = "県内の沿岸漁業就業者数の推移は、次の表のとおりである。"
DATA = [
    ("年", "就業者数", "うち６５歳以上"),
    ("平成１７年", "4,820人", "1,590人"),
    ("平成２７年", "3,310人", "1,720人"),
    ("令和７年", "2,240人", "1,350人"),
]

# (Heading 2 text, paragraph)
PROBLEMS = [
    ("Ａ　新規就業者が定着しない",
     "県の漁業研修を修了して就業した者のうち、約４割が３年以内に離職している。"
     "就業直後は漁獲が少なく、収入が安定しないことが主な理由である。"
     "また、独りで操業を始めるため、身近に相談できる相手がいないことも離職の一因となっている。"),
    ("Ｂ　漁船と漁具の取得に多額の費用がかかる",
     "独立して操業するには、中古の漁船と漁具をそろえるだけでも１千万円を超える費用がかかり、"
     "若い就業者には大きな負担となっている。"),
    ("Ｃ　経営の引継ぎが計画的に行われていない",
     "後継者のいない漁業者の多くは、引退の時期や漁船の処分を決めないまま高齢を迎えている。"
     "引退後に漁船が売却されたり放置されたりして、地区の漁業の基盤が失われている。"),
    ("Ｄ　漁村に住まいが見つからない",
     "漁村には空き家が多いが、盆や正月に親族が使うことなどを理由に貸し出されないものが多く、"
     "就業希望者が住まいを確保できない。"),
    ("Ｅ　水産資源が減少している",
     "海水温の上昇などにより、主力であるアワビやワカメの漁獲量が減少しており、漁業所得の低下につながっている。"),
]

PROBLEMS_AFTER = ("このほか、漁協の事務を担う職員の不足も指摘されたが、担い手の問題とは性格が異なるため、"
                  "本報告書では取り上げていない。")

TABLE_LEAD = ("第２の課題ごとに、当委員会が考える対応の方向性と主な取組を次の表に整理した。"
              "取組の実施主体は、県、市町、漁業協同組合及び当協会である。")
TABLE_HEAD = ("No.", "課題", "対応の方向性", "主な取組")
# (No., 課題, 対応の方向性, [主な取組])
TABLE = [
    ("1", "Ａ　新規就業者が定着しない",
     "就業直後の収入を支え、地区ぐるみで定着を後押しする",
     ["・就業後３年間、県の給付金に協会独自の上乗せを行う",
      "・地区ごとに指導役の漁業者を置き、操業と経営の相談に応じる"]),
    ("2", "Ａ　新規就業者が定着しない",
     "漁業と他の仕事を組み合わせた働き方を広げる",
     ["・漁閑期に水産加工場や農業法人で働ける仕組みを市町と整える",
      "・遊漁船業の登録に必要な講習の受講費用を助成する"]),
    ("3", "Ｂ　漁船と漁具の取得費用\nＣ　経営の引継ぎ",
     "引退する漁業者の漁船と漁具を新規就業者に引き継ぐ",
     ["・漁船と漁具の情報を登録する「浜の引継ぎバンク」を設ける",
      "・引継ぎの際のエンジンや船体の整備費を補助する"]),
    ("4", "Ｃ　経営の引継ぎ",
     "漁協が経営継承の仲介役を担う",
     ["・組合員に引退の意向を毎年尋ね、早い段階で後継の候補を探す",
      "・継承の計画づくりを当協会の専門員が支援する"]),
    ("5", "Ｄ　漁村の住まい",
     "漁村の空き家を就業者の住まいとして生かす",
     ["・市町と漁協が空き家を借り上げ、就業者に貸し出す",
      "・県外から移住して就業する者の引越し費用を補助する"]),
]

TABLE_AFTER = ("表の取組のうち、No.3とNo.4は、引退する漁業者の情報を共有することで効果が高まるため、"
               "一体として進めることが望ましい。")

RECORD_LEAD = ("座談会は各地区の漁協会議室で開き、漁業者、就業希望者、漁協及び市の職員など延べ３８人が参加した。"
               "発言は要旨を記載し、発言者は属性のみを示した。")

CONCLUSION = [
    "担い手の確保は、一つの浜や一つの組合だけで解決できる問題ではない。"
    "当委員会は、本報告書の取組が県の次期水産振興計画に反映されることを期待する。",
    "当協会は、取組のうち当協会が実施主体となるものに令和８年度から順次着手し、"
    "その実施状況を毎年度当委員会に報告して、必要に応じて見直しを行う。",
]

# 別添: (session heading, [(kind, speaker, text)]) kind "r" = remark, "a" = answer
RECORD = [
    ("１　北浦地区（令和７年１０月１４日）", [
        ("r", "就業２年目の漁業者（30代）", "最初の冬は水揚げがほとんどなく、貯金を取り崩して暮らした。"),
        ("a", "〔県水産振興課〕", "就業直後の所得を支える給付金の拡充を、国に要望している。"),
        ("r", "ベテラン漁業者（70代）", "うちの船は息子が継がないので、使ってくれる若い人がいれば譲りたい。"),
        ("r", "漁協職員", "組合員が引退を言い出すのは、体を壊してからのことが多い。"),
        ("r", "就業希望者（20代）", "空き家を探したが、地元の人の紹介がないと貸してもらえなかった。"),
        ("a", "〔漁協組合長〕", "空き家の持ち主には、組合からも声をかけていく。"),
        ("r", "漁協理事", "新しく来た人には、地区の行事にどこまで出ればよいのか最初に説明するとよい。"),
        ("r", "漁業者（50代）", "最近は磯焼けが広がり、アワビがほとんど採れない。"),
    ]),
    ("２　南崎地区（令和７年１１月５日）", [
        ("r", "漁業者（40代）", "冬の間だけでも陸の仕事があれば、若い人も続けられると思う。"),
        ("r", "研修修了者（30代）", "先輩に聞きたいことがあっても、誰に聞けばよいのか分からなかった。"),
        ("a", "〔協会事務局〕", "地区ごとに相談役の漁業者を決めることを検討したい。"),
        ("r", "ベテラン漁業者（60代）", "中古の船を買っても、エンジンの整備に何百万円もかかる。"),
        ("r", "研修生（20代）", "研修の期間が１年では短く、せめて２年はほしい。"),
        ("r", "市職員", "漁港の駐車場が足りず、釣り客とのトラブルが起きている。"),
        ("r", "女性部員", "女性部の加工品の販売を、若い人に手伝ってもらいたい。"),
        ("a", "〔市水産課〕", "加工品の販路づくりは、市の事業で支援できる。"),
    ]),
]


def add_table(doc: Document, rows: list[tuple[str, ...]], widths: list[float]) -> None:
    table = doc.add_table(rows=0, cols=len(widths))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in rows:
        cells = table.add_row().cells
        for cell, value, width in zip(cells, row, widths):
            cell.width = Cm(width)
            if isinstance(value, list):
                cell.text = value[0]
                for extra in value[1:]:
                    cell.add_paragraph(extra)
            else:
                lines = value.split("\n")
                cell.text = lines[0]
                for extra in lines[1:]:
                    cell.add_paragraph(extra)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "annotator", "annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    header = doc.sections[0].header.paragraphs[0]
    header.text = HEADER
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph(TITLE, style="Title")
    for line in (DATE, ISSUER):
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("第１　はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("第２　沿岸漁業の現状と課題", level=1)
    doc.add_paragraph(DATA_LEAD)
    add_table(doc, DATA, [3.5, 3.5, 3.5])
    for h2, text in PROBLEMS:
        doc.add_heading(h2, level=2)
        doc.add_paragraph(text)
    doc.add_paragraph(PROBLEMS_AFTER)

    doc.add_heading("第３　課題への対応の方向性", level=1)
    doc.add_paragraph(TABLE_LEAD)
    rows = [TABLE_HEAD] + [(no, problem, direction, items) for no, problem, direction, items in TABLE]
    add_table(doc, rows, [1.0, 4.0, 4.5, 6.5])
    doc.add_paragraph(TABLE_AFTER)

    doc.add_heading("第４　おわりに", level=1)
    for text in CONCLUSION:
        doc.add_paragraph(text)

    doc.add_page_break()
    doc.add_heading("別添　地区別座談会の記録（要旨）", level=1)
    doc.add_paragraph(RECORD_LEAD)
    for session, turns in RECORD:
        doc.add_heading(session, level=2)
        for kind, speaker, text in turns:
            p = doc.add_paragraph()
            run = p.add_run(speaker)
            run.bold = True
            p.add_run("　" + text)
            if kind == "a":
                p.paragraph_format.left_indent = Cm(1.5)
            else:
                p.paragraph_format.space_before = Pt(6)
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
