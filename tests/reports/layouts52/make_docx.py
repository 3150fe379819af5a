"""Write flood_yobosho.docx, a shopping-street federation's 要望書 (deterministic bytes).

Run from anywhere: ``python3 tests/reports/layouts52/make_docx.py``. The file is written beside
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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).with_name("flood_yobosho.docx")
FIXED_TIME = dt.datetime(2026, 9, 1, 9, 0, 0)
ZIP_TIME = (2026, 9, 1, 9, 0, 0)

TITLE = "水害に備える保険加入の促進と店舗再建の支援に関する要望書"

INTRO = [
    "　日頃より、市内商店街の振興に格別のご高配を賜り、厚く御礼申し上げます。",
    "　昨年七月の豪雨では、霧川の支流があふれ、中央通り、駅前一番街など四つの商店街で二百十店舗が床上浸水の被害を受けました。"
    "被害を受けた店舗のうち、水災の補償がある保険に加入していたのは三割に満たず、再開をあきらめて廃業した店舗も二十九にのぼります。"
    "霧川流域では、この十年間に三回の浸水被害が発生しており、市の浸水想定でも中心市街地の大半が〇・五メートル以上の浸水区域に含まれています。",
    "　当連合会は、本年七月に市の担当課、損害保険代理店及び会員による意見交換会を開き、再び同じ事態を招かないための方策を話し合いました。"
    "つきましては、下記のとおり要望いたしますので、特段のご配慮をお願い申し上げます。",
]

PROBLEM_LEAD = "　会員へのアンケート（回答百八十二店舗）と意見交換会から、次の課題が明らかになりました。"
PROBLEMS = (
    "　すなわち、①水災の補償を付けると保険料が一・五倍程度に上がり、売上の落ち込んだ小規模店舗には負担が重いこと、"
    "②店舗の多くが賃借であり、建物の保険は家主、什器と商品の保険は店主と分かれるため、補償に空白が生じていること、"
    "③市のハザードマップで浸水想定が示されていても、自店の危険を知らない店主が多いこと、"
    "④被災後の支援金は住宅が中心で、店舗の什器や商品の損害は対象外であること、"
    "⑤保険金の請求に必要な被害写真や在庫の記録を残していない店舗が多く、請求が遅れたこと、の五点です。"
)
PROBLEM_AFTER = (
    "　なお、アンケートでは、水災の補償に加入していない店舗の六割が「保険料が高い」を、三割が「家主が加入していると思っていた」を理由に挙げています。"
    "また、浸水した店舗の半数は、被災から営業再開までに三か月以上を要しました。"
)

# (heading, body, [items])
REQUESTS = [
    ("一　水災補償の保険料に対する補助制度を設けること",
     "　小規模店舗が水災補償を付ける際の保険料の増加分について、市が一部を補助する制度を設けてください。"
     "あわせて、損害保険会社が商工団体向けに設けている団体割引の活用について、市からも働きかけをお願いします。",
     ["（１）浸水想定区域内の店舗を優先して対象とすること",
      "（２）補助の期間を当面五年間とし、効果を検証すること"]),
    ("二　店舗向けの浸水リスクの周知を強化すること",
     "　市のハザードマップの情報を、商店街ごとの浸水想定として分かりやすく示し、店主向けの説明会を開いてください。"
     "また、想定される浸水の深さを示す表示を、商店街の街路灯などに設けてください。", []),
    ("三　被災店舗の再建支援金を創設すること",
     "　住宅向けの支援金とは別に、店舗の什器や商品の損害を対象とする再建支援金を設けてください。"
     "申請の手続は、罹災証明書の写しと簡単な被害の申告で足りるようにしてください。", []),
    ("四　家主と店主が補償を確認し合う仕組みを後押しすること",
     "　賃貸借契約の更新時に、建物と什器の保険の加入状況を確認し合うよう、市から家主団体に働きかけてください。"
     "あわせて、保険の内容を店主が理解できるよう、代理店による無料相談会を当連合会と共催していただくようお願いします。",
     ["（１）確認用の点検表を市と当連合会で作成すること",
      "（２）不動産関係団体を通じて家主に配布すること"]),
]

CLOSING = (
    "　商店街は地域の暮らしを支える場であり、一度失われた店舗を取り戻すことは容易ではありません。"
    "当連合会としても、会員への加入の呼びかけと、被害記録の残し方の周知に努めてまいります。"
    "水害に強い商店街づくりに向け、市と当連合会が力を合わせて取り組めるよう、格別のご配慮をお願い申し上げます。"
)

RECORD_META = "日時　令和８年７月１０日（金）午後２時～４時　　会場　川霧市商工会館"
RECORD_ATTENDEES = "出席者　会員店舗二十一名、損害保険代理店一名、市防災危機管理課・商工振興課職員三名"
RECORD = [
    ("発言者", "発言要旨"),
    ("中央通り商店会（洋品店）", "水災の補償を付けると保険料が年に十万円近く上がり、とても払えない。"),
    ("損害保険代理店", "保険料は立地で変わる。浸水の想定が低い地域なら、上がり幅はもっと小さい。"),
    ("市場通り商店会（青果店）", "補助が出るなら、浸水しやすい場所の店から優先してほしい。"),
    ("駅前一番街（喫茶店）", "店を借りているので、建物の保険は大家さん任せで中身を知らなかった。"),
    ("駅前一番街（書店）", "被災したとき、売れ残りの在庫の数を証明できず、保険金が減らされた。"),
    ("損害保険代理店", "日頃から在庫表と店内の写真をスマートフォンに残しておくだけでも違う。"),
    ("川端商店会（酒店）", "ハザードマップは見たことがあるが、自分の店が何メートル浸かるのかは知らない。"),
    ("市（防災危機管理課）", "商店街単位の説明会であれば、職員が出向いて説明できる。"),
    ("中央通り商店会（理容店）", "住宅の支援金は出たが、店の椅子や機械の損害は自腹だった。"),
    ("川端商店会（鮮魚店）", "アーケードの照明が壊れたままで、修理の積立もない。"),
    ("中央通り商店会（呉服店）", "保険料の補助が何年続くのか分からないと、加入に踏み切れない。"),
    ("駅前一番街（花店）", "次の大雨のとき、店の商品をどこに避難させればいいのか決めておきたい。"),
    ("駅前一番街（薬局）", "商品の保管場所を二階に移す工事にも、補助があれば助かる。"),
]


def para(doc, text, align=None, bold=False, size=None, style=None):
    p = doc.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def page_number_footer(section) -> None:
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
        run._r.append(el)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "layouts52 annotator", "layouts52 annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    section.header.paragraphs[0].text = "川霧市商店街連合会　令和８年度要望"
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_number_footer(section)

    right = WD_ALIGN_PARAGRAPH.RIGHT
    para(doc, "川商連発第２４号", right)
    para(doc, "令和８年９月１日", right)
    para(doc, "川霧市長　三好　達郎　様")
    para(doc, "川霧市商店街連合会", right)
    para(doc, "会長　杉本　和彦", right)
    para(doc, TITLE, WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=14)
    for text in INTRO:
        para(doc, text)
    para(doc, "記", WD_ALIGN_PARAGRAPH.CENTER)

    doc.add_heading("【現状と課題】", level=1)
    para(doc, PROBLEM_LEAD)
    para(doc, PROBLEMS)
    para(doc, PROBLEM_AFTER)

    doc.add_heading("【要望事項】", level=1)
    for heading, body, items in REQUESTS:
        doc.add_heading(heading, level=2)
        para(doc, body)
        for item in items:
            p = para(doc, item)
            p.paragraph_format.left_indent = Pt(21)

    doc.add_heading("【むすび】", level=1)
    para(doc, CLOSING)
    para(doc, "以上", right)

    brk = doc.add_paragraph().add_run()
    brk.add_break(WD_BREAK.PAGE)
    doc.add_heading("（参考）意見交換会の記録", level=1)
    para(doc, RECORD_META)
    para(doc, RECORD_ATTENDEES)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for i, (who, what) in enumerate(RECORD):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = who, what
        if i == 0:
            for c in cells:
                c.paragraphs[0].runs[0].bold = True
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
