"""Write bukatsu_chiiki.docx, a municipal plan with manual (non-style) headings (deterministic).

Run from anywhere: ``python tests/reports/layouts15/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.

Layout: no Word heading styles at all -- chapter headings are bold Normal paragraphs
``１　…``; problems are bold ``◆`` lines each followed by a paragraph; the recommendations are the
rows of a 3-column table (取組 / 内容 / 実施時期) with ``・`` item paragraphs inside the 内容 cell;
page header ``…資料２`` right-aligned, footer with a PAGE field; page break, then the record of an
exchange meeting with the speaker on a bold line of its own and the speech indented below it.
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
from docx.shared import Mm, Pt

OUT = Path(__file__).with_name("bukatsu_chiiki.docx")
FIXED_TIME = dt.datetime(2026, 1, 20, 9, 0, 0)
ZIP_TIME = (2026, 1, 20, 9, 0, 0)

HEADER = "令和８年１月教育委員会定例会　資料２"
TITLE = "比良坂市立中学校における休日の部活動の地域移行推進計画（案）"
SUBTITLE = "令和８年１月　比良坂市教育委員会"

INTRO = [
    "国は、令和５年度からの３年間を改革推進期間として、公立中学校の休日の部活動を段階的に地域の活動へ"
    "移行する方針を示した。本市でも、生徒数の減少と教員の働き方改革の両面から、部活動の在り方を見直す"
    "必要がある。",
    "本計画は、市内６校の中学校を対象に、休日の部活動を地域クラブ活動へ移行するための取組と工程を"
    "定めるものである。計画期間は、令和８年度から令和１０年度までの３年間とする。",
    "計画の策定にあたっては、市内の中学生と保護者を対象としたアンケート（回答１，２１０件）を実施し、"
    "あわせて地域の団体や保護者、生徒との意見交換会を開催した。",
]

DATA_LEAD = "市内の中学校の生徒数と部活動の状況は、次のとおりである。"
DATA = [
    ("区分", "令和３年度", "令和７年度"),
    ("生徒数", "2,140人", "1,780人"),
    ("部活動の数", "78", "66"),
    ("外部指導者の数", "12人", "15人"),
    ("顧問の休日出勤（月平均）", "4.8日", "4.1日"),
]
PROBLEM_LEAD = "学校と保護者へのアンケートや関係団体への聞き取りから、次の課題が明らかになった。"

PROBLEMS = [
    ("◆教員の負担が大きい",
     "顧問の教員は休日の練習や大会の引率に追われ、授業の準備や自身の休養の時間を確保できていない。"),
    ("◆指導者の確保が難しい",
     "競技や文化活動の経験を持つ人材は地域にいるものの、把握する仕組みがなく、特に文化部の指導者が"
     "不足している。"),
    ("◆単独校ではチームが組めない",
     "生徒数の減少により、野球やバレーボールなどで、一つの学校だけでは試合に必要な人数がそろわない部がある。"),
    ("◆活動場所への移動の負担",
     "学校の外で活動する場合、保護者による送迎ができない家庭の生徒は参加しにくくなる。"),
    ("◆家庭の費用負担の増加",
     "地域クラブでは会費や保険料が必要となり、経済的な理由で参加をあきらめる生徒が出るおそれがある。"),
    ("◆大会への参加資格",
     "地域クラブに所属する生徒が中学校体育連盟の大会に出場できる競技は、まだ一部に限られている。"),
]
PROBLEM_AFTER = ("このほか、地域クラブの活動中に事故が起きた場合の責任の所在についても、関係者の間で"
                 "整理が必要であるとの指摘があった。")

MEASURE_LEAD = "課題を踏まえ、市は次の四つの取組を進める。各取組の内容と実施時期は、下表のとおりとする。"
# (取組 cell, 内容 paragraphs (first = body, the rest = ・ items), 実施時期)
MEASURES = [
    ("取組１　休日の活動を地域クラブへ段階的に移す",
     ["休日の部活動を、市が認定する地域クラブの活動に切り替える。",
      "・令和８年度は、運動部の休日の活動から移行する",
      "・令和９年度に、文化部の休日の活動を移行する"],
     "令和８年度〜令和９年度"),
    ("取組２　地域指導者の人材バンクを設ける",
     ["地域の競技経験者や音楽経験者を登録し、研修を受けた人を地域クラブに紹介する。"
      "研修では、安全管理と生徒への接し方を必ず扱う。",
      "・登録の窓口は、市スポーツ協会と市文化協会に置く",
      "・希望する教員は、兼職兼業の許可を得て指導者として登録できる"],
     "令和８年度〜"),
    ("取組３　複数校による合同クラブを編成する",
     ["単独校で人数がそろわない種目は、近隣の学校の生徒が一緒に活動する合同クラブとする。"
      "活動場所は、参加校の施設を持ち回りで使用する。",
      "・令和８年度は、野球と女子バレーボールで先行して実施する"],
     "令和８年度〜"),
    ("取組４　費用と移動の負担を軽くする",
     ["地域クラブの会費に上限を設け、家庭の負担を抑える。上限額は、月額２，０００円を目安とする。",
      "・就学援助を受けている世帯の会費は、全額を免除する",
      "・市のコミュニティバスに、活動日の送迎便を設ける"],
     "令和８年度〜"),
]

CLOSING = [
    "教育委員会は、学校、保護者、地域の団体で構成する推進協議会を設け、毎年度、取組の進捗を確認する。"
    "平日の部活動の在り方については、休日の移行の状況を見ながら別に検討する。"
    "また、国の方針の見直しや地域クラブの運営の状況に応じて、本計画の内容を適宜見直す。",
    "地域クラブへの移行は、生徒が将来にわたって好きな活動を続けられる環境を、地域全体でつくる取組である。"
    "市民の皆様の理解と協力をお願いしたい。",
]

RECORD_TITLE = "参考　部活動の地域移行に関する意見交換会の記録"
RECORD_META = [
    "日時　令和７年１１月２２日（土）午後２時〜４時",
    "会場　比良坂市民会館　第１会議室",
    "参加者　保護者、中学生、地域のスポーツ・文化団体、教員ほか３２名",
]
RECORD = [
    ("保護者（比良坂第一中学校）",
     "地域クラブになると会費がかかると聞いた。兄弟が二人いると負担が大きい。"),
    ("市教育委員会（学校教育課長）",
     "会費には上限を設けるとともに、就学援助を受けている世帯は免除する方向で検討している。"),
    ("教員（比良坂第二中学校）",
     "休日の大会の引率が続き、自分の家庭で過ごす時間がほとんどない。"),
    ("中学生（２年生）",
     "今の顧問の先生に教わりたい。地域クラブになったら先生はいなくなるのか。"),
    ("市教育委員会（学校教育課長）",
     "希望する先生は、兼職兼業の手続を経て、地域クラブでも指導を続けることができる。"),
    ("スポーツ少年団代表",
     "指導したい人は地域にいるが、どこに申し出ればよいのか分からない。"),
    ("吹奏楽団代表",
     "楽器の運搬が大変なので、学校の音楽室を引き続き使わせてほしい。"),
    ("市教育委員会（生涯学習課長）",
     "地域クラブの活動でも、学校の施設を優先して利用できるよう調整している。"),
    ("保護者（比良坂第三中学校）",
     "練習の場所が遠くなると、共働きで送り迎えができない家庭もある。"),
    ("市教育委員会（生涯学習課長）",
     "コミュニティバスの運行を活動日に合わせられないか、交通の担当課と協議する。"),
    ("中学生（１年生）",
     "部員が少なくて試合に出られない。ほかの学校と一緒に練習したい。"),
    ("地域スポーツクラブ代表",
     "受け皿となる団体の運営費が足りない。指導者への謝金の財源を示してほしい。"),
    ("地域住民",
     "大会の引率や審判を誰が担うのか心配だ。"),
    ("保護者（比良坂第一中学校）",
     "平日の部活動がどうなるのか、分かりやすく説明してほしい。"),
]


def heading(doc: Document, text: str) -> None:
    para = doc.add_paragraph()
    para.paragraph_format.space_before = Pt(12)
    run = para.add_run(text)
    run.bold = True
    run.font.size = Pt(12)


def body(doc: Document, text: str) -> None:
    para = doc.add_paragraph(text)
    para.paragraph_format.first_line_indent = Pt(10.5)


def page_field(paragraph) -> None:
    """Append a PAGE field (w:fldSimple) to the paragraph."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "dtx-nlp tests", "dtx-nlp tests"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    header = section.header.paragraphs[0]
    header.text = HEADER
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(footer)

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(TITLE)
    run.bold = True
    run.font.size = Pt(14)
    sub = doc.add_paragraph(SUBTITLE)
    sub.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    heading(doc, "１　計画の趣旨")
    for text in INTRO:
        body(doc, text)

    heading(doc, "２　現状と課題")
    body(doc, DATA_LEAD)
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in DATA:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    body(doc, PROBLEM_LEAD)
    for lead, text in PROBLEMS:
        para = doc.add_paragraph()
        para.add_run(lead).bold = True
        body(doc, text)
    body(doc, PROBLEM_AFTER)

    heading(doc, "３　推進の取組")
    body(doc, MEASURE_LEAD)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("取組", "内容", "実施時期")):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for name, paragraphs, period in MEASURES:
        cells = table.add_row().cells
        cells[0].text = name
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = paragraphs[0]
        for text in paragraphs[1:]:
            cells[1].add_paragraph(text)
        cells[2].text = period
    for row in table.rows:
        row.cells[0].width, row.cells[1].width, row.cells[2].width = Mm(50), Mm(85), Mm(30)

    heading(doc, "４　今後の進め方")
    for text in CLOSING:
        body(doc, text)

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading(doc, RECORD_TITLE)
    for text in RECORD_META:
        doc.add_paragraph(text)
    for speaker, speech in RECORD:
        para = doc.add_paragraph()
        para.paragraph_format.space_before = Pt(6)
        para.paragraph_format.space_after = Pt(0)
        para.add_run(speaker).bold = True
        speech_para = doc.add_paragraph(speech)
        speech_para.paragraph_format.left_indent = Pt(21)
    end = doc.add_paragraph("以上")
    end.alignment = WD_ALIGN_PARAGRAPH.RIGHT
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
