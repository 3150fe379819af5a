"""Write dx_ikensho.docx, a test report built with python-docx (deterministic).

Run from anywhere: ``python tests/reports/layouts35/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All organisations, people and figures are fictional.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Mm

OUT = Path(__file__).with_name("dx_ikensho.docx")
FIXED_TIME = dt.datetime(2026, 1, 22, 9, 0, 0)
ZIP_TIME = (2026, 1, 22, 9, 0, 0)

TITLE = "中小企業のデジタル化を地域で支える仕組みづくりに関する意見"
HEADER = "葛城経済同友会　2025年度 意見書 第3号"
DATE = "2026年1月22日"
ISSUER = ["一般社団法人 葛城経済同友会", "代表幹事　真鍋 隆之", "中小企業委員会委員長　宇野 佳代子"]

KIHON = [
    "県内の事業所の99％以上を占める中小企業にとって、デジタル技術の活用は、人手不足の中で事業を続けるための必須の条件となりつつある。",
    "しかし、当会が2025年夏に会員企業212社を対象に実施した調査では、受発注や勤怠管理などの業務をデジタル化できている企業は3割に満たなかった。当会は、調査結果と会員との意見交換を踏まえ、国及び葛城県に対し、以下のとおり意見を申し述べる。",
    "デジタル化は単なる機器の導入ではなく、業務の進め方そのものを見直す取組である。そのため、導入の前後を通じた継続的な支援と、取引先を含めた地域全体での環境整備が欠かせない。",
]

SURVEY = [
    ("業務の区分", "デジタル化できている企業の割合"),
    ("会計", "61％"),
    ("受発注", "24％"),
    ("勤怠管理", "28％"),
    ("在庫管理", "17％"),
]

PROBLEM_LEAD = "調査と意見交換から、中小企業のデジタル化を妨げている要因として、次の点が明らかになった。"
PROBLEMS = [
    "第一に、経営者がデジタル化の効果を具体的に描けていない。何から手を付ければ利益につながるのかが分からず、投資の判断を先送りしている企業が多い。",
    "第二に、社内にデジタル技術に通じた人材がいない。システムの選定から運用までを外部の業者に頼らざるを得ず、導入後に使われなくなる例も少なくない。",
    "第三に、導入費用の負担が重い。補助制度はあるものの、申請書類が多く、公募の期間も短いため、小規模な企業ほど利用できていない。",
    "第四に、取引先ごとに受発注の方式が異なる。自社で電子化しても、取引先に合わせてファクスや紙の伝票を併用する二重の手間が残っている。",
    "第五に、サイバー攻撃への備えが不十分である。デジタル化が進むほど被害の危険は高まるが、対策に充てる予算も知識も乏しい。",
    "第六に、相談先が分かりにくい。支援機関ごとに窓口と制度が分かれており、企業はどこに相談すればよいのか判断できない。",
]

REQ_LEAD = "以上を踏まえ、次の5点を要望する。"
# (lead, body, [items])
REQUESTS = [
    ("要望１　伴走型の専門人材派遣制度を創設すること",
     "デジタル化の計画づくりから定着までを、同じ専門家が1年以上継続して支援する派遣制度を設けられたい。", [
        "派遣費用の3分の2以上を公費で負担する",
        "専門家は地元の金融機関やIT企業の出身者を登録して確保する",
    ]),
    ("要望２　補助金の申請手続を簡素化し、通年で受け付けること",
     "小規模な投資に対しては申請書類を大幅に減らし、公募期間を設けず随時申請できるようにされたい。", [
        "100万円以下の案件は、見積書と簡易な計画書のみで申請できるようにする",
        "採択の結果は申請から1か月以内に通知する",
    ]),
    ("要望３　地域の受発注データの形式を統一すること",
     "県と業界団体が協力し、県内の取引で用いる電子的な受発注の様式を統一するとともに、大企業の発注側にも採用を働き掛けられたい。", [
        "まず県の物品調達で統一様式を採用する",
        "統一様式に対応した安価なソフトの一覧を公表する",
    ]),
    ("要望４　相談窓口を一本化すること",
     "県の産業支援機関にデジタル化の総合窓口を置き、どの支援機関に相談しても同じ窓口につながる仕組みとされたい。相談内容と支援の経過は機関の間で共有し、企業が同じ説明を繰り返さずに済むようにされたい。", []),
    ("要望５　経営者同士で成功事例を学ぶ場を設けること",
     "デジタル化で成果を上げた県内企業の経営者が、自社の経験を同業の経営者に直接伝える勉強会を定期的に開催されたい。", []),
]

CLOSING = (
    "中小企業のデジタル化は、一社の努力で完結するものではなく、取引先、金融機関、支援機関を含めた地域全体の課題である。"
    "当会としても、会員企業の取組を後押しし、行政と連携して成果の共有に努める所存である。"
    "なお、当会は本意見の実現に向けた取組の状況を、来年度の会員調査で改めて確認する予定である。"
)

# (theme heading, [(kind, speaker, text)]); kind "r" = remark, "a" = reply
RECORD = [
    ("■人材と進め方について", [
        ("r", "金属加工（従業員42名）", "業者にシステムを入れてもらったが、担当者が辞めてから誰も使い方が分からなくなった。"),
        ("r", "食品製造（従業員35名）", "単発で専門家が来ても、次に来るまでに社内の熱が冷めてしまう。同じ人に続けて見てもらいたい。"),
        ("a", "県産業政策課", "現行の専門家派遣は年3回までだが、来年度から回数の上限を見直す方向で検討している。"),
        ("r", "印刷業（従業員18名）", "同業者がどう使っているかを見れば、自社でもできると思える。"),
        ("r", "建設業（従業員60名）", "若手社員の方がデジタルに詳しく、社内での世代間の意識の差が大きい。"),
        ("r", "機械製造（従業員80名）", "社員向けの研修をしたくても、社内に教えられる人がいない。"),
    ]),
    ("■資金と取引について", [
        ("r", "部品加工（従業員25名）", "補助金の申請に社長自ら一週間かかりきりになった。小さな投資には割に合わない。"),
        ("a", "県産業政策課", "申請書の様式については、国とも相談しながら簡素化を検討したい。"),
        ("r", "卸売業（従業員30名）", "大手の取引先はそれぞれ独自の受発注システムを使っており、画面を三つ使い分けている。"),
        ("r", "運送業（従業員50名）", "どの支援機関に何を相談すればよいのか、結局分からないまま終わった。"),
        ("a", "商工会議所", "当所でも相談を受けているので、まずは気軽に声を掛けてほしい。"),
        ("r", "小売業（従業員12名）", "レジを新しくしたところ、不審なメールが増えて怖くなった。"),
        ("r", "金属加工（従業員42名）", "公募が年に一度しかなく、その時期に資金の準備が間に合わないことがある。"),
    ]),
]


def bold_para(doc, text, size=None, align=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "annotator", "annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.font.name = "Century"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ 明朝")
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    hp = section.header.paragraphs[0]
    hp.text = HEADER
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph(DATE).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    bold_para(doc, TITLE, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    for line in ISSUER:
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT

    bold_para(doc, "１．基本認識")
    for text in KIHON[:2]:
        doc.add_paragraph(text)
    doc.add_paragraph("（表）会員企業におけるデジタル化の状況（2025年調査、回答212社）")
    survey = doc.add_table(rows=0, cols=2)
    survey.style = "Table Grid"
    for left, right in SURVEY:
        cells = survey.add_row().cells
        cells[0].text, cells[1].text = left, right
    doc.add_paragraph(KIHON[2])

    bold_para(doc, "２．中小企業のデジタル化を妨げる要因")
    doc.add_paragraph(PROBLEM_LEAD)
    for text in PROBLEMS:
        doc.add_paragraph(text)

    bold_para(doc, "３．要望事項")
    doc.add_paragraph(REQ_LEAD)
    for lead, body, items in REQUESTS:
        bold_para(doc, lead)
        doc.add_paragraph(body)
        for item in items:
            p = doc.add_paragraph("・" + item)
            p.paragraph_format.left_indent = Mm(7)

    bold_para(doc, "４．結びに")
    doc.add_paragraph(CLOSING)
    doc.add_paragraph("以上").alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_page_break()
    bold_para(doc, "＜参考＞会員企業との意見交換会の概要")
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for left, right in [("日時", "2025年10月15日（水）15時～17時"), ("場所", "葛城経済同友会 会議室"),
                        ("出席", "会員企業14社、県産業政策課、葛城商工会議所")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = left, right
    doc.add_paragraph("（発言者は業種と従業員規模で示した。）")
    for theme, turns in RECORD:
        bold_para(doc, theme)
        for kind, speaker, text in turns:
            if kind == "r":
                doc.add_paragraph(f"{speaker}：{text}")
            else:
                p = doc.add_paragraph(f"回答（{speaker}）：{text}")
                p.paragraph_format.left_indent = Mm(10)
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
