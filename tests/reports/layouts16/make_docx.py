"""Write kowan_torimatome.docx, a council interim report laid out without Word heading styles.

Run from anywhere: ``python tests/reports/layouts16/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All organisations, places, people and figures are fictional.
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
from docx.shared import Pt

OUT = Path(__file__).with_name("kowan_torimatome.docx")
FIXED_TIME = dt.datetime(2026, 2, 16, 9, 0, 0)
ZIP_TIME = (2026, 2, 16, 9, 0, 0)

DOC_NO = "資料１"
TITLE = "東湊港におけるコンテナ物流の効率化とトラック運転者の負担軽減について"
SUBTITLE = "― 中間とりまとめ ―"
DATE = "令和８年２月１６日"
ISSUER = "東湊港物流効率化協議会"
HEADER = "東湊港物流効率化協議会　中間とりまとめ"

INTRO = [
    "東湊港は、県内外の製造業を支える国際コンテナ港であり、取扱量は年間約６０万ＴＥＵに達している。"
    "一方で、港と内陸の荷主を結ぶ海上コンテナの陸上輸送は、トラック運転者の長時間の拘束と人手不足という課題を抱えている。",
    "本協議会は、港湾管理者、ターミナル運営会社、運送事業者、荷主及び行政機関で構成し、令和７年７月以降４回の会合と"
    "関係者ヒアリングを行ってきた。本とりまとめは、これまでの議論を整理し、当面の取組の方向を示すものである。",
]

PROBLEM_LEAD = "ターミナル別の繁忙期の待機時間と搬出入予約の有無は、次の表のとおりである。"

TABLE = [
    ("ターミナル", "平均待機時間（繁忙期）", "搬出入予約"),
    ("第１ターミナル", "2時間40分", "なし"),
    ("第２ターミナル", "3時間10分", "なし"),
    ("第３ターミナル", "1時間05分", "あり"),
    ("第４ターミナル", "2時間20分", "なし"),
]

PROBLEM_LEAD2 = "これまでの議論から、主な課題として次の六点が挙げられる。"

# (bold lead, rest of the same paragraph)
PROBLEMS = [
    ("（一）ゲート前の待機時間が長い。",
     "繁忙期にはゲート前で３時間を超える待機が生じ、運転者の拘束時間を押し上げている。"
     "時間外労働の上限規制の適用により、一人の運転者が一日に運べるコンテナの本数は減っている。"),
    ("（二）搬出入予約の仕組みが整っていない。",
     "予約制度を導入しているのは四つのターミナルのうち一か所にとどまり、車両が朝の時間帯に集中している。"),
    ("（三）空コンテナの返却に手間がかかる。",
     "空コンテナの返却先は港内の指定場所に限られ、内陸の荷主に届けた後、空のまま港へ戻る運行が多い。"),
    ("（四）手続が紙と電話に頼っている。",
     "コンテナの搬出可否や書類の確認は電話とファクスで行われ、問い合わせそのものに時間がかかっている。"),
    ("（五）港湾周辺に待機場所がない。",
     "ゲートが開く前や待機中の車両が周辺道路に列をなし、運転者は休憩やトイレの確保にも苦労している。"),
    ("（六）若い運転者が集まらない。",
     "海上コンテナを運ぶ運転者の平均年齢は５０歳を超え、けん引免許を持つ若年者の確保が難しくなっている。"),
]

MEASURES_LEAD = "以上の課題と関係者ヒアリングの結果を踏まえ、当面、次の取組を進める。"

# (group heading, [(label, title, body, [items])])
MEASURES = [
    ("一　港湾における取組", [
        ("取組１", "全ターミナル共通の搬出入予約システムを導入する",
         "港湾管理者とターミナル運営会社は、令和９年度までに全ターミナルで共通の予約システムを導入し、"
         "時間帯ごとの搬出入枠を設ける。",
         ["予約枠を早朝と夕方にも設け、あわせてゲートの開場時間を夕方に延長する",
          "予約した車両は専用レーンで優先して受け付ける"]),
        ("取組２", "手続を電子化し、コンテナ情報を一元的に提供する",
         "コンテナの搬出可否や書類の状況をスマートフォンで確認できる仕組みを整え、電話とファクスによる問い合わせを減らす。",
         []),
        ("取組３", "車両待機場と運転者の休憩施設を整備する",
         "港湾管理者は、港湾用地の一部を車両待機場として確保し、トイレと休憩所を併設する。"
         "待機場の混雑状況は、予約システムを通じて運転者に知らせる。",
         []),
    ]),
    ("二　荷主・運送事業者と行政の取組", [
        ("取組４", "内陸部に空コンテナの返却拠点を設ける",
         "県と運送事業者は、船会社の協力を得て、内陸の物流拠点で空コンテナを返却できるようにする。",
         ["県内の物流団地に空コンテナの保管場所を確保する",
          "船会社に対し、内陸拠点での返却を認めるよう協議会として働きかける"]),
        ("取組５", "荷主が待機時間を把握し、その費用を適正に負担する",
         "荷主は、運送事業者から待機時間の記録を受け取り、一定時間を超える待機には待機料を支払う取引慣行を定着させる。"
         "県は、待機料の目安を示し、荷主向けの説明会を開催する。",
         []),
    ]),
]

CONCLUSION = [
    "本協議会は、令和８年度中に最終とりまとめを行う予定である。それまでの間、取組１と取組２については試行を先行させ、"
    "その効果を検証する。",
    "なお、若い運転者の確保は港湾物流に限らず地域の産業全体に関わる課題であり、県の関係部局と連携して、"
    "引き続き検討することとしたい。",
]

# appendix: (heading, [(kind, speaker, text)]) kind: "・" statement, "Q" member question, "A" answer
HEARINGS = [
    ("ヒアリング先１　Ａ運輸株式会社（トラック運送事業者）", [
        ("・", None, "繁忙期には、ゲートが開く前から並んでも、コンテナを受け取るまでに３時間以上かかる。"),
        ("・", None, "待機した時間の分の料金は、荷主からほとんど支払われていない。"),
        ("・", None, "荷主の工場に届けた後、空のコンテナを港まで戻しに行くのが大きな無駄になっている。"),
        ("Q", "委員", "予約制度がある第３ターミナルでは、待機は短くなっているか。"),
        ("A", "Ａ運輸", "予約した時間に行けばほぼ待たずに済むが、予約枠がすぐに埋まってしまう。"),
        ("Q", "委員", "若い運転者の採用は進んでいるか。"),
        ("A", "Ａ運輸", "けん引免許の取得費用を会社で負担しているが、応募はまだ少ない。"),
    ]),
    ("ヒアリング先２　東湊コンテナターミナル株式会社（ターミナル運営会社）", [
        ("・", None, "ゲートの処理能力には限りがあり、車両が朝の時間帯に集中することが待機の原因である。"),
        ("・", None, "搬出の可否を尋ねる電話が一日に数百件あり、職員がその対応に追われている。"),
        ("・", None, "荷役を担う作業員も不足しており、夜間の作業を増やすのは難しい。"),
        ("Q", "委員", "ゲートの開場時間を延ばすことはできないか。"),
        ("A", "同社", "夕方の延長であれば、作業員の配置を工夫して対応できる見込みである。"),
    ]),
    ("ヒアリング先３　Ｃ食品株式会社（荷主）", [
        ("・", None, "当社の倉庫で運転者がどれだけ待っているかを、これまで把握していなかった。"),
        ("・", None, "港の近くに車を停めておける場所がなく、運転者が路上で待っている。"),
        ("・", None, "原材料の輸入量は、今後５年で２割ほど増える見込みである。"),
        ("Q", "委員", "待機料を支払うことについて、社内の理解は得られそうか。"),
        ("A", "Ｃ食品", "業界全体で目安が示されれば、社内でも説明しやすい。"),
    ]),
]


def bold_par(doc, text, size=None, align=None):
    par = doc.add_paragraph()
    run = par.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    if align is not None:
        par.alignment = align
    return par


def indent(par, pt):
    par.paragraph_format.left_indent = Pt(pt)
    return par


def add_page_field(par):
    run = par.add_run()
    for tag, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "annotator", "annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = HEADER
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(footer)

    doc.add_paragraph(DOC_NO).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    bold_par(doc, TITLE, 15, WD_ALIGN_PARAGRAPH.CENTER)
    doc.add_paragraph(SUBTITLE).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(DATE).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(ISSUER).alignment = WD_ALIGN_PARAGRAPH.RIGHT

    bold_par(doc, "第一　はじめに", 12)
    for text in INTRO:
        doc.add_paragraph(text)

    bold_par(doc, "第二　現状と課題", 12)
    doc.add_paragraph(PROBLEM_LEAD)
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in TABLE:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    doc.add_paragraph(PROBLEM_LEAD2)
    for lead, rest in PROBLEMS:
        par = doc.add_paragraph()
        par.add_run(lead).bold = True
        par.add_run(rest)

    bold_par(doc, "第三　今後の取組", 12)
    doc.add_paragraph(MEASURES_LEAD)
    for group, measures in MEASURES:
        bold_par(doc, group)
        for label, title, body, items in measures:
            par = indent(doc.add_paragraph(), 10)
            run = par.add_run(label + "　" + title)
            run.bold = True
            run.underline = True
            indent(doc.add_paragraph(body), 10)
            for item in items:
                indent(doc.add_paragraph("・" + item), 20)

    bold_par(doc, "第四　おわりに", 12)
    for text in CONCLUSION:
        doc.add_paragraph(text)
    doc.add_paragraph("以上").alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    bold_par(doc, "（参考）関係者ヒアリングの概要", 12)
    doc.add_paragraph("令和７年９月から１１月にかけて、協議会の委員が関係者から意見を聴取した。発言は要旨である。")
    for heading, turns in HEARINGS:
        bold_par(doc, heading)
        for kind, speaker, text in turns:
            if kind == "・":
                indent(doc.add_paragraph("・" + text), 10)
            else:
                par = indent(doc.add_paragraph(), 10 if kind == "Q" else 30)
                par.add_run("【" + speaker + "】").bold = True
                par.add_run(text)
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
