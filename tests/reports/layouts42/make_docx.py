"""Write fukko_keikaku.docx, a held-out test report built with python-docx (deterministic).

Run from anywhere: ``python tests/reports/layouts42/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All bodies, places, people and figures in the text are fictional.
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
from docx.shared import Pt, Mm

OUT = Path(__file__).with_name("fukko_keikaku.docx")
FIXED_TIME = dt.datetime(2026, 12, 1, 9, 0, 0)
ZIP_TIME = (2026, 12, 1, 9, 0, 0)

TITLE = "潮ヶ浜町復興基本計画（後期計画）案"
COVER = ["令和９年度～令和11年度", "令和８年12月", "潮ヶ浜町"]

INTRO = [
    "令和６年９月の記録的な豪雨により、本町では潮見川の氾濫と土砂災害が相次ぎ、住家の全壊・半壊は412棟に上った。"
    "町は令和７年３月に復興基本計画（前期計画）を策定し、住まいの確保とインフラの復旧を最優先に取り組んできた。",
    "前期計画の期間が令和８年度で終わることから、これまでの進捗を検証し、令和９年度からの３年間に取り組む事項を後期計画としてまとめた。"
    "案の作成にあたっては、町内３地区で住民説明会を開き、寄せられた質問や意見を参考にした。",
]

# (H2 heading, progress paragraph, [problem paragraphs in the box])
PROGRESS = [
    ("１　住まいと暮らし",
     "災害公営住宅は令和７年度末までに全５団地・186戸が完成し、応急仮設住宅からの転居はほぼ完了した。",
     ["◆災害公営住宅では入居者の６割を65歳以上が占め、従前の近所付き合いが途切れて孤立する高齢者が見られる。",
      "◆自宅の再建を希望しながら、既存の住宅ローンが残るなど資金面の事情から再建に踏み出せない世帯が約70世帯ある。"]),
    ("２　なりわい",
     "被災事業者の多くは、グループ補助金や仮設店舗を活用して営業を再開した。",
     ["◆中心商店街では被災した82店舗のうち再開は49店舗にとどまり、空き店舗が目立つ。仮設商店街で営業を続ける事業者の本設への移行も進んでいない。",
      "◆山手地区では土砂が流入した農地の約３割で復旧工事が終わっておらず、農業機械を失った高齢農家の離農が進んでいる。"]),
    ("３　安全・安心",
     "道路と橋りょうの災害復旧工事は、令和８年度中にすべて完了する見込みである。",
     ["◆県が進める潮見川の河川改修は令和10年度に完了する予定であり、それまでの間、浸水想定区域の住民は大雨のたびに不安を抱えている。",
      "◆自主防災組織の役員の高齢化が進み、訓練の参加者も減っている。災害の経験を次の世代に伝える取組も十分ではない。"]),
]

# (H2 group heading, [(H3 heading, body, [items])])
MEASURES = [
    ("方向性１　住まいと暮らしの再建", [
        ("１－（１）　災害公営住宅での見守りと交流を進める",
         "災害公営住宅の入居者が孤立しないよう、見守りと交流の仕組みを整える。",
         ["（ア）生活支援相談員による戸別訪問を継続し、支援が必要な世帯を関係機関につなぐ。",
          "（イ）各団地の集会所で、入居者と周辺住民が交流するサロンを月１回開く。"]),
        ("１－（２）　自宅再建の負担を軽くする",
         "町独自の住宅再建支援金の申請期限を令和10年度末まで延長するとともに、被災前の住宅ローンが残る世帯には支援金を加算する。", []),
    ]),
    ("方向性２　なりわいの再生", [
        ("２－（１）　中心商店街の再開と新規出店を後押しする",
         "商店街のにぎわいを取り戻すため、事業者の本設移行と新たな出店を支援する。",
         ["（ア）仮設商店街から本設店舗に移る事業者に、移転と改装の費用を補助する。",
          "（イ）空き店舗に出店する事業者に、家賃の一部を最長２年間補助する。",
          "（ウ）商工会と連携し、創業を目指す人向けの講座を開く。"]),
        ("２－（２）　農地の復旧と営農の再開を支援する",
         "残る農地の復旧工事を令和９年度中に完了させるとともに、営農の再開を支える。",
         ["（ア）集落営農組織の設立を支援し、共同で利用する農業機械の購入費を補助する。",
          "（イ）離農する農家の農地を担い手に集める調整を、農業委員会と連携して行う。"]),
    ]),
    ("方向性３　災害に強いまちづくり", [
        ("３－（１）　災害の記憶を伝え、地域の防災力を高める",
         "ハードの整備が完了するまでの備えを固めるとともに、災害の経験を地域の力に変える。",
         ["（ア）河川改修の工程を地区ごとに説明し、完了までの避難計画を地区と一緒に見直す。",
          "（イ）自主防災組織の新たな担い手を育てるリーダー研修を毎年開く。",
          "（ウ）被災体験を語り継ぐ活動を支援し、小中学校の防災学習に生かす。"]),
    ]),
]

CLOSING = [
    "後期計画は、復旧から生活の再建、そして災害に強いまちづくりへと歩みを進めるための計画である。",
    "町は、毎年度、取組の進捗を復興推進委員会に報告し、その結果を広報紙と町のホームページで公表する。"
    "住民、事業者、関係機関と力を合わせ、一日も早い復興の完了を目指す。",
]

# (H2 session heading, [(No., speaker, text)]) -- reply rows have an empty No.
RECORD_LEAD = "令和８年11月に町内３地区で住民説明会を開き、延べ142人が参加した。主な質問・意見と町の回答は次のとおりである。"
RECORD = [
    ("第１会場　浜地区（11月８日（日）　浜地区集会所）", [
        ("1", "住民", "災害公営住宅に移ってから近所付き合いがなくなり、一日誰とも話さない日がある。"),
        ("", "町", "生活支援相談員の訪問を続けるとともに、集会所を使った交流の場づくりを進めます。"),
        ("2", "住民", "自宅を建て直したいが、前の家のローンが残っていて踏み切れない。"),
        ("3", "住民", "川の工事はいつ終わるのか。それまで大雨のたびに不安で眠れない。"),
        ("", "町", "県の河川改修は令和10年度に完了する予定です。工事の進み具合は地区ごとにお知らせします。"),
        ("4", "住民", "みなし仮設住宅の入居期限が近いが、次の住まいがまだ決まっていない。"),
    ]),
    ("第２会場　中央地区（11月15日（日）　町民会館）", [
        ("5", "住民", "仮設商店街から元の場所に戻りたいが、改装費用が出せない。"),
        ("6", "住民", "商店街の空き店舗に若い人が店を出せるよう、家賃の補助があるとよい。"),
        ("", "町", "空き店舗を活用する出店者への支援を、後期計画に盛り込む方向で検討しています。"),
        ("7", "住民", "町営バスの便数が減り、買い物に行くのが難しくなった。"),
        ("8", "住民", "解体後の空き地で雑草が伸び放題になっている。"),
    ]),
    ("第３会場　山手地区（11月22日（日）　山手公民館）", [
        ("9", "住民", "田んぼに流れ込んだ土砂がまだ残っており、今年も作付けができなかった。"),
        ("", "町", "残る農地の復旧工事は、令和９年度中に終える計画で進めています。"),
        ("10", "住民", "機械が流されて、高齢の農家は再開をあきらめている。集落でまとまって営農できないか。"),
        ("11", "住民", "自主防災会の役員が高齢になり、訓練を続けられるか心配だ。"),
        ("12", "住民", "水害のことを子どもたちに伝えていく取組をしてほしい。"),
    ]),
]


def page_field(paragraph) -> None:
    """Append a PAGE field (printed page number) to a paragraph."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def box(doc: Document, lines: list[str]) -> None:
    """A one-cell framed table: 【課題】 then one paragraph per problem."""
    table = doc.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.rows[0].cells[0]
    head = cell.paragraphs[0]
    head.add_run("【課題】").bold = True
    for line in lines:
        cell.add_paragraph(line)
    doc.add_paragraph()


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "dtx-nlp tests", "dtx-nlp tests"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.text = TITLE
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("－ ")
    page_field(footer)
    footer.add_run(" －")

    # cover page
    for _ in range(6):
        doc.add_paragraph()
    doc.add_paragraph(TITLE, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in COVER:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading("Ⅰ　はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("Ⅱ　復興の進捗と課題", level=1)
    for h2, progress, problems in PROGRESS:
        doc.add_heading(h2, level=2)
        doc.add_paragraph(progress)
        box(doc, problems)

    doc.add_heading("Ⅲ　後期計画の取組", level=1)
    doc.add_paragraph("Ⅱで整理した課題に対応するため、三つの方向性のもとで次の取組を進める。")
    for h2, measures in MEASURES:
        doc.add_heading(h2, level=2)
        for h3, body, items in measures:
            doc.add_heading(h3, level=3)
            doc.add_paragraph(body)
            for item in items:
                p = doc.add_paragraph(item)
                p.paragraph_format.left_indent = Pt(12)

    doc.add_heading("Ⅳ　計画の推進にあたって", level=1)
    for text in CLOSING:
        doc.add_paragraph(text)

    doc.add_heading("参考　住民説明会における主な質問・意見", level=1)
    doc.add_paragraph(RECORD_LEAD)
    for h2, rows in RECORD:
        doc.add_heading(h2, level=2)
        table = doc.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ("No.", "発言者", "質問・意見の要旨／町の回答")):
            cell.paragraphs[0].add_run(text).bold = True
        for number, speaker, text in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = number, speaker, text
        for row in table.rows:
            row.cells[0].width, row.cells[1].width, row.cells[2].width = Mm(12), Mm(20), Mm(128)
        doc.add_paragraph()
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
