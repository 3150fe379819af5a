"""Write taiki_jido_plan.docx, a municipal action plan on childcare waiting lists (deterministic).

Run from anywhere: ``python tests/reports/layouts36/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All names, places and figures are fictional.
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

OUT = Path(__file__).with_name("taiki_jido_plan.docx")
FIXED_TIME = dt.datetime(2026, 3, 2, 9, 0, 0)
ZIP_TIME = (2026, 3, 2, 9, 0, 0)

TITLE = "架空市待機児童解消アクションプラン"
PERIOD = "（令和８年度～令和10年度）"
DATE_ISSUER = ["令和８年３月", "架　空　市"]

INTRO = [
    "本市では、駅周辺の大規模な集合住宅の建設に伴って子育て世帯の転入が続き、令和７年４月１日現在の"
    "待機児童数は87人と、３年連続で増加した。特に、令和６年度に入居が始まった架空駅北口の再開発地区では、"
    "０～２歳児のいる世帯の割合が市全体の約２倍となっている。",
    "このプランは、保育の受け皿の確保と保育人材の確保を柱に、今後３年間で待機児童の解消を図るため、"
    "市が取り組む施策をまとめたものである。策定に当たっては、令和７年12月にパブリックコメントを実施し、"
    "いただいたご意見を反映した。",
    "計画期間は令和８年度から令和10年度までの３年間とし、架空市子ども・子育て支援事業計画のうち、"
    "保育の確保に関する部分を前倒しして実施するものと位置付ける。",
]

TREND = [
    ("年度（４月１日現在）", "令和３年", "令和４年", "令和５年", "令和６年", "令和７年"),
    ("待機児童数（人）", "41", "38", "52", "69", "87"),
    ("うち１・２歳児（人）", "30", "29", "41", "55", "71"),
]

PROBLEM_CONTEXT_BEFORE = "待機児童数の推移は、次の表のとおりである。"
PROBLEM_CONTEXT_AFTER = (
    "待機児童の８割以上を１・２歳児が占めており、地域別では架空駅周辺の北部地区に集中している。"
    "これらの状況から、本市の課題は次のように整理できる。"
)

PROBLEMS = [
    ("課題①　１・２歳児の受け皿が不足している",
     "既存の保育所の定員は３～５歳児に厚く、育児休業明けの４月入所が集中する１・２歳児の枠が足りない。"
     "また、新設の保育所の多くは定員120人規模の大型の施設で、用地の確保に時間がかかる。"),
    ("課題②　保育士の確保が難しい",
     "市内の保育所の約４割が、保育士が足りないために定員まで児童を受け入れられていない。"
     "賃金の水準や家賃の負担から、若手の保育士が近隣の市に流出している。"),
    ("課題③　地域によって需要と供給に偏りがある",
     "北部地区では定員を大きく上回る申込みがある一方、南部地区の保育所では空きが生じている。"
     "保護者の希望が自宅や駅の近くに集中するため、空きのある保育所があっても利用されない。"),
    ("課題④　入所の申込み手続が保護者の負担になっている",
     "申込みは窓口での紙の書類の提出に限られ、就労証明書も勤務先で紙に記入してもらう必要がある。"
     "書類の不備のために何度も窓口に足を運ぶ保護者も少なくない。"),
    ("課題⑤　病児保育の施設が少ない",
     "病気の子どもを一時的に預かる病児保育の施設は市内に１か所しかなく、利用の予約が取りにくい。"),
]

MEASURES_LEAD = "以上の課題に対応するため、本市は次の４つの重点施策に取り組む。"

# (lead, body, [items])
MEASURES = [
    ("重点施策１　小規模保育事業所の整備で１・２歳児の定員を増やす",
     "北部地区を中心に、０～２歳児を対象とする小規模保育事業所の整備費を補助し、３年間で240人分の定員を確保する。",
     ["駅周辺の空き店舗や集合住宅の１階を活用した整備を優先する",
      "卒園後の３歳児の受け入れ先となる連携施設の確保を支援する"]),
    ("重点施策２　保育士の処遇改善と働きやすい職場づくりを進める",
     "市独自の処遇改善手当（月額２万円）を創設し、市内の保育所で働く保育士の定着を図る。"
     "また、市内の保育所が合同で行う就職説明会を年２回開催する。",
     ["保育士の宿舎を借り上げる費用を補助する",
      "保育補助者の雇用を支援し、保育士の事務作業を減らす"]),
    ("重点施策３　送迎保育ステーションで地域の偏りを解消する",
     "架空駅前に送迎保育ステーションを設け、北部地区の児童をバスで南部地区の空きのある保育所へ送迎する。"
     "送迎の対象は３～５歳児とし、保育所の利用時間に合わせてバスを運行する。",
     []),
    ("重点施策４　入所申込みのオンライン化を進める",
     "令和８年秋の申込みから、国のオンライン申請サービスによる申込みを受け付け、"
     "就労証明書も勤務先から直接提出できるようにする。申込みの処理状況は、保護者がオンラインで確認できるようにする。",
     []),
]

PROMOTION = "本プランの進捗は、架空市子ども・子育て会議に毎年度報告し、必要に応じて施策を見直す。"
PROMOTION_2 = (
    "また、保育の需要は住宅開発の動向によって大きく変わるため、毎年度、就学前児童数の推計を見直し、"
    "整備の量を調整する。"
)
TARGETS = [
    ("指標", "現状値（令和７年）", "目標値（令和10年）"),
    ("待機児童数", "87人", "0人"),
    ("保育士の離職率", "12.4％", "８％以下"),
]

PC_INFO = [
    "実施期間：令和７年12月１日～12月28日　　提出者数：38人（ご意見の件数：延べ64件）",
    "提出方法の内訳：電子メール21人、窓口９人、郵送８人",
    "主なご意見と、それに対する市の考え方は次のとおりです（ご意見は要旨）。",
]
# (opinion, answer or None)
PC_MAIN = [
    ("駅の近くに０～２歳児の小さな保育施設を増やしてほしい。大きな保育所ができるのを待つより早い。",
     "重点施策１に、駅周辺の空き店舗等を活用した小規模保育事業所の整備を優先する旨を追記しました。"),
    ("小規模保育所に入っても、３歳になったときに行き先がなくなるのが不安だ。",
     "重点施策１の主な取組に、連携施設の確保への支援を加えました。"),
    ("申込みのために何度も市役所に行くのは、働く親には難しい。勤務先の証明書も紙でしか出せない。",
     "重点施策４のとおり、令和８年秋からオンラインでの申込みを可能とします。"),
    ("保育所の空き状況を、ホームページで毎月公開してほしい。",
     "令和８年度から、各保育所の年齢別の空き状況を毎月ホームページに掲載します。"),
]
PC_OTHER = [
    "保育士として働いていたが、家賃の高さと給料の低さから隣の市に転職した。",
    "保育士の事務作業が多すぎて、子どもと向き合う時間が足りないと聞く。",
    "南部の保育所に空きがあっても、送り迎えに１時間かかるなら通えない。",
    "病児保育の施設を市の南部にも作ってほしい。",
    "育児休業を延長した場合にも不利にならない入所選考にしてほしい。",
    "保育所の園庭が狭く、外遊びが十分にできないのが心配だ。",
]


def shade(paragraph, fill: str) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)


def heading(doc, text: str) -> None:
    """Chapter heading: a bold, larger Normal paragraph (no Word heading style)."""
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(14)


def bold_para(doc, text: str, size: int = 11, fill: str | None = None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    if fill:
        shade(p, fill)
    return p


def lead_para(doc, lead: str, text: str, indent_pt: int = 0):
    p = doc.add_paragraph()
    if indent_pt:
        p.paragraph_format.left_indent = Pt(indent_pt)
    p.add_run(lead).bold = True
    p.add_run("　" + text)
    return p


def table(doc, rows) -> None:
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in rows:
        cells = t.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value


def page_field(paragraph) -> None:
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
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "layouts36 annotator", "layouts36 annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = TITLE
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)

    # cover
    for _ in range(3):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(20)
    p = doc.add_paragraph(PERIOD)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in DATE_ISSUER:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    heading(doc, "■ 計画策定の趣旨")
    for text in INTRO:
        doc.add_paragraph(text)

    heading(doc, "■ 待機児童の現状と課題")
    doc.add_paragraph(PROBLEM_CONTEXT_BEFORE)
    table(doc, TREND)
    doc.add_paragraph(PROBLEM_CONTEXT_AFTER)
    for lead, body in PROBLEMS:
        bold_para(doc, lead)
        doc.add_paragraph(body)

    heading(doc, "■ 重点施策")
    doc.add_paragraph(MEASURES_LEAD)
    for lead, body, items in MEASURES:
        bold_para(doc, lead, 12, fill="D9E2F3")
        doc.add_paragraph(body)
        if items:
            doc.add_paragraph("【主な取組】")
            for item in items:
                p = doc.add_paragraph("・" + item)
                p.paragraph_format.left_indent = Pt(11)

    heading(doc, "■ 計画の推進")
    doc.add_paragraph(PROMOTION)
    doc.add_paragraph(PROMOTION_2)
    table(doc, TARGETS)
    p = doc.add_paragraph("以上")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run().add_break(WD_BREAK.PAGE)

    heading(doc, "■ 参考資料　パブリックコメントの実施結果")
    for text in PC_INFO:
        doc.add_paragraph(text)
    bold_para(doc, "〔主なご意見と市の考え方〕")
    for opinion, answer in PC_MAIN:
        lead_para(doc, "ご意見", opinion)
        if answer:
            lead_para(doc, "市の考え方", answer, indent_pt=22)
    bold_para(doc, "〔このほかのご意見〕")
    for opinion in PC_OTHER:
        lead_para(doc, "ご意見", opinion)
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
