"""Write mountain_rescue.docx, a held-out test report with real Word styles (deterministic).

Run from anywhere: ``python tests/reports/layouts12/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All bodies, people and figures are fictional (架空).
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).with_name("mountain_rescue.docx")
FIXED_TIME = dt.datetime(2026, 8, 20, 9, 0, 0)
ZIP_TIME = (2026, 8, 20, 9, 0, 0)

TITLE = "山岳遭難の防止と救助体制の充実に関する提言"
ISSUER = "あさぎ県山岳遭難対策協議会"
DATE = "令和8年8月"

INTRO = [
    "あさぎ県は標高二千メートルを超える山々を擁し、毎年多くの登山者が訪れる。一方で、県内の山岳遭難は増加が続き、"
    "令和7年には過去最多の148件を記録した。",
    "本協議会は、県警察、市町村、山小屋、山岳ガイド、通信事業者等で構成する。本提言は、令和8年春に行った関係者ヒアリングと"
    "三回の協議を踏まえ、遭難を減らし、起きた遭難に早く対応するための方策をまとめたものである。",
    "なお、本提言でいう山岳遭難には、冬季の山スキーや沢登りによるものも含めるが、観光地の遊歩道における事故は含めていない。"
    "また、ヒアリングの記録は参考資料として巻末に収めた。",
]

STATS = [
    ("年", "遭難件数", "遭難者数", "うち死亡・行方不明"),
    ("令和5年", "121件", "139人", "14人"),
    ("令和6年", "133件", "150人", "17人"),
    ("令和7年", "148件", "166人", "19人"),
]

# (bold lead, body)
PROBLEMS = [
    ("課題1　登山届の提出率が低い。",
     "登山口の届出箱や県の電子申請による登山届の提出率は、推計で四割程度にとどまる。届出がない場合、家族からの通報を受けても"
     "入山した山や経路が分からず、捜索の範囲を絞れない。"),
    ("課題2　装備や計画が不十分な登山者が増えている。",
     "動画や写真の投稿をきっかけに登山を始めた人が、季節や行程に合わない装備で入山する例が目立つ。道迷いと疲労による遭難が全体の半数を超える。"),
    ("課題3　救助に当たる人員が高齢化し、不足している。",
     "県警察山岳救助隊と地区の救助隊員の平均年齢は上昇を続け、夜間や悪天候時に出動できる人数が減っている。"),
    ("課題4　携帯電話の通じない区域が残っている。",
     "主要な登山道でも尾根や谷の一部は通話圏外であり、遭難者が自ら救助を求められない、あるいは通報が遅れる例がある。"),
    ("課題5　救助費用についての認識が共有されていない。",
     "県警察や消防の救助は無償であるが、民間のヘリコプターや民間救助隊の出動には費用がかかる。この違いが知られておらず、"
     "救助の要請をためらったり、後に費用をめぐって争いになったりする例がある。"),
    ("課題6　外国人登山者への情報提供が乏しい。",
     "外国人登山者は増えているが、登山道の案内や気象の注意情報の多くは日本語のみで提供されている。"),
]

# (heading 2 text, body, [items])
PROPOSALS = [
    ("一　登山届の提出を登山口で完結できる仕組みを整える",
     "県は、登山口に掲示した二次元コードから、その場で登山届を提出できるようにする。",
     ["提出した登山者に下山予定時刻を過ぎた時点で通知を送り、下山の報告を求める。",
      "届出様式に、山小屋の宿泊者名簿との照合に同意する欄を設ける。"]),
    ("二　救助の担い手を山小屋・山岳ガイドと共同で確保する",
     "県警察の救助隊だけに頼らず、山に慣れた山小屋の従業員や山岳ガイドを地区の救助協力者として登録する。",
     ["協力者の損害保険の加入費用は協議会が負担する。",
      "協力者を対象とした合同訓練を年二回実施する。"]),
    ("三　通話圏外の区域を地図で公表し、代わりの通報手段を広める",
     "県は通信事業者の協力を得て、主要な登山道の通話圏外区域を登山地図に示し、公表する。あわせて、衛星通信に対応した端末や、"
     "圏外では動き回らずに待つことなど、圏外での行動を周知する。", []),
    ("四　民間救助の費用の目安を事前に示す",
     "民間のヘリコプター等による救助に要する費用の目安を、県のウェブサイトと登山届の画面に掲載する。公的な救助は無償であることも併せて示し、"
     "必要な救助要請がためらわれないよう配慮する。", []),
    ("五　初めて山に登る人向けの計画相談を定期的に開く",
     "県は山岳会と共催で、初心者が山行の計画と装備を相談できる場を月一回設け、季節ごとの注意点を伝える。", []),
]

CONCLUSION = (
    "山岳遭難は、登山者自身の備えと、地域の救助体制の双方によって減らすことができる。"
    "とりわけ、登山届の提出と圏外での正しい行動が広まれば、捜索に要する時間は大きく短くなるはずである。"
    "県と関係機関が本提言を踏まえて役割を分担し、安全な登山の環境を整えることを期待する。"
)

HEARING_INTRO = "令和8年4月23日、あさぎ県庁で実施した関係者ヒアリングの主な発言は、次のとおりである（発言順、要旨）。"

HEARING = [
    ("A委員（山岳ガイド）", "登山口の届出箱は雨で用紙が濡れるうえ、回収も月に一度しかない。スマートフォンで出せる方が確実だ。"),
    ("B委員（山小屋経営者）", "小屋に泊まる客の名簿と登山届を突き合わせられれば、下山していない人に早く気付ける。"),
    ("事務局", "宿泊者名簿との照合は個人情報の扱いを整理する必要があるため、本人の同意を得る欄を届出に設ける方向で検討する。"),
    ("C委員（県警察山岳救助隊）", "隊員の平均年齢は五十歳を超え、夜の捜索に出られる者は年々減っている。"),
    ("D委員（北嶺町）", "地元の消防団にも山に入れる団員はほとんどいない。"),
    ("B委員（山小屋経営者）", "小屋の従業員は山を熟知しており、初動の捜索に協力できる。ただし、けがをしたときの補償がないと頼みにくい。"),
    ("事務局", "協力者の補償については、協議会として保険料を負担する案を用意している。"),
    ("A委員（山岳ガイド）", "圏外の尾根で道に迷った人が電波を探して歩き回り、かえって状況を悪くする例が多い。"),
    ("E委員（通信事業者）", "衛星と直接通信できる携帯端末が増えているが、登山者への周知が追いついていない。"),
    ("F委員（弁護士）", "民間ヘリの費用が数十万円になると知らずに要請し、後で紛争になった相談を受けたことがある。"),
    ("事務局", "県内の民間ヘリ事業者から料金の目安を聞き取り、県のウェブサイトに掲載できるか調整する。"),
    ("C委員（県警察山岳救助隊）", "費用の話ばかりが広まると、呼ぶのをためらって手遅れになる。警察の救助は無料だということも伝えてほしい。"),
    ("A委員（山岳ガイド）", "動画を見て初めて登る人が、夏の服装のまま秋の稜線に向かう。"),
    ("G委員（あさぎ山岳会）", "山岳会では初心者の計画相談を月一回受けており、県と共催することもできる。"),
    ("H委員（観光協会）", "英語や中国語の案内板が少なく、外国の方が分岐で迷っている。"),
    ("D委員（北嶺町）", "道標の整備にも予算を回してほしい。"),
]


def add_page_field(paragraph) -> None:
    run = paragraph.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def restart_numbering(doc, paragraph) -> None:
    """Give a List Number paragraph a new w:num that restarts at 1 (as an author would)."""
    numbering = doc.part.numbering_part.element
    style_numpr = doc.styles["List Number"].element.pPr.numPr
    old_id = style_numpr.numId.val
    old_num = numbering.num_having_numId(old_id)
    abstract_id = old_num.abstractNumId.val
    new_num = numbering.add_num(abstract_id)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    new_num.append(override)
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = new_num.numId


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, ISSUER, ISSUER
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = ISSUER + "　" + TITLE
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(footer)

    doc.add_paragraph(TITLE, style="Title")
    p = doc.add_paragraph(DATE + "\n" + ISSUER)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("第1章　はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("第2章　山岳遭難の現状と課題", level=1)
    doc.add_paragraph("県内の山岳遭難の推移は次のとおりである（県警察本部調べ）。")
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for row in STATS:
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
    doc.add_paragraph("遭難の内容と関係者からの聞き取りを分析した結果、次の課題が明らかになった。")
    for lead, body in PROBLEMS:
        p = doc.add_paragraph()
        p.add_run(lead).bold = True
        p.add_run(body)

    doc.add_heading("第3章　提言", level=1)
    doc.add_paragraph("本協議会は、以上の課題に対応するため、県及び関係機関に対して次の五点を提言する。")
    for heading, body, items in PROPOSALS:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(body)
        for i, item in enumerate(items):
            para = doc.add_paragraph(item, style="List Number")
            if i == 0:
                restart_numbering(doc, para)

    doc.add_heading("第4章　おわりに", level=1)
    doc.add_paragraph(CONCLUSION)

    doc.add_heading("参考資料　関係者ヒアリングの記録", level=1)
    doc.add_paragraph(HEARING_INTRO)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    for cell, value in zip(hdr, ("発言者", "発言要旨")):
        cell.paragraphs[0].add_run(value).bold = True
    for who, what in HEARING:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = who, what
    for row in table.rows:
        row.cells[0].width = Pt(120)
        row.cells[1].width = Pt(330)
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
