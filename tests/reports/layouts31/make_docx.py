"""Write akiten_teigen.docx, a test report written with manual formatting (deterministic).

Run from anywhere: ``python tests/reports/layouts31/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All names, places and figures are fictional.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Mm

OUT = Path(__file__).with_name("akiten_teigen.docx")
FIXED_TIME = dt.datetime(2026, 1, 20, 9, 0, 0)
ZIP_TIME = (2026, 1, 20, 9, 0, 0)

TITLE = "中心市街地商店街の空き店舗対策に関する提言"
SUBTITLE = "―空き店舗を次の担い手につなぐために―"
ISSUER = ["令和8年1月", "架空商工会議所　まちづくり委員会"]

INTRO = [
    "架空市の中心市街地にある四つの商店街では、この10年で空き店舗が倍近くに増えた。"
    "シャッターの閉まった店が続く通りは、来街者を遠ざけ、残った店の売上にも影響を及ぼしている。",
    "当委員会は、令和7年度に会員事業者への聞き取りと懇談会を行い、空き店舗が埋まらない理由と、"
    "その解消に向けた方策を検討した。本提言はその結果を取りまとめたものである。",
]

STATUS_LEAD = ("令和7年10月に当所が行った調査では、4商店街の空き店舗は計44店、空き店舗率は22.6％であった。"
               "特に新町商店街では、3店に1店が空いている。")
TABLE_CAPTION = "表　中心市街地4商店街の空き店舗の状況（令和7年10月、当所調べ）"
TABLE = [
    ("商店街", "店舗数", "空き店舗数", "空き店舗率"),
    ("本町通り商店街", "58", "14", "24.1％"),
    ("駅前通り商店会", "42", "9", "21.4％"),
    ("中央商店街", "65", "11", "16.9％"),
    ("新町商店街", "30", "10", "33.3％"),
]

STATUS_AFTER = ("空き店舗の多くは、間口が狭く奥に長い木造の建物である。閉店の理由としては、"
                "店主の高齢化と後継者の不在が最も多く挙げられた。")
PROBLEMS_LEAD = "聞き取りと懇談会での意見から、次の課題が明らかになった。"
# (bold first sentence, rest of the paragraph)
PROBLEMS = [
    ("①　所有者が店舗を貸すことに消極的である。",
     "店舗の2階に所有者が住んでいる例が多く、見知らぬ人に貸すことへの不安から、空いたままにされている。"),
    ("②　建物が古く、改修に多額の費用がかかる。",
     "昭和40年代以前の建物が多く、耐震や水回りの改修に1店舗当たり数百万円を要する。"),
    ("③　出店希望者と物件の情報が結び付いていない。",
     "空き店舗の情報は不動産会社ごとに分散しており、創業を希望する人が商店街の物件を探しにくい。"),
    ("④　新たに出店した店が早期に撤退している。",
     "過去5年間に市の補助を受けて出店した21店のうち、8店が3年以内に閉店した。"),
    ("⑤　商店街組織の担い手が高齢化している。",
     "振興組合の役員の平均年齢は68歳で、行事の企画や運営を担う人が不足している。"),
    ("⑥　駐車場が分散し、来街者にとって不便である。",
     "小規模な駐車場が点在し、案内も不十分なため、車で訪れる買い物客に敬遠されている。"),
    ("⑦　店舗を貸し出しても所有者にとっての利点が乏しい。",
     "家賃収入に対する税負担や修繕の手間を考え、空けたままの方がよいと判断する所有者が多い。"),
]

REC_LEAD = ("これらの課題を踏まえ、当所は次の五点を提言する。提言１から提言４は主に架空市に対するもの、"
            "提言５は当所と各商店街が自ら取り組むものである。")
# (lead, body, [items])
RECS = [
    ("〔提言１〕所有者と出店希望者をつなぐ窓口の設置",
     "市と当所が共同で「空き店舗相談窓口」を設け、不動産会社が扱いにくい小規模な物件も含めて情報を一元化し、"
     "所有者と出店希望者の間に立って条件の調整を行うべきである。",
     ["（１）所有者を戸別に訪問し、貸し出す意向や条件を確認する。",
      "（２）住居部分と店舗部分を分けて貸す場合の契約のひな形を示す。"]),
    ("〔提言２〕改修費補助の拡充",
     "空き店舗の改修に対する市の補助について、上限額を引き上げるとともに、耐震改修と併せて行う場合には補助率を上乗せすべきである。",
     []),
    ("〔提言３〕出店後の伴走支援",
     "補助を受けて出店した事業者に対し、開業から3年間、中小企業診断士が定期的に訪問して経営の助言を行う仕組みを設けるべきである。",
     ["（１）開業1年目は毎月訪問し、売上や資金繰りの状況を確認する。",
      "（２）先輩の店主と新しい店主が情報を交換する会を年2回開く。"]),
    ("〔提言４〕貸し出した所有者への税の軽減",
     "空き店舗を新たに貸し出した所有者に対し、一定期間、固定資産税を軽減する制度の創設を市に求める。",
     []),
    ("〔提言５〕若手店主の商店街運営への参画",
     "当所と各商店街は、新しく出店した店主や若手の店主による部会を設け、行事の企画や組合の運営に加わる道を開く。",
     []),
]

CLOSING = ("空き店舗の解消は、一つの施策だけでは実現しない。所有者、出店者、商店街、行政と当所がそれぞれの役割を果たし、"
           "空き店舗を次の担い手につなぐ流れをつくることが求められる。"
           "当所は、本提言の実現に向けて、市及び各商店街との協議を継続していく。")

RECORD_TITLE = "【参考】会員懇談会における主な発言"
RECORD_META = "開催日　令和7年11月12日　会場　当所3階会議室　出席者　委員、出店者、市職員など17名"
# (kind, text): "r" remark paragraph, "a" reply paragraph (indented)
RECORD = [
    ("r", "◇佐藤委員（本町通り商店街振興組合）　うちの通りは2階に家主が住んでいる店がほとんどで、知らない人に1階を貸すのは怖いという声が強い。"),
    ("a", "◆事務局　住居と店舗を分けて貸す場合の契約の例を、弁護士と相談して作りたい。"),
    ("r", "◇田中委員（駅前通り商店会）　駐車場が店から遠く、買い物客が荷物を持って歩くのを嫌がる。"),
    ("r", "◇出店者Ａ氏（雑貨店、令和6年開業）　物件をインターネットで探したが、商店街の空き店舗の情報はほとんど見つからなかった。"),
    ("r", "◇鈴木委員（不動産業）　商店街の物件は賃料が安く手数料も少ないため、不動産会社も積極的には扱わない。"),
    ("r", "◇出店者Ｂ氏（パン店、令和5年開業）　古い店舗の水回りを直すだけで見積りが600万円を超え、出店をあきらめかけた。"),
    ("a", "◆市商工振興課　現在の補助の上限は100万円であり、来年度に向けて見直しを検討している。"),
    ("r", "◇出店者Ｃ氏（喫茶店、令和6年開業）　開店して半年になるが、売上が伸びないときに相談できる相手がいない。"),
    ("r", "◇山本委員（中央商店街振興組合）　新しく入った店主は、組合の会合に来ても発言しにくい雰囲気がある。"),
    ("a", "◆事務局　若手の店主が集まる場を設ける案について、各組合と相談したい。"),
    ("r", "◇佐藤委員　貸しても税金と修繕費で手元にほとんど残らない、と家主から言われる。"),
    ("r", "◇田中委員　夜は通りが暗く、飲食店を出しても客が来ない。"),
    ("r", "◇出店者Ａ氏　家賃は定額より、売上に応じて払う方式にしてもらえると助かる。"),
    ("r", "◇鈴木委員　チャレンジショップは期間が半年と短く、本格的な出店につながりにくい。"),
    ("a", "◆市商工振興課　チャレンジショップの期間は、利用者の意見を聞いて延長を検討する。"),
]


def para(doc, text, *, bold=False, size=None, align=None, indent_mm=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if indent_mm:
        p.paragraph_format.left_indent = Mm(indent_mm)
    return p


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "annotator", "annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    doc.styles["Normal"].font.size = Pt(10.5)
    header = doc.sections[0].header.paragraphs[0]
    header.text = "架空商工会議所　まちづくり委員会"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    para(doc, TITLE, bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, SUBTITLE, align=WD_ALIGN_PARAGRAPH.CENTER)
    for line in ISSUER:
        para(doc, line, align=WD_ALIGN_PARAGRAPH.RIGHT)

    para(doc, "■はじめに", bold=True, size=12)
    for text in INTRO:
        para(doc, text)

    para(doc, "■空き店舗の現状", bold=True, size=12)
    para(doc, STATUS_LEAD)
    para(doc, TABLE_CAPTION, size=9)
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for row in TABLE:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    para(doc, STATUS_AFTER)

    para(doc, "■主な課題", bold=True, size=12)
    para(doc, PROBLEMS_LEAD)
    for lead, rest in PROBLEMS:
        p = doc.add_paragraph()
        p.add_run(lead).bold = True
        p.add_run(rest)

    para(doc, "■提言", bold=True, size=12)
    para(doc, REC_LEAD)
    for lead, body, items in RECS:
        para(doc, lead, bold=True)
        para(doc, body)
        for item in items:
            para(doc, item, indent_mm=7)

    para(doc, "■むすび", bold=True, size=12)
    para(doc, CLOSING)
    para(doc, "以上", align=WD_ALIGN_PARAGRAPH.RIGHT)

    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    para(doc, RECORD_TITLE, bold=True, size=12)
    para(doc, RECORD_META)
    for kind, text in RECORD:
        para(doc, text, indent_mm=10 if kind == "a" else None)
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
