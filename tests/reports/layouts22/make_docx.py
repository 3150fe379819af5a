"""Write kenri_yogo.docx, a held-out test report (deterministic bytes).

Run from anywhere: ``python tests/reports/layouts22/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
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
from docx.shared import Mm, Pt

OUT = Path(__file__).with_name("kenri_yogo.docx")
FIXED_TIME = dt.datetime(2026, 3, 25, 9, 0, 0)
ZIP_TIME = (2026, 3, 25, 9, 0, 0)

ISSUER = "椿ヶ丘市権利擁護支援推進協議会"
TITLE = "成年後見制度の利用促進と権利擁護支援の充実に向けて"

INTRO = [
    "椿ヶ丘市では、認知症の高齢者や、知的障害・精神障害のある人が年々増えており、財産の管理や"
    "福祉サービスの契約などで支援を必要とする人は、今後さらに増えると見込まれる。",
    "当協議会は、市長の依頼を受けて令和７年５月に設置され、弁護士、司法書士、社会福祉士、医師、"
    "民生委員、社会福祉協議会の職員など１２名で、成年後見制度の利用促進と権利擁護支援の在り方を"
    "検討してきた。本報告は、６回の協議と２回の意見交換の結果を取りまとめたものである。",
]

STATUS = [
    "市内で成年後見制度を利用している人は、令和６年度末で２１４人である。市が推計する認知症高齢者"
    "約７，６００人、療育手帳・精神障害者保健福祉手帳の所持者約３，９００人と比べると、利用は一部に"
    "とどまっている。",
    "表　成年後見制度の利用状況の推移（各年度末）",
]

TABLE = [
    ("年度", "利用者数", "市長申立て件数", "報酬助成件数"),
    ("令和２年度", "171人", "24件", "9件"),
    ("令和４年度", "193人", "31件", "14件"),
    ("令和６年度", "214人", "38件", "21件"),
]

STATUS_AFTER = "申立ての約７割は親族によるものであるが、身寄りのない人の増加に伴い、市長申立ての件数も増えている。"

PROBLEM_LEAD = "協議と意見交換を通じて、次の六つの課題が確認された。"

PROBLEMS = [
    ("課題ア　制度の内容が市民に十分知られていない",
     "令和６年度の市民意識調査では、成年後見制度について「内容まで知っている」と答えた人は１９％で"
     "あった。「制度を使うと財産を自由に使えなくなる」といった誤解も根強い。"),
    ("課題イ　申立ての手続が複雑で、時間がかかる",
     "申立てには診断書や財産目録など多くの書類が必要である。親族が準備に手間取り、相談から申立て"
     "までに平均５か月を要している。"),
    ("課題ウ　後見人等の担い手が不足している",
     "弁護士、司法書士、社会福祉士の受任件数は、一人当たりの限界に近い。市民後見人の養成講座の修了者"
     "２６人のうち、実際に受任したのは３人にとどまる。"),
    ("課題エ　本人の意思が十分に尊重されていない",
     "後見の実務が財産の管理に偏り、本人の希望を聞いて暮らし方を決める場面が少ないとの指摘がある。"),
    ("課題オ　親族後見人が孤立しやすい",
     "後見人の約４割を占める親族後見人は、家庭裁判所への報告や本人の財産の扱いについて、身近に相談"
     "できる相手がいない。"),
    ("課題カ　費用の負担が利用をためらわせている",
     "後見人等への報酬の助成は市長申立ての場合に限られており、本人や親族が申し立てた場合には、収入の"
     "少ない人でも助成を受けられない。"),
]

REC_LEAD = "第二章の課題と意見交換で寄せられた声を踏まえ、市が関係機関とともに推進すべき取組を、二つの柱に沿って示す。"

# (Heading 2, [(Heading 3, body, [items])])
RECS = [
    ("第一節　制度を知り、使いやすくする", [
        ("推進策１　中核機関を設け、相談から申立てまで一貫して支援する",
         "市は、権利擁護支援の中核機関を令和８年度中に設置し、次の支援を一体的に行うべきである。",
         ["相談の窓口を中核機関に一本化し、地域包括支援センターや障害者相談支援事業所と情報を共有する。",
          "親族による申立書類の作成を、職員が個別に支援する。",
          "医療機関に対し、診断書の書き方を説明する資料を配布する。"]),
        ("推進策２　制度の正しい理解を身近な場で広げる",
         "市は、パンフレットの配布にとどまらず、市民が集まる身近な場で制度を説明する機会を増やすべきである。",
         ["地域包括支援センターが開く講座や、老人クラブの集まりに出向いて説明する。",
          "金融機関の窓口職員を対象に、判断能力が不十分な人への対応に関する研修を行う。"]),
        ("推進策３　報酬助成の対象を本人・親族申立てに広げる",
         "市は、後見人等への報酬の助成を、市長申立ての場合に限らず、本人や親族が申し立てた場合にも、"
         "収入や資産の基準を満たせば受けられるよう改めるべきである。",
         []),
    ]),
    ("第二節　支える人と仕組みを増やす", [
        ("推進策４　市民後見人が活躍できる場をつくる",
         "市は、社会福祉協議会と連携し、市民後見人の養成から受任までを切れ目なく支えるべきである。",
         ["社会福祉協議会が行う法人後見の支援員として、養成講座の修了者が実務の経験を積めるようにする。",
          "受任した市民後見人を、専門職が定期的に助言して支える。"]),
        ("推進策５　後見人等を支える相談の仕組みを整える",
         "市は、中核機関を中心に、親族後見人が報告書の作成や財産管理について気軽に相談できる場を定期的に"
         "設けるとともに、対応の難しい事例に専門職のチームで当たる仕組みをつくるべきである。",
         []),
    ]),
]

CONCLUSION = (
    "成年後見制度は、判断能力が不十分になっても、その人らしい暮らしを続けるための制度である。市と"
    "関係機関が役割を分け合い、必要な人が必要なときに使える制度となるよう、本報告の取組が着実に"
    "実施されることを望む。"
)

RECORD_LEAD = "当協議会は、専門職団体及び市民との意見交換を行った。以下は主な発言の要旨である（発言者は所属又は属性で示す）。"

CITY = "市（福祉総務課）"

# (Heading 2, [(speaker, text)]) — turns by CITY are replies
RECORD = [
    ("１　専門職団体との意見交換（令和７年１０月１６日）", [
        ("弁護士会", "報酬が見込めない案件が増え、受任できる会員が限られてきている。"),
        ("司法書士会", "申立ての書類作りで家族がつまずき、途中で諦める例が多い。"),
        (CITY, "中核機関に、申立ての支援を担う職員を置くことを検討している。"),
        ("社会福祉士会", "市民後見人を養成しても、受任につながらなければ意欲が続かない。"),
        (CITY, "社会福祉協議会の法人後見の支援員として、活動の場を設けたいと考えている。"),
        ("医師会", "診断書の様式が分かりにくいという声が、医療機関から寄せられている。"),
        ("社会福祉士会", "後見人が本人と面会する頻度に、大きなばらつきがある。"),
    ]),
    ("２　市民との意見交換会（令和７年１１月８日）", [
        ("市民（７０代）", "成年後見という言葉は聞くが、誰に相談すればよいのか分からない。"),
        ("障害者の家族会", "知的障害のある息子の将来が心配だが、制度を使うと財産を自由に使えなくなると聞いた。"),
        (CITY, "本人の意思を尊重した制度の運用について、パンフレットで分かりやすく説明したい。"),
        ("市民（親族後見人）", "母の後見人になったが、報告書の書き方を聞ける相手がいない。"),
        (CITY, "親族後見人向けの相談会を、令和８年度から定期的に開く予定である。"),
        ("市民（６０代）", "申立ての費用や、後見人への報酬がいくらかかるのかが心配だ。"),
        ("金融機関職員", "窓口で、判断能力に不安のある高齢者の手続をどう扱えばよいか迷うことがある。"),
        ("民生委員", "一人暮らしの高齢者の通帳を、近所の人が預かっている例がある。"),
    ]),
]


def add_page_field(paragraph) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == "1":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def box_border(paragraph) -> None:
    """A single-line border around the paragraph (Word's 'box' paragraph border)."""
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "8")
        el.set(qn("w:space"), "4")
        el.set(qn("w:color"), "auto")
        bdr.append(el)
    ppr.append(bdr)


