"""Write toshin.docx, a held-out test report (prefectural council report, 答申) with real Word styles.

Run from anywhere: ``python tests/reports/layouts7/make_docx.py``. The file is written beside this
script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All names, bodies and figures are fictional (架空).
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

OUT = Path(__file__).with_name("toshin.docx")
FIXED_TIME = dt.datetime(2026, 9, 30, 9, 0, 0)
ZIP_TIME = (2026, 9, 30, 9, 0, 0)

TITLE = "外国人県民との共生社会づくりに向けた今後の施策の在り方について（答申）"

LETTER_HEAD = ["架多審第１２号", "令和8年9月30日"]
ADDRESSEE = "架空県知事　架空 太郎　様"
SENDER = ["架空県多文化共生推進審議会", "会長　架空 花子"]
LEAD = ("令和7年6月10日付けで諮問のあった標記のことについて、本審議会において慎重に審議した結果、"
        "下記のとおり答申します。")

INTRO = [
    "県内に住む外国人県民は、この10年で約1.8倍に増え、令和8年1月には3万4千人を超えた。"
    "国籍は40か国以上に及び、就労を目的とする人だけでなく、家族とともに長く暮らす人も増えている。",
    "本審議会は、外国人県民が地域の一員として安心して暮らし、その力を発揮できる社会を実現するため、"
    "計7回の審議に加え、県内2会場で外国人県民や支援者との意見交換会を開催し、今後の施策の在り方を検討した。",
]

CONTEXT_1 = "外国人県民の数の推移は次のとおりである。"
TABLE_NUM = [
    ("年", "外国人県民数", "県人口に占める割合"),
    ("平成28年", "18,920人", "1.0%"),
    ("令和3年", "26,410人", "1.4%"),
    ("令和8年", "34,180人", "1.9%"),
]
CONTEXT_2 = "審議の結果、本審議会は、特に次の課題に取り組む必要があると考える。"

# (bold lead, rest) -- List Number paragraphs, the number is Word's automatic numbering
PROBLEMS = [
    ("相談窓口が市町村ごとに分かれている。",
     "小規模な町村には外国人向けの窓口がなく、遠方から県の国際交流協会まで相談に来る人もいる。"
     "相談員の多くは非常勤で、経験が蓄積されにくい。"),
    ("行政の情報が外国人県民に届いていない。",
     "ごみの出し方や税の手続、災害時の避難の情報が日本語でのみ発信されることが多く、必要な人に届いていない。"),
    ("日本語を学ぶ機会に地域差がある。",
     "日本語教室の多くはボランティアが運営しており、教室のない市町村が県内の約4割を占める。"),
    ("職場での困りごとが相談につながらない。",
     "技能実習や特定技能で働く人の中には、賃金や労働時間の問題を抱えながら、どこに相談すればよいか分からない人がいる。"),
    ("住まいを借りにくい。",
     "保証人が見つからないことや言葉への不安を理由に、入居を断られる事例が報告されている。"),
    ("地域社会とのつながりが薄い。",
     "自治会や地域の行事に参加する外国人県民は少なく、日本人住民と交流する機会が限られている。"),
]

REC_PREAMBLE = "以上の課題を踏まえ、県が今後取り組むべき施策の方向性を次のとおり示す。"

# (Heading 2 text, body, [items with printed ア/イ/ウ markers])
RECS = [
    ("1　相談体制を一元化し、身近な場所で相談できるようにする",
     "県と市町村の役割分担を明確にし、どの地域に住んでいても母語で相談できる体制を整えるべきである。",
     ["ア　県の国際交流協会に「多文化共生総合相談センター」を置き、市町村の窓口を後方から支援する。",
      "イ　オンライン通訳を活用し、窓口のない町村でも母語で相談できるようにする。",
      "ウ　相談員の常勤化を進め、経験に応じた研修を体系的に行う。"]),
    ("2　やさしい日本語と多言語による情報発信を進める",
     "県が発信する生活情報と防災情報は、やさしい日本語を基本とし、主要な6言語に翻訳して届けるべきである。",
     ["ア　市町村の職員を対象に、やさしい日本語の研修を毎年行う。",
      "イ　災害時の避難情報は、多言語の音声とメールで速やかに配信する。"]),
    ("3　地域日本語教室の空白地域を解消する",
     "教室のない市町村に県が日本語教育コーディネーターを派遣して立ち上げを支援するとともに、"
     "夜間や休日、オンラインで学べる教室を含め、ボランティアの育成と運営費の助成を行うべきである。",
     []),
    ("4　働く外国人県民の職場への定着を支える",
     "労働局や経済団体と連携し、受入れ企業向けの研修と、母語で受けられる労働相談を充実させるべきである。",
     []),
    ("5　地域社会への参加を促す",
     "外国人県民が地域の担い手として活躍できるよう、市町村や自治会と連携して次の取組を進めるべきである。",
     ["ア　転入の手続の際に、自治会の仕組みや地域の決まりを母語で説明する機会を設ける。",
      "イ　地域の防災訓練や祭りなどの行事への参加を呼びかけ、交流のきっかけをつくる。"]),
]

CONCLUSION = [
    "外国人県民との共生は、行政だけで実現できるものではない。県には、本答申を踏まえて次期の多文化共生推進プランを策定し、"
    "市町村、企業、支援団体、そして外国人県民自身とともに施策を進めることを期待する。",
    "なお、住まいの確保については、不動産関係団体を交えた検討が必要であり、引き続き審議会で議論を深めたい。",
]

APPENDIX_LEAD = ("審議の参考とするため、令和8年1月から2月にかけて県内2会場で外国人県民及び支援者との意見交換会を開催した。"
                 "主な意見と、その場での委員又は事務局の応答は次のとおりである。")

# (Heading 2, rows of (No., remark, reply or "－"))
MEETINGS = [
    ("テーマ1　生活相談と情報発信（令和8年1月24日　架空市）", [
        ("1", "市役所に相談に行っても、担当の課をたらい回しにされ、結局何も解決しなかった。",
         "一つの窓口でまとめて受け付ける仕組みを検討する必要があると考えます。（委員）"),
        ("2", "台風のとき避難所の場所が分からず、同じ国の友人に電話で聞いて移動した。", "－"),
        ("3", "市の広報誌はふりがながなく、子どもに読んでもらっている。",
         "市町村と協力して、やさしい日本語での発信を広げていきます。（事務局）"),
        ("4", "運転免許の学科試験を受けられる言語が少なく、仕事の幅が広がらない。", "－"),
        ("5", "役所から届く封筒を見ても、大切な書類かどうか分からない。", "－"),
        ("6", "私の住む村には通訳がいないので、隣の市まで行って相談している。", "－"),
    ]),
    ("テーマ2　就労と地域参加（令和8年2月14日　架空市）", [
        ("7", "残業代が払われていないが、会社に言うと仕事を失うのではないかと不安である。",
         "母語で相談できる労働相談の窓口を、労働局と連携して周知します。（事務局）"),
        ("8", "日本語教室は週に1回の夜だけで、交代勤務のため通えない。", "－"),
        ("9", "近所の人と話したいが、自治会に入る方法が分からない。",
         "転入時に自治会の仕組みを説明する取組を市町村に働きかけます。（委員）"),
        ("10", "アパートを探したが、外国人は不可と言われた物件が多かった。", "－"),
        ("11", "地域の祭りに誘われて参加したら、近所の人と話すきっかけができた。", "－"),
        ("12", "受入れ企業の側も、外国人社員への接し方を学ぶ研修があれば参加したい。", "－"),
    ]),
]


def east_asian_font(style, name: str) -> None:
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)


def page_number(paragraph) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def table(doc, rows, widths) -> None:
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, value in enumerate(row):
            cells[j].text = value
            cells[j].width = Mm(widths[j])
            if i == 0:
                cells[j].paragraphs[0].runs[0].bold = True


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "架空県多文化共生推進審議会", "annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
        east_asian_font(doc.styles[name], "ＭＳ 明朝" if name == "Normal" else "ＭＳ ゴシック")
    doc.styles["Normal"].font.size = Pt(10.5)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.header.paragraphs[0].text = "架空県多文化共生推進審議会　答申"
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_number(footer)

    for line in LETTER_HEAD:
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(ADDRESSEE)
    for line in SENDER:
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(LEAD)
    doc.add_paragraph("記").alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("第1　はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("第2　外国人県民を取り巻く現状と課題", level=1)
    doc.add_paragraph(CONTEXT_1)
    table(doc, TABLE_NUM, (30, 40, 50))
    doc.add_paragraph(CONTEXT_2)
    for lead, rest in PROBLEMS:
        p = doc.add_paragraph(style="List Number")
        p.add_run(lead).bold = True
        p.add_run(rest)

    doc.add_heading("第3　今後の施策の方向性", level=1)
    doc.add_paragraph(REC_PREAMBLE)
    for heading, body, items in RECS:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(body)
        for item in items:
            p = doc.add_paragraph(item)
            p.paragraph_format.left_indent = Mm(5)
            p.paragraph_format.first_line_indent = Mm(-5)

    doc.add_heading("第4　おわりに", level=1)
    for text in CONCLUSION:
        doc.add_paragraph(text)
    doc.add_paragraph("以上").alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_page_break()
    doc.add_heading("参考資料　地域意見交換会の概要", level=1)
    doc.add_paragraph(APPENDIX_LEAD)
    for heading, rows in MEETINGS:
        doc.add_heading(heading, level=2)
        table(doc, [("No.", "意見の要旨", "委員・事務局の応答")] + rows, (12, 90, 70))
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
