"""Write youbou_broadband.docx, a held-out test report (fictional) with real Word styles (deterministic).

Run from anywhere: ``python tests/reports/layouts5/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
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
from docx.shared import Pt

OUT = Path(__file__).with_name("youbou_broadband.docx")
FIXED_TIME = dt.datetime(2026, 5, 20, 9, 0, 0)
ZIP_TIME = (2026, 5, 20, 9, 0, 0)

ISSUER = "一般社団法人ほくりょう経済連合会"
TITLE = "中山間地域の通信基盤の整備に関する要望"
DATE = "2026年5月20日"
COMMITTEE = ISSUER + "\n情報通信・地域振興委員会"

INTRO = [
    "当連合会の会員企業の多くは、県内の中山間地域に工場や事業所、農地を構えている。"
    "こうした地域では、光回線や携帯電話の電波が届かない場所がなお残り、生産性の向上や事業の継続を妨げている。",
    "当連合会は、2026年2月に会員企業と市町村の担当者を交えた意見交換会を開き、現場の実情を聴いた。"
    "その結果を踏まえ、中山間地域の通信基盤の整備について、下記のとおり要望する。",
]

CONTEXT = "県の調査によれば、県内の中山間地域の世帯のうち、光回線を利用できない世帯は約4,800世帯にのぼり、携帯電話の電波が届かない区間も主要な道路の約30か所に残っている。主な課題は次のとおりである。"

# (bold lead, rest)
PROBLEMS = [
    ("光回線の未整備地区が残っている。",
     "山あいの小規模な集落では、通信事業者の採算が合わず、光回線の整備が進んでいない。大容量のデータをやり取りする製造業や設計業務に支障が出ている。"),
    ("公設の通信設備の更新費用が重い。",
     "町村が国の補助を受けて整備した光回線は整備から15年前後が経ち、更新の時期を迎えているが、その費用は小規模な町村の財政で賄える規模ではない。"),
    ("山間部の道路や農地に携帯電話の不感地帯がある。",
     "集落から離れた峠道や畑では電波が届かず、車両の運行管理や、農業用のセンサーの活用ができない。"),
    ("災害時に通信が途絶えやすい。",
     "大雪や豪雨による停電や断線で基地局が止まり、数日にわたり電話もつながらない地区が生じている。"),
    ("デジタル技術を使いこなす支援が届いていない。",
     "高齢の住民や小規模な事業者は、電子申請やキャッシュレス決済の使い方を相談できる先が身近になく、回線が整っても活用が進まない。"),
    ("通信設備の保守を担う技術者が不足している。",
     "地元で基地局や回線の保守に当たる電気工事の技術者は高齢化が進み、故障の復旧に時間がかかるようになっている。"),
]

PREAMBLE = "以上の課題を踏まえ、国及び県・市町村に対し、次の事項を要望する。"

# (group, [(no, title, body, [items], addressee)])
REQUESTS = [
    ("国に対する要望", [
        ("1", "光回線の未整備地区を解消するための補助を拡充すること",
         "採算のとれない小規模集落についても光回線が整備されるよう、高度無線環境整備推進事業の補助率と採択要件を見直されたい。",
         ["補助の対象に、世帯数が20戸未満の集落を加えること",
          "事業所や工場のみが立地する地区も補助の対象とすること"],
         "総務省"),
        ("2", "公設設備の民間への移行と更新の費用を支援すること",
         "町村が所有する光回線の設備を通信事業者へ移行する際の改修費用や、移行までの間の更新費用について、財政支援を講じられたい。",
         [], "総務省"),
        ("3", "道路と農地の不感地帯の解消を進めること",
         "居住者のいない区域であっても、生活道路や農地での通信の必要性を考慮し、基地局の整備を支援されたい。",
         ["主要な峠道と迂回路の不感区間を優先して解消すること",
          "農業用のセンサーに適した低消費電力の通信網の整備を補助の対象とすること"],
         "総務省\n農林水産省"),
    ]),
    ("県・市町村に対する要望", [
        ("4", "災害時の通信手段を地域ごとに確保すること",
         "停電や断線が長く続いても連絡が途絶えないよう、通信事業者と協定を結び、地域の拠点に代わりの通信手段を備えられたい。",
         ["避難所や集会所に衛星通信の機器と非常用の電源を配備すること",
          "基地局の非常用電源の長時間化について、通信事業者と協議すること",
          "停電時の復旧の優先順位を電力会社と事前に定めること"],
         "県\n市町村"),
        ("5", "中山間地域にデジタル活用の相談窓口を設けること",
         "住民や小規模事業者が身近な場所で相談できるよう、デジタル支援員を商工会や公民館に配置されたい。",
         [], "県\n市町村"),
    ]),
]

CONCLUSION = [
    "通信基盤は、電気や道路と同じく、地域で暮らし、事業を続けるための基礎である。",
    "当連合会は、会員企業とともに通信の活用を進め、中山間地域の活力の維持に努める所存である。関係各位の特段の配慮をお願いしたい。",
]

MEETING = "日時：2026年2月13日（金）14:00～16:00　場所：連合会会議室　出席：会員企業・団体14名、市町村職員3名"

# rows: ("topic", text) or (no, speaker, remark, reply)
HEARING = [
    ("topic", "テーマ1　通信基盤の整備"),
    ("1", "製材業（A社 社長）", "工場のある谷の集落には光回線がなく、図面の送受信に半日かかることもある。",
     "国の補助事業は来年度も続く見込みであり、小規模集落まで対象を広げるよう求めていく。"),
    ("2", "町役場（情報政策担当）", "町が整備した光回線は15年目を迎え、更新には数億円が必要になる。町の財政だけでは賄えない。",
     "通信事業者への移行を含め、更新費用の支援を要望事項に加える。"),
    ("3", "農業法人（B社 代表）", "山の畑では携帯電話がつながらず、ハウスの温度センサーのデータを送れない。", "－"),
    ("4", "運送業（C社 運行管理部長）", "峠道に入ると電波が切れ、運行管理システムで車両の位置がわからなくなる。", "－"),
    ("5", "建設業（D社 工事部長）", "工事現場の遠隔臨場に使える回線が確保できず、監督員の移動に時間を取られている。", "－"),
    ("6", "金融機関（E信用金庫 支店長）", "支店の統合に伴いインターネットバンキングを勧めているが、回線が細く使えない顧客がいる。", "－"),
    ("topic", "テーマ2　災害への備えと活用の支援"),
    ("7", "旅館業（F館 女将）", "昨年の大雪で停電した際、三日間にわたって電話もつながらず、予約客と連絡が取れなかった。",
     "基地局の非常用電源は数時間分のものが多い。長時間化を事業者に求めるよう、県・市町村に働きかける。"),
    ("8", "情報サービス業（G社 取締役）", "衛星通信の料金はこの数年で大きく下がり、避難所に配備することは十分に現実的になった。", "－"),
    ("9", "電気工事業（H社 社長）", "基地局の保守に当たる技術者が高齢化しており、地元で後を継ぐ若手がいない。", "－"),
    ("10", "商工会（経営指導員）", "会員の多くが電子申請やキャッシュレス決済の使い方がわからず、身近に相談できる先もない。",
     "県のデジタル支援員は市部に偏っている。中山間地域への配置を要望する。"),
    ("11", "社会福祉協議会（地域福祉課）", "一人暮らしの高齢者の見守り用にタブレットを配ったが、使い方を教える人がいない。", "－"),
    ("12", "観光協会（事務局長）", "観光客が使える公衆無線LANが少なく、外国人客から苦情が寄せられている。", "－"),
]


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def page_number_footer(section) -> None:
    par = section.footer.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    par._p.append(fld)


def set_cell(cell, lines, bold_first=False) -> None:
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        par = first if i == 0 else cell.add_paragraph()
        run = par.add_run(line)
        if bold_first and i == 0:
            run.bold = True


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "layouts5 annotator", "layouts5 annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    section.header.paragraphs[0].text = ISSUER + "　要望書"
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_number_footer(section)

    date = doc.add_paragraph(DATE)
    date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(TITLE, style="Title")
    for line in COMMITTEE.split("\n"):
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Ⅰ．要望の趣旨", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("Ⅱ．現状認識と課題", level=1)
    doc.add_paragraph(CONTEXT)
    for lead, rest in PROBLEMS:
        par = doc.add_paragraph(style="List Number")
        par.add_run(lead).bold = True
        par.add_run(rest)

    doc.add_heading("Ⅲ．要望事項", level=1)
    doc.add_paragraph(PREAMBLE)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("No.", "要望事項", "要望先")):
        set_cell(cell, [text], bold_first=True)
        shade(cell, "D9D9D9")
    for group, requests in REQUESTS:
        row = table.add_row().cells
        merged = row[0].merge(row[1]).merge(row[2])
        set_cell(merged, ["【" + group + "】"], bold_first=True)
        shade(merged, "F2F2F2")
        for no, title, body, items, addressee in requests:
            cells = table.add_row().cells
            set_cell(cells[0], [no])
            set_cell(cells[1], [title, body], bold_first=True)
            for item in items:
                cells[1].add_paragraph(item, style="List Bullet")
            set_cell(cells[2], addressee.split("\n"))

    doc.add_heading("Ⅳ．おわりに", level=1)
    for text in CONCLUSION:
        doc.add_paragraph(text)
    end = doc.add_paragraph("以上")
    end.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_page_break()
    doc.add_heading("【参考】会員企業との意見交換会の概要", level=1)
    doc.add_paragraph(MEETING)
    hearing = doc.add_table(rows=1, cols=4)
    hearing.style = "Table Grid"
    for cell, text in zip(hearing.rows[0].cells, ("No.", "発言者", "主な意見", "事務局の回答・補足")):
        set_cell(cell, [text], bold_first=True)
        shade(cell, "D9D9D9")
    for row in HEARING:
        cells = hearing.add_row().cells
        if row[0] == "topic":
            merged = cells[0].merge(cells[1]).merge(cells[2]).merge(cells[3])
            set_cell(merged, [row[1]], bold_first=True)
            continue
        for cell, text in zip(cells, row):
            set_cell(cell, [text])
    note = doc.add_paragraph("※ 発言は事務局の責任で要約したものである。")
    note.runs[0].font.size = Pt(9)
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
