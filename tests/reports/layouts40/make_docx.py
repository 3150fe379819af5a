"""Write chiiki_kotsu_teigen.docx, a held-out test report (public transport), deterministically.

Run from anywhere: ``python tests/reports/layouts40/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All bodies, places, people and figures are fictional.
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

OUT = Path(__file__).with_name("chiiki_kotsu_teigen.docx")
FIXED_TIME = dt.datetime(2026, 3, 1, 9, 0, 0)
ZIP_TIME = (2026, 3, 1, 9, 0, 0)

TITLE = "持続可能な地域の移動手段の確保に向けて"
SUBTITLE = "― 地域公共交通の再構築に関する提言 ―"
BODY = "地域交通の在り方に関する有識者会議"
DATE = "令和８年３月"

TOC = [
    "Ⅰ　はじめに",
    "Ⅱ　地域公共交通の現状と課題",
    "Ⅲ　提言",
    "Ⅳ　おわりに",
    "参考資料１　委員名簿",
    "参考資料２　地域意見交換会の概要",
]

MEMBERS = [
    ("氏名", "所属・役職"),
    ("高峰　俊之（座長）", "中央交通大学大学院教授"),
    ("秋山　玲子（座長代理）", "地域交通計画研究所代表"),
    ("石黒　和也", "山辺交通株式会社代表取締役"),
    ("大野　早苗", "川北町長"),
    ("佐久間　亮", "全国移動支援団体連絡会事務局長"),
    ("中条　真理", "弁護士"),
]
MEMBERS_NOTE = "（敬称略。所属・役職は令和７年５月時点）"

INTRO = [
    "地方部の路線バスは、利用者の減少と運転士の不足という二つの問題を同時に抱え、"
    "多くの地域で減便や路線の廃止が続いている。移動の手段を失うことは、通院や買物、通学といった日々の暮らしを直接脅かす。",
    "本会議は、令和７年５月から計６回の会合を開き、二つの市町での意見交換会を通じて住民や事業者の声を聴いた。"
    "本提言は、地域の移動手段を将来にわたって確保するための方向性を示すものである。",
]

PROBLEM_LEAD = (
    "令和６年度には、全国の乗合バス事業者の約７割が赤字となり、路線の廃止は前年度の約１．３倍に増えた。"
    "会議での議論を踏まえ、主な課題を次のように整理した。"
)

BOX_TITLE = "【主な課題】"
PROBLEMS = [
    "運転士の不足により、路線バスの減便や廃止が相次いでいる。大型二種免許の保有者は高齢化が進み、新たな担い手の確保が難しい。",
    "運賃収入だけでは運行経費を賄えず、市町村の補助金が年々増えている。補助が赤字の穴埋めにとどまり、サービス改善の動機につながっていない。",
    "バス、鉄道、タクシーがそれぞれ別に運行計画を立てており、乗継ぎの時刻や運賃が利用者にとって分かりにくい。",
    "自家用有償旅客運送の導入手続が煩雑で、住民団体が担い手になろうとしても準備に長い時間がかかる。",
    "通院や買物で移動する人の多くは高齢者だが、運行の時刻や経路がこうした利用者の需要を反映していない。",
    "運行データが事業者ごとに管理され、市町村が路線の見直しに活用できていない。",
]

PROBLEM_AFTER = "これらの課題は地域によって現れ方が異なるため、全国一律の対応ではなく、地域ごとの設計が欠かせない。"

PREAMBLE = "以上の課題に対し、国、地方公共団体及び交通事業者が取り組むべき事項を以下に提言する。"

# (heading, body, [items])
RECOMMENDATIONS = [
    ("１．地域の移動を一体として計画し、交通事業者間の連携を促す",
     "市町村は、バス、鉄道、タクシーを一つの交通網として計画し、乗継ぎの時刻と運賃を調整する協議の場を設けるべきである。"
     "国は、事業者間の運賃の調整が認められる範囲を明確にする。",
     ["乗継ぎ割引や定額運賃の導入を支援する",
      "時刻表と路線図の案内を地域で一元化する"]),
    ("２．補助の仕組みを、成果に応じた契約方式に改める",
     "赤字額を事後に補填する補助から、運行の水準と利用者数の目標を定めて一定の額を支払う契約方式へ移行し、"
     "事業者が工夫するほど報われる仕組みとする。", []),
    ("３．運転士の確保と育成を地域ぐるみで支える",
     "二種免許の取得費用の助成を拡充するとともに、短時間勤務や副業としての運転を認め、多様な人材を確保する。",
     ["取得費用の助成は、地域内で一定期間働くことを条件に全額とする",
      "自治体職員や退職者が運転に携わる先行例を周知する"]),
    ("４．住民主体の移動サービスの立ち上げを支援する",
     "自家用有償旅客運送の申請書類を簡素化し、都道府県は立ち上げの相談窓口を一本化する。", []),
    ("５．運行データを共有し、需要に応じた見直しを進める",
     "事業者は乗降の記録を共通の形式で市町村に提供し、市町村はそれを基に経路と時刻を定期的に見直す。"
     "需要の少ない区間では、予約に応じて運行するデマンド交通への転換も選択肢とする。", []),
]

CONCLUSION = [
    "地域の移動手段は、住民の暮らしを支える基盤である。事業者任せでも行政任せでもなく、"
    "地域の関係者が共に設計し、共に支える仕組みへの転換が求められる。本提言がその一歩となることを期待する。",
]

RECORD_LEAD = "本会議は、提言の取りまとめに当たり、次のとおり意見交換会を開催した。主な意見は以下のとおりである（発言者の属性を〔　〕で示す）。"

# (session heading, [(topic, [("remark" | "reply", text)])])
RECORD = [
    ("第１会場　山辺市（令和７年１０月４日）", [
        ("〈テーマ１〉通院・買物の移動", [
            ("remark", "〔利用者〕病院の予約時間にバスが合わず、一本遅れると帰りの便がなくなる。"),
            ("remark", "〔利用者〕乗継ぎの駅で３０分以上待つことが多く、冬場はつらい。"),
            ("reply", "【回答・山辺市】来年度から、鉄道の到着時刻に合わせてバスの時刻を見直す予定である。"),
            ("remark", "〔民生委員〕免許を返納した高齢者が外出を控え、閉じこもりがちになっている。"),
        ]),
        ("〈テーマ２〉担い手と費用", [
            ("remark", "〔バス事業者〕運転士を募集しても応募がほとんどなく、平均年齢は５８歳を超えた。"),
            ("remark", "〔バス事業者〕赤字路線を減らしても補助が減るだけで、工夫する動機が生まれない。"),
            ("reply", "【回答・山辺市】補助の算定方法は、来年度に運行事業者と協議して見直す。"),
        ]),
    ]),
    ("第２会場　川北町（令和７年１０月１８日）", [
        ("〈テーマ１〉住民による移動サービス", [
            ("remark", "〔自治会〕住民の運転で送迎を始めたいが、書類の準備に半年以上かかった。"),
            ("remark", "〔自治会〕運転するボランティアが事故を起こしたときの保険が心配だ。"),
            ("reply", "【回答・川北町】保険料は町が負担する方向で検討している。"),
            ("remark", "〔社会福祉協議会〕立ち上げの相談先が分からず、県に問い合わせても担当がはっきりしない。"),
        ]),
        ("〈テーマ２〉情報とデータの活用", [
            ("remark", "〔タクシー事業者〕乗車の記録はあるが、町に渡す様式が決まっていない。"),
            ("remark", "〔高校生〕通学の時間帯だけでも便を増やしてほしい。"),
            ("remark", "〔商工会〕路線図が事業者ごとに違い、観光客からの問合せが多い。"),
        ]),
    ]),
]


def add_page_field(paragraph) -> None:
    paragraph.add_run("－ ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
    paragraph.add_run(" －")


def page_break(doc: Document) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "dtx-nlp tests", "dtx-nlp tests"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.text = BODY + "　提言"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(footer)

    # cover page
    date = doc.add_paragraph(DATE)
    date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for _ in range(6):
        doc.add_paragraph()
    doc.add_paragraph(TITLE, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(SUBTITLE, style="Subtitle").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(8):
        doc.add_paragraph()
    body = doc.add_paragraph()
    body.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = body.add_run(BODY)
    run.font.size = Pt(14)
    page_break(doc)

    # table of contents (typed, as in many council reports)
    toc_head = doc.add_paragraph()
    toc_head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    toc_head.add_run("目　　次").bold = True
    for entry in TOC:
        doc.add_paragraph(entry)
    page_break(doc)

    doc.add_heading("Ⅰ　はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("Ⅱ　地域公共交通の現状と課題", level=1)
    doc.add_paragraph(PROBLEM_LEAD)
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.rows[0].cells[0]
    cell.paragraphs[0].add_run(BOX_TITLE).bold = True
    for text in PROBLEMS:
        cell.add_paragraph("■　" + text)
    doc.add_paragraph(PROBLEM_AFTER)

    doc.add_heading("Ⅲ　提言", level=1)
    doc.add_paragraph(PREAMBLE)
    for heading, text, items in RECOMMENDATIONS:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(text)
        for item in items:
            doc.add_paragraph(item, style="List Number")

    doc.add_heading("Ⅳ　おわりに", level=1)
    for text in CONCLUSION:
        doc.add_paragraph(text)
    closing = doc.add_paragraph("以上")
    closing.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_break(doc)

    doc.add_heading("参考資料１　委員名簿", level=1)
    members = doc.add_table(rows=0, cols=2)
    members.style = "Table Grid"
    for left, right in MEMBERS:
        cells = members.add_row().cells
        cells[0].text, cells[1].text = left, right
    doc.add_paragraph(MEMBERS_NOTE)

    doc.add_heading("参考資料２　地域意見交換会の概要", level=1)
    doc.add_paragraph(RECORD_LEAD)
    for session, topics in RECORD:
        doc.add_heading(session, level=2)
        for topic, speeches in topics:
            doc.add_paragraph().add_run(topic).bold = True
            for kind, text in speeches:
                if kind == "remark":
                    doc.add_paragraph(text, style="List Bullet")
                else:
                    para = doc.add_paragraph(text)
                    para.paragraph_format.left_indent = Mm(12)
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
