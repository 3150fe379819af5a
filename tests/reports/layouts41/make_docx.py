"""Write iryo_jinzai.docx, a held-out test report (healthcare workforce), deterministic bytes.

Run from anywhere: ``python tests/reports/layouts41/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All organisations, people, places and figures are fictional.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("iryo_jinzai.docx")
FIXED_TIME = dt.datetime(2026, 11, 1, 9, 0, 0)
ZIP_TIME = (2026, 11, 1, 9, 0, 0)

ORG = "一般財団法人 北斗医療政策研究機構"
TITLE = "地域医療を支える人材の確保と定着に向けて"
SUBTITLE = "― 看護職・医師の偏在と働き方をめぐる五つの施策 ―"
HEADER = "政策提言 No.12　地域医療を支える人材の確保と定着に向けて"

TOC = ["Ⅰ　はじめに", "Ⅱ　現状と課題", "Ⅲ　施策の提言", "Ⅳ　おわりに",
       "付録　公開シンポジウム　パネルディスカッション記録（要旨）"]

INTRO = [
    "地域の病院や診療所では、看護職や医師の確保が年々難しくなっている。とりわけ中山間地域では、"
    "職員の退職を機に病棟の一部を休止する例も生じている。",
    "当機構は2026年春から、北斗県内の病院・診療所四十施設への聞き取りと公開シンポジウムを行い、"
    "人材の確保と定着を妨げている要因を検討した。本提言は、その成果を踏まえ、国、県、医療機関が"
    "取り組むべき施策を示すものである。",
    "本提言でいう医療人材は、看護職（看護師・准看護師・保健師・助産師）と医師を指す。薬剤師や"
    "リハビリテーション職などについては、別途検討を予定している。",
]

CURRENT = (
    "北斗県の人口十万人当たりの看護職員数は全国平均を上回る一方、県北部の二次医療圏では全国平均の"
    "八割にとどまる。医師も県庁所在地の医療圏に六割が集中している。"
)

ISSUES_LEAD = "聞き取りと統計からは、次のような課題が浮かび上がった。"

ISSUES = [
    "新卒の看護職の多くが都市部の大病院に就職し、中小病院や訪問看護の事業所では、募集をしても"
    "応募がない状態が続いている。県内の看護系学校の卒業生のうち、県北部に就職する者は一割に満たない。",
    "子育てや介護を理由に離職した看護職が、夜勤や長時間勤務への不安から復職をためらっている。"
    "県内の潜在看護職は推計で約三千人に上る。",
    "医師の時間外労働の上限規制が始まり、大学病院からの派遣医師が引き揚げられた地域では、"
    "夜間や休日の救急の受け入れが難しくなっている。救急車の受け入れ先が決まるまでに三十分以上を"
    "要した事例は、前年の一・五倍に増えた。",
    "記録や書類の作成などの事務作業が多く、看護職や医師が本来の業務に充てる時間が削られている。"
    "医療クラークなどの補助職の配置は病院によって差が大きい。",
    "へき地の診療所に勤める医師は、研修の機会や代わりの医師の確保が難しく、長く勤め続けることへの"
    "不安を抱えている。後任の医師が決まらず、診療日を減らした診療所もある。",
    "職場での暴言や過重な負担を理由とする若手職員の早期離職が目立ち、相談できる体制が整っていない"
    "病院も多い。",
]

MEASURES_LEAD = "前章の課題を踏まえ、三つの基本方針のもとに五つの施策を提言する。施策の番号は基本方針ごとの枝番とした。"

# (group row, [(no, title, description, [items], actors)])
MEASURES = [
    ("基本方針1　人材を呼び込む", [
        ("1-1", "中小病院・訪問看護への就職を支える奨学金を創設する",
         "県内の中小病院や訪問看護事業所に一定期間勤めた場合に返還を免除する奨学金を設ける。",
         ["看護学校と連携し、在学中の職場体験の機会を設ける",
          "就職後三年間の研修費用を助成する"],
         "県、看護系学校"),
        ("1-2", "潜在看護職の復職を後押しする",
         "日勤のみや短時間の勤務から始められる復職プログラムを整え、復職後の相談相手を配置する。",
         ["ブランクに応じた実技研修を地域の病院で受けられるようにする",
          "短時間正職員制度を導入する病院に運営費を補助する"],
         "県ナースセンター、医療機関"),
    ]),
    ("基本方針2　働き方を変える", [
        ("2-1", "医師の働き方改革と救急体制を両立させる",
         "複数の病院が夜間・休日の救急を輪番で受け持つ体制を広げ、オンラインによる専門医の助言を活用する。",
         [],
         "県、地域医療構想調整会議"),
        ("2-2", "事務作業を減らし、補助職の配置を進める",
         "記録の様式を簡素化するとともに、医療クラークや看護補助者の配置に対する補助を拡充する。",
         ["音声入力など記録を効率化する機器の導入を支援する",
          "補助職の研修を地域で共同実施する",
          "病院ごとに異なる報告様式を県で統一する"],
         "国、県、医療機関"),
    ]),
    ("基本方針3　地域で働き続けられるようにする", [
        ("3-1", "へき地勤務医師の研修と休暇を保障する",
         "へき地の診療所に代診医を派遣する仕組みを整え、勤務医が研修や休暇を取れるようにする。",
         [],
         "県、へき地医療支援機構"),
    ]),
]

CONCLUSION = (
    "医療人材の不足は、地域の住民が必要な医療を受けられるかどうかに直結する。五つの施策は、"
    "組み合わせて実施してはじめて効果を上げるものであり、当機構は今後も実施状況を検証していく。"
)

THANKS = (
    "本提言の取りまとめに当たり、聞き取りに応じていただいた医療機関の皆様と、シンポジウムの登壇者"
    "及び参加者の皆様に深く感謝申し上げる。"
)

MEASURES_NOTE = "なお、各施策の所要経費の試算は、別途公表する資料に掲載する。"

SYMPOSIUM_NOTE = "日時：2026年7月18日（土）　会場：北斗市民会館　司会：松本（当機構主任研究員）　※発言者の肩書は開催時のもの"

# (session heading, [(topic, [(kind, speaker, text)])]); kind "remark" or "reply"
PANEL = [
    ("第1部　看護職をどう確保するか", [
        ("【論点1】若手をどう呼び込むか", [
            ("remark", "大川（県立北斗病院 看護部長）",
             "新人は都市部の大病院に流れており、うちのような地域の病院は見学に来てもらうことさえ難しい。"),
            ("remark", "森（看護学生）",
             "地元の病院で働きたい気持ちはあるが、どんな職場なのか実際に見る機会がなかった。"),
            ("reply", "大川",
             "来年度から学生の職場体験を受け入れる予定で、学校と調整を始めている。"),
            ("remark", "竹中（訪問看護ステーション所長）",
             "夜勤明けに車で長距離を帰る職員が多く、通勤の負担も離職の理由になっている。"),
        ]),
        ("【論点2】復職の壁", [
            ("remark", "西田（県ナースセンター）",
             "復職の相談は多いが、最初から夜勤を求められると知って諦める人が多い。"),
            ("remark", "竹中",
             "十年ぶりの現場は機器も手順も変わっており、研修なしで戻るのは怖いという声を聞く。"),
            ("reply", "西田",
             "ナースセンターでも実技研修を行っているが、会場が県庁所在地だけで、遠方の人は通えない。"),
        ]),
    ]),
    ("第2部　医師の働き方と地域偏在", [
        ("【論点3】夜間・休日の救急", [
            ("remark", "佐伯（北部中核病院 院長）",
             "派遣医師が引き揚げられてから、夜間の救急を週に二日断らざるを得なくなった。"),
            ("remark", "大石（県医師会 理事）",
             "近隣の病院で当番を分け合えば、一つの病院に負担が集中せずに済む。"),
            ("remark", "河野（へき地診療所 医師）",
             "診療所に一人でいると学会にも行けず、自分の技術が古くなっていく不安がある。"),
            ("reply", "佐伯",
             "中核病院から代診を出せる体制をつくれないか、県と相談したい。"),
        ]),
        ("【論点4】事務負担と処遇", [
            ("remark", "大石",
             "医師の時間外の半分近くは書類仕事であり、補助の人がいれば大きく減らせる。"),
            ("reply", "大川",
             "当院では医療クラークを増やした病棟で、看護職の残業が目に見えて減った。"),
            ("remark", "西田",
             "看護記録の様式が病院ごとに違い、転職のたびに覚え直さなければならない。"),
            ("remark", "佐伯",
             "地方の病院では給与を上げても医師が来ない。住まいや子どもの教育の問題が大きい。"),
        ]),
    ]),
]


def page_field(paragraph) -> None:
    """Append a PAGE field (Word fills in the number)."""
    run = paragraph.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
        run._r.append(el)
    num = paragraph.add_run("1")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    num._r.append(end)


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "dtx-nlp tests", "dtx-nlp tests"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1

    section = doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = HEADER
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("― ")
    page_field(footer)
    footer.add_run(" ―")

    # cover
    label = doc.add_paragraph("政策提言")
    label.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(TITLE, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(SUBTITLE, style="Subtitle").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text in ("2026年11月", ORG):
        doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # table of contents (static)
    toc = doc.add_paragraph()
    toc.add_run("目次").bold = True
    for line in TOC:
        doc.add_paragraph(line).paragraph_format.left_indent = Cm(0.5)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading(TOC[0], level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading(TOC[1], level=1)
    doc.add_heading("1　人材の現状", level=2)
    doc.add_paragraph(CURRENT)
    doc.add_heading("2　主な課題", level=2)
    doc.add_paragraph(ISSUES_LEAD)
    for text in ISSUES:
        doc.add_paragraph(text)

    doc.add_heading(TOC[2], level=1)
    doc.add_paragraph(MEASURES_LEAD)
    caption = doc.add_paragraph()
    caption.add_run("表　提言する施策の一覧").bold = True
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, ("No.", "施策", "具体的な取組", "実施主体")):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
        shade(cell, "D9D9D9")
    for group, rows in MEASURES:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[3])
        merged.text = ""
        merged.paragraphs[0].add_run(group).bold = True
        shade(merged, "F2F2F2")
        for no, title, desc, items, actors in rows:
            c = table.add_row().cells
            c[0].text = no
            c[1].text = ""
            c[1].paragraphs[0].add_run(title).bold = True
            c[1].add_paragraph(desc)
            c[2].text = "・" + items[0] if items else "―"
            for item in items[1:]:
                c[2].add_paragraph("・" + item)
            c[3].text = actors
    widths = (Cm(1.3), Cm(6.7), Cm(5.5), Cm(2.5))
    for row in table.rows:
        if len(row._tr.tc_lst) == len(widths):  # merged group rows keep the full width
            for cell, width in zip(row.cells, widths):
                cell.width = width
    doc.add_paragraph(MEASURES_NOTE)

    doc.add_heading(TOC[3], level=1)
    doc.add_paragraph(CONCLUSION)
    doc.add_paragraph(THANKS)

    last = doc.paragraphs[-1]
    last.add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading(TOC[4], level=1)
    doc.add_paragraph(SYMPOSIUM_NOTE).runs[0].font.size = Pt(9)
    for session, topics in PANEL:
        doc.add_heading(session, level=2)
        for topic, turns in topics:
            doc.add_paragraph().add_run(topic).bold = True
            for kind, speaker, text in turns:
                p = doc.add_paragraph()
                if kind == "reply":
                    p.paragraph_format.left_indent = Cm(1.0)
                    p.add_run("［応答］")
                p.add_run(speaker).bold = True
                p.add_run("　" + text)
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
