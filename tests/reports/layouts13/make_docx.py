"""Write kasoba_toshin.docx, a held-out test report with real Word styles (deterministic).

Run from anywhere: ``python tests/reports/layouts13/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All names, bodies and figures are fictional (架空).
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
from docx.shared import Mm, Pt

OUT = Path(__file__).with_name("kasoba_toshin.docx")
FIXED_TIME = dt.datetime(2026, 1, 26, 9, 0, 0)
ZIP_TIME = (2026, 1, 26, 9, 0, 0)

TITLE = "北嶺地域における火葬需要の増加への対応について（答申）"
DATE = "令和８年１月２６日"
ADDRESSEE = "北嶺地域広域行政組合　管理者　様"
SENDER = "北嶺地域火葬場のあり方検討委員会　委員長　森下　敬一"
COVER = "令和７年５月１２日付けで諮問のあった標記の件について、下記のとおり答申します。"

INTRO = [
    "北嶺地域の五市町は、組合が運営する北嶺斎場（火葬炉六基）を共同で利用している。"
    "高齢化に伴い、地域の死亡者数は令和６年度に年間約三千二百人となり、二十年前の約一・五倍に増えた。"
    "将来推計では、死亡者数は令和２２年度ごろまで増え続ける見込みである。",
    "当委員会は、管理者からの諮問を受け、令和７年５月から六回の会議を開くとともに、"
    "住民説明会を二か所で開催し、今後の火葬需要への対応を審議した。",
    "本答申では、まず斎場の現状と課題を整理し、次に組合が取り組むべき施策を示す。"
    "住民説明会で寄せられた主な意見と組合の回答は、参考として末尾に掲げた。",
]

TABLE1 = [
    ("年度", "火葬件数", "平均待ち日数"),
    ("令和２年度", "2,710件", "2.8日"),
    ("令和４年度", "3,020件", "3.6日"),
    ("令和６年度", "3,240件", "4.3日"),
]

# (bold lead, rest) — List Number paragraphs, the number is not in the text
PROBLEMS = [
    ("火葬までの待ち日数が延びている。",
     "冬季には死亡から火葬まで平均で五日を要し、最長で九日待った例がある。"),
    ("火葬炉の老朽化が進んでいる。",
     "炉は平成元年の開設当初のもので、故障による休止が年間延べ四十日を超えている。"),
    ("友引の休業日が受入れを制約している。",
     "斎場は友引の日を休業としており、その翌日に予約が集中している。"),
    ("遺体の安置場所が不足している。",
     "待ち日数の延びに伴い、自宅で安置できない遺族が民間の安置施設を利用し、費用の負担が生じている。"),
    ("予約の方法が分かりにくい。",
     "予約は葬祭事業者が電話で行っており、遺族には空き状況が分からない。"),
    ("災害時の広域的な応援体制が整っていない。",
     "大規模な災害で多数の死者が出た場合に、近隣の斎場と相互に受け入れる取決めがない。"),
    ("斎場周辺の環境への配慮が求められている。",
     "周辺の道路が狭く、告別の車両の出入りで渋滞が生じているほか、近隣の住民からは施設更新時の環境対策を求める声がある。"),
]

# (Heading 2 title, body, [items with ① ② in the text])
MEASURES = [
    ("（1）火葬炉を増設し、計画的に更新する",
     "組合は、現斎場の敷地内に火葬炉二基を増設するとともに、既存の炉について更新計画を定め、一基ずつ順に更新すべきである。",
     ["①　増設の規模は、将来の死亡者数の推計を五年ごとに見直したうえで確定する。",
      "②　更新の間も受入れ能力が落ちないよう、工事は需要の少ない夏季に行う。"]),
    ("（2）友引の日の開場を段階的に進める",
     "友引の日の休業を見直し、まず午前のみの開場から始め、利用状況を見て全日の開場へ移行すべきである。"
     "開場にあたっては、職員の勤務体制を見直し、必要な人員を確保する。", []),
    ("（3）遺体の安置施設を公設で整備する",
     "斎場に低料金で利用できる安置室を設け、待ち日数が延びた場合にも遺族の負担を抑えるべきである。"
     "安置室の数は、冬季の待ち日数を想定して定める。", []),
    ("（4）予約の空き状況を公開する",
     "火葬の予約の空き状況をインターネットで公開し、葬祭事業者だけでなく遺族も確認できるようにすべきである。",
     ["①　予約の受付は、葬祭事業者と遺族のどちらからでもできるようにする。",
      "②　インターネットを使わない住民のために、構成市町の窓口でも空き状況を案内する。"]),
    ("（5）近隣の斎場との相互応援協定を結ぶ",
     "災害時や炉の故障時に備え、近隣の広域行政組合の斎場と、相互に火葬を受け入れる協定を結ぶべきである。"
     "協定には、職員の派遣や燃料の融通も含めることが望ましい。", []),
]

CONCLUSION = [
    "火葬は、全ての住民が最後に必ず利用する公共サービスである。"
    "組合と構成市町が連携し、本答申の施策を速やかに具体化することを求める。",
    "なお、施策の実施に伴う使用料の見直しについては、住民への丁寧な説明を経て判断されたい。",
]

OPINIONS = [
    ("1", "母が亡くなったとき、火葬まで一週間待った。その間の安置の費用が重かった。", "―"),
    ("2", "炉を増やすなら、新しい斎場を別の場所に建てるのか。",
     "現在の敷地内での増設を考えており、新たな用地の取得は予定していません。"),
    ("3", "斎場の周りの道路が狭く、霊きゅう車と一般の車がすれ違えない。", "―"),
    ("4", "友引に火葬しないのは昔の習慣で、今は気にしない人も多いのではないか。", "―"),
    ("5", "友引に開けると、職員の休みが取れなくなるのではないか。",
     "職員の交替勤務の体制を見直し、休日を確保したうえで開場することを検討します。"),
    ("6", "予約がいつ取れるのか分からず、親戚に葬儀の日を伝えられなかった。", "―"),
    ("7", "葬儀社に任せきりで、空きを自分で確かめる方法がない。", "―"),
    ("8", "高齢者はインターネットを使えない。役場でも教えてほしい。", "―"),
    ("9", "炉が故障して、隣の町の斎場に頼んだと聞いた。決まりはあるのか。",
     "現在は個別にお願いしており、正式な取決めはありません。協定の締結を検討します。"),
    ("10", "使用料を上げるなら、事前に十分説明してほしい。", "―"),
    ("11", "大きな地震があったら、今の斎場だけでは足りないと思う。", "―"),
    ("12", "待合室が古く、冷暖房が効かない。", "―"),
    ("13", "安置室を斎場に作るなら、面会できる時間を長くしてほしい。",
     "安置室の面会時間は、整備の段階で利用者の意見を聞いて定めます。"),
    ("14", "煙や臭いの心配はないのか。", "―"),
]


def page_number_footer(section) -> None:
    par = section.footer.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    par.add_run("－ ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    par._p.append(fld)
    par.add_run(" －")


def table(doc, rows, widths, header_bold=True):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, value in enumerate(row):
            cells[j].width = Mm(widths[j])
            cells[j].text = value
            if i == 0 and header_bold:
                for r in cells[j].paragraphs[0].runs:
                    r.bold = True
    return t


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "annotator", "annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.header.paragraphs[0].text = "北嶺地域火葬場のあり方検討委員会　答申"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_number_footer(sec)

    p = doc.add_paragraph(DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(ADDRESSEE)
    p = doc.add_paragraph(SENDER)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(COVER)
    p = doc.add_paragraph("記")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("1　はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("2　現状と課題", level=1)
    doc.add_paragraph("斎場の利用状況の調査と関係者からの聞き取りの結果、火葬件数と待ち日数は次の表のとおり推移している。")
    table(doc, TABLE1, (40, 40, 40))
    doc.add_paragraph("こうした状況の下で、次の課題が明らかになった。")
    for lead, rest in PROBLEMS:
        p = doc.add_paragraph(style="List Number")
        p.add_run(lead).bold = True
        p.add_run(rest)

    doc.add_paragraph("これらの課題は互いに関係しており、特に待ち日数の延びは、炉の能力、休業日、予約の仕組みのいずれにも原因がある。"
                      "単一の対策では解消できないため、複数の施策を組み合わせる必要がある。")

    doc.add_heading("3　今後の施策の方向", level=1)
    doc.add_paragraph("当委員会は、以上の課題に対し、組合が次の施策に取り組むよう答申する。")
    for title, body, items in MEASURES:
        doc.add_heading(title, level=2)
        doc.add_paragraph(body)
        for item in items:
            p = doc.add_paragraph(item)
            p.paragraph_format.left_indent = Mm(8)
            p.paragraph_format.first_line_indent = Mm(-5)

    doc.add_heading("4　おわりに", level=1)
    for text in CONCLUSION:
        doc.add_paragraph(text)
    p = doc.add_paragraph("以上")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_page_break()
    doc.add_heading("参考　住民説明会における主な意見と組合の回答", level=1)
    doc.add_paragraph(
        "令和７年９月に北嶺市と東谷町の二会場で住民説明会を開催した（参加者計八十七人）。"
        "主な意見と、その場での組合の回答は次のとおりである。回答欄の「―」は、意見として伺ったものである。")
    table(doc, [("No.", "主な意見（要旨）", "組合の回答")] + OPINIONS, (12, 80, 70))
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
