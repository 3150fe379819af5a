"""Write ronten_saichin.docx, a fictional think-tank discussion paper (deterministic bytes).

Run from anywhere: ``python3 tests/reports/layouts46/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All bodies, people and figures in the text are invented.
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
from docx.shared import Mm, Pt

OUT = Path(__file__).with_name("ronten_saichin.docx")
FIXED_TIME = dt.datetime(2026, 8, 1, 9, 0, 0)
ZIP_TIME = (2026, 8, 1, 9, 0, 0)

TITLE = "最低賃金の決定過程をどう改めるか"
SUBTITLE = "―論点と提言―"
SERIES = "青嶺経済研究所　ディスカッションペーパー　DP-26-11"
AUTHOR = "2026年8月　主任研究員　柿沼 恵"
HEADER = "青嶺経済研究所　DP-26-11"

SUMMARY = (
    "要旨　最低賃金はこの十年で大きく引き上げられてきたが、その決め方はほとんど変わっていない。"
    "本稿は、決定過程の問題を六つの論点に整理し、そのうち五つについて政策上の提言を示す。"
)
DISCLAIMER = "＊本稿の内容と意見は筆者個人に属し、青嶺経済研究所の公式見解を示すものではない。"

INTRO = [
    "最低賃金は、毎年夏に中央最低賃金審議会が引上げ額の目安を示し、これを参考に各都道府県の"
    "地方最低賃金審議会が改定額を決める。近年は引上げ幅が大きくなり、その決め方が企業の経営と"
    "働く人の生活に与える影響は以前より大きい。",
    "本稿は、審議会の資料、各地の改定の経過、企業と労働組合への聞き取りをもとに、決定過程の論点を"
    "整理し、改善の方向を提言するものである。本稿の暫定版に寄せられた意見の一部は付録に掲げた。",
]

# Problems are enumerated inline: 第一に… 第二に… within running paragraphs.
PROBLEM_PARAS = [
    "筆者は、現行の決定過程には、少なくとも次の六つの問題があると考える。",
    "第一に、審議の過程が外部から見えにくい。目安の額は公益委員の見解として示されるが、"
    "どの統計をどのように考慮してその額に至ったのかは、ほとんど説明されない。"
    "第二に、決定に用いる統計が古い。賃金の実態を示す調査は公表までに一年以上を要し、"
    "決定の時点では前年の状況しか分からない。"
    "第三に、都道府県を四つに分けるランク区分が、地域の物価や賃金の実態と合わなくなっている。"
    "同じランクの県の間でも、家賃や物価の水準には大きな差がある。",
    "第四に、引上げが雇用や労働時間に与えた影響が、事後に検証されていない。"
    "第五に、改定額が7月末に示されてから10月に発効するまでの期間が短く、企業が賃金表や価格を"
    "見直す時間が足りない。"
    "第六に、人件費の上昇を取引価格に転嫁しにくい下請け企業への支援が乏しい。",
    "以下では、第一から第五の問題について政策上の対応を提案する。第六の問題は取引慣行の全体に"
    "かかわるため、別稿で扱う。",
]

RECS_PREAMBLE = "以上の論点を踏まえ、国と審議会に対し、次の五点を提言する。"

# (heading 2, body, [items])
RECS = [
    ("提言①　公益委員の判断の根拠を文書で公表する",
     "中央と地方の最低賃金審議会は、目安や改定額を示す際に、参照した統計と、それぞれをどのように"
     "考慮したかを、公益委員の見解として文書で公表すべきである。審議の議事録も、個別の企業の情報に"
     "触れる部分を除き、原則として公開する。", []),
    ("提言②　速報性の高いデータを決定に用いる",
     "国は、雇用保険や社会保険の届出に含まれる賃金の情報を、個人が特定されない形で集計し、"
     "審議の資料として提供すべきである。",
     ["(a) 都道府県別・業種別の賃金の分布を、毎年4月時点で集計する。",
      "(b) 集計の方法と結果は、審議会の資料として公開する。"]),
    ("提言③　ランク区分を物価と賃金の実態に即して見直す",
     "ランク区分は、都道府県の物価と賃金の水準を示す指標に基づいて定期的に見直し、隣接する県との"
     "差が過度に開かないよう配慮すべきである。", []),
    ("提言④　引上げの影響を事後に検証する仕組みを設ける",
     "国は、提言②で整備するデータを用いて、引上げが雇用、労働時間、事業所の開廃に与えた影響を"
     "毎年検証し、その結果を翌年の審議の資料とすべきである。",
     ["(a) 検証は、政府から独立した研究者の参加を得て行う。",
      "(b) 影響が大きかった地域と業種を特定し、支援策の対象の検討に生かす。"]),
    ("提言⑤　発効日を見直し、企業の準備期間を確保する",
     "改定の発効日を、現行の10月から翌年1月に改め、企業が賃金表や販売価格を見直すための期間を"
     "確保すべきである。", []),
]

CLOSING = [
    "最低賃金の水準をめぐる議論は多いが、その決め方が議論されることは少ない。"
    "根拠を示し、データで検証し、準備の時間を確保するという三つの原則は、引上げの幅にかかわらず"
    "必要なものである。本稿が、決定過程の見直しに向けた議論の材料となれば幸いである。",
]

APPENDIX_HEADING = "付録　暫定版に寄せられた主な意見と筆者の回答"
APPENDIX_LEAD = (
    "本稿の暫定版は2026年6月に当研究所のウェブサイトで公表し、意見を募った。寄せられた38件の"
    "意見のうち主なものを要約して掲げ、一部には筆者の回答を付す。"
)
# ("opinion", label, text) or ("answer", None, text)
COMMENTS = [
    ("opinion", "意見1（地方の中小企業団体）", "改定額が決まってから発効までが短すぎて、賃金表の改定が毎年間に合わない。"),
    ("opinion", "意見2（労働組合）", "審議会の議論は非公開の部分が多く、なぜその額になったのかが分からない。"),
    ("answer", None, "同感である。公益委員の見解は、参照した統計と算定の考え方を示す形で公表されるべきだと考える。"),
    ("opinion", "意見3（経済学者）", "引上げが雇用に与えた影響は、都道府県別の細かいデータがなければ検証できない。"),
    ("opinion", "意見4（県の労働担当者）", "隣県との差額が大きく、若者が県境を越えて働きに出ている。"),
    ("opinion", "意見5（人材派遣業）", "扶養の範囲に収めるため、時給が上がるほど働く時間を減らす人がいる。"),
    ("answer", None, "この点は税と社会保険の制度の問題であり、本稿の対象からは外した。"),
    ("opinion", "意見6（小売業の経営者）", "価格に転嫁できない業種では、引上げ分がそのまま利益を圧迫する。"),
    ("opinion", "意見7（労働組合）", "ランクが同じでも、県によって家賃の水準がまるで違う。"),
    ("opinion", "意見8（統計の専門家）", "賃金の調査は公表まで一年以上かかり、決定時点の実態を反映していない。"),
    ("answer", None, "雇用保険の届出に含まれる賃金の情報を使えば、数か月遅れで把握できる可能性がある。"),
    ("opinion", "意見9（大学生）", "アルバイトの時給が上がっても、シフトが減らされれば収入は変わらない。"),
]


def add_page_number(paragraph) -> None:
    """Append a PAGE field (page furniture, outside the body paragraphs)."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "layouts46 annotator", "layouts46 annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.header.paragraphs[0].text = HEADER
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number(footer)

    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(SUBTITLE, style="Subtitle")
    doc.add_paragraph(SERIES)
    doc.add_paragraph(AUTHOR)
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    box.cell(0, 0).text = SUMMARY
    note = doc.add_paragraph()
    note_run = note.add_run(DISCLAIMER)
    note_run.font.size = Pt(8)

    doc.add_heading("はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)
    doc.add_heading("論点の整理", level=1)
    for text in PROBLEM_PARAS:
        doc.add_paragraph(text)
    doc.add_heading("提言", level=1)
    doc.add_paragraph(RECS_PREAMBLE)
    for heading, body, items in RECS:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(body)
        for item in items:
            para = doc.add_paragraph(item)
            para.paragraph_format.left_indent = Mm(8)
    doc.add_heading("むすびに代えて", level=1)
    for text in CLOSING:
        doc.add_paragraph(text)
    doc.add_heading(APPENDIX_HEADING, level=1)
    doc.add_paragraph(APPENDIX_LEAD)
    for kind, label, text in COMMENTS:
        para = doc.add_paragraph()
        if kind == "opinion":
            lead = para.add_run(label + "　")
            lead.bold = True
            para.add_run(text)
        else:
            para.paragraph_format.left_indent = Mm(10)
            lead = para.add_run("【筆者回答】")
            lead.bold = True
            para.add_run(text)
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
