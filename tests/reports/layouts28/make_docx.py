"""Write gairaishu_keikaku.docx, a fictional prefectural 行動計画 (deterministic bytes).

Run from anywhere: ``python tests/reports/layouts28/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
Everything in the text (青峰県, its bodies, people, figures) is fictional.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

OUT = Path(__file__).with_name("gairaishu_keikaku.docx")
FIXED_TIME = dt.datetime(2026, 3, 1, 9, 0, 0)
ZIP_TIME = (2026, 3, 1, 9, 0, 0)

TITLE = "青峰県外来種対策行動計画（第２期）"
COVER = ["計画期間　令和８年度～令和12年度", "令和８年３月", "青峰県"]

CHAPTER1 = [
    ("１　計画策定の趣旨", [
        "県では、令和３年３月に第１期の外来種対策行動計画を策定し、アライグマやオオキンケイギクなどの防除に取り組んできた。"
        "しかし、特定外来生物の確認地点は増え続け、農業や生活環境への被害も広がっている。",
        "第２期計画は、第１期の取組を検証した上で、侵入の予防、早期の防除、定着した種の計画的な管理を柱とし、"
        "県、市町村、県民、事業者が取り組む施策を示すものである。",
    ]),
    ("２　計画の期間", ["計画の期間は、令和８年度から令和12年度までの５年間とする。"]),
]

SPECIES = [
    ("種名", "主な確認地域", "主な被害"),
    ("アライグマ", "県北部・中部の21市町村", "果樹や野菜の食害、家屋への侵入"),
    ("オオキンケイギク", "河川敷、道路の法面", "在来植物の生育地の減少"),
    ("ブルーギル", "湖沼、ため池", "在来魚の減少"),
    ("ヒアリ", "港湾の１地点（令和６年）", "人への刺傷被害のおそれ"),
]

# (bold lead, body) — the problems of 第２章２
PROBLEMS = [
    ("◆侵入の初期に発見する仕組みが弱い",
     "令和６年に港湾で確認されたヒアリは、荷役作業員の偶然の発見によるものであった。"
     "県民や事業者からの情報を受け付け、速やかに現地を確認する仕組みが整っていない。"),
    ("◆アライグマの生息域が拡大している",
     "アライグマの捕獲数は５年間で約３倍となったが、生息域は県南部にも広がり、農業被害額は年間約8,600万円に達している。"),
    ("◆市町村の取組に差がある",
     "防除実施計画を策定している市町村は31市町村中12にとどまり、捕獲の体制や予算に大きな差がある。"),
    ("◆捕獲の担い手が高齢化している",
     "わな猟免許の所持者の６割以上が65歳以上であり、捕獲の依頼に応じきれない地域が出ている。"),
    ("◆外来種に関する県民の理解が十分でない",
     "飼えなくなった生き物の放流や、園芸植物の野外への植え出しが今も見られる。"),
    ("◆隣接県との連携が限られている",
     "県境の河川や山地では、隣接県側での防除の状況が把握できていない。"),
]

TAIKEI = [
    "［基本目標］外来種による被害を防ぎ、青峰の生態系と暮らしを守る",
    "　├─［基本方針Ⅰ］入れない（侵入の予防と早期発見）",
    "　│　　├─ 施策１　外来種情報の通報・共有体制の構築",
    "　│　　└─ 施策２　侵入初期の緊急防除",
    "　├─［基本方針Ⅱ］広げない（定着した種の計画的な防除）",
    "　│　　├─ 施策３　市町村の防除計画の策定と実施への支援",
    "　│　　└─ 施策４　捕獲の担い手の育成",
    "　└─［基本方針Ⅲ］知る・伝える（県民との協働）",
    "　　　　├─ 施策５　外来種に関する普及啓発",
    "　　　　└─ 施策６　県民参加による外来植物の駆除",
]

# (番号, 施策, [主な取組], 指標, 担当課)
MEASURES = [
    ("1", "外来種情報の通報・共有体制の構築",
     ["写真と位置情報を送信できるウェブ通報窓口を開設する",
      "通報の内容を関係市町村と24時間以内に共有する"],
     "通報の受付件数　年300件", "自然環境課"),
    ("2", "侵入初期の緊急防除",
     ["新たな侵入が確認された場合に、県、市町村、専門家による緊急防除チームを派遣する",
      "港湾の管理者と連携し、ヒアリの定期調査を行う"],
     "新たな侵入種の定着　ゼロ", "自然環境課\n港湾課"),
    ("3", "市町村の防除計画の策定と実施への支援",
     ["防除実施計画の策定の手引を作成し、未策定の市町村を個別に支援する",
      "箱わなの貸出しを行い、捕獲個体の処分費を補助する"],
     "計画策定市町村　31市町村", "自然環境課\n農村振興課"),
    ("4", "捕獲の担い手の育成",
     ["農業者や集落の住民を対象に、わな猟免許の取得講習を開催する",
      "若手の捕獲従事者を市町村に紹介する登録制度を設ける"],
     "新規の捕獲従事者　５年間で400人", "自然環境課"),
    ("5", "外来種に関する普及啓発",
     ["ペット販売店を通じて、飼い主に最後まで飼うことを呼びかける",
      "小学校への出前授業を行う"],
     "出前授業　年40校", "自然環境課\n教育委員会"),
    ("6", "県民参加による外来植物の駆除",
     ["オオキンケイギクの一斉駆除日を設け、自治会や団体の参加を募る",
      "駆除した植物の回収と処分を市町村と分担する"],
     "参加者数　年5,000人", "自然環境課\n河川課"),
]

CHAPTER5 = [
    "本計画の推進に当たっては、県、市町村及び関係団体で構成する青峰県外来種対策連絡会議において、"
    "毎年度、施策の進捗と指標の達成状況を点検し、その結果を公表する。",
    "外来種は、一度定着すると根絶が極めて難しい。県は、県民、事業者、市町村と力を合わせ、新たな侵入を防ぎ、"
    "被害の拡大を食い止めていく。",
]

# (speaker, text, is_reply)
MINUTES = [
    ("三浦部会長", "第１期計画の点検では、捕獲数ばかりが指標になっていた。被害額や生息域の変化で効果を測るべきだ。", False),
    ("事務局（自然環境課）", "被害額は市町村からの報告を基に集計しており、精度の向上が課題と認識している。", True),
    ("今井委員", "ヒアリは作業員が偶然見つけたと聞く。誰でもスマートフォンで写真を送れる窓口があれば、発見は早まる。", False),
    ("事務局（自然環境課）", "通報を受けた後の現地確認の手順も含めて、仕組みを検討する。", True),
    ("高松委員", "アライグマの捕獲を市町村任せにしてきたことが、地域差の原因だ。県が計画づくりから支えてほしい。", False),
    ("事務局（自然環境課）", "計画策定の手引を作り、未策定の市町村を個別に訪問して支援したい。", True),
    ("森特別委員", "猟友会の会員は高齢で、わなの見回りだけでも負担が大きい。農家自身がわなを扱えるようになれば助かる。", False),
    ("今井委員", "港でヒアリが見つかった場合、港湾の管理者との役割分担はどうなっているのか。", False),
    ("事務局（港湾課）", "現在は発見時の連絡体制のみで、定期的な調査は行っていない。", True),
    ("原田委員", "子どもが外来種について学べば、家庭にも話が伝わる。学校との連携を強めてほしい。", False),
    ("原田委員", "ペットとして飼われたアカミミガメが池に放される例が後を絶たない。", False),
    ("高松委員", "オオキンケイギクの駆除には地元の自治会も協力したいが、刈った草の処分に困っている。", False),
    ("森特別委員", "捕獲したアライグマをどこで処分するかが決まっておらず、現場が困っている。", False),
    ("三浦部会長", "県境をまたぐ河川では、隣接県とも情報交換の場を持つべきではないか。", False),
    ("今井委員", "計画の内容を分かりやすくまとめた県民向けの概要版を作ってほしい。", False),
]


def set_east_asian_font(run, name: str) -> None:
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), name)


def bold_lead(doc: Document, lead: str, body: str, indent_mm: float = 0) -> None:
    par = doc.add_paragraph()
    if indent_mm:
        par.paragraph_format.left_indent = Mm(indent_mm)
    par.add_run(lead).bold = True
    par.add_run("　" + body)


def table(doc: Document, rows, widths_mm) -> None:
    tab = doc.add_table(rows=0, cols=len(rows[0]))
    tab.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = tab.add_row().cells
        for cell, value, width in zip(cells, row, widths_mm):
            cell.width = Mm(width)
            lines = value if isinstance(value, list) else value.split("\n")
            cell.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
            if i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "annotator", "annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    header = section.header.paragraphs[0]
    header.text = TITLE
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph(TITLE, style="Title")
    for line in COVER:
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("第１章　計画の基本的事項", level=1)
    for h2, paragraphs in CHAPTER1:
        doc.add_heading(h2, level=2)
        for text in paragraphs:
            doc.add_paragraph(text)

    doc.add_heading("第２章　外来種をめぐる現状と課題", level=1)
    doc.add_heading("１　現状", level=2)
    doc.add_paragraph(
        "県内では、令和６年度末までに特定外来生物18種の生息・生育が確認されている。主な種と被害は表１のとおりである。")
    doc.add_paragraph("表１　県内で確認されている主な外来種")
    table(doc, SPECIES, (35, 60, 70))
    doc.add_heading("２　課題", level=2)
    for lead, body in PROBLEMS:
        bold_lead(doc, lead, body)

    doc.add_heading("第３章　計画の目標と施策の体系", level=1)
    doc.add_heading("１　基本目標", level=2)
    doc.add_paragraph("本計画の基本目標を「外来種による被害を防ぎ、青峰の生態系と暮らしを守る」とする。")
    doc.add_heading("２　施策の体系", level=2)
    doc.add_paragraph("基本目標の達成に向け、三つの基本方針の下に六つの施策を位置付ける。")
    doc.add_paragraph("図　施策の体系図")
    for line in TAIKEI:
        par = doc.add_paragraph()
        par.paragraph_format.space_after = Pt(0)
        set_east_asian_font(par.add_run(line), "MS Gothic")

    doc.add_heading("第４章　施策の展開", level=1)
    doc.add_paragraph("各施策の主な取組、指標及び担当課は、表２のとおりとする。")
    doc.add_paragraph("表２　施策一覧")
    rows = [("番号", "施策", "主な取組", "指標（令和12年度）", "担当課")]
    rows += [(no, name, ["・" + item for item in items], goal, owner)
             for no, name, items, goal, owner in MEASURES]
    table(doc, rows, (12, 38, 75, 30, 22))

    doc.add_heading("第５章　計画の推進", level=1)
    for text in CHAPTER5:
        doc.add_paragraph(text)

    doc.add_page_break()
    doc.add_heading("参考　青峰県環境審議会自然環境部会における主な意見", level=1)
    doc.add_paragraph("開催日　令和７年11月18日（計画素案の審議）　出席委員　７名")
    for speaker, text, is_reply in MINUTES:
        bold_lead(doc, speaker, text, indent_mm=8 if is_reply else 0)
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
