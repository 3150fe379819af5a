"""Write kyoin_hatarakikata.docx (python-docx, deterministic bytes).

Run from anywhere: ``python tests/reports/layouts38/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All bodies, people and figures are fictional.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("kyoin_hatarakikata.docx")
FIXED_TIME = dt.datetime(2026, 3, 1, 9, 0, 0)
ZIP_TIME = (2026, 3, 1, 9, 0, 0)

TITLE = "学校における働き方改革の推進に向けて"
COVER = ["学校における働き方改革推進会議　報告書", "令和８年３月", "架空県教育委員会"]
HEADER = "架空県教育委員会　学校における働き方改革推進会議"

INTRO = [
    "教員の長時間勤務は、教員自身の健康を損なうだけでなく、授業の準備や子どもと向き合う時間を奪い、"
    "教職を志す若者の減少にもつながっている。"
    "国は勤務時間の上限に関する指針を示しているが、県内の多くの学校では、なお上限を超える勤務が続いている。",
    "県教育委員会は、令和７年５月に、有識者、校長、教員及び保護者の代表からなる本会議を設置し、"
    "県内の公立小・中学校における勤務の実態を調べ、改善の方策を検討した。本報告書は、その結果を取りまとめたものである。",
    "検討に当たっては、教員意見交換会を開催し、現場の教員から直接意見を聴いた。その主な内容は資料として末尾に掲げる。",
]

PROBLEM_LEAD = (
    "令和７年度の勤務実態調査によると、時間外在校等時間が月４５時間を超える教員の割合は、"
    "小学校で３８％、中学校で５２％であった。調査と聞き取りの結果から、主な課題を次の表のとおり整理した。"
)

PROBLEM_TABLE = [
    ("No.", "課題", "主な内容"),
    ("1", "授業以外の事務作業が多い",
     "調査への回答、学校徴収金の管理、各種報告書の作成などに多くの時間が割かれている。同じ内容を複数の様式で報告する例も多い。"),
    ("2", "部活動の指導負担が大きい",
     "中学校では、休日の大会引率を含め、部活動の指導が勤務時間外に及んでいる。競技経験のない教員が顧問を務める例も少なくない。平日の練習も午後６時を過ぎることが多い。"),
    ("3", "保護者対応が長時間に及ぶ",
     "夜間や休日の電話対応が続き、一部の事案では対応が数か月に及んでいる。担任が一人で対応を抱え込む例が多い。"),
    ("4", "欠員が補充されない",
     "産休・病休の代替教員が見つからず、残った教員で授業を分担している学校がある。年度途中の欠員ほど補充が難しい。"),
    ("5", "勤務時間の把握が不正確である",
     "出退勤を自己申告で記録している学校があり、実際の在校時間より短く記録されている可能性がある。"),
    ("6", "校務用端末の更新が遅れている",
     "校務用パソコンの性能が低く、資料の作成や成績処理に時間がかかっている。端末の持ち帰りも認められていない。"),
]

MEASURES_LEAD = (
    "本会議は、上記の課題と教員意見交換会での意見を踏まえ、県教育委員会及び市町村教育委員会が"
    "取り組むべき対応策を次のとおり提言する。"
)

# (heading, body, [items])
MEASURES = [
    ("対応策１　学校への調査・照会を半減する",
     "県教育委員会は、学校に対する調査や照会を見直し、令和９年度までに件数を半減させる。"
     "回答は共通の電子様式とし、一度入力した数値を他の報告にも使えるようにする。"
     "市町村教育委員会にも、独自の調査の見直しを求める。",
     ["（ア）新たな調査を行う際は、事前に必要性を審査する",
      "（イ）学校徴収金の管理は、市町村教育委員会の事務とする"]),
    ("対応策２　休日の部活動を地域へ移行する",
     "中学校の休日の部活動を、地域のスポーツ団体や文化団体が担う形に段階的に移行し、"
     "指導を希望しない教員が休日の指導に当たらなくてよいようにする。"
     "移行に当たっては、指導者の確保と保護者の費用負担に配慮する。", []),
    ("対応策３　保護者対応を学校だけで抱え込まない体制をつくる",
     "勤務時間外は留守番電話で対応する取扱いを全校で徹底するとともに、"
     "解決が難しい事案には市町村教育委員会の相談窓口と弁護士が学校に代わって対応する。",
     ["（ア）保護者への連絡は、原則として連絡用アプリで行う",
      "（イ）相談窓口の連絡先を、年度当初に全家庭へ周知する"]),
    ("対応策４　代替教員の人材バンクを設ける",
     "教員免許を持ちながら教職に就いていない人や退職した教員を登録する人材バンクを設け、"
     "短時間勤務も含めて、欠員が生じた際に速やかに紹介できるようにする。"
     "登録者には、授業や学級経営に関する研修の機会を提供する。", []),
    ("対応策５　在校時間を客観的に記録する",
     "すべての学校でＩＣカードによる出退勤の記録を導入し、記録の後に校内で業務を続けることがないよう"
     "管理職が確認する。学校ごとの在校時間は毎年度公表する。"
     "上限を超える勤務が続く学校には、県教育委員会が業務の見直しを助言する。", []),
]

CONCLUSION = [
    "働き方改革は、教員の負担を減らすこと自体が目的ではなく、教員が子どもと向き合う時間を確保し、"
    "教育の質を高めるためのものである。"
    "そのためには、学校だけでなく、保護者や地域の理解と協力が欠かせない。",
    "本会議は、県教育委員会が本報告書の対応策を着実に実施し、その進捗を毎年度公表することを求める。"
    "あわせて、国に対しても、教職員定数の改善など制度面の対応を働きかけるよう期待する。",
]

RECORD_INFO = "開催日：令和７年９月２７日（土）　参加者：県内の小・中学校教員２４人、県教育委員会事務局"

# (group heading, [("remark"|"reply", speaker, text)])
RECORD = [
    ("グループ１（小学校）", [
        ("remark", "教諭Ａ", "毎月の調査物が多く、同じ数字を何度も別の様式に書き込んでいる。"),
        ("remark", "教諭Ｂ", "夜９時過ぎに保護者から電話がかかってくることがあり、出ないわけにもいかない。"),
        ("reply", "県教育委員会", "勤務時間外は留守番電話で対応している学校の事例を、全校に紹介したいと考えています。"),
        ("remark", "教諭Ｃ", "給食費の未納の督促まで担任が行っており、精神的な負担が大きい。"),
    ]),
    ("グループ２（中学校）", [
        ("remark", "教諭Ｄ", "休日はほぼ毎週部活動の引率があり、自分の子どもと過ごす時間がない。"),
        ("reply", "県教育委員会", "休日の部活動は、地域の団体への移行を段階的に進める方針です。"),
        ("remark", "教諭Ｅ", "育休の代わりの先生が半年間見つからず、学年の教員で授業を分け合った。"),
        ("remark", "教諭Ｆ", "退職した先輩の中には、短時間なら働きたいという人もいる。"),
        ("remark", "教諭Ｇ", "退勤の打刻をした後も職員室で仕事を続けている同僚がいる。"),
        ("reply", "県教育委員会", "記録は実態どおりに行うよう、管理職に改めて周知します。"),
        ("remark", "教諭Ｈ", "教員の給与の仕組みそのものを国に見直してもらうべきだ。"),
    ]),
]


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
    for line in COVER:
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)
    doc.add_heading("教員の勤務の現状と課題", level=1)
    doc.add_paragraph(PROBLEM_LEAD)
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in PROBLEM_TABLE:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    doc.add_heading("改革に向けた対応策", level=1)
    doc.add_paragraph(MEASURES_LEAD)
    for heading, body, items in MEASURES:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(body)
        for item in items:
            p = doc.add_paragraph(item)
            p.paragraph_format.left_indent = Pt(21)
    doc.add_heading("おわりに", level=1)
    for text in CONCLUSION:
        doc.add_paragraph(text)
    doc.add_paragraph("以上").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_page_break()
    doc.add_heading("資料　教員意見交換会の記録", level=1)
    doc.add_paragraph(RECORD_INFO)
    for group, turns in RECORD:
        doc.add_heading(group, level=2)
        for kind, speaker, text in turns:
            if kind == "remark":
                doc.add_paragraph(f"{speaker}：{text}")
            else:
                p = doc.add_paragraph(f"回答（{speaker}）：{text}")
                p.paragraph_format.left_indent = Pt(42)
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
