"""Write saihan_boshi.docx, a held-out test report with real Word styles (deterministic).

Run from anywhere: ``python tests/reports/layouts11/make_docx.py``. The file is written beside
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

OUT = Path(__file__).with_name("saihan_boshi.docx")
FIXED_TIME = dt.datetime(2026, 3, 2, 9, 0, 0)
ZIP_TIME = (2026, 3, 2, 9, 0, 0)

TITLE = "南條市における再犯防止の推進に関する報告書"
ISSUER = "南條市再犯防止推進有識者会議"
DATE = "令和8年3月"

INTRO = [
    "刑法犯として検挙された人のうち、およそ半数は過去にも検挙されたことのある再犯者である。"
    "再犯を防ぐには、刑事司法の手続を終えた人が地域で安定した暮らしを送れるよう、"
    "住まい、仕事、福祉の支えを途切れなく提供することが欠かせない。",
    "本会議は、市が令和8年度に策定する再犯防止推進計画に向けて、市が取り組むべき方向を検討した。"
    "本報告書はその結果をまとめたものである。",
    "なお、本報告書でいう出所者には、刑事施設を出所した人のほか、保護観察や起訴猶予の処分を受けた人を含む。"
    "会議は令和7年5月から4回開催し、保護観察所、ハローワーク、居住支援法人、協力雇用主からの聞き取りを行った。",
]

STATUS_LEAD = "市内の保護観察対象者は令和6年末で86人であり、その状況は次の表のとおりである。"
STATUS_TABLE = [
    ("項目", "人数"),
    ("保護観察対象者", "86人"),
    ("うち65歳以上の者", "14人"),
    ("うち住居が不安定な者", "19人"),
    ("保護司（定数110人）", "91人"),
]
PROBLEM_LEAD = "関係機関への聞き取りから、次の課題が明らかになった。"

# (bold lead sentence, rest of the paragraph) -- Word auto-numbered list (List Number)
PROBLEMS = [
    ("出所後の住まいの確保が難しい。",
     "保証人や緊急連絡先がいないため、民間の賃貸住宅の契約を断られることが多い。"
     "住まいが定まらないと、就職の手続も進まない。"),
    ("就労先が見つかっても定着しない。",
     "協力雇用主のもとで働き始めても、職場での人間関係や生活の乱れから、半年以内に離職する例が少なくない。"
     "刑事施設で受けた職業訓練が、地元の求人と結び付いていないことも一因とされる。"),
    ("高齢や障害のある出所者が福祉につながらない。",
     "支援が必要であるにもかかわらず、出所時に市の福祉部門への引継ぎがなく、"
     "介護や障害福祉のサービスを受けないまま生活に行き詰まる例がある。"),
    ("薬物依存からの回復を支える場が少ない。",
     "市内には回復支援の施設が一つしかなく、自助グループの集まりも月に一回にとどまる。"),
    ("保護司の高齢化と担い手不足が進んでいる。",
     "保護司の平均年齢は66歳を超え、定数を19人下回っている。自宅での面接に不安を感じる保護司も多い。"),
    ("市民の理解が十分でない。",
     "出所者の受入れに対する地域の不安は根強く、支援に協力する企業や団体の広がりを妨げている。"),
]

DIRECTION_LEAD = "以上の課題を踏まえ、市が関係機関と連携して進めるべき取組の方向性を、次の五つに整理した。"

# (Heading 2 text, body, [List Bullet items])
DIRECTIONS = [
    ("Ⅰ　居住支援法人と連携して出所者の住まいを確保する",
     "市は、居住支援法人や不動産関係団体と協定を結び、出所者が入居できる住宅の情報を共有するとともに、"
     "家賃債務保証の活用を促すべきである。"
     "市営住宅についても、入居の要件を見直し、一時的な住まいとして活用することを検討する。", []),
    ("Ⅱ　協力雇用主への支援を手厚くし、就労の定着を図る",
     "雇用した後の支えを強めることで、協力雇用主の登録と継続を後押しする。",
     ["雇用主と本人の双方から相談を受ける定着支援員を配置する。",
      "市の入札参加資格審査において、協力雇用主を加点の対象とする。",
      "刑事施設の職業訓練の内容について、地元の業界団体と意見交換の場を設ける。"]),
    ("Ⅲ　刑事施設と市の福祉部門をつなぐ窓口を設ける",
     "福祉部門に専任の窓口を置き、高齢や障害のある人については出所前の段階から調整を始め、"
     "障害者手帳の取得や介護保険の申請を支援すべきである。"
     "窓口は、保護観察所や地域生活定着支援センターとの連絡調整も担う。", []),
    ("Ⅳ　保護司の活動を支える拠点と研修を充実する",
     "保護司が安心して活動できるよう、市は次の取組を進めるべきである。",
     ["更生保護サポートセンターを市の施設内に移し、面接の場として使えるようにする。",
      "保護司の活動内容を若い世代に伝える広報を行い、候補者を見出す。"]),
    ("Ⅴ　薬物依存からの回復を支える団体を支援する",
     "回復支援の施設や自助グループに対し、活動費の助成と公共施設の優先的な利用を認めるべきである。"
     "あわせて、保健所の相談事業と連携し、家族からの相談にも応じられるようにする。", []),
]

CONCLUSION = [
    "再犯の防止は、安全で安心して暮らせる地域づくりそのものである。市が本報告書の方向性を計画に反映し、"
    "関係機関と市民の協力を得ながら着実に取り組むことを期待する。",
    "また、計画の策定後も、本会議のような場を設けて取組の進み具合を毎年点検し、"
    "必要に応じて見直しを行うよう求める。",
]

PC_LEAD = ["意見の募集期間：令和8年1月6日から2月4日まで",
           "提出の方法：電子メール、ファクシミリ、郵送、市役所窓口への持参",
           "意見の提出：9人から13件（取りまとめの都合上、一部要約している）"]

PC_REFLECTED = [
    ("番号", "意見の概要", "会議の考え方"),
    ("1", "出所者が住まいを借りる際、保証人がいないことが最大の壁になる。家賃の債務保証への支援を盛り込んでほしい。",
     "御意見を踏まえ、取組の方向性Ⅰに、家賃債務保証の活用を促すことを追記しました。"),
    ("2", "協力雇用主として登録しているが、雇った人がすぐに辞めてしまい、登録を続ける意味を感じない。雇った後の相談先がほしい。",
     "雇用後の職場定着を支える人員の配置を、取組の方向性Ⅱに加えました。"),
    ("3", "高齢の出所者は、刑務所を出た日にそのまま行き場を失うことがある。出所の前から市の職員が関わるべきだ。",
     "取組の方向性Ⅲにおいて、出所前の段階からの調整を明記しました。"),
    ("4", "保護司が自宅で面接を行うのは、家族の理解も必要で負担が大きい。",
     "面接の場を確保するため、更生保護サポートセンターの移設を取組の方向性Ⅳに盛り込みました。"),
]

PC_OTHER_LEAD = "次の意見については、今後の施策の参考として、事務局から市の関係課に伝える。"
PC_OTHER = [
    ("番号", "意見の概要"),
    ("5", "薬物依存の自助グループは、会場の確保に苦労している。公共施設を優先的に使えるようにしてほしい。"),
    ("6", "再犯防止よりも先に、犯罪被害者への支援を充実すべきだ。"),
    ("7", "刑務所の中での職業訓練と、地元の企業が求める技能が合っていない。"),
    ("8", "保護司の仕事の内容が知られていない。若い世代への広報が必要だ。"),
    ("9", "出所者の受入れについて、地域の住民には不安がある。説明の機会を設けてほしい。"),
    ("10", "障害のある出所者が障害者手帳を取得できるよう、手続を手伝ってほしい。"),
    ("11", "回復支援の施設に通う人の交通費を補助してほしい。"),
    ("12", "市営住宅の入居の要件を緩和し、出所者も入居できるようにしてほしい。"),
    ("13", "学校での非行防止の教育を充実すべきだ。"),
]


def add_page_number(paragraph) -> None:
    """Insert a PAGE field (rendered by Word; no literal number in the XML text)."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def add_table(doc: Document, rows) -> None:
    table = doc.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
            if i == 0:
                cell.paragraphs[0].runs[0].bold = True


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, ISSUER, ISSUER
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    section.header.paragraphs[0].text = ISSUER + "　報告書"
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number(footer)

    doc.add_paragraph(TITLE, style="Title")
    p = doc.add_paragraph(ISSUER + "\n" + DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("第1章　報告の趣旨", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("第2章　現状と課題", level=1)
    doc.add_paragraph(STATUS_LEAD)
    add_table(doc, STATUS_TABLE)
    doc.add_paragraph(PROBLEM_LEAD)
    for lead, rest in PROBLEMS:
        para = doc.add_paragraph(style="List Number")
        para.add_run(lead).bold = True
        para.add_run(rest)

    doc.add_heading("第3章　取組の方向性", level=1)
    doc.add_paragraph(DIRECTION_LEAD)
    for heading, body, items in DIRECTIONS:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(body)
        for item in items:
            doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("第4章　おわりに", level=1)
    for text in CONCLUSION:
        doc.add_paragraph(text)

    doc.add_page_break()
    doc.add_heading("参考資料　報告書案に対する意見募集の結果", level=1)
    for text in PC_LEAD:
        doc.add_paragraph(text)
    doc.add_heading("1　報告書に反映した意見", level=2)
    add_table(doc, PC_REFLECTED)
    doc.add_heading("2　その他の意見", level=2)
    doc.add_paragraph(PC_OTHER_LEAD)
    add_table(doc, PC_OTHER)
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
