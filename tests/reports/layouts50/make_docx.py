"""Write setsumeikai_kekka.docx, a fictional town report on resident briefings (deterministic).

Run from anywhere: ``python3 tests/reports/layouts50/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.

Layout: no Word heading styles (headings are bold Normal paragraphs that carry their own
numbers, as in many municipal documents), a page header 資料２, a right-aligned date and
department, a table of the briefing sessions, problems enumerated inline (第一に…第六に) in one
paragraph, the recommendations (対応方針) as rows of a four-column table whose items are
・ paragraphs inside a cell, and an appendix with （参加者）/（町） turns.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).with_name("setsumeikai_kekka.docx")
FIXED_TIME = dt.datetime(2026, 11, 10, 9, 0, 0)
ZIP_TIME = (2026, 11, 10, 9, 0, 0)

HEADER = "資料２"
DATE_LINES = ["令和８年１１月１０日", "鳴川町総務課"]
TITLE = "コミュニティ放送局の開設に関する住民説明会の実施結果について（報告）"

INTRO = [
    "町は、災害時の情報伝達の手段を増やすため、令和１０年度にコミュニティ放送局（愛称「なるかわＦＭ」）を"
    "開局することを目指している。計画案について住民の意見を聴くため、町内４会場で住民説明会を開催したので、"
    "その結果を報告する。",
    "説明会では、計画案の概要、整備費（約１億２千万円）と運営費の見込み、開局までの日程を説明し、"
    "質疑応答を行った。",
    "計画案では、放送局の運営は町が出資する一般社団法人が担い、送信出力は２０ワット、放送時間は午前６時から"
    "午後１１時までとしている。災害時には、防災行政無線と連動して緊急放送に切り替える。",
]

SESSIONS_LEAD = "４会場で延べ１８６人が参加した。"
SESSIONS_NOTE = ("参加者の約６割が６０歳以上であった。各会場でアンケートを行い、１４２人から回答を得た"
                 "（集計結果は別途報告する）。")
SESSIONS = [
    ("会場", "日時", "参加者数"),
    ("中央公民館", "１０月５日（日）１０時", "７２人"),
    ("西谷集会所", "１０月１１日（土）１４時", "３１人"),
    ("上原ふれあい館", "１０月１８日（土）１４時", "２９人"),
    ("商工会館", "１０月２３日（木）１９時", "５４人"),
]

PROBLEMS = (
    "説明会での意見を整理すると、課題は次の６点に集約される。"
    "第一に、西谷・上原地区では既存のＦＭ放送も受信しにくく、開局しても聞こえないのではないかという不安が大きい。"
    "第二に、防災行政無線の屋外スピーカーは雨の日に聞き取りにくく、無線とラジオの役割分担が住民に伝わっていない。"
    "第三に、年間約２千４百万円と見込む運営費について、町が負担する範囲が分からないとの声が多い。"
    "第四に、番組を担う町民ボランティアの確保の見通しが立っていない。"
    "第五に、ラジオを持たない世帯が高齢者世帯の約３割にのぼる。"
    "第六に、放送への参加を希望する学校や商店会との調整の窓口が決まっていない。"
)

MEASURES_LEAD = "以上の課題を踏まえ、町は次の方針により開局の準備を進める。"
# (No., 項目, [対応の内容 paragraphs; later ones are ・ items], 時期)
MEASURES = [
    ("1", "受信状況の調査と中継局の検討",
     ["西谷・上原地区で受信状況を調査し、聞こえにくい地域が残る場合は中継局の設置を検討する。",
      "・受信調査は開局前の令和９年春に実施する",
      "・調査の結果は地区ごとに公表する"],
     "令和９年度"),
    ("2", "防災行政無線との役割分担の周知",
     ["屋外スピーカー、ラジオ、防災メールの役割を１枚にまとめたチラシを全戸に配布し、区長会でも説明する。"],
     "令和９年度"),
    ("3", "運営費と町の負担額の公表",
     ["運営費の内訳、町の負担額及び広告収入の見込みを毎年度公表し、開局３年後に運営方式を見直す。"],
     "開局後毎年度"),
    ("4", "防災ラジオの貸与",
     ["自動起動機能付きの防災ラジオを、高齢者世帯など希望する世帯に無償で貸与する。",
      "・申込みは区長を通じても受け付ける",
      "・希望する世帯には職員が訪問して設置を手伝う"],
     "令和１０年度"),
    ("5", "参加団体の相談窓口の設置",
     ["総務課に窓口を置き、番組への参加を希望する学校や団体の相談を一元的に受け付ける。"],
     "令和９年度"),
]

CLOSING = [
    "町は、本報告の方針を計画案に反映し、令和９年３月の町議会に放送局の設置に関する条例案を提出する予定である。",
    "番組を担うボランティアの確保については、町民有志による開局準備会を設けて引き続き検討する。",
    "説明会に参加できなかった住民のため、説明資料を各地区の集会所に置き、１２月２６日まで意見を受け付ける。",
    "開局までの進捗は、町の広報紙とホームページで随時お知らせする。",
]

APPENDIX_TITLE = "別添　説明会における主な意見と町の回答"
APPENDIX_LEAD = ("各会場の主な意見を要約して掲載する。（参加者）は参加者の発言、（町）は直前の発言に対する町の回答である。")
# (venue heading, [turns])
APPENDIX = [
    ("（１）中央公民館（１０月５日）", [
        "（参加者）西谷地区ではカーラジオもよく途切れる。山の奥まで本当に届くのか。",
        "（町）西谷・上原地区では開局前に受信調査を行い、必要であれば中継局を検討する。",
        "（参加者）雨の日は防災無線が何を言っているのか分からない。同じ内容をラジオでも流してほしい。",
        "（参加者）運営費に毎年二千万円以上かかるなら、ほかに回すべきところがあるのではないか。",
    ]),
    ("（２）西谷集会所（１０月１１日）", [
        "（参加者）うちにはラジオがない。配ってもらえるなら聞く。",
        "（参加者）年寄りはラジオをどこに置けばよいか分からない。設置まで手伝ってほしい。",
        "（参加者）地区の祭りの案内や訃報も流してもらえると助かる。",
    ]),
    ("（３）上原ふれあい館（１０月１８日）", [
        "（参加者）広告を出す店が町内にどれだけあるのか。赤字になったら誰が責任を持つのか。",
        "（町）収支の見込みは毎年度公表し、開局３年後に運営の方法を見直す。",
        "（参加者）中学校の放送部が番組を作りたいと言っているが、どこに相談すればよいか。",
    ]),
    ("（４）商工会館（１０月２３日）", [
        "（参加者）商店会として、昼の時間帯に地元の店を紹介する番組を持ちたい。",
        "（参加者）スマートフォンでも聞けるようにしてほしい。",
        "（町）インターネットによる同時配信も検討している。",
    ]),
]


def bold_para(doc, text: str, size: float = 10.5, center: bool = False):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def fill_table(table, rows, header_bold: bool = True) -> None:
    for r, values in enumerate(rows):
        cells = table.add_row().cells
        for cell, value in zip(cells, values):
            paras = value if isinstance(value, list) else [value]
            cell.paragraphs[0].text = paras[0]
            for extra in paras[1:]:
                cell.add_paragraph(extra)
            if r == 0 and header_bold:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "layouts50 annotator", "layouts50 annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "ＭＳ 明朝")
    header = doc.sections[0].header.paragraphs[0]
    header.text = HEADER
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    for line in DATE_LINES:
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    bold_para(doc, TITLE, size=14, center=True)

    bold_para(doc, "１　趣旨")
    for text in INTRO:
        doc.add_paragraph("　" + text)

    bold_para(doc, "２　開催状況")
    doc.add_paragraph("　" + SESSIONS_LEAD)
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    fill_table(table, SESSIONS)
    doc.add_paragraph("　" + SESSIONS_NOTE)

    bold_para(doc, "３　説明会を通じて明らかになった課題")
    doc.add_paragraph("　" + PROBLEMS)

    bold_para(doc, "４　今後の対応方針")
    doc.add_paragraph("　" + MEASURES_LEAD)
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    fill_table(table, [("No.", "項目", "対応の内容", "時期")] + MEASURES)

    bold_para(doc, "５　今後の予定")
    for text in CLOSING:
        doc.add_paragraph("　" + text)

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    bold_para(doc, APPENDIX_TITLE)
    doc.add_paragraph("　" + APPENDIX_LEAD)
    for venue, turns in APPENDIX:
        bold_para(doc, venue)
        for turn in turns:
            doc.add_paragraph(turn)
    doc.add_paragraph("以上").alignment = WD_ALIGN_PARAGRAPH.RIGHT
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