def soft_lines(paragraph, lines: list[str], bold_first: bool = False) -> None:
    """Write lines into one paragraph separated by soft line breaks (Shift+Enter)."""
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        if i == 0 and bold_first:
            run.bold = True
        if i < len(lines) - 1:
            run.add_break()


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "dtx-nlp tests", "dtx-nlp tests"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    head = sec.header.paragraphs[0]
    head.text = ISSUER
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(foot)

    for text in ("令和８年３月２５日", ISSUER):
        doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold, r.font.size = True, Pt(15)
    box_border(p)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("（報告）").alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("第一章　はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("第二章　成年後見制度をめぐる現状と課題", level=1)
    doc.add_heading("第一節　現状", level=2)
    doc.add_paragraph(STATUS[0])
    doc.add_paragraph(STATUS[1]).alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for row in TABLE:
        cells = table.add_row().cells
        for c, text in zip(cells, row):
            c.text = text
    doc.add_paragraph(STATUS_AFTER)
    doc.add_heading("第二節　課題", level=2)
    doc.add_paragraph(PROBLEM_LEAD)
    for head_line, body in PROBLEMS:
        soft_lines(doc.add_paragraph(), [head_line, body], bold_first=True)

    doc.add_heading("第三章　推進すべき取組", level=1)
    doc.add_paragraph(REC_LEAD)
    for h2, recs in RECS:
        doc.add_heading(h2, level=2)
        for h3, body, items in recs:
            doc.add_heading(h3, level=3)
            doc.add_paragraph(body)
            if items:
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Mm(8)
                soft_lines(p, ["・" + item for item in items])

    doc.add_heading("第四章　結びに", level=1)
    doc.add_paragraph(CONCLUSION)

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("参考資料　意見交換の記録", level=1)
    doc.add_paragraph(RECORD_LEAD)
    for h2, turns in RECORD:
        doc.add_heading(h2, level=2)
        for speaker, text in turns:
            p = doc.add_paragraph()
            r = p.add_run(speaker)
            r.bold = True
            p.add_run("　" + text)
            if speaker == CITY:
                p.paragraph_format.left_indent = Mm(10)
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
