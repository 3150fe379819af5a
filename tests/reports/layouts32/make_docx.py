"""Write kyushoku_keikaku.docx, a fictional municipal plan (deterministic bytes).

Run from anywhere: ``python tests/reports/layouts32/make_docx.py``. The file is written beside this
script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Mm

OUT = Path(__file__).with_name("kyushoku_keikaku.docx")
FIXED_TIME = dt.datetime(2026, 3, 1, 9, 0, 0)
ZIP_TIME = (2026, 3, 1, 9, 0, 0)

TITLE = "高森市学校給食基本計画"
SUBTITLE = "（令和８年度～令和１２年度）"
ISSUER = "令和８年３月　高森市教育委員会"

INTRO = [
    "本市では、市立小学校１４校と中学校６校の児童生徒に、東部と西部の二つの給食センターから、"
    "一日約９，８００食の給食を届けている。",
    "近年、食材の価格の上昇や施設の老朽化、食物アレルギーのある児童生徒の増加など、給食を取り巻く"
    "状況は大きく変わっている。本計画は、今後５年間の学校給食の方向を示すため、学校給食運営審議会の"
    "意見と、保護者・学校・生産者との懇談会で出された意見を踏まえて策定したものである。",
    "本計画は、高森市教育振興基本計画の個別計画に位置づけるものであり、計画の期間は令和８年度から"
    "令和１２年度までの５年間とする。",
]

TABLE_CAPTION = "表　学校給食の主な指標（令和６年度）"
TABLE = [
    ("指標", "数値"),
    ("１食当たりの食材費（小学校）", "２８５円"),
    ("市内産食材の使用割合（重量）", "２２％"),
    ("食物アレルギー対応が必要な児童生徒", "４２０人"),
    ("中学校の残食率", "９％"),
]

# (lead, explanation)
PROBLEMS = [
    ("❶　食材費の上昇",
     "この３年間で食材の購入費は約１８％上がったが、給食費は据え置いている。献立の品数を減らすなどの"
     "工夫で対応してきたが、栄養の基準を満たすことが難しくなりつつある。"),
    ("❷　東部給食センターの老朽化",
     "昭和６３年に建設された東部給食センターでは、釜や食器洗浄機の故障が続いており、調理の停止が"
     "心配される状況にある。"),
    ("❸　食物アレルギーへの対応",
     "対応が必要な児童生徒は１０年前の約２倍に増えた。除去食は卵と乳に限られており、配膳の段階での"
     "取り違えも昨年度に２件起きている。"),
    ("❹　地場産物の活用が伸び悩んでいる",
     "市内産の食材を使う割合は２２％にとどまっている。給食で必要な量と時期が生産者に伝わっておらず、"
     "形や大きさの規格が合わない野菜は使われていない。"),
    ("❺　食べ残しが多い",
     "中学校の残食率は９％で、特に野菜の料理で多い。配膳や片付けに時間がかかり、食べる時間が"
     "実質１５分程度しかない学校もある。"),
    ("❻　調理員の確保が難しい",
     "調理員の平均年齢は５６歳となり、募集をしても応募が少ない。欠員が生じた日は、他の調理員の"
     "残業で対応している。"),
]

# (group heading, [(lead, body, [(item, responsible)])])
MEASURES = [
    ("◆ 基本方針１　安全でおいしい給食を安定して届ける", [
        ("施策1-1　食物アレルギーへの対応を充実する",
         "新しい給食センターの稼働にあわせて除去食の対象を広げるとともに、配膳の確認の手順を見直す。",
         [("除去食の対象に小麦を加える", "学校給食課"),
          ("対応食は色分けした容器に入れ、名札と二重に確認して配る", "各学校")]),
        ("施策1-2　東部給食センターを建て替える",
         "令和１０年度の稼働を目指し、東部給食センターを建て替える。整備に当たっては、"
         "民間の資金と技術を活用する手法も比較する。建て替えの期間中は、西部給食センターの調理能力を"
         "一時的に引き上げて対応する。", []),
        ("施策1-3　食材費に応じて給食費を見直す",
         "食材費の動向を毎年点検し、必要な場合は給食費を改定する。改定に当たっては、食材費の内訳を"
         "公表し、保護者にわかりやすく説明する。", []),
    ]),
    ("◆ 基本方針２　地域とつながる食育を進める", [
        ("施策2-1　市内産の食材を使う日を増やす",
         "市内産の食材の使用割合を、令和１２年度に３５％とすることを目指す。",
         [("農協と年間の使用予定量を共有し、作付けの計画に生かしてもらう", "農林振興課"),
          ("規格外の野菜を下処理して使う仕組みをつくる", "学校給食課")]),
        ("施策2-2　食べ残しを減らす食育を進める",
         "食べ残しを減らすため、食べる時間の確保と、食材への関心を高める取組をあわせて進める。",
         [("給食の時間を２０分以上確保できるよう、各学校の日課を見直す", "各学校"),
          ("生産者を学校に招き、一緒に給食を食べる交流給食を開く", "学校給食課")]),
    ]),
]

CLOSING = [
    "本計画の進み具合は、学校給食運営審議会に毎年度報告し、点検を受ける。",
    "計画の期間中であっても、食材の価格や児童生徒数の大きな変化があった場合は、必要に応じて"
    "内容を見直す。",
    "また、各施策の進み具合と主な指標の推移は、市のホームページで公表する。",
]

RECORD_TITLE = "資料　学校給食懇談会における主な意見"
RECORD_LEAD = ("令和７年１１月１８日、市役所で開催。保護者、学校、生産者など１６人が出席した。"
               "発言の要旨を、発言者の立場とともに掲載する。")
# (kind, speaker or None, text): kind "remark" or "reply"
RECORD = [
    ("remark", "〈保護者〉", "子どもに卵と小麦のアレルギーがあり、小麦を使う日は毎回弁当を持たせている。"),
    ("reply", None, "小麦の除去食は、新しい給食センターの稼働にあわせて始めたい。"),
    ("remark", "〈栄養教諭〉", "配膳のときに、アレルギー対応食の取り違えが起きないか毎日心配している。"),
    ("remark", "〈保護者〉", "物価が上がっている以上、給食費の値上げもやむを得ない。ただし理由はきちんと説明してほしい。"),
    ("reply", None, "値上げを行う場合は、食材費の内訳を示して説明する。"),
    ("remark", "〈小学校長〉", "調理員の募集をしても応募が少なく、欠員のまま調理している日がある。"),
    ("reply", None, "調理業務の一部を民間に委託することも含めて検討している。"),
    ("remark", "〈生産者〉", "形がそろわない野菜も、切ってしまえば味は変わらない。使ってもらえれば出荷を増やせる。"),
    ("remark", "〈生産者〉", "給食で使う量が前もってわかれば、その分を計画して作付けできる。"),
    ("remark", "〈中学生〉", "給食の時間が短く、食べきれないまま片付けることがある。"),
    ("reply", None, "給食の時間の確保について、各学校と相談していく。"),
    ("remark", "〈中学生〉", "地元の野菜の話を、作った人から直接聞いてみたい。"),
    ("remark", "〈栄養教諭〉", "地場産の食材を使った献立を、家庭の食事にも紹介していきたい。"),
    ("remark", "〈保護者〉", "献立表をスマートフォンで見られるようにしてほしい。"),
    ("remark", "〈保護者〉", "食器が重く、低学年の子どもには運ぶのが大変そうだ。"),
    ("remark", "〈ＰＴＡ〉", "給食センターの見学会を、夏休みにも開いてほしい。"),
]
REPLY_MARK = "▷市の回答　"


def bold_para(doc, text, size=11, align=None, space_before=0):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_before:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "annotator", "annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.header.paragraphs[0].text = TITLE + SUBTITLE
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = "高森市教育委員会　学校給食課"
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    bold_para(doc, TITLE, size=20, align=WD_ALIGN_PARAGRAPH.CENTER)
    doc.add_paragraph(SUBTITLE).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(ISSUER).alignment = WD_ALIGN_PARAGRAPH.CENTER

    bold_para(doc, "■ 計画策定の趣旨", size=14, space_before=12)
    for text in INTRO:
        doc.add_paragraph(text)

    bold_para(doc, "■ 学校給食の現状と課題", size=14, space_before=12)
    doc.add_paragraph(TABLE_CAPTION)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for left, right in TABLE:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = left, right
    doc.add_paragraph("これらの状況から、本市の学校給食には次の課題がある。")
    for lead, text in PROBLEMS:
        bold_para(doc, lead)
        doc.add_paragraph(text)

    bold_para(doc, "■ 基本方針と施策", size=14, space_before=12)
    doc.add_paragraph("課題の解決に向け、二つの基本方針のもとに次の施策を進める。")
    for group, measures in MEASURES:
        bold_para(doc, group, size=12, space_before=6)
        for lead, body, items in measures:
            p = bold_para(doc, lead)
            p.runs[0].underline = True
            doc.add_paragraph(body)
            if items:
                t = doc.add_table(rows=1, cols=2)
                t.style = "Table Grid"
                t.rows[0].cells[0].text, t.rows[0].cells[1].text = "具体的な取組", "担当"
                for item, resp in items:
                    cells = t.add_row().cells
                    cells[0].text, cells[1].text = item, resp

    bold_para(doc, "■ 計画の推進に向けて", size=14, space_before=12)
    for text in CLOSING:
        doc.add_paragraph(text)

    brk = doc.add_paragraph().add_run()
    brk.add_break(WD_BREAK.PAGE)
    bold_para(doc, "■ " + RECORD_TITLE, size=14)
    doc.add_paragraph(RECORD_LEAD)
    for kind, speaker, text in RECORD:
        p = doc.add_paragraph()
        if kind == "remark":
            r = p.add_run(speaker)
            r.bold = True
            p.add_run(text)
        else:
            p.paragraph_format.left_indent = Mm(10)
            p.add_run(REPLY_MARK + text)
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
