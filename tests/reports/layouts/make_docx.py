"""Write report.docx, a test report with real Word heading styles (deterministic).

Run from anywhere: ``python tests/reports/layouts/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).with_name("report.docx")
FIXED_TIME = dt.datetime(2026, 2, 1, 9, 0, 0)
ZIP_TIME = (2026, 2, 1, 9, 0, 0)

TITLE = "中小企業のサイバーセキュリティ対策の底上げに関する報告書"
SUBTITLE = "架空産業安全研究センター　2026年2月"

INTRO = [
    "ランサムウェアによる被害は、大企業だけでなく、その取引先である中小企業にも広がっている。"
    "中小企業が攻撃の入口となり、取引先全体の操業が止まる事例も報告されている。",
    "当センターは、製造業と物流業の中小企業四十社への聞き取りと、支援機関の担当者との意見交換を行い、"
    "対策が進まない理由と、その解決に向けた方策を検討した。本報告書はその結果をまとめたものである。",
    "なお、本報告書でいう中小企業は、従業員三百人以下の製造業と物流業の事業者を指す。"
    "聞き取りの対象には、情報システムを外部の事業者にすべて委託している企業と、自社の職員が管理している企業の双方を含めた。",
]

# (H2 heading, [(H3 heading, paragraph), ...])
PROBLEMS = [
    ("2.1　体制面の課題", [
        ("（1）専任の担当者がいない",
         "聞き取りを行った企業の八割で、情報システムの管理は総務や経理の職員が兼務していた。"
         "担当者は日々の業務に追われ、機器の更新やソフトウェアの修正の適用が後回しになっている。"),
        ("（2）経営者の関心が低い",
         "対策への投資は売上に結びつかないとの認識が根強く、被害が起きるまで予算が確保されない。"
         "自社が攻撃の対象になるとは考えていない経営者も多い。"),
    ]),
    ("2.2　取引と被害把握の課題", [
        ("（3）取引先からの要求がばらばらである",
         "複数の発注元から、それぞれ異なる様式の点検票の提出を求められ、その対応に多くの時間を要している。"),
        ("（4）被害が表に出にくい",
         "被害を受けても、信用の低下を恐れて警察や支援機関に届け出ない企業が少なくない。"
         "このため、被害の実態や手口の情報が共有されず、同じ手口の被害が繰り返されている。"),
    ]),
]

TABLE = [
    ("対策の項目", "実施している企業の割合"),
    ("データの定期的なバックアップ", "55%"),
    ("多要素認証の導入", "18%"),
    ("従業員向けの訓練", "12%"),
]

# (H2 heading, [(lead, body, [items])])
PROPOSALS = [
    ("3.1　国への提案", [
        ("提案1　中小企業向けの最低限の対策基準を一本化する",
         "国は、取引先が中小企業に求める対策の水準を一つの基準にまとめ、点検票の様式を統一すべきである。"
         "発注元には、この基準以上の独自の要求を控えるよう促す。", []),
        ("提案2　対策費用への補助と税制上の優遇を拡充する",
         "バックアップ装置や多要素認証の導入、外部の監視サービスの利用に要する費用について、"
         "補助の対象を広げるとともに、税制上の優遇措置を設けるべきである。",
         ["補助の申請は、対策基準の点検票の提出をもって簡素化する",
          "複数の企業が共同で監視サービスを契約する場合は補助率を上乗せする"]),
        ("提案3　被害の届出を匿名でも受け付ける窓口を設ける",
         "被害の届出をためらう企業のために、企業名を伏せたまま手口や被害の状況を報告できる窓口を設け、"
         "集めた情報を注意喚起に活用すべきである。", []),
    ]),
    ("3.2　業界団体・支援機関への提案", [
        ("提案4　地域の支援機関に相談員を配置する",
         "商工会議所や産業支援機関は、セキュリティの相談員を配置し、企業を訪問して設定の確認や"
         "初動対応の助言を行う体制を整えるべきである。", []),
        ("提案5　経営者向けの演習を定期的に開催する",
         "業界団体は、被害発生時の意思決定を模擬体験する短時間の演習を経営者向けに開催し、"
         "対策を経営の課題として考える機会を提供すべきである。", []),
    ]),
]

CONCLUSION = (
    "中小企業の対策は、一社ごとの努力だけでは限界がある。基準の統一、費用の支援、相談の体制を"
    "組み合わせ、地域と取引の網の目全体で底上げを図ることが求められる。"
)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "dtx-nlp tests", "dtx-nlp tests"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    doc.sections[0].header.paragraphs[0].text = "社外秘　" + TITLE
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(SUBTITLE)
    doc.add_heading("1　はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)
    doc.add_heading("2　課題", level=1)
    doc.add_paragraph("聞き取りの結果、主な対策の実施状況は次の表のとおりであった。")
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for left, right in TABLE:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = left, right
    for h2, items in PROBLEMS:
        doc.add_heading(h2, level=2)
        for h3, text in items:
            doc.add_heading(h3, level=3)
            doc.add_paragraph(text)
    doc.add_heading("3　提案", level=1)
    doc.add_paragraph("以上の課題を踏まえ、次のとおり提案する。")
    for h2, proposals in PROPOSALS:
        doc.add_heading(h2, level=2)
        for lead, body, items in proposals:
            run = doc.add_paragraph().add_run(lead)
            run.bold = True
            run.font.size = Pt(11)
            doc.add_paragraph(body)
            for item in items:
                doc.add_paragraph(item, style="List Bullet")
    doc.add_heading("4　おわりに", level=1)
    doc.add_paragraph(CONCLUSION)
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
