"""Write chamber_requests.docx, a chamber of commerce's annual requests (要望書), deterministic bytes.

Run from anywhere: ``python3 tests/reports/layouts48/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All bodies, places, people and figures are fictional.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("chamber_requests.docx")
FIXED_TIME = dt.datetime(2026, 1, 26, 9, 0, 0)
ZIP_TIME = (2026, 1, 26, 9, 0, 0)

TITLE = "令和８年度　水産業の振興と漁業協同組合の経営基盤強化に関する要望書"

INTRO = [
    "平素より、当所の事業活動に格別のご理解とご支援を賜り、厚く御礼申し上げます。",
    "浜岬市の水産業は、水揚げから加工、流通、観光までを通じて地域経済を支える基幹産業です。"
    "しかしながら、市内三つの漁業協同組合はいずれも組合員の減少と経営の悪化に直面しており、"
    "当所の会員である水産加工業者や運送業者にもその影響が及んでいます。",
    "つきましては、当所水産部会での議論を踏まえ、下記のとおり要望いたしますので、"
    "特段のご高配を賜りますようお願い申し上げます。",
]

PROBLEM_LEAD = (
    "当所水産部会が令和７年に市内三漁協及び会員企業42社に行った聞き取りから、"
    "漁協と水産業を取り巻く課題は次のように整理される。"
)
PROBLEM_PARAS = [
    "まず経営面では、①組合員数がこの10年間で３割減少し、65歳以上の組合員が６割を占めていること、"
    "②市場手数料の収入が落ち込み、三漁協のうち二漁協が３期続けて赤字となっていること、"
    "③製氷施設と荷さばき所の老朽化が進み、更新の財源が確保できていないことが挙げられる。",
    "次に流通の面では、④水揚げ量が季節や魚種によって大きく変動し、加工業者が原料を安定して確保できないこと、"
    "⑤産地市場が三か所に分かれているため買受人が少なく、価格を形成する力が弱いことが課題である。"
    "さらに人材の面では、⑥新たに漁業や水産加工に就く若い人を呼び込み、定着させる仕組みが整っていない。",
]

REQUEST_LEAD = "以上の課題を踏まえ、次の事項について特段の措置を講じられるよう要望する。"

# (Heading 2, [(numbered lead, body, [items])])
REQUESTS = [
    ("（１）重点要望事項", [
        ("一、漁協の合併協議と経営改善への支援について",
         "三漁協のうち二漁協の赤字が続く中、合併による経営の立て直しは避けて通れない。"
         "市におかれては、合併協議と経営改善計画の策定を次のとおり支援されたい。",
         ["（一）合併協議会の運営経費と財務調査の費用を助成すること",
          "（二）経営改善の専門家を漁協に継続して派遣すること"]),
        ("二、製氷施設及び荷さばき所の更新に対する助成について",
         "老朽化した製氷施設と荷さばき所の更新に当たり、国の補助制度の活用を支援されたい。"
         "あわせて、現在は市独自の制度がないことから、漁協の負担を軽くする上乗せ助成を創設されたい。",
         []),
        ("三、産地市場の統合と販路の拡大について",
         "産地市場の統合に向けた協議の場を設けるとともに、地元水産物の新たな販路づくりを支援されたい。",
         ["（一）市場統合の協議会に市が参画し、統合後の施設配置を示すこと",
          "（二）冷凍保管施設の共同利用を進め、加工原料の安定供給を図ること",
          "（三）地元の魚を市民や観光客が買える直売の場を定期的に設けること"]),
    ]),
    ("（２）一般要望事項", [
        ("四、漁業と水産加工の担い手確保について",
         "新たに漁業に就く人の研修期間中の生活支援金を拡充されたい。"
         "また、漁協と加工業者が合同で行う求人活動を、当所が計画している合同企業説明会の水産枠と連携して支援されたい。",
         []),
        ("五、漁港周辺の市道の交通安全対策について",
         "漁港周辺の市道は、早朝に大型の保冷車が行き交う一方で歩道が狭い。歩道の整備と照明の増設を講じられたい。",
         []),
    ]),
]

CLOSING = [
    "水産業の衰退は、漁業者だけでなく、加工、運送、飲食、観光に携わる多くの事業者の経営に直結する。"
    "当所としても、会員企業と漁協の橋渡し役として、販路の開拓と人材の確保に全力で取り組む所存である。",
    "市におかれては、本要望の趣旨をご理解いただき、令和８年度の予算編成と施策に反映されるよう重ねてお願い申し上げる。",
]

MEETING_NOTE = "令和７年11月18日（火）　浜岬商工会議所会館　大会議室"

# (speaker, text)
MEETING = [
    ("○Ａ組合長（浜岬漁協）：", "組合員の半分は70歳を超えており、あと10年もすれば漁に出る人がいなくなる。"),
    ("○Ｂ組合長（西浦漁協）：", "合併の話は何度も出たが、財務の調査に費用がかかり、そのたびに立ち消えになった。"),
    ("○Ｃ氏（水産加工）：", "冬場は地元の原料が入らず、他県から高値で仕入れるしかない。"),
    ("○Ｄ氏（運送業）：", "早朝の漁港前の市道は暗く、保冷車と自転車がぶつかりそうになったことがある。"),
    ("●市土木課：", "照明の増設については、来年度の予算要求に盛り込めるか検討している。"),
    ("○Ｅ組合長（東岬漁協）：", "製氷機は30年前のもので、故障すれば水揚げそのものが止まってしまう。"),
    ("○Ｃ氏（水産加工）：", "国の補助に市が上乗せしてくれる制度はないのか。"),
    ("●市水産振興課：", "現在はないが、国の補助の採択状況を見ながら検討したい。"),
    ("○Ｆ氏（飲食業）：", "地元の魚を買える店が少なく、観光客に勧めようにも案内先がない。"),
    ("○Ａ組合長（浜岬漁協）：", "市場を一つにまとめると、遠くなる組合員が出荷をやめてしまうおそれがある。"),
    ("○Ｇ氏（水産加工）：", "若い人を雇いたくても、漁協と加工場の求人がばらばらで人が集まらない。"),
    ("●当所事務局：", "来年度の合同企業説明会に、水産の枠を設ける方向で調整している。"),
    ("○Ｂ組合長（西浦漁協）：", "県外から若者が研修に来ても、生活費が続かずにやめてしまう。"),
]


def para(doc: Document, text: str, *, bold: bool = False, align=None, indent_first: bool = False,
         left_indent: Pt | None = None, style: str | None = None):
    p = doc.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold = bold
    if align is not None:
        p.alignment = align
    if indent_first:
        p.paragraph_format.first_line_indent = Pt(10.5)
    if left_indent is not None:
        p.paragraph_format.left_indent = left_indent
    return p


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "test annotator", "test annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    doc.sections[0].header.paragraphs[0].text = "浜岬商工会議所"
    doc.sections[0].header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    para(doc, "浜商発第12号", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "令和８年１月26日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "浜岬市長　磯村　正臣　様")
    para(doc, "浜岬商工会議所", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "会頭　網代　健吾", align=WD_ALIGN_PARAGRAPH.RIGHT)
    title = doc.add_paragraph(TITLE, style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text in INTRO:
        para(doc, text, indent_first=True)
    para(doc, "記", align=WD_ALIGN_PARAGRAPH.CENTER)

    doc.add_heading("１　漁業協同組合を取り巻く現状と課題", level=1)
    para(doc, PROBLEM_LEAD, indent_first=True)
    for text in PROBLEM_PARAS:
        para(doc, text, indent_first=True)

    doc.add_heading("２　要望事項", level=1)
    para(doc, REQUEST_LEAD, indent_first=True)
    for h2, requests in REQUESTS:
        doc.add_heading(h2, level=2)
        for lead, body, items in requests:
            para(doc, lead, bold=True)
            para(doc, body, indent_first=True, left_indent=Pt(10.5))
            for item in items:
                para(doc, item, left_indent=Pt(21))

    doc.add_heading("３　結び", level=1)
    for text in CLOSING:
        para(doc, text, indent_first=True)
    para(doc, "以上", align=WD_ALIGN_PARAGRAPH.RIGHT)

    doc.add_heading("参考　水産部会・市内三漁協との意見交換会（要旨）", level=1)
    para(doc, MEETING_NOTE)
    para(doc, "（○は出席者の発言、●は市及び当所事務局の回答）")
    for speaker, text in MEETING:
        p = doc.add_paragraph()
        lead = p.add_run(speaker)
        lead.bold = True
        p.add_run(text)
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
