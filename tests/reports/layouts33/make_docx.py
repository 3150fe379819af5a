"""Write jakunen_koyo_teigen.docx, a held-out test report (deterministic bytes).

Run from anywhere: ``python tests/reports/layouts33/make_docx.py``. The file is written beside
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
from docx.shared import Pt

OUT = Path(__file__).with_name("jakunen_koyo_teigen.docx")
FIXED_TIME = dt.datetime(2026, 1, 26, 9, 0, 0)
ZIP_TIME = (2026, 1, 26, 9, 0, 0)

DATE = "令和８年１月２６日"
TITLE = "地元で働く若者を増やすための提言"
SUBTITLE = "― 若年者の就職と定着の促進に向けて ―"
ISSUER = "白峰商工会議所　人材確保委員会"

SUMMARY = (
    "【要旨】県内の若者の約半数が県外で就職し、県内企業に就職した若者も３年以内に４割近くが離職している。"
    "本提言は、若者と企業の双方の課題を整理し、行政への要望３項目と、当所及び会員企業の取組２項目を示すものである。"
)

INTRO = [
    "白峰県では、高校や大学を卒業した若者の約半数が県外で就職している。会員企業からは、"
    "求人を出しても応募がない、採用しても数年で辞めてしまうという声が年々強まっている。"
    "人口減少が進む中、若者の県外流出は、地域経済の担い手不足に直結する課題である。",
    "当所人材確保委員会は、令和７年度、会員企業へのアンケート（回答２１４社）と、"
    "学生・若手社員との意見交換会を行い、若者の就職と定着を妨げている要因を検討した。"
    "本提言はその結果を取りまとめたものである。",
]

PROBLEM_LEAD = "アンケートと意見交換会の結果から、課題を若者の側と企業の側に分けて整理した。"

PROBLEMS = [
    ("（１）若者の側から見た課題", [
        "地元企業の情報が若者に届いていない。県内の大学生への調査では、県内に本社を置く企業を"
        "５社以上挙げられた学生は２割にとどまった。",
        "奨学金の返済を抱える若者が多く、初任給の高い都市部の企業を選ぶ傾向が強い。",
        "入社後３年以内の離職率が４割近くに達し、離職の理由では「相談できる相手がいなかった」が最も多い。",
    ]),
    ("（２）企業の側から見た課題", [
        "中小企業の多くは採用の専任担当者がおらず、インターンシップを受け入れる余力がない。",
        "求人票や自社のホームページで、仕事の内容や働き方を具体的に示せていない企業が多い。",
        "若者を採用したくても、社宅や寮などの住まいを用意できない企業が少なくない。",
    ]),
]

DATA = [
    ("指標", "数値"),
    ("県内の大学・高専卒業者の県内就職率", "４８％"),
    ("県内中小企業の入社３年以内の離職率", "３８％"),
    ("採用の専任担当者がいる会員企業の割合", "１７％"),
]

RECS_LEAD = "以上の課題を踏まえ、行政への要望と、当所及び会員企業が自ら行う取組を次のとおり提言する。"

# (group line, [(label line, body, [items])])
RECS = [
    ("〔行政への要望〕", [
        ("【要望１】奨学金の返還を支援する制度を拡充すること",
         "県内に就職した若者の奨学金の返還を支援する県の制度について、対象と支援額を広げること。",
         ["対象業種の限定をなくし、県内に就職したすべての若者を対象とすること",
          "企業が社員の返還額を肩代わりした場合に、その一部を補助すること"]),
        ("【要望２】中小企業の合同インターンシップを支援すること",
         "単独では受入れが難しい中小企業が、複数社で共同してインターンシップを実施できるよう、"
         "コーディネーターの配置と運営費の助成を行うこと。あわせて、県内の大学・高専と受入れの日程を調整する仕組みを設けること。", []),
        ("【要望３】若手社員のための相談窓口を設けること",
         "入社後間もない若手社員が、勤務先以外の相談員に仕事の悩みを相談できる窓口を設け、"
         "夜間や休日にもオンラインで相談できるようにすること。", []),
    ]),
    ("〔当所及び会員企業の取組〕", [
        ("【取組１】若者が地元企業を知る機会を増やす",
         "当所は、学校と連携して、会員企業の仕事を若者に具体的に伝える取組を進める。",
         ["大学や高専の授業に、会員企業の若手社員を講師として派遣する",
          "社員の一日を紹介する動画を会員企業と共に作り、当所のサイトで公開する"]),
        ("【取組２】企業の枠を越えた若手社員の交流の場を設ける",
         "同期の少ない中小企業の若手社員が、他社の同世代と知り合い、悩みを共有できるよう、"
         "当所が定期的に交流会を開く。交流会は年４回程度とし、先輩社員が助言役として参加する。", []),
    ]),
]

CONCLUSION = [
    "若者の地元就職と定着は、一つの企業や行政の努力だけでは実現しない。当所は、本提言の実現に向けて"
    "県・市と協議を重ねるとともに、会員企業と共に自らの取組を着実に進めていく。"
    "また、取組の状況は来年度の委員会で検証し、その結果を公表する。",
]

MEETING_INFO = [
    "日時：令和７年１１月１２日（水）１４時～１６時　　場所：白峰商工会議所　大会議室",
    "出席：県内の学生６名、会員企業の若手社員５名・人事担当者４名、白峰県・白峰市の担当者",
]

# (theme line, [(kind, text)]) kind "r" = remark paragraph, "a" = answer paragraph
RECORD = [
    ("＜テーマ１＞地元企業を知る機会について", [
        ("r", "学生Ａ（白峰大学３年）：授業で地元企業の話を聞く機会がほとんどなく、名前を知っているのは大手ばかりだ。"),
        ("r", "学生Ｂ（白峰県立大学４年）：求人票を見ても、実際にどんな仕事をするのかがわからない。"),
        ("a", "〔回答〕Ｃ社人事担当：職種名だけでは伝わらないと反省している。社員の一日を紹介する資料を作りたい。"),
        ("r", "学生Ｃ（白峰工業高等専門学校５年）：奨学金の返済があるので、給料の高い都会の会社を選ぶ友人が多い。"),
        ("a", "〔回答〕県労働政策課：県の返還支援制度は対象を製造業と情報通信業に限っている。対象の拡大を検討したい。"),
        ("r", "Ｄ社人事担当：一社でインターンシップを受け入れる余裕はないが、何社かで一緒に受け入れるなら参加したい。"),
        ("r", "学生Ｄ（白峰大学２年）：オンラインの説明会だけでは職場の雰囲気がわからない。"),
        ("r", "学生Ａ（白峰大学３年）：地元で働きたい気持ちはあるが、親は公務員になることを勧めてくる。"),
    ]),
    ("＜テーマ２＞入社後の定着について", [
        ("r", "若手社員Ｅ（製造業・入社２年目）：同期がいないので、他社の同世代と話せる場がほしい。"),
        ("a", "〔回答〕当所事務局：青年部の交流行事を、会員企業の若手社員にも開く方法を検討したい。"),
        ("r", "若手社員Ｆ（小売業・入社４年目）：１年目に悩んだとき、会社の外に相談できる人がいなかった。"),
        ("r", "若手社員Ｇ（建設業・入社１年目）：休日が少ないという業界の印象を変えないと、若い人は来ない。"),
        ("r", "Ｃ社人事担当：県外から来る若者には、住まいの確保が一番の壁になっている。"),
        ("a", "〔回答〕白峰市商工振興課：空き家を活用した若者向け住宅の制度があるので、企業にも周知したい。"),
    ]),
]


def set_fonts(doc: Document) -> None:
    style = doc.styles["Normal"]
    style.font.size = Pt(10.5)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), "ＭＳ 明朝")


def para(doc, text, *, bold=False, size=None, align=None, indent=None, hanging=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Pt(indent)
    if hanging is not None:
        p.paragraph_format.first_line_indent = Pt(-hanging)
    return p


def heading(doc, text):
    p = para(doc, text, bold=True, size=12)
    p.paragraph_format.space_before = Pt(12)
    return p


def add_page_field(paragraph) -> None:
    run = paragraph.add_run()
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
    set_fonts(doc)
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "annotator", "annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "白峰商工会議所　提言"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(foot)

    para(doc, DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, TITLE, bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, SUBTITLE, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT)
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    box.rows[0].cells[0].text = SUMMARY

    heading(doc, "■はじめに")
    for text in INTRO:
        para(doc, "　" + text)
    heading(doc, "■若年者雇用をめぐる現状と課題")
    para(doc, "　" + PROBLEM_LEAD)
    data = doc.add_table(rows=0, cols=2)
    data.style = "Table Grid"
    for left, right in DATA:
        cells = data.add_row().cells
        cells[0].text, cells[1].text = left, right
    for sub, items in PROBLEMS:
        para(doc, sub, bold=True)
        for text in items:
            para(doc, "○" + text, indent=21, hanging=10.5)
    heading(doc, "■提言")
    para(doc, "　" + RECS_LEAD)
    for group, recs in RECS:
        para(doc, group, bold=True)
        for label, body, items in recs:
            para(doc, label, bold=True)
            para(doc, "　" + body, indent=10.5)
            for item in items:
                para(doc, "・" + item, indent=31.5, hanging=10.5)
    heading(doc, "■おわりに")
    for text in CONCLUSION:
        para(doc, "　" + text)
    heading(doc, "■参考　学生・若手社員との意見交換会（概要）")
    for text in MEETING_INFO:
        para(doc, text)
    for theme, entries in RECORD:
        para(doc, theme, bold=True)
        for kind, text in entries:
            if kind == "r":
                para(doc, text, indent=10.5, hanging=10.5)
            else:
                para(doc, text, indent=31.5)
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
