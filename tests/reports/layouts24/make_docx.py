"""Write taiyoko_kyosei.docx, a held-out test report (deterministic bytes).

Run from anywhere: ``python tests/reports/layouts24/make_docx.py``. The file is written beside
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

OUT = Path(__file__).with_name("taiyoko_kyosei.docx")
FIXED_TIME = dt.datetime(2026, 1, 20, 9, 0, 0)
ZIP_TIME = (2026, 1, 20, 9, 0, 0)

TITLE = "太陽光発電施設の地域との共生に関する報告書"
ISSUER = "若葉県太陽光発電施設適正導入検討会"

INTRO = [
    "県内の太陽光発電施設は、固定価格買取制度の開始以降急速に増え、令和７年３月末で出力10kW以上の施設が約4,600件に達した。"
    "再生可能エネルギーの導入は脱炭素社会の実現に欠かせない一方、山林を切り開いた大規模な施設をめぐっては、住民との間で摩擦が生じる例も少なくない。",
    "本検討会は、学識経験者、事業者団体、市町村及び住民団体の代表計10名で構成し、令和７年５月から４回の会議と、２会場での地域説明会を開いた。"
    "本報告書は、その議論を取りまとめたものである。",
]

PROBLEM_LEAD = "県内の施設の設置状況は表１のとおりである。市町村への苦情や地域説明会での意見を整理すると、問題点は次の６点に集約される。"

TABLE = [
    ("出力区分", "施設数", "うち山林に設置"),
    ("10kW以上50kW未満", "3,870件", "412件"),
    ("50kW以上1,000kW未満", "640件", "188件"),
    ("1,000kW以上", "94件", "61件"),
]

PROBLEMS = [
    ("問題点１　斜面への設置による土砂災害のおそれ",
     "山林を切り開いて造成した施設では、排水設備が不十分なまま運転を始めた例があり、令和６年７月の豪雨では２施設から土砂が隣接する農地に流れ出した。"),
    ("問題点２　住民への説明の不足",
     "法令上、住民説明会の開催は義務ではなく、工事が始まってから初めて計画を知ったという住民が多い。"),
    ("問題点３　管理の行き届かない施設の増加",
     "売電開始後に所有者が転売を重ね、除草や点検の責任の所在が分からなくなった施設がある。"),
    ("問題点４　事業終了後の撤去への不安",
     "買取期間の終了後にパネルが放置されるのではないかとの懸念が、特に小規模な施設の周辺で強い。廃棄費用の積立制度は始まったが、住民には十分知られていない。"),
    ("問題点５　景観への影響",
     "観光地や古い街並みの周辺で、景観に配慮しない施設が設置されている。"),
    ("問題点６　市町村の審査体制の不足",
     "多くの市町村には施設の計画を技術的に審査できる職員がおらず、設置に関する条例を定めている市町村も、県内25市町村のうち７にとどまる。"),
]

REC_LEAD = ("以上の問題点を踏まえ、本検討会は、事業者が自主的に取り組むべきことと、県及び市町村が講ずべき施策とに分けて、"
            "次の推進策を提言する。")

# (Heading 2, [(Heading 3, body, [items])])
RECS = [
    ("（１）事業者に求める取組", [
        ("推進策１　計画の早い段階で住民に説明する",
         "事業者は、設置の計画がまとまった段階で、地元の住民に計画の内容と工事の方法を説明すべきである。",
         ["(a)　着工の60日前までの住民説明会の開催（平日の夜間又は休日を含むこと）",
          "(b)　説明会での質問と回答の記録の、市町村への提出"]),
        ("推進策２　施設の維持管理の責任を明確にする",
         "事業者は、運転開始後の除草、点検及び補修の責任者を定め、次の措置を講ずべきである。",
         ["(a)　管理責任者の氏名と連絡先を記した標識の掲示",
          "(b)　施設を譲渡する際の、市町村への届出"]),
        ("推進策３　撤去と廃棄の計画を住民に示す",
         "事業者は、事業終了後のパネルの撤去と廃棄の方法、その費用の積立ての状況を、住民説明会の場で示すべきである。", []),
    ]),
    ("（２）県及び市町村が講ずべき施策", [
        ("推進策４　土砂災害のおそれのある区域での設置を抑制する",
         "県は、条例を制定し、災害のおそれのある区域での設置を抑制するとともに、施設の安全性を高める基準を設けるべきである。",
         ["(a)　土砂災害警戒区域などを「設置を避けるべき区域」とする規定",
          "(b)　排水設備の設計に関する技術基準の策定",
          "(c)　豪雨の後の、事業者による点検の義務付け"]),
        ("推進策５　市町村の審査を県が支える",
         "県は、市町村が条例を定めるためのモデル条例を示すとともに、計画の技術的な審査を市町村から受託できる体制を設けるべきである。", []),
    ]),
]

CONCLUSION = ("太陽光発電は、地域の理解があってはじめて長く続けられる事業である。本報告書の推進策が、事業者、行政、住民の"
              "信頼関係を築く一歩となることを期待する。")

RECORD_META = ("地域説明会は、本検討会の中間報告について意見を聴くために開催した。"
               "以下は主な質疑と意見の要旨であり、回答は説明に当たった県及び町の担当課によるものである。")

# (Heading 2, [(kind, label, text)])  kind: remark / reply
RECORD = [
    ("若葉市会場（令和７年９月13日　参加者42名）", [
        ("remark", "質問", "隣の山に計画がある。工事の前に説明会はあるのか。"),
        ("reply", "回答（県環境政策課）", "現在は法令上の義務がないが、着工前の説明会を事業者に求める方向で検討している。"),
        ("remark", "意見", "去年の大雨で、上の施設から泥水が田んぼに流れ込んだ。"),
        ("remark", "質問", "売電が終わった後、パネルはだれが片付けるのか。"),
        ("reply", "回答（県環境政策課）", "撤去は事業者の責任であり、廃棄費用を積み立てる国の制度がある。"),
        ("remark", "意見", "山の上の施設は、だれが草を刈っているのか分からない。"),
        ("remark", "意見", "発電した電気を地元で使えるようにしてほしい。"),
    ]),
    ("東原町会場（令和７年９月20日　参加者27名）", [
        ("remark", "質問", "持ち主が替わったら、どこに苦情を言えばよいのか。"),
        ("reply", "回答（東原町環境課）", "町としても把握できていない施設がある。譲渡の届出を求める仕組みを考えたい。"),
        ("remark", "意見", "町に専門の職員がいないので、計画の良し悪しを判断できない。"),
        ("remark", "意見", "説明会は平日の昼に一度開かれただけだった。"),
        ("remark", "意見", "調整池が小さすぎるのではないか。"),
        ("remark", "質問", "この地区は土砂災害警戒区域だが、それでも設置できるのか。"),
        ("reply", "回答（県砂防課）", "現行の法令では禁止されていない。区域内での設置を避けるよう、条例での規定を検討する。"),
        ("remark", "意見", "パネルの反射がまぶしいという苦情が近所から出ている。"),
        ("remark", "意見", "古い宿場町の入口に施設ができ、景色が一変した。"),
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


def hanging(paragraph, left_mm: float = 8, hang_mm: float = 4) -> None:
    fmt = paragraph.paragraph_format
    fmt.left_indent = Mm(left_mm)
    fmt.first_line_indent = -Mm(hang_mm)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "dtx-nlp tests", "dtx-nlp tests"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1

    sec = doc.sections[0]
    head = sec.header.paragraphs[0]
    head.text = ISSUER
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(foot)

    doc.add_paragraph(TITLE, style="Title")
    for text in ("令和８年１月", ISSUER):
        doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("１　はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("２　現状と問題点", level=1)
    doc.add_paragraph(PROBLEM_LEAD)
    doc.add_paragraph("表１　出力区分別の施設数（令和７年３月末）")
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in TABLE:
        cells = table.add_row().cells
        for c, text in zip(cells, row):
            c.text = text
    for lead, body in PROBLEMS:
        p = doc.add_paragraph()
        r = p.add_run(lead)
        r.bold = True
        r.add_break()  # soft line break: heading line and body in one paragraph
        p.add_run(body)
        p.paragraph_format.space_before = Pt(6)

    doc.add_heading("３　今後の対応（提言）", level=1)
    doc.add_paragraph(REC_LEAD)
    for h2, recs in RECS:
        doc.add_heading(h2, level=2)
        for h3, body, items in recs:
            doc.add_heading(h3, level=3)
            doc.add_paragraph(body)
            for item in items:
                hanging(doc.add_paragraph(item), 12, 8)

    doc.add_heading("４　おわりに", level=1)
    doc.add_paragraph(CONCLUSION)
    doc.add_paragraph("以上").alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("資料　地域説明会における主な質疑と意見", level=1)
    doc.add_paragraph(RECORD_META)
    for h2, turns in RECORD:
        doc.add_heading(h2, level=2)
        for kind, label, text in turns:
            p = doc.add_paragraph()
            r = p.add_run("【" + label + "】")
            r.bold = True
            p.add_run(text)
            if kind == "reply":
                hanging(p, 16, 0)
            else:
                hanging(p, 6, 6)
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
