"""Write kyoin_toshin.docx, a fictional prefectural council report (答申) with real Word styles.

Run from anywhere: ``python tests/reports/layouts6/make_docx.py``. The file is written beside this
script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All names, bodies and figures are invented (架空).
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

OUT = Path(__file__).with_name("kyoin_toshin.docx")
FIXED_TIME = dt.datetime(2026, 2, 16, 9, 0, 0)
ZIP_TIME = (2026, 2, 16, 9, 0, 0)

TITLE = "学校における働き方改革の一層の推進方策について（答申）"

COVER = [
    ("right", "令和8年2月16日"),
    ("left", "架空県教育委員会教育長　様"),
    ("right", "架空県教育振興審議会"),
    ("right", "会長　宮下　佳代"),
    ("left", "令和7年6月3日付けで諮問のあった標記について、別紙のとおり答申します。"),
]

INTRO = [
    "教職員の長時間勤務は、教職員の心身の健康を損なうだけでなく、授業の質の低下や教職を志望する者の減少を招いている。"
    "本県では令和2年度から働き方改革の取組を進めてきたが、勤務時間の縮減は道半ばである。",
    "本審議会は、令和7年6月に県教育委員会から諮問を受け、5回の審議と学校関係者からの意見聴取を経て、"
    "今後重点的に取り組むべき方策を取りまとめた。",
    "なお、本答申でいう教職員には、県立学校と市町村立学校の教員のほか、事務職員や学校栄養職員等を含む。"
    "また、時間外在校等時間は、国の指針に基づき、在校等時間から所定の勤務時間を除いた時間をいう。",
]

HOURS = [
    ("区分", "月45時間を超える教員の割合", "前年度差"),
    ("小学校", "31.4％", "－2.1ポイント"),
    ("中学校", "48.7％", "－1.5ポイント"),
    ("高等学校", "27.9％", "－0.8ポイント"),
]

PROBLEMS = [
    "時間外在校等時間が上限の月45時間を超える教員は、中学校で約5割、小学校で約3割に上り、特に学級担任と若手教員に負担が偏っている。",
    "各種の調査への回答や学校徴収金の管理など、必ずしも教員が担う必要のない業務が依然として多い。",
    "保護者からの連絡が夜間や休日にも寄せられ、教員が勤務時間外に対応している。",
    "中学校の部活動指導は、休日を含めて教員の長時間勤務の大きな要因となっている。",
    "年度途中に欠員が生じても代替の講師が見つからず、残った教員が授業を分担している。",
    "管理職が教員の勤務時間を把握していても、その結果が業務の削減に結びついていない学校がある。",
]

# (Heading 2, [(title, body, [items])]); titles use the List Number style (Word numbers them 1.–6.)
MEASURES = [
    ("１　学校が担う業務の精選", [
        ("県教育委員会による調査・照会の件数を半減する",
         "県教育委員会は、同種の調査の統合と回答の電子化により、学校に対する調査・照会の件数を令和10年度までに半減すべきである。",
         ["同じ内容を尋ねる調査を、年1回の総合調査に統合する。",
          "回答は、校務支援システムから自動で集計できる様式とする。"]),
        ("学校徴収金の徴収・管理を市町村の事務とする",
         "給食費等の学校徴収金は公会計化し、市町村が徴収と督促を行うことで、教員を督促の業務から解放すべきである。", []),
        ("保護者からの連絡の受付時間を定める",
         "市町村教育委員会は、学校が保護者からの連絡を受け付ける時間を定め、時間外は留守番電話や連絡アプリで受け付ける運用を標準とすべきである。",
         ["緊急の連絡は、市町村教育委員会の窓口で受ける。",
          "過大な要望への対応について、弁護士等の専門家が学校に助言する体制を設ける。"]),
    ]),
    ("２　教職員を支える体制の充実", [
        ("休日の部活動を地域クラブへ段階的に移行する",
         "令和10年度までに休日の中学校部活動を地域クラブに移行し、教員は希望する場合に限り指導に携わるものとすべきである。",
         ["移行後の会費について、低所得世帯への補助を設ける。",
          "指導者の確保が難しい地域では、複数の学校による合同の活動とする。"]),
        ("年度途中の欠員に備えて講師の登録者を増やす",
         "県教育委員会は、退職教員や教員免許を持つ社会人の講師登録を拡充し、欠員が生じた場合に2週間以内に講師を配置できる体制を整えるべきである。", []),
        ("スクール・サポート・スタッフを全ての学校に配置する",
         "県は、印刷、採点の補助、来客対応等を担うスクール・サポート・スタッフを、全ての公立小中学校に配置すべきである。", []),
    ]),
]

CONCLUSION = [
    "働き方改革は、教職員が子供と向き合う時間を確保し、教育の質を高めるための取組である。"
    "県教育委員会には、本答申を踏まえた工程表を作成し、その進捗を毎年度公表することを求める。",
]

OPINIONS_LEAD = ("本審議会は、令和7年6月から12月までに5回の会議を開催した。"
                 "委員の主な意見と、これに対する事務局（県教育委員会）の考え方は次のとおりである。")

OPINIONS = [
    ("番号", "区分", "委員の主な意見", "事務局の考え方"),
    ("1", "業務の見直し", "県や国からの調査・照会が年間200件を超え、教頭がその回答に追われている。",
     "同種の調査を統合し、令和8年度から照会の件数を段階的に減らす方向で検討する。"),
    ("2", "業務の見直し", "給食費の未納者への督促を学級担任が行っており、精神的な負担が大きい。", "－"),
    ("3", "業務の見直し", "校務支援システムが市町村ごとに異なり、転勤のたびに操作を覚え直している。", "－"),
    ("4", "保護者対応", "夜9時過ぎに保護者から電話があり、翌日の授業準備ができなかったという声を多く聞く。", "－"),
    ("5", "保護者対応", "連絡アプリを導入した学校では、受付時間を決めたことで夜間の連絡がほぼなくなった。",
     "導入校の事例を取りまとめ、全県に周知する。"),
    ("6", "保護者対応", "保護者の要望が過大な場合に、学校だけで抱え込まずに相談できる先がほしい。", "－"),
    ("7", "部活動", "部活動の指導を生きがいとする教員もおり、一律の移行には反対の声もある。", "－"),
    ("8", "部活動", "地域の指導者に任せると、保護者の費用負担が増えることを心配する声がある。",
     "地域クラブの会費については、低所得世帯への補助を市町村とともに検討する。"),
    ("9", "部活動", "中山間地域では、受け皿となる団体や指導者が見つからない。", "－"),
    ("10", "人員体制", "産休の代替講師が見つからず、教頭が学級担任を兼ねている学校がある。",
     "退職教員等の講師登録を拡充し、年度途中の欠員に備える。"),
    ("11", "人員体制", "若手教員が一人で抱え込まないよう、学年で仕事を分け合う工夫が必要である。", "－"),
    ("12", "人員体制", "教員採用試験の倍率が下がっており、長時間勤務の印象が志望者を遠ざけている。", "－"),
    ("13", "人員体制", "スクール・サポート・スタッフが配置され、印刷や採点の補助が進んで大いに助かった。", "－"),
]


def add_page_field(paragraph) -> None:
    """Insert a PAGE field (page number) into a footer paragraph."""
    run = paragraph.add_run()
    for tag, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "annot-layouts6", "annot-layouts6"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.header.paragraphs[0].text = "架空県教育振興審議会答申（令和8年2月）"
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(foot)

    doc.add_paragraph(TITLE, style="Title")
    for align, text in COVER:
        p = doc.add_paragraph(text)
        if align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading("第１章　はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("第２章　教職員の勤務の現状と課題", level=1)
    doc.add_heading("１　勤務の実態", level=2)
    doc.add_paragraph("県教育委員会が令和7年10月に実施した勤務実態調査によれば、"
                      "時間外在校等時間が月45時間を超える教員の割合は次の表のとおりである。")
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in HOURS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    doc.add_paragraph("（表）時間外在校等時間が月45時間を超える教員の割合（令和7年10月）")
    doc.add_heading("２　主な課題", level=2)
    doc.add_paragraph("調査の結果と委員の意見を踏まえると、主な課題は次のとおりである。")
    for text in PROBLEMS:
        doc.add_paragraph("○　" + text)

    doc.add_heading("第３章　今後の推進方策", level=1)
    doc.add_paragraph("県教育委員会は、市町村教育委員会及び学校と連携し、次の方策に重点的に取り組むべきである。"
                      "方策は、学校が担う業務を減らすものと、教職員を支える体制を充実させるものに分けて示す。")
    for h2, measures in MEASURES:
        doc.add_heading(h2, level=2)
        for title, body, items in measures:
            run = doc.add_paragraph(style="List Number").add_run(title)
            run.bold = True
            p = doc.add_paragraph(body)
            p.paragraph_format.left_indent = Mm(7)
            for item in items:
                doc.add_paragraph(item, style="List Bullet 2")

    doc.add_heading("第４章　おわりに", level=1)
    for text in CONCLUSION:
        doc.add_paragraph(text)

    doc.add_heading("参考　審議の経過と委員の主な意見", level=1)
    doc.add_paragraph(OPINIONS_LEAD)
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(OPINIONS):
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
            if i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    for row in table.rows:
        for cell, width in zip(row.cells, (Mm(12), Mm(25), Mm(75), Mm(60))):
            cell.width = width
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
