"""Write kodomo_keikaku.docx, a fictional municipal plan (deterministic bytes).

Run from anywhere: ``python tests/reports/layouts39/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).with_name("kodomo_keikaku.docx")
FIXED_TIME = dt.datetime(2026, 3, 1, 9, 0, 0)
ZIP_TIME = (2026, 3, 1, 9, 0, 0)

TITLE = "架空市子どもの未来応援計画（第２期）"

INTRO = [
    "本市では、令和３年に「架空市子どもの未来応援計画」を策定し、生まれ育った家庭の経済状況にかかわらず、"
    "すべての子どもが夢と希望を持って成長できるまちを目指して取り組んできた。",
    "第１期計画の期間中、学習支援教室の開設や子ども食堂への助成などを進めてきたが、物価の上昇などにより、"
    "子育て家庭の暮らしは厳しさを増している。こうした状況を踏まえ、令和８年度から５年間の第２期計画を策定する。",
    "本計画は、こどもの貧困の解消に向けた対策に関する市町村計画として位置付けるとともに、"
    "市の総合計画及び子ども・子育て支援事業計画と整合を図るものとする。",
]

SURVEY_LEAD = ("令和７年度に市内の小学５年生と中学２年生及びその保護者を対象に実施した「子どもの生活実態調査」"
               "（回答数２，１４０世帯）の主な結果は、次の表のとおりである。")

SURVEY = [
    ("調査項目", "生活困難世帯", "それ以外の世帯"),
    ("学習塾や習い事を利用している", "３１％", "７２％"),
    ("朝食を毎日食べる", "７４％", "９１％"),
    ("困ったときに相談できる大人がいる", "６２％", "８４％"),
]

PROBLEMS_LEAD = "調査結果や関係機関への聞き取りから、本市の課題を次のように整理した。"

PROBLEMS = [
    ("■学習の機会に差がある",
     "生活困難世帯の子どもは、学習塾や習い事を利用する割合が低く、授業の理解度にも差がみられる。"
     "学年が上がるにつれて、その差は広がる傾向にある。"),
    ("■食生活が安定していない",
     "朝食を毎日食べる子どもの割合は、生活困難世帯で低い。長期休暇中には、給食がないため食事が不規則になる子どももいる。"),
    ("■ひとり親家庭の収入が不安定である",
     "ひとり親家庭の保護者の半数以上が非正規雇用で働いており、複数の仕事を掛け持ちする保護者も多い。"),
    ("■支援制度が必要な家庭に届いていない",
     "就学援助や児童扶養手当を知らなかった、または手続が難しく申請をあきらめたという保護者が一定数いる。"),
    ("■子どもが安心して過ごせる場所が少ない",
     "放課後や休日に家で一人で過ごす子どもが多く、困ったときに相談できる大人がいない子どもも少なくない。"),
    ("■進学に必要な費用への不安が大きい",
     "高校卒業後の進学を希望しながら、費用の面から進学をためらう子どもと保護者がいる。"),
]

MEASURES_LEAD = ("本計画では、「すべての子どもが、自分の未来をあきらめないまち」を基本理念とし、"
                 "次の三つの基本目標のもとに施策を展開する。")

# (group heading, [(heading, body, [(item, department)])])
MEASURES = [
    ("基本目標１　学びと育ちを支える", [
        ("施策１－１　学習支援の充実",
         "家庭の事情で学習の機会を得にくい子どもに対し、無料の学習支援を行う。"
         "学習教室は、家庭で勉強する場所のない子どもが自習にも使えるよう開放する。",
         [("中学生向けの無料学習教室を、すべての中学校区に開設する", "教育総務課"),
          ("大学生ボランティアによる高校生の学び直しを支援する", "こども家庭課")]),
        ("施策１－２　食の支援の充実",
         "子ども食堂や地域の団体と連携し、長期休暇中も含めて子どもの食事を支える。"
         "子ども食堂に対しては、食材の提供を受ける仕組みづくりと運営費の助成を行う。",
         []),
    ]),
    ("基本目標２　家庭の生活の安定を支える", [
        ("施策２－１　ひとり親家庭の就労支援",
         "ひとり親家庭の保護者が安定した仕事に就けるよう、資格の取得や就職の相談を支援する。",
         [("看護師や介護福祉士などの資格取得にかかる費用を助成する", "こども家庭課"),
          ("土日や夜間にも利用できる就労相談の窓口を設ける", "商工労働課")]),
        ("施策２－２　支援制度の周知と手続の簡素化",
         "必要な支援が確実に届くよう、情報の届け方と申請の方法を見直す。",
         [("子育て応援アプリで、世帯の状況に合った制度を通知する", "こども家庭課"),
          ("就学援助と児童扶養手当の申請をオンラインで行えるようにする", "デジタル推進課")]),
    ]),
    ("基本目標３　子どもと地域のつながりをつくる", [
        ("施策３－１　地域の居場所づくり",
         "放課後や休日に子どもが安心して過ごせる居場所を、地域の団体と協力して増やす。"
         "居場所には、子どもの話を聴き、必要な支援につなぐ大人を配置する。",
         []),
    ]),
]

CLOSING = [
    "本計画の推進に当たっては、庁内の関係課で構成する推進会議を設け、施策の進み具合を毎年度点検する。",
    "また、子どもや保護者、支援団体の意見を継続して聴き、必要に応じて取組を見直していく。",
]

WS_LEAD = ("計画の策定に当たり、令和７年１１月に、中高生、保護者、支援団体の三つのグループに分かれて"
           "ワークショップを開催した。主な意見と、その場で市の担当課が答えた内容は次のとおりである。")

# (group heading, [("remark", text) or ("reply", text)])
WORKSHOP = [
    ("グループ１　中高生", [
        ("remark", "「塾に行っている友達との差が、テストのたびに広がっていく気がする。」（中学２年）"),
        ("remark", "「家だと弟たちがうるさくて、勉強する場所がない。」（中学３年）"),
        ("reply", "〈回答・教育総務課〉学習教室は、自習室としても使えるようにする予定です。"),
        ("remark", "「部活の道具代が高くて、入りたい部活をあきらめた。」（高校１年）"),
        ("remark", "「学校以外に、気軽に話せる大人がいる場所がほしい。」（高校２年）"),
    ]),
    ("グループ２　保護者", [
        ("remark", "「仕事を二つ掛け持ちしていて、平日に市役所へ行く時間がない。」（ひとり親・40代）"),
        ("reply", "〈回答・デジタル推進課〉スマートフォンから申請できる手続を順次増やしていきます。"),
        ("remark", "「資格を取りたいが、学校に通う間の生活費が心配だ。」（ひとり親・30代）"),
        ("remark", "「就学援助のことは、子どもが中学生になるまで知らなかった。」（保護者・40代）"),
        ("reply", "〈回答・こども家庭課〉入学前の説明会で、制度の案内を配るようにします。"),
        ("remark", "「夏休みは給食がないので、お昼ご飯の用意が負担になる。」（保護者・30代）"),
    ]),
    ("グループ３　支援団体", [
        ("remark", "「子ども食堂の運営は寄付頼みで、食材の確保が年々難しくなっている。」（子ども食堂運営者）"),
        ("remark", "「支援が必要な家庭ほど、自分から相談に来ない。」（民生委員）"),
        ("remark", "「学校と地域の団体が、子どもの情報を共有できる仕組みがあるとよい。」（NPO職員）"),
    ]),
]


def add_page_field(paragraph) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
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
    header = section.header.paragraphs[0]
    header.text = TITLE
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(footer)

    doc.add_paragraph(TITLE, style="Title")
    p = doc.add_paragraph("計画期間　令和８年度～令和１２年度")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("令和８年３月　架空市")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("第１章　計画の策定にあたって", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("第２章　子どもと家庭を取り巻く現状と課題", level=1)
    doc.add_paragraph(SURVEY_LEAD)
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in SURVEY:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    doc.add_paragraph(PROBLEMS_LEAD)
    for head, body in PROBLEMS:
        run = doc.add_paragraph().add_run(head)
        run.bold = True
        doc.add_paragraph(body)

    doc.add_heading("第３章　施策の展開", level=1)
    doc.add_paragraph(MEASURES_LEAD)
    for group, measures in MEASURES:
        doc.add_heading(group, level=2)
        for head, body, items in measures:
            doc.add_heading(head, level=3)
            doc.add_paragraph(body)
            if items:
                t = doc.add_table(rows=1, cols=2)
                t.style = "Table Grid"
                t.rows[0].cells[0].text = "主な取組"
                t.rows[0].cells[1].text = "担当課"
                for item, dept in items:
                    cells = t.add_row().cells
                    cells[0].text, cells[1].text = item, dept

    doc.add_heading("第４章　計画の推進に向けて", level=1)
    for text in CLOSING:
        doc.add_paragraph(text)

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("資料　子ども・保護者ワークショップの記録", level=1)
    doc.add_paragraph(WS_LEAD)
    for group, entries in WORKSHOP:
        doc.add_heading(group, level=2)
        for kind, text in entries:
            para = doc.add_paragraph(text)
            if kind == "reply":
                para.paragraph_format.left_indent = Pt(24)
                for run in para.runs:
                    run.font.size = Pt(10)
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
