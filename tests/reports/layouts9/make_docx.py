"""Write zoki_kentokai.docx, a held-out test report (fictional) with real Word styles, deterministic bytes.

Run from anywhere: ``python tests/reports/layouts9/make_docx.py``. The file is written beside this script.
Core properties and zip member timestamps are fixed, so two runs give the same bytes.
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

OUT = Path(__file__).with_name("zoki_kentokai.docx")
FIXED_TIME = dt.datetime(2026, 7, 1, 9, 0, 0)
ZIP_TIME = (2026, 7, 1, 9, 0, 0)

TITLE = "臓器提供の意思を生かす体制の整備に向けて"
BODY = "臓器提供体制のあり方に関する有識者検討会"

INTRO = [
    "臓器の移植に関する法律の改正から十五年以上が経過し、家族の承諾による臓器提供も定着しつつある。"
    "一方で、提供の意思を持つ人の数に比べ、実際の提供件数は依然として少なく、移植を待つ患者の数との差は大きい。",
    "本検討会は、2025年10月から計五回にわたり、提供の意思を生かすために何が妨げとなっているかを検討した。"
    "第２回には救急医療、看護、ドナー家族、患者団体及び搬送に関わる事業者からヒアリングを行った。"
    "本報告書は、その結果と今後の対応の方向性を取りまとめたものである。",
]

MEETINGS = [
    ("回", "開催日", "主な議題"),
    ("第１回", "2025年10月14日", "検討の進め方、臓器提供の現状"),
    ("第２回", "2026年1月20日", "関係者ヒアリング"),
    ("第３回", "2026年3月3日", "自由討議"),
    ("第４回", "2026年5月12日", "報告書骨子案"),
    ("第５回", "2026年6月23日", "報告書案"),
]

CONTEXT = [
    "臓器提供の意思表示を行っている人の割合は、各種の調査でおおむね一割程度にとどまる。"
    "他方、提供したいと考える人は四割前後にのぼり、意思と行動の間に大きな隔たりがある。",
]

# (bold lead, body) — List Number paragraphs (the number is automatic, not in the text)
PROBLEMS = [
    ("意思表示の機会が限られている。",
     "健康保険証の切替えに伴い、カードの意思表示欄を目にする機会が減っている。運転免許証の更新時にも、意思表示欄について説明されることはほとんどない。"),
    ("本人の意思が家族に共有されていない。",
     "本人が提供の意思を示していても、家族がそれを知らず、判断に迷った末に提供に至らない例がある。"),
    ("提供施設の体制が整っていない。",
     "脳死下での臓器提供が可能な施設のうち、実際に提供の経験がある施設は半数に満たない。院内の手順書や研修が整っていない施設も多い。"),
    ("院内の調整役が不足している。",
     "家族への説明や関係機関との連絡を担う院内コーディネーターを置く施設は限られ、救急医や看護師が本来の業務の合間に対応している。"),
    ("提供後の家族への支援が乏しい。",
     "提供を承諾した家族が、その後に迷いや孤立感を抱えることがあるが、家族を継続して支える仕組みはほとんどない。"),
    ("臓器の搬送に時間と費用がかかる。",
     "提供施設と移植施設が離れている場合、搬送手段の確保に時間を要し、費用を誰が負担するかも明確でない。"),
    ("移植を担う医師の負担が大きい。",
     "移植手術を行える医師は限られており、夜間に及ぶ長時間の手術が続くなど、勤務の負担が重くなっている。"),
]

LEAD = "以上の課題を踏まえ、国、地方公共団体、医療機関及び関係団体が取り組むべき対応の方向性を次のとおり示す。"

# (heading 2, body, [items with ア/イ typed in the text])
MEASURES = [
    ("（１）意思表示の機会を広げ、家族で話し合うきっかけをつくる",
     "意思表示の機会を、日常の手続きの中に組み込むとともに、本人の意思が家族に伝わるよう働きかけるべきである。",
     ["ア　マイナンバーカードの交付や更新の窓口で、意思表示の方法を案内する",
      "イ　家族で話し合うための資料を作成し、学校の授業や職場の研修で活用する"]),
    ("（２）提供施設の体制整備を支援する",
     "提供の経験が少ない施設でも、手順に沿って円滑に対応できるよう、国は施設間の支援体制を整えるべきである。",
     ["ア　提供の経験が豊富な施設の医師や看護師が、経験の少ない施設を訪れて助言する仕組みを設ける",
      "イ　院内の手順書の標準例を示し、各施設での作成を促す"]),
    ("（３）院内コーディネーターの配置を進める",
     "救命にあたる医師とは別に、家族への説明と調整を専門に担う院内コーディネーターを配置できるよう、"
     "その人件費を診療報酬等で評価することを検討すべきである。",
     []),
    ("（４）提供後の家族を継続して支える",
     "提供を承諾した家族に対し、提供後も相談に応じる窓口を設け、家族どうしが交流できる場を設けるなど、継続した支援を行うべきである。",
     []),
    ("（５）臓器搬送の手段と費用負担のルールを定める",
     "航空会社や自治体の協力を得て、臓器の搬送を優先的に扱う手順をあらかじめ取り決めるとともに、"
     "搬送費用の負担の原則を国が定めるべきである。",
     []),
]

CONCLUSION = [
    "臓器提供は、亡くなる人の最期の意思と、遺される家族の思いに深く関わるものである。"
    "本報告書の方向性が、提供の意思を持つ人の思いを確実に生かし、同時に、提供するかどうかの判断が誰にも強いられない社会につながることを期待する。",
]

# (session heading, [(kind, text)]) kind: "r" remark (List Bullet), "a" reply (indented Normal)
RECORD = [
    ("第２回（関係者ヒアリング）", [
        ("r", "（救急医）家族に提供の選択肢を示す役割と、救命の役割を同じ医師が担うことに、心理的な抵抗がある。"),
        ("r", "（ドナー家族）提供を決めた後、誰にも相談できず、決めてよかったのか何年も悩み続けた。"),
        ("a", "（事務局）提供後の家族への連絡は、現在は移植ネットワークから手紙を送る程度にとどまっている。"),
        ("r", "（看護師）院内に手順書がなく、初めての提供のときは他の病院に電話で手順を尋ねた。"),
        ("r", "（患者団体）移植を待つ間に亡くなる患者が毎年いる。待機期間の長さをもっと知ってほしい。"),
        ("r", "（航空会社）臓器の搬送に定期便を使う場合、座席の確保と保安検査の手続きに時間がかかる。"),
        ("a", "（事務局）搬送の費用は、現在は移植施設が一時的に立て替える取扱いとなっている。"),
    ]),
    ("第３回（自由討議）", [
        ("r", "保険証が変わって意思表示欄を見る機会がなくなったという声が多い。カードの窓口で案内できないか。"),
        ("a", "（事務局）マイナンバーカードの交付窓口での案内は、自治体の協力を得て一部で始まっている。"),
        ("r", "中学校の授業で、命について家族と話し合ってくる課題を出している学校がある。"),
        ("r", "提供経験のある病院の医師が、経験の少ない病院に出向いて支援する仕組みがあるとよい。"),
        ("r", "コーディネーターの人件費を病院が自前で賄うのは難しく、報酬上の手当てが要る。"),
        ("r", "提供の件数だけを目標にすると、家族に無言の圧力がかかるおそれがある。"),
        ("r", "移植医が少なく、夜通しの手術が続いて若い医師が離れていく。"),
        ("a", "（事務局）移植医の勤務の実態については、来年度に調査を行う予定である。"),
        ("r", "本人が拒否しない限り提供に同意したとみなす国もあるが、日本で採るかは慎重に考えるべきだ。"),
    ]),
]


def page_field(paragraph) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    run.append(t)
    fld.append(run)
    paragraph._p.append(fld)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "annotator", "annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    hdr = section.header.paragraphs[0]
    hdr.text = BODY + "　報告書"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ftr = section.footer.paragraphs[0]
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(ftr)

    doc.add_paragraph(TITLE, style="Title")
    p = doc.add_paragraph("―" + BODY + "　報告書―")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("2026年7月")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Ⅰ　検討の経緯", level=1)
    for text in INTRO:
        doc.add_paragraph(text)
    doc.add_paragraph("表１　検討会の開催状況")
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in MEETINGS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text

    doc.add_heading("Ⅱ　現状と課題", level=1)
    doc.add_heading("１．臓器提供の現状", level=2)
    for text in CONTEXT:
        doc.add_paragraph(text)
    doc.add_heading("２．主な課題", level=2)
    doc.add_paragraph("検討の結果、主な課題は次のとおりである。")
    for lead, body in PROBLEMS:
        para = doc.add_paragraph(style="List Number")
        para.add_run(lead).bold = True
        para.add_run(body)

    doc.add_heading("Ⅲ　今後の対応の方向性", level=1)
    doc.add_paragraph(LEAD)
    for head, body, items in MEASURES:
        doc.add_heading(head, level=2)
        doc.add_paragraph(body)
        for item in items:
            para = doc.add_paragraph(item)
            para.paragraph_format.left_indent = Mm(7)
            para.paragraph_format.first_line_indent = Mm(-4)

    doc.add_heading("Ⅳ　おわりに", level=1)
    for text in CONCLUSION:
        doc.add_paragraph(text)

    doc.add_page_break()
    doc.add_heading("参考　検討会における主な意見", level=1)
    doc.add_paragraph("以下は、第２回及び第３回の検討会における構成員等の主な発言と、事務局の回答を要約したものである。")
    for head, lines in RECORD:
        doc.add_heading(head, level=2)
        for kind, text in lines:
            if kind == "r":
                doc.add_paragraph(text, style="List Bullet")
            else:
                para = doc.add_paragraph(text)
                para.paragraph_format.left_indent = Mm(12)
                for run in para.runs:
                    run.font.size = Pt(10)
    return doc


def fixed_zip(data: bytes) -> bytes:
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
