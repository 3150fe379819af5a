"""Write dento_kogei_chosa.docx, a held-out test report (deterministic bytes).

Run from anywhere: ``python tests/reports/layouts21/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm

OUT = Path(__file__).with_name("dento_kogei_chosa.docx")
FIXED_TIME = dt.datetime(2026, 9, 1, 9, 0, 0)
ZIP_TIME = (2026, 9, 1, 9, 0, 0)

TITLE = "伝統的工芸品産地における担い手の確保に関する調査研究"
SERIES = "調査研究報告 No.38"
ISSUER = "公益財団法人 朱鷺野県産業振興財団　地域産業研究部"

INTRO = [
    "県内には、国の伝統的工芸品に指定された朱鷺野塗と香月和紙をはじめ、十二の工芸品産地がある。"
    "いずれの産地でも職人の高齢化が進み、この二十年で従事者は半数以下に減った。",
    "本調査は、二つの産地の工房四十二か所への聞き取りと、産地懇談会での意見交換をもとに、"
    "若い担い手が産地に入り、定着するための方策を検討したものである。",
]

PROBLEM_LEAD = "聞き取りから、担い手の確保を妨げている要因として、次の点が明らかになった。"

PROBLEMS = [
    ("修業期間の収入が不安定である――",
     "弟子入りから独り立ちまでに七年から十年を要し、その間の給与は親方の工房が負担している。"
     "月収が十万円に満たない例もあり、若者が修業を断念する大きな理由となっている。"),
    ("親方の側に弟子を受け入れる余力がない――",
     "工房の多くは夫婦のみで営まれており、注文が減るなかで人を雇う余裕がない。"
     "受け入れを望む若者がいても、断らざるを得ない工房が少なくない。"),
    ("原材料と道具の供給が途絶えつつある――",
     "漆の採取者や刷毛を作る職人が減り、県外からの調達に頼っている。道具を作る職人の後継者も、ほとんどいない。"),
    ("技法が記録されていない――",
     "工程の多くは口伝えで受け継がれ、図や映像による記録がない。親方が病気で倒れると、その工房の技法が途絶えるおそれがある。"),
    ("販路が限られている――",
     "売上の七割を問屋経由の百貨店向け出荷が占め、若い職人が自ら作品を売る場が少ない。"),
    ("産地の住まいが確保しにくい――",
     "県外から来た若者が、工房の近くで手頃な住まいを見つけられない。"),
]

PROBLEM_CLOSE = "このほか、産地の知名度の低さを挙げる声もあったが、本調査では扱わない。"

TABLE = [
    ("産地", "従事者数（2006年）", "従事者数（2026年）", "うち60歳以上"),
    ("朱鷺野塗", "412人", "187人", "121人"),
    ("香月和紙", "96人", "38人", "27人"),
]

REC_LEAD = "第1章の課題を踏まえ、五つの方策を提案する。方策アからウは産地が主体となり、エとオは行政の役割が大きいものである。"

# (Heading 2, [(Heading 3, body, [items])])
RECS = [
    ("1　産地全体で取り組む方策", [
        ("方策ア　修業者の生活を支える奨励金制度を設ける",
         "県と産地組合は、修業中の若者に月額八万円を最長五年間支給する奨励金制度を共同で設けるべきである。",
         ["一、支給の条件は、親方の推薦と年一回の作品審査とする。",
          "二、修業を終えて県内で独立した者には、工房の開設費の一部を助成する。"]),
        ("方策イ　技法を映像と図で記録する",
         "産地組合は、大学と連携して主要な工程を映像と図解で記録し、修業者の教材として活用すべきである。", []),
        ("方策ウ　若手職人の共同販売の場をつくる",
         "産地組合は、若手職人が共同で出店できる常設の店舗と、オンラインの販売の場を設けるべきである。", []),
    ]),
    ("2　行政に求める方策", [
        ("方策エ　工房の受け入れ負担を軽減する",
         "県は、弟子を受け入れる工房に対し、次の支援を行うべきである。",
         ["一、指導に要する時間に応じて、指導料を工房に支払う。",
          "二、受け入れに伴う作業場の改修費を補助する。",
          "三、複数の工房が共同で弟子を育てる「共同工房」の運営を支援する。"]),
        ("方策オ　原材料と道具の確保に取り組む",
         "県は、漆の植栽と採取者の育成を進めるとともに、道具を作る職人を伝統工芸の担い手として支援の対象に加えるべきである。", []),
    ]),
]

CONCLUSION = (
    "工芸品の技は、人から人へ手渡されなければ残らない。担い手の確保は一つの工房の努力では限界があり、"
    "産地と行政が役割を分け合って取り組むことが求められる。"
)

RECORD_META = "開催日：2026年6月20日（朱鷺野塗の部）、6月27日（香月和紙の部）　参加者：職人、修業者、問屋など延べ41名"

# (Heading 2, [("remark", text, attribution) | ("reply", text)])
RECORD = [
    ("朱鷺野塗の部（輪ノ内町）", [
        ("remark", "「弟子には十分な給料を払いたいが、今の注文では一人分がやっとだ」", "――塗師・60代"),
        ("reply", "財団からの説明　指導に要する時間に応じた指導料を、県の制度として設けるよう提案したい。"),
        ("remark", "「修業中に生活費が足りず、夜はコンビニで働いている」", "――修業者・20代"),
        ("remark", "「漆の木を植えても、採れるまで十五年かかる。今から始めないと間に合わない」", "――漆採取者・70代"),
        ("remark", "「刷毛を作る職人が県内に一人しかいない」", "――蒔絵師・50代"),
        ("reply", "財団からの説明　道具を作る職人も、担い手の支援の対象とするよう県に求めていく。"),
        ("remark", "「百貨店の催事が減り、問屋の在庫も増えている」", "――問屋・60代"),
        ("remark", "「親方の手元を動画で撮らせてもらえれば、家でも繰り返し学べる」", "――修業者・30代"),
    ]),
    ("香月和紙の部（香月市）", [
        ("remark", "「紙漉きは冬の仕事で、夏の収入をどうするかが悩みだ」", "――紙漉き職人・40代"),
        ("remark", "「自分の紙を自分で売りたいが、店を借りる資金がない」", "――若手職人・30代"),
        ("reply", "財団からの説明　若手が共同で使える店舗の開設を、産地組合と検討している。"),
        ("remark", "「うちの工房だけで弟子を育てるのは無理だが、三軒で一人なら育てられる」", "――紙漉き職人・60代"),
        ("remark", "「移住してきたが、工房の近くに空き家があっても貸してもらえない」", "――修業者・20代"),
        ("reply", "財団からの説明　空き家の紹介について、香月市の移住担当と協議する。"),
        ("remark", "「先代の技法を誰も書き残していない」", "――紙漉き職人・70代"),
        ("remark", "「海外の見本市に出したら、若い人の作品の方が売れた」", "――工芸作家・30代"),
    ]),
]


def add_page_field(paragraph) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == "1":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def set_columns(section, num: int) -> None:
    sect = section._sectPr
    for old in sect.findall(qn("w:cols")):
        sect.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), "425")
    cols.set(qn("w:sep"), "1")
    sect.append(cols)


def hanging(paragraph, left_mm: float = 8, hang_mm: float = 4) -> None:
    fmt = paragraph.paragraph_format
    fmt.left_indent = Mm(left_mm)
    fmt.first_line_indent = -Mm(hang_mm)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "dtx-nlp tests", "dtx-nlp tests"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1

    # cover: framed one-cell table with series, title and subtitle; issuer below
    first = doc.sections[0]
    first.different_first_page_header_footer = True
    cover = doc.add_table(rows=1, cols=1)
    cover.style = "Table Grid"
    cell = cover.rows[0].cells[0]
    cell.paragraphs[0].text = SERIES
    p = cell.add_paragraph()
    r = p.add_run(TITLE)
    r.bold, r.font.size = True, Pt(18)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = cell.add_paragraph("―産地の工房への聞き取りから―")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text in ("2026年9月", ISSUER):
        p = doc.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    head = first.header.paragraphs[0]
    head.text = "朱鷺野県産業振興財団　" + SERIES
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot = first.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(foot)

    doc.add_heading("序章　調査の目的と方法", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("第1章　産地の現状と課題", level=1)
    doc.add_paragraph("表1　産地の従事者数の推移")
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for row in TABLE:
        cells = table.add_row().cells
        for c, text in zip(cells, row):
            c.text = text
    doc.add_paragraph(PROBLEM_LEAD)
    for lead, body in PROBLEMS:
        p = doc.add_paragraph()
        r = p.add_run(lead)
        r.bold = True
        r.underline = True
        p.add_run("　" + body)
    doc.add_paragraph(PROBLEM_CLOSE)

    doc.add_heading("第2章　担い手確保に向けた方策", level=1)
    doc.add_paragraph(REC_LEAD)
    for h2, recs in RECS:
        doc.add_heading(h2, level=2)
        for h3, body, items in recs:
            doc.add_heading(h3, level=3)
            doc.add_paragraph(body)
            for item in items:
                hanging(doc.add_paragraph(item), 10, 6)

    doc.add_heading("終章　むすび", level=1)
    doc.add_paragraph(CONCLUSION)

    # the record in a two-column section on a new page
    rec_section = doc.add_section(WD_SECTION.NEW_PAGE)
    set_columns(rec_section, 2)
    doc.add_heading("付録　産地懇談会の記録", level=1)
    doc.add_paragraph(RECORD_META).runs[0].font.size = Pt(9)
    for h2, turns in RECORD:
        doc.add_heading(h2, level=2)
        for turn in turns:
            if turn[0] == "remark":
                doc.add_paragraph(turn[1], style="Quote")
                p = doc.add_paragraph(turn[2])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                doc.add_paragraph(turn[1], style="Intense Quote")
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
