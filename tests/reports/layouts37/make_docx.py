"""Write tabunka_plan.docx, a municipal plan with a public-comment result table (deterministic).

Run from anywhere: ``python tests/reports/layouts37/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All names and figures are fictional.
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

OUT = Path(__file__).with_name("tabunka_plan.docx")
FIXED_TIME = dt.datetime(2026, 3, 1, 9, 0, 0)
ZIP_TIME = (2026, 3, 1, 9, 0, 0)

TITLE = "朝霧市多文化共生推進プラン（第２次）"
COVER = ["令和８年度～令和１２年度", "令和８年３月", "朝　霧　市"]

INTRO = [
    "本市の外国人住民は令和７年１２月末で４，２１０人となり、総人口の５．８％を占める。"
    "国籍はベトナム、フィリピン、ネパールなど３０か国以上に及び、働く世代とその家族の増加が目立つ。",
    "本プランは、第１次プランの成果を振り返るとともに、令和７年度に実施した外国人住民意識調査の結果と、"
    "プラン案に対する市民意見募集の結果を踏まえ、今後５年間の施策の方向を定めるものである。",
    "計画期間は令和８年度から令和１２年度までの５年間とし、国の制度改正や社会情勢の変化に応じて、"
    "必要な見直しを行う。",
]

PROBLEM_LEAD = ("意識調査では、「日本語が分からず困ったことがある」と答えた人が６２％に上った。"
                "調査結果と関係団体への聞き取りから、主な課題を次のとおり整理した。")

PROBLEMS = [
    ("◆日本語を学ぶ機会の不足",
     "市内の日本語教室はボランティアが運営する２か所のみで、いずれも平日の昼間の開催である。"
     "働きながら学べる場がほとんどない。"),
    ("◆行政情報が届きにくい",
     "市の案内の多くは日本語のみで作成されており、ごみの出し方や健診などの情報が十分に伝わっていない。"
     "翻訳された案内も、内容が専門的で理解しにくいとの声がある。"),
    ("◆子どもの学習と進路",
     "日本語指導が必要な児童生徒は５年で約２倍に増えたが、支援員は３人にとどまる。"
     "高校進学の仕組みも保護者に知られていない。"),
    ("◆相談窓口の体制",
     "外国人相談窓口の開設は週３日で、対応言語も英語と中国語に限られる。"
     "相談を受けても、他の課の手続につなぐまでの支援が十分でない。"),
    ("◆災害への備え",
     "避難所の場所や避難の方法を知らないと答えた外国人住民が７割を超えている。"
     "地震の経験が少ない国の出身者も多く、備えの必要性が十分に理解されていない。"),
    ("◆地域との交流の機会",
     "自治会に加入している外国人住民は１割程度にとどまり、近所付き合いのきっかけが少ない。"),
]

MEASURES_LEAD = "課題を踏まえ、三つの基本目標の下に次の施策を展開する。"

# (group heading, [(measure heading, body, [items])])
MEASURES = [
    ("基本目標１　ことばの壁をなくす", [
        ("施策１　地域日本語教室の拡充",
         "働く外国人住民が通えるよう、日本語教室の開催日時と会場を広げる。"
         "教室の運営を担うボランティアの養成講座も毎年開く。",
         ["公民館を会場とした夜間・土曜日の教室の開設",
          "受入企業と連携した職場での日本語講座の実施"]),
        ("施策２　多言語とやさしい日本語による情報発信",
         "市の主要な案内を５言語で作成するとともに、やさしい日本語を併記し、"
         "生活に関わる情報を分かりやすく届ける。", []),
    ]),
    ("基本目標２　安心して暮らせる環境をつくる", [
        ("施策３　子どもの学びと進路の支援",
         "日本語指導の体制を強化し、子どもと保護者が進路を選べるよう支援する。"
         "支援員が在籍校を巡回する回数も増やす。",
         ["日本語指導支援員の３人から６人への増員",
          "中学生と保護者を対象とした通訳付きの進路説明会の開催"]),
        ("施策４　外国人相談窓口の充実",
         "相談窓口の開設日を平日毎日に拡大し、タブレット端末の通訳機能を用いて対応言語を増やす。"
         "また、相談員が市役所の各課での手続に同行する仕組みを設ける。", []),
        ("施策５　防災の備えの支援",
         "外国人住民向けの防災講座を母語の通訳付きで開くとともに、避難所に多言語の案内表示を備える。",
         ["外国人住民向け防災講座の年２回以上の開催",
          "避難所の案内表示へのピクトグラムの活用と多言語の併記"]),
    ]),
]

CLOSING = [
    "本プランの推進に当たっては、庁内の関係課で構成する推進会議を設け、毎年度、施策の実施状況を点検する。",
    "また、外国人住民の代表を含む懇話会を開き、当事者の声を施策の見直しに生かしていく。"
    "施策の実施状況は、毎年度、やさしい日本語を含む複数の言語で公表する。",
]

PUBCOM_LEAD = [
    "募集期間：令和８年１月５日～２月４日　　意見提出者：９人（１２件）",
    "提出された意見の概要と市の考え方は次のとおりです。意見は趣旨を損なわない範囲で要約しています。",
]

PUBCOM = [
    ("No.", "該当箇所", "意見の概要", "市の考え方"),
    ("1", "施策１", "仕事が終わってから通える日本語教室がない。夜や土日に開いてほしい。",
     "ご意見を踏まえ、公民館での夜間・土曜日の教室の開設を施策１に盛り込みました。"),
    ("2", "施策１", "技能実習生を雇っている。社員が職場で日本語を学べる仕組みがあれば協力したい。",
     "受入企業と連携した講座の実施を施策１の取組として位置付けました。"),
    ("3", "施策２", "翻訳された案内も言葉が難しい。やさしい日本語の方が分かる外国人も多いと思う。",
     "ご意見を踏まえ、施策２に「やさしい日本語」の併記を追記しました。"),
    ("4", "施策２", "市のホームページは外国人にはほとんど見られていない。",
     "発信の方法については、今後の参考とさせていただきます。"),
    ("5", "施策３", "高校受験の仕組みが分からず、子どもの進学が不安である。",
     "保護者も参加できる進路説明会を、通訳を付けて開催します。"),
    ("6", "施策３", "日本語指導の支援員が足りず、学校で子どもが孤立している。",
     "支援員を増員し、各校への巡回の回数を増やします。"),
    ("7", "施策４", "相談窓口が週３日だけでは、仕事を休まないと相談に行けない。",
     "原案のとおり、開設日を平日毎日に拡大します。"),
    ("8", "施策４", "相談員が役所の手続に一緒に来てくれると心強い。",
     "ご意見を踏まえ、相談員が手続に同行する仕組みを施策４に加えました。"),
    ("9", "施策５", "地震のときにどこへ逃げればよいか分からない。母国語で教えてほしい。",
     "母語の通訳を付けた防災講座を開催します。"),
    ("10", "施策５", "避難所の表示は文字よりも絵で示した方が分かりやすい。",
     "案内表示にはピクトグラムを用い、多言語を併記します。"),
    ("11", "全体", "外国人だけでなく、日本人住民の理解を深める取組も必要ではないか。",
     "市民向けの多文化共生講座を引き続き開催してまいります。"),
    ("12", "その他", "市営住宅の入居の条件を外国人にも分かるように説明してほしい。",
     "担当課に伝え、案内の多言語化を検討します。"),
]


def heading(doc: Document, text: str, size: float = 14) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(size)


def bold_line(doc: Document, text: str, size: float = 11, indent_mm: float = 0) -> None:
    p = doc.add_paragraph()
    if indent_mm:
        p.paragraph_format.left_indent = Mm(indent_mm)
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(size)


def body(doc: Document, text: str, indent_mm: float = 0) -> None:
    p = doc.add_paragraph(text)
    p.paragraph_format.first_line_indent = Pt(10.5)
    if indent_mm:
        p.paragraph_format.left_indent = Mm(indent_mm)


def page_field(paragraph) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "annotator", "annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    section.header.paragraphs[0].text = TITLE
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(footer)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(TITLE)
    run.bold = True
    run.font.size = Pt(18)
    for line in COVER:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    heading(doc, "■ プラン策定の趣旨")
    for text in INTRO:
        body(doc, text)

    heading(doc, "■ 外国人住民を取り巻く課題")
    body(doc, PROBLEM_LEAD)
    for title, text in PROBLEMS:
        bold_line(doc, title)
        body(doc, text, indent_mm=4)

    heading(doc, "■ 施策の展開")
    body(doc, MEASURES_LEAD)
    for group, measures in MEASURES:
        bold_line(doc, group, size=12)
        for title, text, items in measures:
            bold_line(doc, title, indent_mm=4)
            body(doc, text, indent_mm=4)
            for item in items:
                p = doc.add_paragraph("・" + item)
                p.paragraph_format.left_indent = Mm(8)

    heading(doc, "■ プランの推進")
    for text in CLOSING:
        body(doc, text)

    doc.add_page_break()
    heading(doc, "■ 資料　市民意見募集（パブリックコメント）の実施結果")
    for text in PUBCOM_LEAD:
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for i, row in enumerate(PUBCOM):
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
            if i == 0:
                cell.paragraphs[0].runs[0].bold = True
    for row in table.rows:
        for cell, width in zip(row.cells, (Mm(10), Mm(18), Mm(70), Mm(62))):
            cell.width = width
    p = doc.add_paragraph("以上")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
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
