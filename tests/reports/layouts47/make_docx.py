"""Write pet_panel.docx, a fictional expert-panel report formatted by hand (deterministic).

The headings are bold Normal paragraphs, not Word heading styles, as in many real Word files.
Run from anywhere: ``python3 tests/reports/layouts47/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
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

OUT = Path(__file__).with_name("pet_panel.docx")
FIXED_TIME = dt.datetime(2026, 4, 1, 9, 0, 0)
ZIP_TIME = (2026, 4, 1, 9, 0, 0)

PANEL = "人と動物の共生社会に関する有識者懇談会"
TITLE_BLOCK = [
    ("人と動物の共生社会の実現に向けて", 16),
    ("―飼い主のいない犬猫を生まないための五つの提言―", 12),
    ("報告書", 14),
    ("令和８年４月", 11),
    (PANEL, 11),
]

INTRO = [
    "我が国で飼育されている犬猫は約千四百万頭と推計され、家族の一員として暮らしに溶け込んでいる。"
    "その一方で、飼い主の高齢化や経済的な困窮を背景に、飼育を続けられなくなる例が後を絶たない。",
    "本懇談会は、令和７年７月に内閣府に設置され、動物の愛護と管理、福祉、地域づくりの各分野の有識者十名が、"
    "計六回にわたり議論を重ねてきた。本報告書は、関係団体からのヒアリングを含む議論の結果を取りまとめたものである。",
]

PROBLEM_LEAD = (
    "自治体の動物愛護センターに引き取られる犬猫の数は、この十年で半減した。"
    "しかし、殺処分がなくなったわけではなく、新たな課題も生じている。"
)

PROBLEMS = [
    "高齢の飼い主が入院や施設入所をした後に、残された犬猫の行き場がなくなる事例が増えている。"
    "本懇談会の調べでは、センターへの引取り依頼の三割が飼い主の高齢を理由とするものであった。",
    "多頭飼育崩壊の発見が遅れている。不妊去勢手術をしないまま数十頭に増えてから、"
    "近隣からの苦情で初めて行政が把握する例が多い。",
    "保護活動の多くを民間の保護団体やボランティアが担っているが、医療費や餌代は寄付と持ち出しで賄われ、"
    "活動の継続が難しくなっている。",
    "販売の段階で、飼育に要する費用や寿命について十分な説明がなされず、"
    "衝動的な購入がその後の飼育放棄につながっている。",
    "災害時に同行避難できる避難所が限られ、車中泊を選んだ飼い主が体調を崩す例が過去の災害で報告されている。",
    "動物に関わる事務が、自治体の中で環境部局、福祉部局、保健所に分かれており、"
    "高齢者の見守りと動物の問題が結び付けて扱われていない。",
]

RECS_LEAD = (
    "以上の課題を踏まえ、本懇談会は、国が関係省庁の連携の下で取り組むべき施策を、次の五つの提言として示す。"
)

# (lead line, body, items)
RECS = [
    ("提言①　飼い主が飼えなくなったときの備えを社会の仕組みとする",
     "飼い主が元気なうちに、万一の際の引受け先を決めておく取組を広げる。",
     ["ア　動物の引受け先を登録できる「ペット後見」の仕組みを自治体の窓口に設けること",
      "イ　地域包括支援センターが高齢者を訪問する際に、飼育動物の状況も確認すること"]),
    ("提言②　多頭飼育の兆候を早期に把握する",
     "福祉部局と動物愛護部局が情報を共有し、生活困窮や介護の相談の中から多頭飼育の兆候を早く見つけられるようにする。"
     "あわせて、不妊去勢手術の費用助成を低所得世帯に重点化する。",
     []),
    ("提言③　保護団体の活動を公的に支える",
     "一定の基準を満たす保護団体を自治体が登録し、譲渡前の医療費や施設の整備を支援する。"
     "登録団体は、提言①の引受け先としても位置付ける。",
     ["ア　登録団体に対する譲渡前医療費の定額補助",
      "イ　ふるさと納税を活用した保護活動への寄付の受け皿づくり",
      "ウ　登録団体とセンターとの間の引継ぎ手順の標準化"]),
    ("提言④　販売時の説明と購入者の確認を徹底する",
     "販売業者に対し、生涯の飼育費用の目安や寿命を書面で説明することを求めるとともに、"
     "購入者が飼育環境を確認する仕組みを導入する。",
     []),
    ("提言⑤　災害時の同行避難の体制を整える",
     "避難所ごとに動物の受入れ区域をあらかじめ定め、受入れ可能な避難所の一覧を平時から公表する。"
     "あわせて、避難所の運営者向けに動物の受入れの手引を作成する。",
     []),
]

CONCLUSION = (
    "動物の問題は、人の暮らしの問題と切り離すことができない。本報告書の提言が関係省庁と自治体の施策に生かされ、"
    "人も動物も安心して暮らせる社会の実現につながることを期待する。"
)

HEARING_HEAD = "参考　関係団体からのヒアリング（第３回・第４回会合の議事要旨から抜粋）"
HEARING = [
    "（全国犬猫保護ネットワーク）寄付だけでは医療費を賄えず、代表者の自己資金で補っている団体が少なくない。",
    "（Ａ構成員）保護団体の質にはばらつきがある。公的に支援するのであれば、何らかの基準が必要ではないか。",
    "（全国犬猫保護ネットワーク）同感である。飼養施設の広さや譲渡後の確認など、団体側でも自主基準の案を作っている。",
    "（ペット販売事業者協議会）店頭での説明は一件当たり平均十五分程度であり、飼育費用の説明は十分とは言えない。",
    "（ペット販売事業者協議会）業界として、購入前に飼育体験をしてもらう取組を一部の店舗で始めている。",
    "（Ｂ構成員）高齢の飼い主の犬猫は、引取りの時点で高齢であることが多く、譲渡先が見つかりにくいのではないか。",
    "（動物愛護センター所長会）そのとおりである。老犬や老猫を看取るまで預かるボランティアの確保が課題である。",
    "（地域包括支援センター連絡会）訪問先の高齢者が犬猫を飼っていても、記録する欄がなく、情報が共有されない。",
    "（Ｃ構成員）多頭飼育の現場では、福祉の側が先に異変に気付くことはあるか。",
    "（地域包括支援センター連絡会）ケアマネジャーが最初に気付くことが多いが、どこに連絡すればよいか分からないという声を聞く。",
    "（災害動物救護研究会）過去の地震では、ペットを理由に避難所に入れず、車中泊を続けた人がいた。",
    "（Ｄ構成員）避難所の運営者が、ペットの受入れ方を知らないことも問題である。",
    "（Ｅ構成員）虐待の通報を受けた後の対応についても、今後議論すべきである。",
]

MEMBERS_HEAD = "（別紙）構成員名簿"
MEMBERS = [
    ("座長", "木ノ内　和彦", "東都獣医科大学教授"),
    ("構成員", "青柳　早苗", "地域福祉研究所主任研究員"),
    ("構成員", "葛西　剛", "潮見市動物愛護センター所長"),
    ("構成員", "辰巳　由香里", "弁護士"),
    ("構成員", "野々宮　亮介", "防災まちづくり研究家"),
]


def heading(doc: Document, text: str) -> None:
    """A chapter heading as real Word files often have it: a bold Normal paragraph."""
    para = doc.add_paragraph()
    para.paragraph_format.space_before = Pt(12)
    run = para.add_run(text)
    run.bold = True
    run.font.size = Pt(12)


def body(doc: Document, text: str, indent: float = 0.0, first: float = 10.5) -> None:
    para = doc.add_paragraph(text)
    para.paragraph_format.left_indent = Pt(indent)
    para.paragraph_format.first_line_indent = Pt(first)


def hanging(doc: Document, text: str, indent: float) -> None:
    para = doc.add_paragraph(text)
    para.paragraph_format.left_indent = Pt(indent + 10.5)
    para.paragraph_format.first_line_indent = Pt(-10.5)


def page_number_footer(doc: Document) -> None:
    para = doc.sections[0].footer.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run("－ ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    para._p.append(field)
    para.add_run(" －")


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = PANEL + "報告書", "test annotator", "test annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    page_number_footer(doc)
    for text, size in TITLE_BLOCK:
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(text)
        run.bold = size >= 12
        run.font.size = Pt(size)
    heading(doc, "第１　はじめに")
    for text in INTRO:
        body(doc, text)
    heading(doc, "第２　現状と課題")
    body(doc, PROBLEM_LEAD)
    for text in PROBLEMS:
        hanging(doc, "○" + text, 0)
    heading(doc, "第３　今後の施策の方向性（提言）")
    body(doc, RECS_LEAD)
    for lead, text, items in RECS:
        para = doc.add_paragraph()
        para.paragraph_format.space_before = Pt(6)
        run = para.add_run(lead)
        run.bold = True
        run.underline = True
        body(doc, text, indent=10.5)
        for item in items:
            hanging(doc, item, 10.5)
    heading(doc, "第４　おわりに")
    body(doc, CONCLUSION)
    heading(doc, HEARING_HEAD)
    for text in HEARING:
        hanging(doc, text, 0)
    heading(doc, MEMBERS_HEAD)
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in MEMBERS:
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
    doc.add_paragraph("（敬称略）")
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
