"""Write iken_hydrogen.docx, a fictional business-federation opinion paper (deterministic).

Run from anywhere: ``python tests/reports/layouts8/make_docx.py``. The file is written beside this
script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All names, organisations and figures are invented (架空).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm

OUT = Path(__file__).with_name("iken_hydrogen.docx")
FIXED_TIME = dt.datetime(2026, 9, 17, 9, 0, 0)
ZIP_TIME = (2026, 9, 17, 9, 0, 0)

TITLE = "水素の社会実装の加速に向けた意見"
DATE = "2026年9月17日"
ISSUER = ["一般社団法人 架空経済同友連合", "エネルギー・環境委員会"]

INTRO = [
    "水素は、発電、鉄鋼、化学、運輸など、電化だけでは脱炭素化が難しい分野の排出削減に欠かせないエネルギーである。"
    "わが国は早くから水素の利活用に取り組んできたが、商用規模の供給網の構築では海外に後れを取りつつある。",
    "当連合は、会員企業との意見交換を重ね、供給と需要の双方が動き出すための課題を整理した。"
    "政府におかれては、以下の意見を今後の制度設計と予算編成に反映されるよう求める。",
    "本意見は、当連合が2025年に公表した提言「脱炭素と産業競争力の両立」を踏まえ、その後の情勢の変化を反映したものである。"
    "なお、本意見でいう水素には、水素を原料とするアンモニアや合成燃料を含む。",
]

PROBLEM_LEAD = "会員企業への聞き取りから、水素の社会実装を阻む主な課題として次の六点が挙げられる。"

# (bold lead sentence, rest of the paragraph) -> List Number paragraphs
PROBLEMS = [
    ("水素の供給価格が既存の燃料と比べて依然として高い。",
     "輸入水素の到着価格は天然ガスの数倍とされ、価格差の支援なしには需要家が採算を見込めない。"),
    ("需要がまとまらず、供給側の投資判断が進まない。",
     "需要家の多くは一社あたりの使用量が小さく、長期の購入契約を結べる事業者が限られている。"),
    ("受入れと貯蔵の拠点となる港湾の整備が遅れている。",
     "液化水素やアンモニアを受け入れる岸壁やタンクの用地は、既存の港湾計画に十分位置づけられていない。"),
    ("保安規制が複数の法律に分かれ、手続が長期化している。",
     "同じ設備について複数の法令に基づく審査が必要となり、計画から着工までに数年を要する例がある。"),
    ("水素を扱える技術者と技能者が不足している。",
     "設備の設計、施工、保守のいずれの段階でも経験者が少なく、教育の場も限られている。"),
    ("地域住民の安全性への理解が十分に得られていない。",
     "拠点の候補地では、爆発や漏えいへの不安から説明会で反対意見が出されることがある。"),
]

PROBLEM_TAIL = ("これらの課題は互いに結びついている。価格が下がらなければ需要は増えず、需要が見えなければ拠点や人材への投資も進まない。"
                "この循環を断ち切るには、供給と需要の双方に同時に働きかける政策が必要である。")

REQUEST_LEAD = "以上の課題を踏まえ、政府に対し、次の事項を要望する。"

# (Heading 2 text, body, [items]) ; items are typed with a leading "・" in List Paragraph style
REQUESTS = [
    ("1．価格差に着目した支援制度を柔軟に運用する",
     "既存燃料との価格差を補う支援制度について、個々の案件の事情に応じて運用できるようにすべきである。"
     "制度の硬直的な運用は、かえって大規模な投資の判断を遅らせるおそれがある。",
     ["設備の更新時期に合わせて、支援期間を案件ごとに延長できるようにする",
      "採択の審査基準と日程をあらかじめ公表し、予見可能性を高める"]),
    ("2．需要の創出と集約を官民で進める",
     "複数の需要家が共同で水素を調達できる枠組みを設けるとともに、公共部門が率先して水素由来の製品を調達し、"
     "初期の需要を下支えすべきである。",
     []),
    ("3．港湾を中心とした供給拠点の整備を前倒しする",
     "水素の受入れ拠点となる港湾を早期に指定し、岸壁やタンク用地の整備を国の事業として前倒しで進めるべきである。",
     ["港湾計画の変更手続を簡素化し、岸壁の改修期間を短縮する",
      "既存のガス導管やタンクを水素用に転用するための技術実証を国が支援する"]),
    ("4．保安規制を一元化し、手続を迅速化する",
     "水素設備に関わる規制を体系的に見直し、安全の水準を保ちつつ事業者の負担を軽減すべきである。",
     ["複数の法令にまたがる審査の窓口を一本化する",
      "審査期間の標準的な目標を定めて公表する",
      "海外の認証を取得した機器について、国内での試験の一部を省略できるようにする"]),
    ("5．水素を扱う人材の育成を産学官で進める",
     "高等専門学校や大学、職業訓練施設に実習設備を整備し、現場で水素を扱える資格者の育成を加速すべきである。"
     "あわせて、既に現場で働く技術者が短期間で必要な資格を取得できるよう、講習の機会と費用の支援を拡充すべきである。",
     []),
]

CONCLUSION = [
    "水素の供給網は、一度形成されれば長期にわたり産業の競争力を左右する。"
    "今後数年間の政策判断が、わが国が水素を使いこなす国になれるかどうかを決めると言っても過言ではない。",
    "当連合としても、会員企業の共同調達の検討や人材育成への協力を通じて、水素の社会実装に積極的に貢献していく。",
]

HEARING_LEAD = ("2026年7月から8月にかけて三回開催した会員企業との意見交換会における主な意見と、"
                "それに対する事務局の考え方は、次の表のとおりである。")

# (theme or "", remark, secretariat's view or "―")
HEARING = [
    ("価格と需要", "支援の対象期間が十五年では、炉の更新サイクルに合わず投資判断ができない。（鉄鋼）",
     "支援期間を案件の実情に応じて調整できるよう、政府に求めていく。"),
    ("", "石炭火力への混焼で需要を生み出せるが、炭素価格の将来の水準が見通せない。（電力）", "―"),
    ("", "一社ではまとまった量を購入できない。近隣の工場と共同で調達できる仕組みがほしい。（化学）", "―"),
    ("", "燃料電池トラックは車両価格が高く、水素ステーションの数も足りない。（運輸）", "―"),
    ("", "公共調達で水素由来の製品を優先すれば、初期の需要を下支えできる。（商社）",
     "公共部門による調達を要望事項に盛り込む。"),
    ("供給インフラ", "受入基地の用地は確保できても、岸壁の改修に十年近くかかる。（港湾運送）", "―"),
    ("", "既存のガス導管を転用できるかどうか、技術的な検証が足りていない。（ガス）", "―"),
    ("", "地域の中小企業が関われる事業の規模が分からず、融資の判断がしにくい。（地方銀行）", "―"),
    ("規制と人材", "同じ設備について高圧ガス保安法と消防法の両方で別々に審査を受け、着工までに二年かかった。（エンジニアリング）",
     "審査窓口の一元化と審査期間の目標設定を求める。"),
    ("", "海外の基準で認証を取った部品を国内で使うのに、改めて同じ試験が必要になる。（機械）", "―"),
    ("", "水素の実習設備を持つ学校が少なく、学生が実物に触れる機会がない。（教育）", "―"),
    ("", "現場で水素を扱える有資格者が足りず、工程が組めない。（建設）",
     "資格取得への支援策を業界団体とともに検討する。"),
]


def add_page_number(paragraph) -> None:
    """Footer 'PAGE' field, as Word inserts it."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "架空経済同友連合", "架空経済同友連合"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.header.paragraphs[0].text = "架空経済同友連合　意見書"
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number(footer)

    doc.add_paragraph(TITLE, style="Title")
    date = doc.add_paragraph(DATE)
    date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in ISSUER:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Ⅰ．基本的な考え方", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("Ⅱ．現状認識と課題", level=1)
    doc.add_paragraph(PROBLEM_LEAD)
    for lead, rest in PROBLEMS:
        p = doc.add_paragraph(style="List Number")
        p.add_run(lead).bold = True
        p.add_run(rest)
    doc.add_paragraph(PROBLEM_TAIL)

    doc.add_heading("Ⅲ．要望事項", level=1)
    doc.add_paragraph(REQUEST_LEAD)
    for heading, body, items in REQUESTS:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(body)
        for item in items:
            p = doc.add_paragraph("・" + item, style="List Paragraph")
            p.paragraph_format.left_indent = Mm(8)
            p.paragraph_format.first_line_indent = Mm(-4)

    doc.add_heading("Ⅳ．おわりに", level=1)
    for text in CONCLUSION:
        doc.add_paragraph(text)

    doc.add_heading("参考　会員企業との意見交換会の概要", level=1)
    doc.add_paragraph(HEARING_LEAD)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    head = table.rows[0].cells
    head[0].text, head[1].text, head[2].text = "テーマ", "主な意見（業種）", "事務局の考え方"
    for cell in head:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for theme, remark, view in HEARING:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = theme, remark, view
    # merge the theme column over the rows of each theme, as an author would
    start = 1
    for i in range(2, len(HEARING) + 2):
        if i == len(HEARING) + 1 or HEARING[i - 1][0]:
            if i - 1 > start:
                text = table.cell(start, 0).text
                merged = table.cell(start, 0).merge(table.cell(i - 1, 0))
                merged.text = text
            start = i
    doc.add_paragraph("（注）表中の括弧内は発言者の業種である。").runs[0].font.size = Pt(9)
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
