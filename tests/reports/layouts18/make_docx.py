"""Write haikou_katsuyo.docx, a fictional municipal policy on reusing closed school buildings.

Run from anywhere: ``python tests/reports/layouts18/make_docx.py``. The file is written beside
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
from docx.shared import Pt, Mm

OUT = Path(__file__).with_name("haikou_katsuyo.docx")
FIXED_TIME = dt.datetime(2026, 3, 2, 9, 0, 0)
ZIP_TIME = (2026, 3, 2, 9, 0, 0)

TITLE = "杉ノ沢町廃校施設利活用方針"
HEADER = "杉ノ沢町廃校施設利活用方針（令和８年３月）"

TOC = [
    ("第１章　策定の趣旨", "1"),
    ("第２章　廃校施設の現状と課題", "1"),
    ("第３章　利活用の方針", "2"),
    ("第４章　今後の進め方", "3"),
    ("おわりに", "3"),
    ("資料　町民ワークショップの記録", "4"),
]

INTRO = [
    "本町では、児童数の減少に伴い、平成２８年から令和６年までに小学校３校が閉校した。"
    "閉校後の校舎は、一部が地域の行事に使われているほかは活用されておらず、維持管理の費用が町の財政を圧迫している。",
    "本方針は、町民ワークショップと民間事業者への意向調査の結果を踏まえ、廃校施設の利活用についての基本的な考え方と、"
    "施設ごとの方向性を定めるものである。",
]

FACILITIES = [
    ("施設名", "閉校年", "建築年", "延床面積"),
    ("旧杉ノ沢西小学校", "平成２８年", "昭和４７年", "2,480㎡"),
    ("旧大平小学校", "令和２年", "昭和５６年", "2,150㎡"),
    ("旧奥杉小学校", "令和６年", "平成３年", "1,870㎡"),
]

PROBLEMS = [
    ("No.", "課題", "主な状況"),
    ("1", "建物の老朽化が進んでいる",
     "旧杉ノ沢西小学校は築５０年を超え、屋根や配管の改修に多額の費用が見込まれる。"),
    ("2", "活用の担い手が見つからない",
     "地域の団体は役員の高齢化が進み、施設の管理や運営を継続して担える団体が少ない。"),
    ("3", "民間事業者が参入する条件が不明確である",
     "貸付けの料金や改修費用の負担区分が定まっておらず、関心を示す事業者があっても具体的な協議に進めない。"),
    ("4", "避難所としての機能を維持する必要がある",
     "３校とも町の指定避難所であり、用途を変える場合も災害時の利用に支障が出ないようにする必要がある。"),
    ("5", "交通の便が悪い",
     "旧奥杉小学校は町の中心部から車で３０分かかり、路線バスは１日３便のみである。"),
    ("6", "地域の思い出が詰まった場所である",
     "卒業生や地域住民の愛着が強く、建物の解体には抵抗感がある。"),
]

# (title, body, items)
POLICIES = [
    ("❶", "民間事業者への貸付けの条件を明確にし、公募を行う",
     "関心を示す事業者が具体的な検討に入れるよう、貸付けの条件をあらかじめ定めたうえで、事業者を公募する。",
     ["貸付料の算定方法と減免の基準を定めて公表する",
      "改修費用の町と事業者の負担区分をあらかじめ示す",
      "公募の前に、施設を見学できる現地説明会を開く"]),
    ("❷", "地域の団体が運営する交流の拠点として活用する",
     "地区の行事や住民の活動の場として使われている施設は、地域の団体が運営する交流の拠点として位置付ける。",
     ["施設の管理を地域運営組織に委託し、その費用を町が負担する",
      "若い世代が運営に加わるよう、地域おこし協力隊員を配置する"]),
    ("❸", "避難所の機能を保ちながら用途を転換する",
     "用途を転換する施設についても、体育館を中心に指定避難所としての機能を維持し、"
     "貸付けの契約に災害時の使用を条件として定める。", []),
    ("❹", "活用の見込みがない施設は、記憶を継承しながら解体を検討する",
     "改修に多額の費用を要し、活用の見込みも立たない施設は、地域の思いに配慮しながら解体を検討する。",
     ["校歌の碑や記念樹を移設し、地域の広場に残す",
      "閉校時の写真や資料をデジタル化し、町のホームページで公開する"]),
]

PLAN = ("令和８年度に旧大平小学校の事業者公募を先行して行い、他の２校は地域との協議を経て、"
        "令和９年度までに活用の方向を決定する。")
CLOSING = ("廃校は、地域の歴史が詰まった場所であると同時に、これからの地域づくりの貴重な資源でもある。"
           "町は、町民や事業者とともに、それぞれの施設にふさわしい活かし方を探っていく。")

WORKSHOP_META = "日時：令和７年１１月８日（土）　会場：杉ノ沢町中央公民館　参加者：町民３２名（３班に分かれて討議）"

# group heading, [(kind, text)] kind "r" remark, "a" answer
WORKSHOP = [
    ("Ａ班（旧杉ノ沢西小学校）", [
        ("r", "体育館は今も地区の運動会やバレーボールで使っている。地区で管理を続けたいが、役員の高齢化で負担が重い。（70代男性・自治会役員）"),
        ("a", "管理の一部を地域の組織に委託し、その費用を町が負担する仕組みを検討している。"),
        ("r", "校舎は築５０年を超えていると聞く。直して使うより、建て替えた方が安いのではないか。（60代女性）"),
        ("r", "子どもが遊べる場所が地区にないので、校庭を開放してほしい。（30代女性）"),
        ("r", "若い人が関わらないと、結局は続かないと思う。（40代男性）"),
    ]),
    ("Ｂ班（旧大平小学校）", [
        ("r", "都会のＩＴ企業がサテライトオフィスを探していると聞いた。教室はちょうどよい広さだと思う。（50代男性・商工会）"),
        ("r", "貸すのであれば、いくらで貸すのかを早く決めないと、事業者も手を挙げられない。（60代男性）"),
        ("a", "貸付料の基準は、近隣の町の例も参考に、今年度中に定める予定である。"),
        ("r", "体育館は避難所になっているので、企業に貸した後も災害のときに使えるのか心配だ。（70代女性）"),
        ("a", "貸付けの契約に、災害時には避難所として使用することを条件として明記する。"),
    ]),
    ("Ｃ班（旧奥杉小学校）", [
        ("r", "バスが少なく、お年寄りは施設があっても行けない。（70代男性）"),
        ("r", "解体するとしても、校歌の碑や記念樹は残してほしい。（60代男性・卒業生）"),
        ("r", "閉校の記念誌をつくったときの写真や資料を、どこかで見られるようにしてほしい。（50代女性）"),
        ("r", "夏の合宿所として、大学のサークルに貸してはどうか。（40代女性）"),
        ("a", "宿泊に使うには消防設備の改修が必要となるため、費用も含めて検討したい。"),
    ]),
]


def add_page_field(paragraph) -> None:
    run = paragraph.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def centred(doc, text, size, bold=False, space_after=0):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(space_after)
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def table(doc, rows, widths):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, text in enumerate(row):
            cells[j].width = Mm(widths[j])
            cells[j].text = text
            if i == 0:
                cells[j].paragraphs[0].runs[0].bold = True
    return t


def caption(doc, text):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(text).font.size = Pt(9)


def indented(doc, text, left_mm):
    p = doc.add_paragraph(text)
    p.paragraph_format.left_indent = Mm(left_mm)
    return p


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "annotator", "annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    hp = section.header.paragraphs[0]
    hp.text = HEADER
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    # cover page
    for _ in range(6):
        doc.add_paragraph()
    centred(doc, TITLE, 24, bold=True, space_after=12)
    centred(doc, "― 学び舎を地域の未来へつなぐ ―", 14, space_after=120)
    centred(doc, "令和８年３月", 14)
    centred(doc, "杉ノ沢町", 16, bold=True)
    page_break(doc)

    # table of contents (typed, not a Word TOC field)
    centred(doc, "目　次", 14, bold=True, space_after=12)
    for heading, page in TOC:
        p = doc.add_paragraph(f"{heading}　……………………　{page}")
        p.paragraph_format.left_indent = Mm(10)
    page_break(doc)

    doc.add_heading("第１章　策定の趣旨", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("第２章　廃校施設の現状と課題", level=1)
    doc.add_heading("１．対象施設", level=2)
    doc.add_paragraph("本方針の対象とする施設は、表１の３校である。")
    caption(doc, "表１　対象施設の概要")
    table(doc, FACILITIES, (50, 30, 30, 30))
    doc.add_paragraph("３校の維持管理には、警備や除草などで年間約１，２００万円を要している。")
    doc.add_heading("２．利活用に当たっての課題", level=2)
    doc.add_paragraph("ワークショップと意向調査から明らかになった主な課題は、表２のとおりである。")
    caption(doc, "表２　利活用に当たっての主な課題")
    table(doc, PROBLEMS, (12, 50, 95))

    doc.add_heading("第３章　利活用の方針", level=1)
    doc.add_paragraph("第２章の課題とワークショップでの意見を踏まえ、次の四つの方針により利活用を進める。")
    for mark, title, body, items in POLICIES:
        doc.add_heading(f"{mark}　{title}", level=2)
        doc.add_paragraph(body)
        for item in items:
            indented(doc, "・" + item, 8)

    doc.add_heading("第４章　今後の進め方", level=1)
    doc.add_paragraph(PLAN)
    doc.add_heading("おわりに", level=1)
    doc.add_paragraph(CLOSING)

    page_break(doc)
    doc.add_heading("資料　町民ワークショップの記録", level=1)
    doc.add_paragraph(WORKSHOP_META)
    for group, turns in WORKSHOP:
        doc.add_heading(group, level=3)
        for kind, text in turns:
            if kind == "r":
                indented(doc, "◇ " + text, 0)
            else:
                indented(doc, "［町の回答］" + text, 10)
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
