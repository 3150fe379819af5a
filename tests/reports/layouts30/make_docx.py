"""Write sports_teigen.docx, a blind test report whose problems and recommendations live in tables.

Run from anywhere: ``python tests/reports/layouts30/make_docx.py``. The file is written beside
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
from docx.shared import Pt, Mm

OUT = Path(__file__).with_name("sports_teigen.docx")
FIXED_TIME = dt.datetime(2026, 1, 15, 9, 0, 0)
ZIP_TIME = (2026, 1, 15, 9, 0, 0)

TITLE = "地域スポーツの振興に関する提言"
SUBTITLE = "～誰もが身近な場所でスポーツを続けられるまちへ～"
DATE = "令和８年１月"
ISSUER = "若葉台市スポーツ推進審議会"

INTRO = [
    "本審議会は、令和６年７月に若葉台市教育委員会から「地域におけるスポーツ振興の方策」について"
    "意見を求められ、計６回の会議と市民フォーラムを通じて検討を重ねてきた。",
    "中学校の部活動の地域移行や、働く世代の運動不足など、地域のスポーツを取り巻く状況は大きく変わりつつある。"
    "本提言は、こうした変化を踏まえ、市が今後取り組むべき施策を示すものである。",
    "なお、本提言でいう地域スポーツには、競技としてのスポーツだけでなく、散歩や体操などの身近な運動も含める。",
]

PROBLEM_LEAD = "審議の結果、地域スポーツの課題を次の表のとおり整理した。"
PROBLEMS = [
    ("1", "部活動の地域移行の受け皿が不足している",
     "市内８校の中学校の休日の部活動を令和９年度までに地域のクラブへ移す予定であるが、"
     "指導者と活動場所の確保が進んでいない。"),
    ("2", "働く世代の運動する習慣が乏しい",
     "週１回以上運動する人の割合は、３０代と４０代で４割に満たない。仕事や子育てで時間がとれないことが主な理由である。"),
    ("3", "学校体育施設の開放が使いにくい",
     "利用の申込みは紙の書類を窓口へ出す方法に限られ、抽選も月に１回しか行われない。"),
    ("4", "障害のある人が参加できる機会が少ない",
     "障害のある人が参加できる教室や大会は年に数回しかなく、参加した経験のある人は１割程度にとどまる。"),
    ("5", "指導者とボランティアが高齢化している",
     "スポーツ推進委員や地域の指導者の多くが６０歳を超え、担い手の世代交代が進んでいない。"),
    ("6", "市営プールの施設が老朽化している",
     "築４５年の市営プールは設備の故障が続き、大規模な改修か廃止かの判断が迫られている。"),
]

PROBLEM_AFTER = ("このほか、民間のスポーツ施設との連携が十分でないとの指摘もあったが、"
                 "実態の把握が必要であるため、本提言では扱わないこととした。")

REC_LEAD = "前章の課題に対応するため、市は次の施策に取り組むべきである。"
# (group row text, [(label, title, body, [items])])
RECS = [
    ("方向性１　子どもと若者がスポーツを続けられる環境づくり", [
        ("施策１", "地域クラブの運営体制を整える",
         "地域移行の受け皿となるクラブを市内の各地区に設け、指導者と活動場所を計画的に確保する。"
         "運営はスポーツ協会と総合型地域スポーツクラブが中心となって担う。",
         ["指導を希望する教員が兼業の許可を得て地域クラブで指導できるようにする",
          "家庭の経済状況に応じて会費を減免する制度を設ける"]),
    ]),
    ("方向性２　誰もが参加できる地域スポーツの推進", [
        ("施策２", "学校体育施設の予約をインターネットで受け付ける",
         "施設の空き状況を公開し、インターネットでの申込みと随時の予約を可能にする。"
         "抽選は毎週行い、空いている時間は当日でも利用できるようにする。", []),
        ("施策３", "職場と連携して運動の機会を広げる",
         "企業と協力し、勤務時間の前後や昼休みに参加できる運動の教室を開くとともに、"
         "夜間に利用できる施設を増やす。", []),
        ("施策４", "障害の有無にかかわらず楽しめる競技を広める",
         "誰もが一緒に参加できる競技の教室や大会を定期的に開催する。"
         "教室には障害者スポーツの指導資格を持つ人を配置する。",
         ["ボッチャやフライングディスクなどの用具を地区の施設に配備する",
          "会場までの移動が難しい人のために送迎の支援を行う"]),
        ("施策５", "スポーツを支える担い手を育てる",
         "大学や企業と連携して若い世代の指導者とボランティアを育成し、その活動を支援する。"
         "指導者の資格の取得にかかる費用は市が助成する。", []),
    ]),
]

CLOSING = [
    "スポーツは、健康の増進だけでなく、人と人とのつながりを育む地域の財産である。"
    "市が本提言を施策に生かし、市民とともに取組を進めることを期待する。",
    "本審議会は、施策の進み具合について毎年度報告を受け、必要に応じて意見を述べていく。",
]

FORUM_LEAD = ("令和７年１０月２５日に市民体育館で「スポーツを語る市民フォーラム」を開催し、"
              "市民３６名が参加した。主な発言と市の回答は次のとおりである。")
# (theme heading, [(speaker, text, [(reply speaker, reply text)])])
FORUM = [
    ("テーマ１　子どもとスポーツ", [
        ("参加者Ａ（中学生の保護者）",
         "地域クラブになって会費が高くなると、参加できない家庭が出てくるのではないか。",
         [("回答（市スポーツ振興課長）", "家庭の状況に応じて会費を軽くする仕組みを検討している。")]),
        ("参加者Ｂ（中学校教員）",
         "休日も指導を続けたいと考える教員はいる。兼業が認められれば、地域のクラブで関わりたい。", []),
        ("参加者Ｃ（少年野球チーム代表）",
         "子どもの数が減り、一つのチームだけでは試合に出る人数がそろわない。", []),
        ("参加者Ｄ（高校生）",
         "部活動を引退した後も、気軽に体を動かせる場所がほしい。", []),
    ]),
    ("テーマ２　大人と地域のスポーツ", [
        ("参加者Ｅ（会社員）",
         "仕事帰りの夜９時以降に使える施設がほとんどない。", []),
        ("参加者Ｆ（企業の人事担当）",
         "昼休みに社員が体を動かせる教室があれば、会社としても協力したい。", []),
        ("参加者Ｇ（体育協会役員）",
         "体育館を借りるために、毎月平日に市役所の窓口まで行かなければならない。",
         [("回答（市スポーツ振興課長）", "令和８年度中にインターネットで予約できるよう準備を進めている。")]),
        ("参加者Ｈ（障害者施設職員）",
         "ボッチャのように、障害があってもなくても一緒に楽しめる競技をもっと広めてほしい。", []),
        ("参加者Ｉ（車いす利用者）",
         "会場までの移動手段がなく、参加をあきらめることが多い。", []),
        ("参加者Ｊ（スポーツ推進委員）",
         "推進委員の平均年齢は６０歳を超えており、後を継ぐ人が見つからない。",
         [("回答（市スポーツ振興課長）", "市内の大学と連携して、学生ボランティアを登録する制度をつくる方向で調整している。")]),
        ("参加者Ｋ（市民）",
         "市営プールは子どもの水泳教室に欠かせないので、ぜひ残してほしい。",
         [("回答（市教育部長）", "プールのあり方は、別に設ける検討会で議論する予定である。")]),
    ]),
]


def set_cell_shading(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def add_field(paragraph, instr: str) -> None:
    run = paragraph.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run._r.addnext(fld)


def header_row(table, labels) -> None:
    cells = table.add_row().cells
    for cell, label in zip(cells, labels):
        cell.text = label
        cell.paragraphs[0].runs[0].bold = True
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_cell_shading(cell, "D9E2F3")


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, ISSUER, ISSUER
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.different_first_page_header_footer = True
    head = section.header.paragraphs[0]
    head.text = ISSUER + "　" + TITLE
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(foot, "PAGE")

    # cover page
    for _ in range(6):
        doc.add_paragraph()
    doc.add_paragraph(TITLE, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(SUBTITLE).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(8):
        doc.add_paragraph()
    doc.add_paragraph(DATE).alignment = WD_ALIGN_PARAGRAPH.CENTER
    last = doc.add_paragraph(ISSUER)
    last.alignment = WD_ALIGN_PARAGRAPH.CENTER
    last.add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading("１．はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("２．地域スポーツを取り巻く課題", level=1)
    doc.add_paragraph(PROBLEM_LEAD)
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row(table, ("No.", "課題", "現状"))
    for number, title, text in PROBLEMS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = number, title, text
        cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cells[1].paragraphs[0].runs[0].bold = True
    for row in table.rows:
        row.cells[0].width, row.cells[1].width, row.cells[2].width = Mm(12), Mm(55), Mm(95)
    doc.add_paragraph(PROBLEM_AFTER)

    doc.add_heading("３．今後取り組むべき施策", level=1)
    doc.add_paragraph(REC_LEAD)
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row(table, ("番号", "施策", "施策の内容", "主な取組"))
    for group, recs in RECS:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[3])
        merged.text = group
        merged.paragraphs[0].runs[0].bold = True
        set_cell_shading(merged, "F2F2F2")
        for label, title, body, items in recs:
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = label, title, body
            cells[1].paragraphs[0].runs[0].bold = True
            if items:
                cells[3].text = "・" + items[0]
                for item in items[1:]:
                    cells[3].add_paragraph("・" + item)
            else:
                cells[3].text = "―"
                cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in table.rows:
        widths = (Mm(15), Mm(40), Mm(60), Mm(50))
        for cell, width in zip(row.cells, widths):
            cell.width = width

    doc.add_heading("４．おわりに", level=1)
    for text in CLOSING:
        doc.add_paragraph(text)

    brk = doc.add_paragraph()
    brk.add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("参考資料　市民フォーラムにおける主な意見", level=1)
    doc.add_paragraph(FORUM_LEAD)
    for theme, turns in FORUM:
        doc.add_heading(theme, level=2)
        for speaker, text, replies in turns:
            p = doc.add_paragraph()
            p.add_run(speaker).bold = True
            p.paragraph_format.space_after = Pt(0)
            body = doc.add_paragraph(text)
            body.paragraph_format.left_indent = Mm(8)
            for reply_speaker, reply_text in replies:
                rp = doc.add_paragraph()
                rp.add_run(reply_speaker).bold = True
                rp.paragraph_format.left_indent = Mm(16)
                rp.paragraph_format.space_after = Pt(0)
                rb = doc.add_paragraph(reply_text)
                rb.paragraph_format.left_indent = Mm(16)
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
