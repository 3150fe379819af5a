"""Write suigai_risk.docx, a fictional council summary (取りまとめ) with Word heading styles.

Run from anywhere: ``python tests/reports/layouts17/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All bodies, places, people and figures are fictional (架空).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("suigai_risk.docx")
FIXED_TIME = dt.datetime(2026, 2, 20, 9, 0, 0)
ZIP_TIME = (2026, 2, 20, 9, 0, 0)

COMMITTEE = "汐見川市水害リスク情報のあり方に関する有識者会議"
TITLE = "水害リスク情報の伝え方の見直しに向けて（取りまとめ）"
SUBTITLE = "～住民一人ひとりが自らのリスクを知り、行動につなげるために～"

INTRO = [
    "汐見川市では、令和5年6月の豪雨で小鳥川が氾濫し、約三百棟が浸水した。"
    "被災した住民の多くは、自宅が浸水想定区域に含まれていることを知らなかった。",
    "本会議は、令和7年7月から五回にわたり、市が提供する水害リスク情報の内容と伝え方を検証し、"
    "三地区での住民ワークショップを経て、今後の施策の方向を取りまとめた。",
    "なお、本取りまとめでいう水害リスク情報とは、河川の氾濫や内水による浸水の範囲、深さ及び継続時間、"
    "並びに避難先など、住民が避難の判断に用いる情報をいう。",
]

CONTEXT = ("市内では、汐見川と小鳥川の浸水想定区域に約四万二千人が暮らしている。"
           "市はハザードマップを全戸に配布しているが、令和7年の市民意識調査の結果は次のとおりであった。")

TABLE = [
    ("設問", "「はい」と答えた割合"),
    ("ハザードマップを見たことがある", "48%"),
    ("自宅の想定浸水深を知っている", "17%"),
    ("避難先を決めている", "29%"),
]

# (H2 heading, [○ paragraphs])
PROBLEMS = [
    ("2.1 情報の内容と形式", [
        "ハザードマップは紙の冊子が中心で、縮尺が小さく、自宅の位置や浸水の深さを読み取りにくい。",
        "想定最大規模の降雨による浸水の範囲のみが示されており、より頻繁に起こる規模の浸水の範囲が分からない。",
        "外国人住民向けの情報は英語版のみで、市内に多いベトナム語やネパール語を話す住民には届いていない。",
    ]),
    ("2.2 情報の受け手と伝わり方", [
        "浸水の経験がない地区では、想定区域に住んでいても自宅は安全だと考えている住民が多い。",
        "住宅の購入や賃貸の契約の際に、水害リスクの説明を受けた記憶がない住民が多い。",
        "地域で情報を広める自主防災組織の役員が高齢化し、担い手が不足している。",
    ]),
]

LEAD = "以上の課題と住民ワークショップでの意見を踏まえ、市が取り組むべき施策を次の五つに整理した。"

# (H2 heading, [○ paragraphs], [・ items])
MEASURES = [
    ("3.1 住所から自宅のリスクを調べられるウェブ地図の整備",
     ["紙のハザードマップに加え、住所を入力すると想定浸水深、浸水が続く時間及び最寄りの避難先が表示されるウェブ地図を整備する。"],
     ["浸水深を「床上まで」「一階の天井まで」など身近な高さに置き換えて表示する",
      "スマートフォンで見ることを前提とした画面とする"]),
    ("3.2 複数の規模の浸水想定の公表",
     ["想定最大規模に加え、十年に一度程度の降雨など、複数の規模の浸水想定図を作成し、公表する。"
      "あわせて、大雨の際に道路の冠水が起きやすい箇所を地図上に示す。"],
     []),
    ("3.3 多言語とやさしい日本語による情報提供",
     ["外国人住民の多い言語への翻訳に加え、やさしい日本語版を作成する。"],
     ["外国人コミュニティの代表者と協力して内容を確認する",
      "日本語学校や事業所を通じて配布する"]),
    ("3.4 まちなかへの浸水深の表示",
     ["電柱や公共施設の壁に、想定浸水深や過去の浸水の高さを示す標識を設置する。"
      "浸水の経験がない住民にも、日常の中でリスクを意識してもらう。"],
     []),
    ("3.5 地区ごとの説明会と防災リーダーの育成",
     ["自主防災組織と協力し、地区ごとにハザードマップの読み方を学ぶ説明会を開く。",
      "あわせて、地域で情報を伝える防災リーダーを養成し、若い世代の参加を促す。"],
     []),
]

CONCLUSION = [
    "水害リスク情報は、作って配るだけでは住民の行動につながらない。"
    "住民が自分のこととして受け止められる形で、繰り返し伝えていくことが重要である。",
    "市には、本取りまとめを踏まえて令和8年度からの施策に反映させるとともに、その効果を検証することを求める。"
    "本会議としても、施策の進み具合について、引き続き意見を述べていきたい。",
]

# 検討の経過 (table rows)
HISTORY = [
    ("回", "開催日", "主な議題"),
    ("第1回", "令和7年7月15日", "現状と論点の整理"),
    ("第2回", "令和7年8月26日", "市民意識調査の結果"),
    ("第3回", "令和7年10月7日", "他都市の取組の紹介"),
    ("第4回", "令和7年12月9日", "住民ワークショップの報告、骨子案"),
    ("第5回", "令和8年1月27日", "取りまとめ案"),
]

RECORD_LEAD = ("令和7年10月から11月にかけて、三地区で住民ワークショップを開催した（参加者計八十六名）。"
               "主な意見と、これに対する市の説明は次のとおりである。")

# (H2 heading, [("remark"|"reply", text)])
RECORD = [
    ("北地区（10月18日）", [
        ("remark", "「地図が小さすぎて、自分の家がどこにあるのかすら分からない。」（70代・男性）"),
        ("reply", "【市から】住所で検索できるウェブ版の地図を検討している。"),
        ("remark", "「五メートルと言われても、どのくらいの高さなのか想像がつかない。」（40代・女性）"),
        ("remark", "「ここは五十年前に一度つかっただけなので、大丈夫だと思う。」（80代・男性）"),
        ("reply", "【市から】過去に浸水がなかった場所でも、想定では深く浸水する場所がある。"),
    ]),
    ("中央地区（11月1日）", [
        ("remark", "「アパートを借りたときに、浸水のことは何も聞かなかった。」（20代・男性）"),
        ("remark", "「ベトナム人の仲間は、避難所の場所を知らない人がほとんどだ。」（技能実習生の支援団体職員）"),
        ("remark", "「雨が強いと、防災行政無線の放送は家の中では聞こえない。」（70代・女性）"),
        ("remark", "「避難の呼びかけはスマートフォンに届くようにしてほしい。」（30代・女性）"),
        ("reply", "【市から】防災アプリによる配信を行っており、登録を呼びかけていく。"),
    ]),
    ("南地区（11月15日）", [
        ("remark", "「町内会の防災担当は七十代ばかりで、若い人が入ってこない。」（60代・男性）"),
        ("remark", "「大雨のたびに道路が冠水するが、その程度の浸水は地図に載っていない。」（50代・女性）"),
        ("remark", "「電柱に水位の表示があれば、子どもにも危なさが伝わる。」（30代・男性）"),
        ("remark", "「避難所にペットを連れて行けるのか知りたい。」（60代・女性）"),
        ("reply", "【市から】ペットとの同行避難は可能であり、その際のルールを改めて周知する。"),
    ]),
]


def indented(doc: Document, text: str, cm_left: float) -> None:
    para = doc.add_paragraph(text)
    para.paragraph_format.left_indent = Pt(cm_left * 28.35)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "annotator", "annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = "資料２"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.text = COMMITTEE + "（第5回）"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph(TITLE, style="Title")
    sub = doc.add_paragraph(SUBTITLE)
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in ("令和8年2月", COMMITTEE):
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("1. はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("2. 現状と課題", level=1)
    doc.add_paragraph(CONTEXT)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for left, right in TABLE:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = left, right
    doc.add_paragraph("表　市民意識調査（令和7年8月、回答者1,204人）").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for h2, paras in PROBLEMS:
        doc.add_heading(h2, level=2)
        for text in paras:
            doc.add_paragraph("○　" + text)

    doc.add_heading("3. 今後の施策の方向", level=1)
    doc.add_paragraph(LEAD)
    for h2, paras, items in MEASURES:
        doc.add_heading(h2, level=2)
        for text in paras:
            doc.add_paragraph("○　" + text)
        for item in items:
            indented(doc, "・" + item, 1.0)

    doc.add_heading("4. おわりに", level=1)
    for text in CONCLUSION:
        doc.add_paragraph(text)

    doc.add_page_break()
    doc.add_heading("参考1　検討の経過", level=1)
    history = doc.add_table(rows=0, cols=3)
    history.style = "Table Grid"
    for row in HISTORY:
        cells = history.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    doc.add_heading("参考2　住民ワークショップの記録（概要）", level=1)
    doc.add_paragraph(RECORD_LEAD)
    for h2, entries in RECORD:
        doc.add_heading(h2, level=2)
        for kind, text in entries:
            if kind == "remark":
                doc.add_paragraph(text)
            else:
                indented(doc, text, 1.0)
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
