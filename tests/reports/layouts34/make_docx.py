"""Write ninchisho_hokoku.docx, a held-out test report (deterministic bytes).

Run from anywhere: ``python tests/reports/layouts34/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All names, places and figures are fictional.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).with_name("ninchisho_hokoku.docx")
FIXED_TIME = dt.datetime(2026, 3, 1, 9, 0, 0)
ZIP_TIME = (2026, 3, 1, 9, 0, 0)
CH = 10.5  # one full-width character in points

TITLE = "若葉台市認知症施策推進会議報告書"
SUBTITLE = "～認知症になっても自分らしく暮らせるまちを目指して～"
DATE = "令和８年３月"
ISSUER = "若葉台市認知症施策推進会議"

INTRO = [
    "本市の６５歳以上の人口は約４万２千人であり、このうち認知症の人は約６千人と推計される。"
    "令和２２年には約８千人に増えると見込まれている。",
    "本会議は、認知症の人とその家族、医療・介護の関係者及び地域の代表により構成され、"
    "令和７年度に４回の会議を開いて本市の認知症施策の在り方を検討してきた。"
    "本報告書は、その検討結果を取りまとめたものである。",
]

CURRENT = (
    "市内の認知症の人の数は、次表のとおり増加が見込まれる。また、令和７年度の市民意識調査では、"
    "認知症について相談できる窓口を知っていると答えた人は３割にとどまった。"
)
TABLE_CAPTION = "表　認知症の人の推計（若葉台市）"
TABLE = [
    ("年", "高齢者人口", "認知症の人（推計）"),
    ("令和７年", "42,100人", "6,000人"),
    ("令和１２年", "44,800人", "6,900人"),
    ("令和２２年", "48,300人", "8,100人"),
]

# (number, heading, paragraph)
PROBLEMS = [
    ("(1)", "早期の相談につながっていない",
     "物忘れなどの変化に本人や家族が気付いてから、医療機関や相談窓口につながるまでに、"
     "平均で１年以上かかっている。相談窓口の存在が十分に知られていない。"),
    ("(2)", "本人の声が施策に生かされていない",
     "これまでの施策は、支援する側の視点から企画されてきた。認知症の人自身が意見を述べ、"
     "施策の立案に加わる機会はほとんどない。"),
    ("(3)", "家族介護者の負担が重い",
     "夜間の見守りや排せつの介助などで、家族が十分に休めない状況が続いている。"
     "介護を理由に仕事を辞めた家族もいる。"),
    ("(4)", "地域の見守りが途切れがちである",
     "認知症サポーター養成講座の受講者は延べ１万人を超えたが、受講後に地域で活動している人は少ない。"
     "行方不明になった人の発見に時間がかかった例もあった。"),
    ("(5)", "若年性認知症の人が仕事を続けにくい",
     "６５歳未満で発症した人の多くが、診断後まもなく退職している。"
     "職場の理解や配慮が得られにくく、経済的な困難に直面している。"),
    ("(6)", "介護の担い手が不足している",
     "市内の介護事業所では職員の確保が難しく、職員が足りないために受入れを制限している事業所もある。"),
]

MEASURES_LEAD = "以上の課題と本会議における議論を踏まえ、市が今後取り組むべき施策を次のとおり提言する。"

# (number, heading, paragraph, [items as (marker, text)])
MEASURES = [
    ("１", "身近な場所で相談できる体制を整える",
     "地域包括支援センターに加え、市民が日常的に訪れる場所で相談を受ける機会をつくり、"
     "早期の気付きを支援につなげる。",
     [("ア", "薬局、スーパー、郵便局などで出張相談会を定期的に開催する"),
      ("イ", "相談窓口の連絡先を記した案内を全世帯に配布する")]),
    ("２", "認知症の人が施策づくりに参画する仕組みをつくる",
     "認知症の人の声を聞き、施策の企画と評価に反映させる。",
     [("ア", "本会議に認知症の本人を委員として迎える"),
      ("イ", "本人同士が語り合う「本人ミーティング」を各地区で開く")]),
    ("３", "家族介護者が休める環境を整える",
     "家族が介護から離れて休息できるよう、預かりの場と相談の機会を増やす。",
     [("ア", "夜間や休日に短時間利用できる預かりの場を確保する"),
      ("イ", "家族会の開催回数を増やし、オンラインでも参加できるようにする")]),
    ("４", "地域全体で見守る網を広げる",
     "認知症サポーター養成講座の修了者を「見守り協力員」として登録し、活動の場を提供する。"
     "あわせて、商店や交通事業者と見守りに関する協定を結び、行方不明時の早期発見につなげる。",
     []),
    ("５", "若年性認知症の人の就労継続を支援する",
     "企業の人事担当者や産業医を対象とした研修を行い、通院のための休暇や短時間勤務などの配慮を広める。"
     "あわせて、本人と職場の調整役となる支援員を配置する。",
     []),
]

CONCLUSION = (
    "認知症は誰もがなりうるものであり、認知症の人を支えることは、将来の自分と家族を支えることでもある。"
    "市、関係機関及び市民が力を合わせ、本報告書の施策を着実に進めることを期待する。"
)

MINUTES_TITLE = "参考　若葉台市認知症施策推進会議（第３回）議事要旨"
MINUTES_META = [
    ("日時", "令和７年１１月２７日（木）１４時～１６時"),
    ("場所", "若葉台市役所　第２会議室"),
    ("出席者", "委員１０名（欠席１名）、事務局（長寿福祉課）"),
    ("議事", "報告書の骨子について"),
]
MINUTES_LEAD = "事務局から報告書の骨子について説明を行った後、意見交換を行った。主な意見は次のとおり。"
MINUTES = [
    ("石田委員", "物忘れが気になっても、どこに相談すればよいか分からず、母の受診まで２年かかった。"
                 "身近な場所で気軽に相談できるとよい。"),
    ("事務局", "地域包括支援センターの周知が不十分であることは認識している。薬局やスーパーでの相談会も検討したい。"),
    ("中野委員", "診断を受けた後、自分の意見を聞かれることがなくなった。施策を決める場に本人を入れてほしい。"),
    ("大西委員", "介護をしている家族は、夜中に何度も起こされて疲れ切っている。短い時間でも預けられる場所が必要だ。"),
    ("事務局", "夜間の短期入所については、市内の事業所の受入れ状況を調査している。"),
    ("大西委員", "家族同士で悩みを話せる会は、参加した人の支えになっている。もっと回数を増やしてほしい。"),
    ("川村委員", "商店やバスの運転手が声をかけてくれれば、道に迷った人も早く見つかる。"),
    ("松本委員", "認知症サポーター養成講座を受けた人は多いが、その後に活動する場がない。"),
    ("松本委員", "介護職員の採用が難しく、事業所の運営が厳しくなっている。"),
    ("今井委員", "若年性認知症と診断された人が、会社に言えずに退職してしまう例を見てきた。"),
    ("事務局", "産業医や人事担当者向けの研修を、県と連携して実施する予定である。"),
    ("今井委員", "働き続けるには、通院のための休暇や短時間勤務などの配慮が欠かせない。"),
    ("川村委員", "認知症の人が運転をやめた後の移動手段を確保してほしい。"),
    ("中野委員", "同じ病気の仲間と話す場所があって救われた。本人同士の集まりを市内各地に広げてほしい。"),
    ("石田委員", "成年後見制度の手続が分かりにくく、家族だけでは進められない。"),
    ("事務局", "成年後見制度の相談は、社会福祉協議会の窓口で受け付けている。"),
]


def para(doc, text="", *, bold=False, size=None, align=None, left=0.0, first=0.0, after=0):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.left_indent = Pt(left * CH)
    fmt.first_line_indent = Pt(first * CH)
    fmt.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if text:
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
    return p


def page_field(paragraph) -> None:
    """Append a PAGE field to the paragraph."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text.strip() == "PAGE":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def table(doc, rows, widths=None):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    return t


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "annotator", "annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1

    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.element.rPr.get_or_add_rFonts().set(qn("w:eastAsia"), "ＭＳ 明朝")

    sec = doc.sections[0]
    head = sec.header.paragraphs[0]
    head.text = "資料２"
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(foot)

    # title block
    para(doc, TITLE, bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    para(doc, SUBTITLE, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, after=18)

    para(doc, "第１　はじめに", bold=True, after=4)
    for text in INTRO:
        para(doc, text, left=0, first=1)

    para(doc, "第２　認知症の人を取り巻く現状と課題", bold=True, after=4)
    para(doc, "１　現状", left=0, after=2)
    para(doc, CURRENT, left=1, first=1)
    para(doc, TABLE_CAPTION, align=WD_ALIGN_PARAGRAPH.CENTER)
    table(doc, TABLE)
    para(doc, "")
    para(doc, "２　課題", left=0, after=2)
    for number, heading, text in PROBLEMS:
        para(doc, f"{number}　{heading}", left=1)
        para(doc, text, left=2, first=1)

    para(doc, "第３　今後取り組むべき施策", bold=True, after=4)
    para(doc, MEASURES_LEAD, left=0, first=1)
    for number, heading, text, items in MEASURES:
        para(doc, f"{number}　{heading}", left=0, after=2)
        para(doc, text, left=1, first=1)
        for marker, item in items:
            para(doc, f"{marker}　{item}", left=3, first=-1)

    para(doc, "第４　おわりに", bold=True, after=4)
    para(doc, CONCLUSION, left=0, first=1)
    para(doc, "以上", align=WD_ALIGN_PARAGRAPH.RIGHT)

    # appendix on a new page
    br = para(doc)
    br.add_run().add_break(WD_BREAK.PAGE)
    para(doc, MINUTES_TITLE, bold=True, after=6)
    table(doc, MINUTES_META)
    para(doc, "")
    para(doc, "議事の概要", bold=True)
    para(doc, MINUTES_LEAD, left=0, first=1)
    for speaker, text in MINUTES:
        para(doc, f"【{speaker}】{text}", left=0, after=2)
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
