"""Write shogaisha_yobosho.docx, a test 要望書 (opinion letter) in Word (deterministic).

Run from anywhere: ``python tests/reports/layouts26/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
Letter layout: no Word heading styles; headings are bold Normal paragraphs, the cover block
uses right alignment, 要望 items are indented Normal paragraphs.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).with_name("shogaisha_yobosho.docx")
FIXED_TIME = dt.datetime(2026, 3, 2, 9, 0, 0)
ZIP_TIME = (2026, 3, 2, 9, 0, 0)

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
TITLE = "障害者雇用の質の向上と職場定着支援の充実に関する要望書"

FRONT = [
    "時下ますますご清栄のこととお慶び申し上げます。平素より当協会の活動に格別のご理解とご支援を賜り、厚く御礼申し上げます。",
    "法定雇用率の段階的な引上げにより、障害のある人の雇用者数は過去最多を更新しています。一方で、会員事業所からは、"
    "雇用された後の職場定着や、やりがいのある仕事の確保に課題があるとの声が多く寄せられています。",
    "当協会では、令和７年１１月に会員事業所と企業の人事担当者による意見交換会を開催し、現場の実情を把握いたしました（別添参照）。"
    "その結果を踏まえ、下記のとおり要望いたします。",
]

PROBLEM_LEAD = "会員事業所への調査と意見交換会の結果から、次の課題が明らかになっています。"

PROBLEMS = [
    "第一に、雇用率の達成を優先するあまり、障害のある社員に十分な仕事が用意されていない職場があります。"
    "本人が能力を発揮できず、早期の離職につながっています。",
    "第二に、職場定着を支える支援員が不足しています。職場適応援助者（ジョブコーチ）の養成研修は定員が少なく、"
    "受講まで半年以上待つ地域もあります。",
    "第三に、週２０時間未満の短時間雇用を雇用率に算定できる対象が限られており、体調に波のある人が短い時間から"
    "働き始める道が狭くなっています。",
    "第四に、職場の設備改善や支援機器の導入に関する助成金は手続きが煩雑で、特に中小企業で活用が進んでいません。",
    "第五に、在宅勤務を希望する障害のある人が増えていますが、在宅での働き方に対応した定着支援の仕組みが整っていません。",
    "第六に、特別支援学校の生徒が企業で実習を行う機会が少なく、卒業後の就職先の選択肢が限られています。",
]

PROBLEM_DATA = ("当協会が令和７年に行った調査では、会員事業所の支援を受けて就職した人のうち、１年後も同じ職場で"
                "働いている人の割合は６８％にとどまりました。")

# (title, body, [items])
REQUESTS = [
    ("雇用の「質」を評価する仕組みの導入",
     "雇用率の達成状況だけでなく、職務の内容や定着の状況に着目し、障害のある社員が力を発揮できる職場づくりに"
     "取り組む企業を評価する仕組みを設けていただきたい。",
     ["（ⅰ）障害のある社員の職務の内容と定着率を、企業の報告事項に加えること",
      "（ⅱ）業務の切り出しに成功した企業の事例を集め、広く提供すること"]),
    ("ジョブコーチの養成と配置の拡充",
     "養成研修の定員を増やし、オンラインによる受講を認めるとともに、支援機関が支援員を増員できるよう、"
     "報酬の水準を引き上げていただきたい。", []),
    ("短時間雇用の算定対象の拡大",
     "週１０時間以上２０時間未満の雇用を雇用率に算定する対象を、すべての障害種別に広げていただきたい。"
     "あわせて、短時間から始めて段階的に勤務時間を延ばす企業への支援を設けていただきたい。", []),
    ("助成金の申請手続きの簡素化",
     "設備改善や支援機器の導入に関する助成金について、申請書類を減らし、電子申請で手続きが完結するようにしていただきたい。",
     ["（ⅰ）類似する助成金の申請様式を一本化すること",
      "（ⅱ）審査の期間を短縮し、支給までの目安を示すこと"]),
    ("在宅勤務を行う障害者への定着支援の拡充",
     "在宅で働く障害者も職場定着支援の対象とし、支援員がオンラインで面談や助言を行えるよう、制度を見直していただきたい。"
     "あわせて、在宅勤務に必要な機器の導入も助成の対象としていただきたい。", []),
]

CLOSING = [
    "当協会としても、会員事業所の支援の質を高める研修を充実させ、企業とともに、障害のある人が長く働ける職場づくりに"
    "努めてまいります。",
    "以上の事項につきまして、格段のご配慮を賜りますよう、心よりお願い申し上げます。",
]

# (topic, [(speaker, remark, reply or None)])
MEETING = [
    ("テーマ１　職場定着と仕事づくり", [
        ("Ａ社（製造業・人事担当）",
         "法定雇用率を満たすために採用したが、任せる仕事が見つからず、本人が毎日時間を持て余している。",
         "他社で業務を切り出した事例を集めて、会員の皆様に紹介する予定です。"),
        ("Ｂ事業所（就労定着支援）",
         "支援員一人で四十人以上を担当しており、職場への訪問が月に一度もできていない。", None),
        ("Ｃ社（小売業・店長）",
         "ジョブコーチ研修に申し込んだが、受講できるのは来年度になると言われた。",
         "研修の定員の拡大とオンライン化を、国に求めてまいります。"),
        ("Ｄ事業所（就労継続支援Ａ型）",
         "一般企業で働きたい利用者は多いが、最初から週２０時間働くのは難しい人がほとんどだ。", None),
        ("Ｅ社（情報通信業・人事担当）",
         "社内の理解を深めるための研修を頼める講師が見つからず、苦労している。", None),
    ]),
    ("テーマ２　制度と手続き", [
        ("Ｆ社（建設業・総務担当）",
         "段差をなくす工事の助成金を申請したが、書類が多く、支給までに半年かかった。",
         "手続きの簡素化を、今回の要望に盛り込みます。"),
        ("Ｇ事業所（就労移行支援）",
         "精神障害のある人は体調に波があり、週１０時間程度から始められると定着しやすい。", None),
        ("Ｈ社（サービス業・人事担当）",
         "在宅で働く社員の体調の変化に気付きにくい。オンラインで面談してくれる支援員がいると助かる。", None),
        ("Ｉ社（製造業・代表取締役）",
         "障害者雇用納付金の負担が重く、経営を圧迫している。", 
         "納付金制度は今回の要望の対象としていませんが、引き続き会員の声を集めます。"),
        ("Ｊ校（特別支援学校・進路担当）",
         "生徒の実習を受け入れてくれる企業が少なく、毎年探すのに苦労している。", None),
        ("Ｋ社（通信販売業・人事担当）",
         "在宅勤務の社員にも職場定着支援が使えるよう、制度の対象を広げてほしい。", None),
    ]),
]


def para(doc, text="", *, bold=False, align=None, indent=None, size=None):
    p = doc.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Pt(indent)
    return p


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "dtx-nlp tests", "dtx-nlp tests"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    right, centre = WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.CENTER
    para(doc, "障就協発第２６－０１５号", align=right)
    para(doc, "令和８年３月２日", align=right)
    para(doc, "厚生労働大臣　殿")
    para(doc, "一般社団法人 全国障害者就労支援事業者協会", align=right)
    para(doc, "会長　北條 正隆", align=right)
    para(doc, TITLE, bold=True, align=centre, size=14)
    for text in FRONT:
        para(doc, "　" + text)
    para(doc, "記", align=centre)
    para(doc, "１．現状と課題", bold=True)
    para(doc, "　" + PROBLEM_LEAD)
    for text in PROBLEMS:
        para(doc, "　" + text)
    para(doc, "　" + PROBLEM_DATA)
    para(doc, "２．要望事項", bold=True)
    for n, (title, body, items) in enumerate(REQUESTS, 1):
        para(doc, f"要望{str(n).translate(FULL_WIDTH)}　{title}", bold=True)
        para(doc, "　" + body)
        for item in items:
            para(doc, item, indent=12)
    for text in CLOSING:
        para(doc, "　" + text)
    para(doc, "以上", align=right)
    para(doc, "（本件連絡先）協会事務局 企画調査課　電話 03-0000-0000", align=right)

    brk = para(doc)
    brk.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別添　会員事業所等との意見交換会の概要", bold=True, size=12)
    para(doc, "日時：令和７年１１月１９日（水）１４時～１６時　　場所：協会会議室（オンライン併用）")
    para(doc, "出席：会員事業所・企業の担当者１９名、特別支援学校教員１名、協会事務局")
    para(doc, "※発言は要旨。《事務局》は、その場で協会事務局が行った回答である。")
    for topic, rows in MEETING:
        para(doc, topic, bold=True)
        for speaker, remark, reply in rows:
            p = doc.add_paragraph()
            p.add_run(speaker + "：").bold = True
            p.add_run(remark)
            if reply:
                para(doc, "《事務局》" + reply, indent=24)
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
