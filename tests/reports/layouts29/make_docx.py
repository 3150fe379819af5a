"""Write bunkazai_keikaku.docx, a municipal heritage plan summary (deterministic).

Run from anywhere: ``python tests/reports/layouts29/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Mm

OUT = Path(__file__).with_name("bunkazai_keikaku.docx")
FIXED_TIME = dt.datetime(2026, 1, 20, 9, 0, 0)
ZIP_TIME = (2026, 1, 20, 9, 0, 0)

TITLE = "白鷺沢市文化財保存活用地域計画（案）"
COVER = ["概要版", "令和８年１月", "白鷺沢市教育委員会"]

INTRO = [
    "白鷺沢市には、城下町の町並み、農村の祭礼、山間の社寺など、暮らしの中で受け継がれてきた多様な文化財がある。"
    "しかし、過疎化と少子高齢化により、文化財を守り伝えてきた地域の力は年々弱まっている。",
    "本計画は、文化財保護法に基づく文化財保存活用地域計画として、指定の有無にかかわらず市内の文化財を総合的に"
    "保存し活用するための方針と措置を定めるものである。本書はその概要をまとめたものである。",
]

BASICS = [
    ("計画期間", "令和８年度～令和１７年度（１０年間）"),
    ("計画区域", "白鷺沢市全域"),
    ("作成主体", "白鷺沢市教育委員会（白鷺沢市文化財保存活用地域計画協議会の協議を経て作成）"),
]

PROBLEM_LEAD = (
    "市内には、国・県・市の指定等文化財が８７件あるほか、未指定の文化財が数多く残されている。"
    "把握、保存、活用、体制の四つの区分ごとに課題を整理すると、次表のとおりである。"
)

# (区分, 課題)
PROBLEMS = [
    ("把握", "課題１　未指定の文化財の多くは、所在や所有者が把握されていない。昭和５０年代の調査以降、"
             "本格的な調査は行われておらず、所有者の代替わりとともに散逸するおそれがある。"),
    ("保存", "課題２　指定建造物の所有者の高齢化が進み、修理費用の負担が重くなっている。"
             "茅葺き屋根の葺き替えなど、多額の費用を要する修理が先送りされている。"),
    ("保存", "課題３　木造の社寺の多くに自動火災報知設備がなく、火災や地震の際に文化財を守る手立てが乏しい。"),
    ("活用", "課題４　文化財の公開日が年に数日に限られ、解説板や案内も不足しているため、来訪者がその価値を知る機会が少ない。"),
    ("活用", "課題５　学校教育で地域の文化財を取り上げる機会が少なく、子どもたちの関心が育っていない。"),
    ("体制", "課題６　市の文化財専門職員は１人のみであり、調査、修理の指導、活用事業のすべてを担うことは難しい。"),
]

PROBLEM_AFTER = (
    "このうち課題２と課題３は、文化財そのものの滅失につながるおそれがあり、特に緊急性が高い。"
    "また、いずれの課題にも、人口減少による担い手の不足が共通して影響している。"
)

POLICY_LEAD = (
    "第１章の課題を踏まえ、五つの方針を定め、方針ごとに措置を講じる。措置の期間は、前期（令和８～１２年度）と"
    "後期（令和１３～１７年度）に分けて示す。"
)

# (heading, body, [(No., 措置, 主体, 期間)])
POLICIES = [
    ("方針１　地域の文化財を市民とともに把握する",
     "市民の参加を得て、未指定の文化財を含む悉皆調査を地区ごとに進め、その成果を広く共有する。",
     [("1-1", "市民調査員の養成と、地区ごとの悉皆調査の実施", "市・市民", "前期"),
      ("1-2", "調査成果のデータベース化と、市ウェブサイトでの公開", "市", "前期～後期")]),
    ("方針２　所有者の負担を軽くし、修理を着実に進める",
     "国・県の補助に市の上乗せ補助を加えるとともに、ふるさと納税を活用した修理の支援を検討する。"
     "修理の時期を所有者と共有するため、建造物ごとに修理計画を作成する。",
     []),
    ("方針３　災害から文化財を守る備えを固める",
     "防災設備の整備と、地域ぐるみの初動体制づくりを進める。",
     [("3-1", "自動火災報知設備と消火設備の設置に対する補助の拡充", "市・所有者", "前期"),
      ("3-2", "消防団・地域住民と合同の文化財防災訓練の実施", "市・消防団・住民", "前期～後期"),
      ("3-3", "被災時に文化財を搬出する手順書の作成", "市・所有者", "前期")]),
    ("方針４　公開と解説を充実させ、文化財をまちづくりに生かす",
     "所有者の理解を得ながら公開日を拡大し、公開日以外でも外観と解説板で魅力を伝える。"
     "あわせて、町並みを案内するボランティアガイドを育成する。",
     []),
    ("方針５　保存と活用を支える体制をつくる",
     "文化財専門職員を増員するとともに、文化財保存活用支援団体を指定し、民間の力を生かした推進体制を整える。",
     []),
]

CLOSING = [
    "本計画の進捗は、白鷺沢市文化財保存活用地域計画協議会において毎年度点検し、必要に応じて措置を見直す。",
    "措置の実施に当たっては、教育委員会だけでなく、観光、防災、まちづくりを所管する市長部局の各課と連携し、"
    "県や近隣市町とも情報を共有する。",
    "市民、所有者、関係団体と市が役割を分かち合い、地域の宝を次の世代に引き継いでいく。",
]

COMMENT_LEAD = [
    "募集期間：令和７年１１月４日～１２月３日　意見提出者：１３人（２２件）",
    "主な意見の要旨と、これに対する市の考え方は次のとおりである。",
]

# (意見, 市の考え方)
COMMENTS = [
    ("祖父の代から伝わる古文書が蔵にあるが、どこに相談すればよいか分からない。調査してもらえるなら協力したい。",
     "地区ごとの悉皆調査の中で、個人で所蔵されている資料についても相談を受け付けます。"),
    ("茅葺き屋根の葺き替えには数千万円かかると聞いた。所有者だけで負担するのは無理だと思う。",
     "国・県の補助に加え、市独自の上乗せ補助を検討します。"),
    ("観音堂の公開日は年に一度だけで、遠方から来た知人が中に入れず残念がっていた。",
     "所有者の御理解を得ながら、公開日の拡大に努めます。"),
    ("計画の内容は良いが、専門の職員が一人では実行できないのではないか。",
     "専門職員の確保とともに、民間団体と連携した体制づくりを進めます。"),
    ("旧市街には駐車場が少なく、車で文化財を巡りにくい。",
     "駐車場の確保については、観光部局と連携して検討します。"),
]

OTHER_LEAD = "このほか、次のような意見が寄せられた（計画の推進に当たって参考とする）。"
OTHER = [
    "地元の消防団と一緒に、寺の仏像を運び出す訓練をしてはどうか。",
    "古い町並みを歩いて案内してくれる人を育ててほしい。",
    "文化財の写真を家にいながら見られるようにしてほしい。",
    "小学校の授業で地域の祭りを取り上げてほしい。",
    "大学の研究者の協力を得て、調査の質を高めてほしい。",
]


def add_table(doc: Document, rows: list[tuple[str, ...]], widths_mm: list[int]) -> None:
    table = doc.add_table(rows=0, cols=len(widths_mm))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in rows:
        cells = table.add_row().cells
        for cell, text, width in zip(cells, row, widths_mm):
            cell.text = text
            cell.width = Mm(width)


def lead_run(doc: Document, label: str, text: str, indent_mm: int = 0):
    p = doc.add_paragraph()
    if indent_mm:
        p.paragraph_format.left_indent = Mm(indent_mm)
    run = p.add_run(label)
    run.bold = True
    p.add_run("　" + text)
    return p


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "annotator", "annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = TITLE + "　概要版"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.text = "白鷺沢市教育委員会　文化財課"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph(TITLE, style="Title")
    for line in COVER:
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("序章　計画策定の趣旨", level=1)
    for text in INTRO:
        doc.add_paragraph(text)
    add_table(doc, BASICS, [30, 120])

    doc.add_heading("第１章　保存・活用に関する課題", level=1)
    doc.add_paragraph(PROBLEM_LEAD)
    doc.add_paragraph("表１　区分ごとの課題").alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_table(doc, [("区分", "課題")] + PROBLEMS, [20, 130])
    doc.add_paragraph(PROBLEM_AFTER)

    doc.add_heading("第２章　保存・活用の方針と措置", level=1)
    doc.add_paragraph(POLICY_LEAD)
    table_no = 1
    for heading, body, measures in POLICIES:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(body)
        if measures:
            table_no += 1
            caption = f"表{chr(0xFF10 + table_no)}　{heading[:3]}の措置"
            doc.add_paragraph(caption).alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_table(doc, [("No.", "措置", "主体", "期間")] + measures, [14, 86, 30, 20])

    doc.add_heading("終章　計画の推進に向けて", level=1)
    for text in CLOSING:
        doc.add_paragraph(text)

    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("資料　計画案に対する市民意見募集の結果", level=1)
    for text in COMMENT_LEAD:
        doc.add_paragraph(text)
    for n, (opinion, answer) in enumerate(COMMENTS, start=1):
        lead_run(doc, f"意見{chr(0xFF10 + n)}", opinion)
        lead_run(doc, "市の考え方", answer, indent_mm=10)
    doc.add_paragraph(OTHER_LEAD)
    for text in OTHER:
        doc.add_paragraph(text, style="List Bullet")
    right = doc.add_paragraph("以上")
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for p in doc.paragraphs:
        for run in p.runs:
            if run.font.size is None and p.style.name == "Normal":
                run.font.size = Pt(10.5)
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
