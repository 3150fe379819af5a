"""Write memorial_archives_teigen.docx, a fictional academy 提言 (deterministic bytes).

Run from anywhere: ``python3 tests/reports/layouts45/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.

Layout: title block of centred bold Normal paragraphs (no Title style); chapters as Heading 1,
subsections as Heading 2; problems as body paragraphs beginning 第一に … 第六に; recommendations
as Normal paragraphs whose bold run-in lead `(N)　title。` is followed by the body in the same
paragraph; items as `List Number` paragraphs (Word numbering, the numbers are not in the text);
a symposium record with `speaker：` paragraphs. Page header text and a PAGE field in the footer.
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

OUT = Path(__file__).with_name("memorial_archives_teigen.docx")
FIXED_TIME = dt.datetime(2026, 1, 27, 9, 0, 0)
ZIP_TIME = (2026, 1, 27, 9, 0, 0)

TITLE_BLOCK = [
    ("提言", 12),
    ("災害の記憶を未来へ手渡す", 16),
    ("――災害伝承アーカイブの持続的な運営に向けて――", 13),
    ("令和８年（2026年）１月27日", 10.5),
    ("架空学術会議", 12),
    ("防災学委員会　災害伝承分科会", 10.5),
]
FOREWORD = "この提言は、架空学術会議防災学委員会災害伝承分科会の審議結果を取りまとめ公表するものである。"

INTRO = [
    "大きな災害の後、被災地では写真、映像、証言、行政文書などの記録を集め、公開する災害伝承アーカイブが"
    "数多く作られてきた。これらは、次の災害に備えるための教訓を伝える、社会の共有財産である。",
    "しかし、作られてから十年以上を経て、運営の継続が難しくなったアーカイブが目立ち始めている。"
    "本分科会は、令和６年から８回の審議と公開シンポジウムを通じて、その原因と対策を検討した。",
]

CURRENT = (
    "本分科会の調べでは、国内で公開されている災害伝承アーカイブは約120件あり、その７割は市町村や"
    "大学が運営している。年間の運営費が100万円に満たないものが半数を占め、専任の職員を置くものは"
    "１割に満たない。"
)

PROBLEMS_LEAD = "審議とシンポジウムでの議論から、次の問題点が明らかになった。"
PROBLEMS = [
    "第一に、多くのアーカイブが復興予算による期間限定の事業として始まったため、事業の終了後の運営費が"
    "確保されていない。",
    "第二に、記録媒体やサーバーの更新が行われず、古い形式のデータが読み出せなくなりつつある。",
    "第三に、写真や証言の著作権や肖像権の処理が済んでおらず、公開や授業での利用ができない資料が多い。",
    "第四に、体験を語る語り部の高齢化が進み、証言を記録し、語りを引き継ぐ担い手が不足している。",
    "第五に、学校教育での活用が一部の教員の熱意に依存しており、教育課程の中に位置付けられていない。",
    "第六に、アーカイブごとに検索の仕組みが異なり、複数のアーカイブを横断して資料を探すことができない。",
]

REC_LEAD = "以上を踏まえ、本分科会は次のとおり提言する。"
# (label, title, body, items)
RECS = [
    ("(1)", "災害伝承アーカイブを恒常的な公的事業として位置付ける",
     "国は、災害伝承アーカイブの運営を期間限定の復興事業ではなく恒常的な事業と位置付け、"
     "運営費を継続的に支える財源を設けるべきである。", []),
    ("(2)", "長期保存のための共通の基盤を整備する",
     "国立の機関が中心となり、各地のアーカイブのデータを預かって保存する共通の基盤を整備すべきである。",
     ["小規模な自治体のアーカイブも、無償でデータを預けられるようにする。",
      "保存形式の標準を定め、古い形式のデータを定期的に変換する。"]),
    ("(3)", "権利処理の指針を示す",
     "国は、故人や被災者が写った資料の公開と利用について判断の目安となる指針を示し、"
     "アーカイブの運営者が権利処理を進められるよう支援すべきである。", []),
    ("(4)", "証言の記録と語りの継承を支援する",
     "自治体と大学は、語り部の証言を記録するとともに、次の世代の語り手を育てる取組を支援すべきである。",
     ["語り部の証言を、本人の同意を得て映像と文字で記録する。",
      "体験のない若い世代が、聞き取った話として語るための研修を設ける。"]),
    ("(5)", "アーカイブを横断して検索できる窓口を設ける",
     "(2)の共通の基盤の上に、全国のアーカイブの資料を一度に検索できる窓口を設け、"
     "教育や研究での利用を促すべきである。", []),
]

CONCLUSION = [
    "災害の記憶は、時間とともに確実に薄れていく。記録を残すだけでなく、それを使い続けられる状態に保つことが、"
    "次の災害で命を守ることにつながる。",
    "学校教育での活用の在り方については、教育課程の検討と合わせて、本分科会で引き続き審議する。",
]

RECORD_HEADING = "＜参考資料＞公開シンポジウム「記憶をつなぐ」パネル討論の記録（抄）"
RECORD_LEAD = ("令和７年９月13日、架空学術会議講堂で開催した。パネル討論と会場との質疑から、主な発言を抜粋した。"
               "発言者の所属は開催時のものである。")
# (speaker, text)
RECORD = [
    ("甲野（東浜町防災課）", "うちのアーカイブは復興事業の予算で作ったため、事業が終わると運営費の項目ごと消えてしまった。"),
    ("丙村（語り部の会）", "展示館の維持費は、町の一般財源から毎年やりくりしている。いつまで続けられるか分からない。"),
    ("乙川（北洋大学）", "十年前に撮った動画には、今の再生ソフトでは開けないものが少なくない。"),
    ("会場（図書館職員）", "小さな自治体が自前でサーバーを持ち続けるのは無理だ。どこかに預けることはできないのか。"),
    ("乙川", "国立の機関がまとめて預かる仕組みがあれば、小さな自治体も参加できるはずだ。"),
    ("甲野", "写っている人の同意が取れず、非公開のままになっている写真が数千枚ある。"),
    ("会場（弁護士）", "亡くなった方の写真の扱いについて、国が目安を示せば現場は動きやすくなる。"),
    ("丙村", "会員の平均年齢は七十歳を超えた。話せるうちに記録を残しておきたい。"),
    ("会場（大学生）", "若い人が語り部を引き継ぐとき、体験していないことをどう語ればよいのか。"),
    ("丙村", "自分の体験としてではなく、聞き取った話として語る研修を、会で始めたところだ。"),
    ("会場（高校教員）", "授業で使いたいが、どのアーカイブに何があるのかを探すだけで時間がかかる。"),
    ("乙川", "複数のアーカイブをまとめて検索できる窓口があれば、その手間はかなり減る。"),
    ("会場（小学校教員）", "教科書に災害伝承の単元がなく、授業の時間を確保するのが難しい。"),
    ("会場（観光協会）", "伝承施設を観光の周遊ルートに組み込めば、来館者はもっと増えるのではないか。"),
]


def add_page_field(paragraph) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = "災害の記憶を未来へ手渡す", "layouts45", "layouts45"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    section.header.paragraphs[0].text = "架空学術会議　提言　災害伝承アーカイブの持続的な運営に向けて"
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(footer)

    for text, size in TITLE_BLOCK:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt(size)
    doc.add_paragraph(FOREWORD)

    doc.add_heading("1　はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("2　災害伝承アーカイブの現状と問題点", level=1)
    doc.add_heading("(1)　現状", level=2)
    doc.add_paragraph(CURRENT)
    doc.add_heading("(2)　問題点", level=2)
    doc.add_paragraph(PROBLEMS_LEAD)
    for text in PROBLEMS:
        doc.add_paragraph(text)

    doc.add_heading("3　提言", level=1)
    doc.add_paragraph(REC_LEAD)
    for label, title, body, items in RECS:
        p = doc.add_paragraph()
        lead = p.add_run(f"{label}　{title}。")
        lead.bold = True
        p.add_run(body)
        for item in items:
            doc.add_paragraph(item, style="List Number")

    doc.add_heading("4　おわりに", level=1)
    for text in CONCLUSION:
        doc.add_paragraph(text)

    doc.add_heading(RECORD_HEADING, level=1)
    doc.add_paragraph(RECORD_LEAD)
    for speaker, text in RECORD:
        p = doc.add_paragraph()
        who = p.add_run(f"{speaker}：")
        who.bold = True
        p.add_run(text)
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
