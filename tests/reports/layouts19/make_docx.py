"""Write bochi_kanri.docx (held-out layout test, deterministic bytes).

Run from anywhere: ``python tests/reports/layouts19/make_docx.py``. The file is written beside this
script. Core properties and zip timestamps are fixed, so two runs give the same bytes.

Layout: no Heading N styles at all. Custom paragraph styles with outline levels (章見出し = level 1,
節見出し = level 2, 提言見出し = level 3) whose numbers come from Word numbering definitions
(第1章, 3.1, 提言1, 課題1, ア, Ｑ1, Ａ, ●) and are therefore NOT in the paragraph text. A VML text box
(本報告のポイント) floats on page 1. Page header text and a PAGE field footer (－ N －).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

OUT = Path(__file__).with_name("bochi_kanri.docx")
FIXED_TIME = dt.datetime(2026, 3, 2, 9, 0, 0)
ZIP_TIME = (2026, 3, 2, 9, 0, 0)

TITLE = "市営墓地の持続的な管理に関する報告書"
BODY = "青葉原市墓地行政のあり方検討委員会"

# numbering definitions: abstractNumId -> list of (ilvl, numFmt, lvlText, indent_left, hanging)
ABSTRACT = {
    101: [(0, "decimal", "第%1章", 0, 0), (1, "decimal", "%1.%2", 0, 0)],   # chapters / sections
    102: [(0, "decimal", "課題%1", 840, 840)],                              # problems
    103: [(0, "decimal", "提言%1", 0, 0)],                                  # recommendations
    104: [(0, "aiueoFullWidth", "%1", 840, 420)],                           # items ア イ
    105: [(0, "decimalFullWidth", "Ｑ%1", 630, 630)],                       # questions
    106: [(0, "bullet", "Ａ", 1050, 420)],                                  # answers
    107: [(0, "bullet", "●", 630, 420)],                                   # other opinions
}
# num instances: numId -> (abstractNumId, restart)
NUMS = {201: (101, False), 202: (102, False), 203: (103, False), 205: (105, False),
        206: (106, False), 207: (107, False)}
ITEM_NUM_IDS = [211, 212, 213]          # one instance per item list, each restarting at ア
for nid in ITEM_NUM_IDS:
    NUMS[nid] = (104, True)

INTRO = [
    "本市が管理する市営墓地は三か所、約一万二千区画に及ぶ。その多くは昭和四十年代から五十年代にかけて造成されたもので、"
    "使用者の高齢化と転居、承継者の不在により、管理の前提が大きく揺らいでいる。",
    "当委員会は、令和七年五月から六回の会議と一回の市民意見交換会を開き、市営墓地を将来にわたり適正に管理するための"
    "方策を検討した。本報告書はその結果を取りまとめたものである。",
]

CONTEXT = [
    "令和六年度末時点で、管理料を三年以上滞納している区画は約千百区画であり、十年前の約二倍となった。"
    "一方、墓じまいに伴う返還の届出は年間二百件を超え、返還後の区画の再貸付けも進んでいない。",
    "また、市民アンケート（令和七年、回答千二百四十人）では、「自分の墓を継ぐ人がいない、又は分からない」と答えた人が"
    "四割に上り、合葬墓や樹木葬など、承継を前提としない埋葬の形への関心が高まっている。",
]
PROBLEM_LEAD = "検討の結果、次の課題が明らかになった。"
PROBLEMS = [
    ("使用者と連絡が取れない区画が増えている。",
     "使用者が亡くなった後に承継の手続がとられず、登録された住所に通知を送っても届かない区画が、滞納区画の半数を占めている。"),
    ("無縁墳墓の整理に長い時間と費用がかかる。",
     "無縁墳墓として改葬するには、官報への公告と一年間の立札の掲示が必要であり、墓石の撤去費用も一区画当たり数十万円に上る。"),
    ("墓じまいの相談先が分かりにくい。",
     "改葬の許可は市民課、区画の返還は公園墓地課と窓口が分かれており、手続の全体を説明できる職員がいない。"),
    ("合葬墓の受入れ枠が足りない。",
     "平成二十八年に整備した合葬墓は申込みが抽選となっており、残りの受入れ枠は約二百体分にとどまる。"),
    ("墓地内の通路や階段が高齢の参拝者に危険である。",
     "丘陵地に造成された東丘墓地では、手すりのない急な階段が多く、転倒事故も報告されている。"),
    ("民間霊園の経営が行き詰まった場合の備えがない。",
     "市内の民間霊園の中には使用者の減少で経営が厳しいところもあるが、破綻した場合の市の対応は定まっていない。"),
]

PROBLEM_CLOSE = ("これらの課題の多くは、墓地の使用が家族による承継を前提に設計されてきたことに根がある。"
                 "管理の仕組みを、承継者のいない使用者が増える時代に合わせて見直す必要がある。")

REC_LEAD = "以上の課題を踏まえ、当委員会は次の五つの取組を提言する。"
# (section heading, [(title, body, [items])])
RECS = [
    ("墓地の管理に関する取組", [
        ("使用者の情報を定期的に更新する仕組みを設ける",
         "市は、使用者の連絡先と承継者の有無を定期的に確認し、連絡が取れなくなる前に手続を促すべきである。",
         ["管理料の納付書に連絡先の確認票を同封し、返送を求める",
          "使用者の死亡届が出された際に、承継の手続を案内する通知を送る"]),
        ("無縁墳墓の整理を計画的に進める",
         "公告と立札の手続を複数の区画でまとめて行い、整理に要する期間と費用を抑えるべきである。",
         ["官報公告は年一回、対象区画をまとめて行う",
          "撤去した墓石は、供養の上で保管し、再利用の可能性を検討する"]),
        ("誰もが参拝しやすい墓地に改修する",
         "東丘墓地の主な通路に手すりとスロープを設け、駐車場から近い区画への移転の希望にも応じるべきである。", []),
    ]),
    ("市民の不安に応える取組", [
        ("墓じまいと承継の総合相談窓口を設ける",
         "改葬の許可、区画の返還、合葬墓への移転を一か所で案内する窓口を公園墓地課に設けるべきである。", []),
        ("合葬墓を増設し、生前の申込みを受け付ける",
         "承継者のいない市民が安心して将来を決められるよう、合葬墓の受入れ枠を広げるべきである。",
         ["第二合葬墓を令和十年度までに整備する",
          "生前の申込みを受け付け、抽選の倍率を毎年公表する"]),
    ]),
]

CONCLUSION = (
    "墓地は、故人をしのぶ場であると同時に、長い年月にわたって公が責任を負う施設である。市は、本報告書の提言を"
    "速やかに具体化し、その進み具合を市民に分かりやすく示すことを求めたい。"
)

MEETING = "令和七年十月五日（日）午後二時から、青葉原市民会館で開催した。参加者は市民四十二名。以下は発言の要旨である。"
QA = [
    ("親の墓が遠方にあり、墓じまいを考えているが、どこに相談すればよいのか分からない。",
     "現在は市民課と公園墓地課に分かれていますが、一つの窓口で案内できるよう検討を進めます。"),
    ("合葬墓の申込みが抽選で外れた。あと何年待てばよいのか。",
     "現在の合葬墓の残りは約二百体分です。増設の時期は、本委員会の報告を踏まえて決めます。"),
    ("隣の区画が荒れ放題で、墓石が傾いて危ない。市で何とかできないのか。",
     "無縁墳墓と判断するには公告などの手続が必要で、一年以上かかるのが現状です。"),
    ("東丘墓地の坂道に手すりを付けてほしい。", None),
    ("管理料を払っているのに、水道の蛇口が壊れたままになっている。",
     "ご指摘の箇所を確認の上、早急に修理します。"),
]
OTHER = [
    "引っ越しの際に市役所に転居届を出したが、墓地の担当には伝わっていなかった。",
    "子どもがいないので、自分の死後に墓をどうするか、今のうちに決めておきたい。",
    "階段が急で、母を車いすで墓参りに連れて行けない。",
    "樹木葬の区画もつくってほしい。",
    "管理料を口座振替で払えるようにしてほしい。",
    "撤去された墓石がどのように扱われるのかを知りたい。",
]

POINTS = [
    "本報告のポイント",
    "・使用者情報の定期的な更新と無縁墳墓の計画的な整理",
    "・東丘墓地の通路の改修",
    "・墓じまい総合相談窓口の設置と合葬墓の増設",
]


def lvl_xml(ilvl: int, fmt: str, text: str, left: int, hanging: int) -> str:
    ind = f'<w:ind w:left="{left}" w:hanging="{hanging}"/>' if left else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:suff w:val="space"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f"<w:pPr>{ind}</w:pPr></w:lvl>")


def add_numbering(doc: Document) -> None:
    numbering = doc.part.numbering_part.element
    first_num = numbering.xpath("w:num")[0]
    for aid, levels in ABSTRACT.items():
        xml = (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
               f'<w:nsid w:val="1A2B3C{aid:02X}"/><w:multiLevelType w:val="multilevel"/>'
               + "".join(lvl_xml(*lv) for lv in levels) + "</w:abstractNum>")
        first_num.addprevious(parse_xml(xml))
    for nid, (aid, restart) in NUMS.items():
        over = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
                if restart else "")
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{over}</w:num>'))


def set_num(p_pr, num_id: int, ilvl: int = 0) -> None:
    p_pr.append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def add_style(doc, name, size, bold=False, outline=None, num=None, ilvl=0, indent=None):
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles["Normal"]
    st.font.size = Pt(size)
    st.font.bold = bold
    p_pr = st.element.get_or_add_pPr()
    if num is not None:
        set_num(p_pr, num, ilvl)
    if outline is not None:
        p_pr.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{outline}"/>'))
    if indent is not None:
        st.paragraph_format.left_indent = Pt(indent)
    st.paragraph_format.space_before = Pt(6 if outline is not None else 0)
    return st


def page_field(paragraph) -> None:
    paragraph.add_run("－ ")
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>', '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="end"/>'):
        paragraph.add_run()._r.append(parse_xml(xml % nsdecls("w")))
    paragraph.add_run(" －")


def text_box(paragraph) -> None:
    paras = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if i == 0 else ""}<w:t>{t}</w:t></w:r></w:p>'
        for i, t in enumerate(POINTS))
    ns = (nsdecls("w") + ' xmlns:v="urn:schemas-microsoft-com:vml"'
          ' xmlns:o="urn:schemas-microsoft-com:office:office"'
          ' xmlns:w10="urn:schemas-microsoft-com:office:word"')
    xml = (f'<w:r {ns}><w:pict>'
           '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="PointBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="position:absolute;margin-left:250pt;margin-top:6pt;width:190pt;height:118pt;z-index:1;'
           'mso-position-horizontal-relative:margin" strokeweight="1pt">'
           f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox>'
           '<w10:wrap type="square"/></v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "dtx-nlp tests", "dtx-nlp tests"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    add_numbering(doc)
    add_style(doc, "章見出し", 13, bold=True, outline=0, num=201, ilvl=0)
    add_style(doc, "節見出し", 11.5, bold=True, outline=1, num=201, ilvl=1)
    add_style(doc, "課題", 10.5, num=202)
    add_style(doc, "提言見出し", 11, bold=True, outline=2, num=203)
    add_style(doc, "提言項目", 10.5)
    add_style(doc, "質問", 10.5, num=205)
    add_style(doc, "回答", 10.5, num=206)
    add_style(doc, "その他意見", 10.5, num=207)
    add_style(doc, "本文字下げ", 10.5, indent=10.5)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = BODY + "　報告書"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("令和８年３月")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(BODY)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(TITLE)
    r.bold, r.font.size = True, Pt(16)
    text_box(doc.add_paragraph())

    def chapter(text, numbered=True):
        para = doc.add_paragraph(text, style="章見出し")
        if not numbered:
            set_num(para._p.get_or_add_pPr(), 0)
        return para

    def section(text, numbered=True):
        para = doc.add_paragraph(text, style="節見出し")
        if not numbered:
            set_num(para._p.get_or_add_pPr(), 0)
        return para

    chapter("はじめに")
    for t in INTRO:
        doc.add_paragraph(t, style="本文字下げ")
    chapter("墓地をめぐる現状と課題")
    section("現状")
    for t in CONTEXT:
        doc.add_paragraph(t, style="本文字下げ")
    section("課題")
    doc.add_paragraph(PROBLEM_LEAD, style="本文字下げ")
    for lead, rest in PROBLEMS:
        para = doc.add_paragraph(style="課題")
        para.add_run(lead).bold = True
        para.add_run(rest)
    doc.add_paragraph(PROBLEM_CLOSE, style="本文字下げ")
    chapter("今後の取組")
    doc.add_paragraph(REC_LEAD, style="本文字下げ")
    item_ids = iter(ITEM_NUM_IDS)
    for group, recs in RECS:
        section(group)
        for title, body, items in recs:
            doc.add_paragraph(title, style="提言見出し")
            doc.add_paragraph(body, style="本文字下げ")
            if items:
                nid = next(item_ids)
                for it in items:
                    para = doc.add_paragraph(it, style="提言項目")
                    set_num(para._p.get_or_add_pPr(), nid)
    chapter("おわりに")
    doc.add_paragraph(CONCLUSION, style="本文字下げ")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("以上")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    chapter("参考資料　市民意見交換会の記録", numbered=False)
    doc.add_paragraph(MEETING, style="本文字下げ")
    section("質疑応答", numbered=False)
    for q, a in QA:
        doc.add_paragraph(q, style="質問")
        if a:
            doc.add_paragraph(a, style="回答")
    section("その他の主な意見", numbered=False)
    for t in OTHER:
        doc.add_paragraph(t, style="その他意見")
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
