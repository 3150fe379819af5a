"""Write jichitai_dx.docx, a municipal DX report with 第N節 chapters (deterministic bytes).

Run from anywhere: ``python tests/reports/layouts27/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All names and figures are fictional (架空).
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
from docx.shared import Pt, Mm

OUT = Path(__file__).with_name("jichitai_dx.docx")
FIXED_TIME = dt.datetime(2026, 3, 2, 9, 0, 0)
ZIP_TIME = (2026, 3, 2, 9, 0, 0)

TITLE = "汐見市における自治体DXの推進に関する検討報告書"
ISSUER = "令和８年３月　汐見市DX推進本部　行政デジタル化検討部会"
HEADER = "汐見市DX推進本部会議　資料３"

INTRO = [
    "国は、自治体の情報システムの標準化や行政手続のオンライン化を進めており、市町村にも、"
    "デジタル技術を活用して住民サービスと業務の在り方を見直すことが求められている。",
    "本部会は、令和７年度に計５回の会合を開き、庁内の各課への調査と職員ワーキンググループでの意見交換を踏まえて、"
    "本市が取り組むべき事項を検討した。本報告書はその結果をまとめたものである。",
    "なお、本報告書でいう自治体DXとは、デジタル技術とデータを活用して、住民の手続の負担を軽くし、"
    "職員が住民と向き合う時間を増やすための業務改革の取組全体を指す。",
]

PROBLEM_LEAD = "庁内調査の結果、主な手続のオンライン化の状況は次の表のとおりであった。"
TABLE = [
    ("区分", "手続数", "オンライン申請が可能なもの"),
    ("住民異動・証明", "１８０", "２４"),
    ("福祉・子育て", "４１０", "６２"),
    ("税・保険料", "２６０", "７１"),
    ("その他", "３５０", "３０"),
]
PROBLEM_AFTER = "この結果と各課からの意見を踏まえ、本市のDXを進めるうえでの課題を次のとおり整理した。"

PROBLEMS = [
    ("（ア）", "窓口手続の多くが、紙の申請書と来庁を前提としている。市が扱う約１，２００の手続のうち、"
     "オンラインで申請できるものは２割に満たず、住民は平日の日中に来庁しなければならない。"),
    ("（イ）", "庁内の業務システムが部署ごとに分かれている。住民の情報が複数のシステムに重複して登録され、"
     "転記と照合の作業が職員の大きな負担となっている。"),
    ("（ウ）", "デジタル技術に通じた職員が不足している。情報政策の担当は５人にとどまり、"
     "各課には身近に相談できる職員がいない。"),
    ("（エ）", "デジタル機器に不慣れな住民への支援が乏しい。手続のオンライン化を進めても、"
     "高齢者などが利用できずに取り残されるおそれがある。"),
    ("（オ）", "公共施設の無線LANの整備が遅れている。公民館と図書館の一部にしか無線LANがなく、"
     "通信速度も十分ではない。"),
]
PROBLEM_CLOSE = ("これらの課題は互いに関連しており、手続のオンライン化だけを先行させても、"
                 "庁内の事務や住民への支援が追いつかなければ効果は限られる。")

REC_LEAD = "第２節の課題を踏まえ、本市は次の取組を優先して進めるべきである。"
# (group heading, [(marker, title, body, [(item marker, item text)])])
RECS = [
  ("１　住民の利便性を高める取組", [
    ("①", "「書かない窓口」を全庁に広げる",
     "窓口で職員が聞き取った内容をシステムに入力し、申請書を印字して署名だけを求める方式を、"
     "市民課以外の窓口にも広げる。あわせて、来庁しなくても済む手続を増やし、"
     "窓口に来る住民そのものを減らしていく。",
     [("ａ", "令和９年度までに、全ての支所の窓口に同じ方式を導入する"),
      ("ｂ", "利用件数の多い５０の手続から、オンライン申請を優先して整える")]),
    ("②", "デジタル活用の相談会を地域で開く",
     "公民館や地域包括支援センターで、スマートフォンの操作や電子申請の方法を教える相談会を定期的に開く。"
     "講師には、携帯電話販売店の協力を得る。相談会の日程は、市の広報紙と回覧板で周知する。", []),
  ]),
  ("２　行政運営を効率化する取組", [
    ("③", "業務システムの標準化にあわせてデータ連携の基盤を整える",
     "国の標準仕様への移行を機に、住民の基本情報と所得情報を一度の入力で各システムが共有できる基盤を設け、"
     "転記と照合の作業をなくす。移行の時期は、システムごとの契約の更新時期に合わせて調整する。", []),
    ("④", "各課にDX推進リーダーを置き、人材を育てる",
     "各課で業務の見直しを主導し、身近な相談役となる職員を育てるとともに、外部の専門人材を迎え入れる。",
     [("ａ", "各課から１名をDX推進リーダーに任命し、年間を通じた研修を行う"),
      ("ｂ", "外部の専門人材を任期付き職員として採用する")]),
  ]),
]

CONCLUSION = [
    "自治体DXは、システムを入れ替えることが目的ではなく、住民の手間と職員の負担を減らすための手段である。"
    "本部会は、各取組の進捗を毎年度点検し、必要に応じて見直しを行うことを求める。",
    "また、取組の成果は、手続のオンライン化率や窓口の待ち時間などの指標で示し、市のホームページで住民に公表されたい。",
]

WG_TITLE = "参考資料　庁内ワーキンググループ意見交換の記録"
WG_META = "開催日　令和７年１０月８日　／　参加　１１課の職員２３名、事務局（デジタル推進課）"
# (theme, [(kind, speaker, text)]) kind: "remark" (◇) or "reply" (◆)
WG = [
    ("【テーマ１】窓口と手続", [
        ("remark", "市民課", "転入の手続では、同じ住所と氏名を５枚以上の書類に書いてもらっている。"
         "窓口で職員が聞き取って入力する方が早い。"),
        ("reply", "デジタル推進課", "他市では、聞き取った内容を申請書に印字する方式で、窓口の待ち時間が半分になった例があります。"),
        ("remark", "高齢福祉課", "スマートフォンの操作が分からないという相談が、地域包括支援センターに数多く寄せられている。"),
        ("reply", "デジタル推進課", "携帯電話会社が講師を派遣する国の事業があり、これを使えば地域で講座を開けます。"),
        ("remark", "子育て支援課", "窓口の呼出し番号をスマートフォンで確認できれば、待合の混雑が和らぐのではないか。"),
        ("remark", "図書館", "館内の無線LANが遅く、利用者から苦情が寄せられている。"),
    ]),
    ("【テーマ２】庁内の業務と人材", [
        ("remark", "税務課", "住民税と国民健康保険で同じ所得情報を別々に入力しており、毎年の照合に多くの時間がかかっている。"),
        ("reply", "デジタル推進課", "標準仕様への移行に合わせ、一度入力したデータを他のシステムでも使えるよう設計します。"),
        ("remark", "道路管理課", "システムの不具合があっても課内に聞ける人がおらず、各課に詳しい職員がいてほしい。"),
        ("remark", "職員課", "専門人材を正規職員として採用するのは難しいが、任期付きの採用であれば検討できる。"),
        ("reply", "デジタル推進課", "任期付き職員の採用の進め方については、引き続き職員課と協議します。"),
        ("remark", "財政課", "システムの運用経費が年々増えている。導入の効果を金額で示してもらいたい。"),
    ]),
]


def add_page_field(paragraph) -> None:
    """Append a PAGE field (－ N －) to a footer paragraph."""
    paragraph.add_run("－ ")
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    num = OxmlElement("w:t")
    num.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, sep, num, end):
        run._r.append(el)
    paragraph.add_run(" －")


def bold_para(doc, text: str):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    return p


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "annotator", "annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    hp = sec.header.paragraphs[0]
    hp.text = HEADER
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    doc.add_paragraph(TITLE, style="Title")
    p = doc.add_paragraph(ISSUER)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("第1節　検討の背景と目的", level=1)
    for text in INTRO:
        doc.add_paragraph(text).paragraph_format.first_line_indent = Pt(10.5)

    doc.add_heading("第2節　本市のDXをめぐる現状と課題", level=1)
    doc.add_paragraph(PROBLEM_LEAD).paragraph_format.first_line_indent = Pt(10.5)
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in TABLE:
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
    doc.add_paragraph(PROBLEM_AFTER).paragraph_format.first_line_indent = Pt(10.5)
    for marker, text in PROBLEMS:
        p = doc.add_paragraph(marker + text)
        p.paragraph_format.left_indent = Pt(31.5)
        p.paragraph_format.first_line_indent = Pt(-31.5)
    doc.add_paragraph(PROBLEM_CLOSE).paragraph_format.first_line_indent = Pt(10.5)

    doc.add_heading("第3節　今後の取組", level=1)
    doc.add_paragraph(REC_LEAD).paragraph_format.first_line_indent = Pt(10.5)
    for group, recs in RECS:
        doc.add_heading(group, level=2)
        for marker, title, body, items in recs:
            bold_para(doc, f"{marker}　{title}").paragraph_format.space_before = Pt(6)
            doc.add_paragraph(body).paragraph_format.left_indent = Pt(21)
            for im, text in items:
                p = doc.add_paragraph(f"{im}　{text}")
                p.paragraph_format.left_indent = Pt(42)
                p.paragraph_format.first_line_indent = Pt(-21)

    doc.add_heading("第4節　むすび", level=1)
    for text in CONCLUSION:
        doc.add_paragraph(text).paragraph_format.first_line_indent = Pt(10.5)
    end = doc.add_paragraph("以上")
    end.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    end.add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading(WG_TITLE, level=1)
    doc.add_paragraph(WG_META)
    doc.add_paragraph("（発言は要旨である。◇は各課の職員の意見を、◆は事務局の回答を示す。）")
    for theme, turns in WG:
        bold_para(doc, theme).paragraph_format.space_before = Pt(6)
        for kind, speaker, text in turns:
            if kind == "remark":
                p = doc.add_paragraph(f"◇{speaker}：{text}")
                p.paragraph_format.left_indent = Pt(10.5)
                p.paragraph_format.first_line_indent = Pt(-10.5)
            else:
                p = doc.add_paragraph(f"◆{speaker}：{text}")
                p.paragraph_format.left_indent = Pt(31.5)
                p.paragraph_format.first_line_indent = Pt(-10.5)
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
