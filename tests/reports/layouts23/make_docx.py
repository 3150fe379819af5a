"""Write taiyoko_kyosei.docx, a held-out test report (deterministic bytes).

Run from anywhere: ``python tests/reports/layouts23/make_docx.py``. The file is written beside
this script. Adapted from tests/reports/layouts21/make_docx.py: core properties and zip timestamps
are fixed, so two runs give the same bytes.
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
from docx.shared import Mm, Pt

OUT = Path(__file__).with_name("taiyoko_kyosei.docx")
FIXED_TIME = dt.datetime(2026, 11, 20, 9, 0, 0)
ZIP_TIME = (2026, 11, 20, 9, 0, 0)

TITLE = "地域と共生する太陽光発電の推進に向けた提言"
SUBTITLE = "～地域の信頼を得て、次の二十年へ～"
ISSUER = "一般社団法人 東雲県太陽光発電事業者協会"

INTRO = [
    "東雲県内の太陽光発電の導入量は、固定価格買取制度が始まった2012年度からの十四年間で約九倍に増え、"
    "県内の電力需要の一割を賄うまでになった。一方で、山林を切り開いた大規模な発電所や、住宅地に近接した"
    "小規模な発電所をめぐって、住民との間で摩擦が生じる例が増えている。",
    "当協会は、県内で発電事業を営む百二十八の会員で構成する団体である。会員の事業が地域に受け入れられ、"
    "長く続けられるよう、2026年度に会員アンケートと、発電所が立地する三つの地区での住民説明会を行った。"
    "本提言は、その結果を踏まえ、県及び業界が取り組むべき事項を取りまとめたものである。",
]

STATUS = ("県内の発電所は、出力五十キロワット未満の小規模なものが件数の九割以上を占める。"
          "一方、出力の合計では、山林などに設置された一メガワット以上の発電所が半分近くを占めている。")

TABLE_CAPTION = "表　出力規模別の発電所数と出力（2026年3月末、県調べ）"
TABLE = [
    ("出力規模", "発電所数", "出力の合計"),
    ("50kW未満", "18,420か所", "412MW"),
    ("50kW以上1MW未満", "1,136か所", "296MW"),
    ("1MW以上", "87か所", "618MW"),
]

PROBLEM_LEAD = "会員アンケート（回答96社）と住民説明会での意見から、地域の懸念と事業者側の課題を次の六点に整理した。"

PROBLEMS = [
    ("課題１", "事業の計画が地域に知らされないまま進んでいる",
     "県内には発電所の設置にあたって住民への説明を求める条例がなく、工事が始まってから計画を知ったという住民の声が多い。"
     "説明会を開いたと答えた会員は、全体の四割にとどまる。"),
    ("課題２", "斜面への設置による土砂災害の懸念が強い",
     "森林を伐採して斜面に設置した発電所で、2025年の豪雨の際に土砂の流出が二件発生した。"
     "排水施設の設計や維持管理の基準は、事業者によって異なっている。"),
    ("課題３", "小規模な発電所の保守点検が行われていない",
     "出力五十キロワット未満の発電所では、柵の破損や雑草の繁茂が放置されている例がある。"
     "所有者が県外の個人や投資家で、連絡先が分からない発電所も少なくない。"),
    ("課題４", "発電を終えた後の撤去費用が確保されていない",
     "廃棄費用の積立ては制度化されたが、積立額が実際の撤去費用を下回るおそれがある。"
     "事業者が倒産した場合に、パネルが放置される懸念もある。"),
    ("課題５", "景観への影響が大きい",
     "観光地や集落の近くに設置された発電所について、景観を損なうとの意見が寄せられている。"),
    ("課題６", "地域に利益が還元されていない",
     "発電による収益の多くは地域の外に流出しており、住民からは地元に何の恩恵もないという声が聞かれる。"),
]

PROBLEM_CLOSE = "なお、景観については、市町村の景観計画による対応が基本となるため、本提言では扱わない。"

REC_LEAD = ("以上の課題を踏まえ、次の五項目を提言する。Ⅰは主に県に対するもの、"
            "Ⅱは県と当協会が協力して取り組むべきものである。")

# (Heading 2, [(label, title, body, [items])])
RECS = [
    ("Ⅰ　地域との合意形成を進める", [
        ("Ⅰ－①", "発電所の計画段階で住民への説明を義務付ける条例を制定する",
         "県は、一定規模以上の発電所の設置にあたって、工事の着手前に住民説明会を開くことと、"
         "県への届出を事業者に義務付ける条例を制定すべきである。",
         ["説明会の対象とする出力と区域を、条例で明確に定める。",
          "届出の内容を県のウェブサイトで公表する。",
          "住民から寄せられた意見と事業者の対応を記録し、県に報告させる。"]),
        ("Ⅰ－②", "地域に利益を還元する仕組みを広げる",
         "県は、発電事業の収益の一部を地域に還元する取組を促すため、次の仕組みを設けるべきである。",
         ["収益の一部を地区の基金に拠出した事業者を、県が認定して公表する。",
          "災害時に発電所の電力を避難所で使えるよう、事業者と市町村の協定を後押しする。"]),
    ]),
    ("Ⅱ　設備の安全と適正な管理を確保する", [
        ("Ⅱ－①", "土砂災害のおそれがある区域での設置を抑制する",
         "県は、土砂災害警戒区域及び急傾斜地での発電所の設置を原則として認めない方針を明確にし、"
         "既存の発電所には排水施設の定期的な点検を求めるべきである。", []),
        ("Ⅱ－②", "小規模な発電所の保守点検を協会が支援する",
         "当協会は、県と協力して、小規模な発電所の保守点検を支援する体制を整える。",
         ["会員の技術者による巡回点検を、所有者の申込みに応じて安価に行う。",
          "地元の電気工事業者を保守の担い手として育成する研修を開く。",
          "県は、発電所の所有者の連絡先を、地元の市町村と共有する仕組みを整える。"]),
        ("Ⅱ－③", "撤去費用の確保を確実にする",
         "県は、国に対して積立額の見直しを求めるとともに、事業者が撤去の義務を果たさない場合に備え、"
         "市町村と連携した対応の手順を定めるべきである。", []),
    ]),
]

CONCLUSION = ("太陽光発電は、地域の理解があって初めて長く続けられる事業である。当協会は、会員への研修を通じて"
              "地域との対話を重ねるとともに、本提言の実現に向けて県と協力していく所存である。")

RECORD_META = ("開催：2026年8月～9月（大滝地区、八重田地区、小坂地区の3会場）　"
               "参加者：住民、自治会、町職員など延べ106名")

QA = [
    ("Ｑ１．裏山に発電所ができたが、大雨のたびに土砂が流れてこないか不安だ。（大滝地区・住民）",
     "Ａ１．排水施設の点検を事業者に求めるとともに、危険な区域での新たな設置を抑えるよう県に提言する。"),
    ("Ｑ２．計画を知ったのは、工事が始まってからだった。なぜ事前に説明がないのか。（大滝地区・自治会長）",
     "Ａ２．現在は説明の義務がない。工事の前に説明会を開くことを条例で定めるよう、県に求めていく。"),
    ("Ｑ３．二十年後、パネルは誰が片付けるのか。放置されるのではないか。（八重田地区・住民）",
     "Ａ３．撤去費用の積立ては制度化されているが、その額で十分かどうか検証が必要だと考えている。"),
    ("Ｑ４．地元には何の得もない。事業者だけがもうかるのではないか。（八重田地区・住民）",
     "Ａ４．収益の一部を地区に還元している会員の例を紹介し、同様の取組を広げていきたい。"),
    ("Ｑ５．パネルの反射光がまぶしくて、夕方は窓を開けられない。（小坂地区・住民）",
     "Ａ５．事業者とともに現地を確認し、パネルの角度の調整や植栽による対応を検討する。"),
]

OTHER = [
    "柵が壊れたまま何年も放置されている発電所がある。（小坂地区・住民）",
    "発電所の持ち主が誰なのか、町でも把握できていない。（町職員）",
    "災害で停電したときに電気を使わせてもらえるなら、発電所を歓迎したい。（八重田地区・消防団員）",
    "雑草が伸び放題で、夏場は火事が心配だ。（大滝地区・住民）",
    "山の上から見える景色が変わってしまい、寂しく思う。（小坂地区・住民）",
    "地元の電気屋に点検を任せてもらえれば、仕事にもなる。（八重田地区・電気工事業者）",
    "事業者が変わるたびに、以前の約束が引き継がれない。（大滝地区・自治会役員）",
]


def add_field(paragraph, instr: str, shown: str) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, f" {instr} "), ("separate", None), ("t", shown), ("end", None)):
        if kind == "t":
            el = OxmlElement("w:t")
            el.text = text
        elif kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def boxed(paragraph, fill: str = "E8F0E0") -> None:
    """Paragraph border on all four sides and a light shading (a framed heading line)."""
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "8")
        el.set(qn("w:space"), "4")
        el.set(qn("w:color"), "4F6228")
        bdr.append(el)
    ppr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)


def no_borders(table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "dtx-nlp tests", "dtx-nlp tests"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1

    section = doc.sections[0]
    head = section.header.paragraphs[0]
    head.text = ISSUER
    head.runs[0].font.size = Pt(8)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_field(foot, "PAGE", "1")
    foot.add_run(" / ")
    add_field(foot, "NUMPAGES", "4")

    # letter-style opening: date, addressee, title, subtitle, sender
    p = doc.add_paragraph("2026年11月20日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("東雲県知事　鷹取 修一　様")
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold, r.font.size = True, Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(SUBTITLE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph()
    for text in (ISSUER, "会長　南雲 孝之"):
        p = doc.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("１．はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("２．地域の懸念と課題", level=1)
    doc.add_paragraph(STATUS)
    doc.add_paragraph(TABLE_CAPTION).runs[0].font.size = Pt(9)
    grid = doc.add_table(rows=0, cols=3)
    grid.style = "Table Grid"
    for row in TABLE:
        for cell, text in zip(grid.add_row().cells, row):
            cell.text = text
    doc.add_paragraph()
    doc.add_paragraph(PROBLEM_LEAD)
    # a borderless layout table: label in the left cell, title + explanation in the right cell
    table = doc.add_table(rows=0, cols=2)
    no_borders(table)
    for label, title, body in PROBLEMS:
        left, right = table.add_row().cells
        left.width, right.width = Mm(20), Mm(140)
        left.paragraphs[0].add_run(label).bold = True
        right.paragraphs[0].add_run(title).bold = True
        right.add_paragraph(body)
    table.autofit = False
    table.columns[0].width, table.columns[1].width = Mm(20), Mm(140)
    doc.add_paragraph(PROBLEM_CLOSE)

    doc.add_heading("３．提言", level=1)
    doc.add_paragraph(REC_LEAD)
    for h2, recs in RECS:
        doc.add_heading(h2, level=2)
        for label, title, body, items in recs:
            p = doc.add_paragraph()
            p.add_run(label + "　" + title).bold = True
            p.paragraph_format.space_before = Pt(8)
            p.paragraph_format.keep_with_next = True
            boxed(p)
            doc.add_paragraph(body)
            for item in items:
                doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("４．おわりに", level=1)
    doc.add_paragraph(CONCLUSION)
    p = doc.add_paragraph("以上")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("別添　地域説明会における主な質疑", level=1)
    doc.add_paragraph(RECORD_META).runs[0].font.size = Pt(9)
    doc.add_heading("１　質疑応答", level=2)
    for question, answer in QA:
        doc.add_heading(question, level=3)
        p = doc.add_paragraph(answer)
        p.paragraph_format.left_indent = Mm(8)
    doc.add_heading("２　その他の主なご意見", level=2)
    for text in OTHER:
        doc.add_paragraph(text, style="List Bullet")
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
