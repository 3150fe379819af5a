"""Write rengo_yokyu.docx, a fictional union policy-demand report (deterministic bytes).

Run from anywhere: ``python3 tests/reports/layouts51/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All organisations, people and figures are invented.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).with_name("rengo_yokyu.docx")
FIXED_TIME = dt.datetime(2026, 11, 20, 9, 0, 0)
ZIP_TIME = (2026, 11, 20, 9, 0, 0)

TITLE = "2027年度　政策・制度要求"
SUBTITLE = "― 薬剤師が安心して働き続けられる職場の実現に向けて ―"
ISSUER = "全国薬業労働組合連合会（薬業労連）中央執行委員会　2026年11月"
HEADER = "2027年度 政策・制度要求　薬業労連"

INTRO = [
    "薬剤師は、調剤だけでなく、服薬のフォローや在宅医療、災害時の医薬品供給など、地域医療の要としての"
    "役割を求められている。しかし、病院でも薬局でも人員は業務の増加に追いついておらず、職場からは悲鳴に"
    "近い声が上がっている。",
    "薬業労連は、2026年9月から10月にかけて、加盟組合の組合員を対象に職場アンケートを実施し、1,284人から"
    "回答を得た。本要求は、その結果を踏まえ、国と関係団体に対して政策・制度の改善を求めるものである。",
]

TABLE = [
    ("設問", "該当すると答えた割合"),
    ("月に一度以上、薬剤師一人で勤務する時間帯がある", "46%"),
    ("休憩を取れない日が週に二日以上ある", "38%"),
    ("三年以内の離職を考えたことがある", "41%"),
]

# (bold lead, body): printed as one Normal paragraph "●lead　body"
PROBLEMS = [
    ("一人勤務の常態化",
     "調剤薬局では、薬剤師が一人で調剤と服薬指導、在庫管理のすべてを担う時間帯が広がっている。"
     "調剤の誤りを防ぐための確認が十分にできないとの不安が強い。"),
    ("休憩と休暇が取れない",
     "患者の待ち時間を減らすため、昼の休憩を削って対応している。有給休暇の取得日数は年平均で六日にとどまる。"),
    ("病院薬剤師の不足と偏在",
     "病院では病棟業務の拡大に人員が追いつかず、特に地方の中小病院では、募集しても応募がない状況が続いている。"),
    ("夜間・休日の対応の負担",
     "在宅患者からの夜間の問合せや休日の当番を、少数の薬剤師が手当もなく担っている。"),
    ("処遇が役割に見合っていない",
     "病院薬剤師の初任給は薬局やドラッグストアより低く、六年制の学費の返済を理由に病院を離れる若手もいる。"),
    ("事務作業の増加",
     "後発医薬品の供給不安が続き、在庫の確認や処方医への問合せに一日一時間以上を費やしている。"),
]

PROBLEM_LEAD = "アンケートの主な結果は次の表のとおりである。"
PROBLEM_TAIL = ("このほか、職場の人間関係に関する記述も寄せられたが、本要求では制度に関わる課題に絞って"
                "取り上げる。")

# (Heading 2 text, body, [List Number items])
DEMANDS = [
    ("要求１　薬剤師の配置基準を業務量に見合う水準に引き上げること",
     "処方箋の枚数だけを基準とする現在の配置の考え方を改め、在宅訪問や服薬フォローの業務量を反映した基準とすること。",
     ["一人勤務となる時間帯を原則として設けないよう、最低配置の基準を定めること",
      "基準を満たすための人件費を調剤報酬で評価すること"]),
    ("要求２　病院薬剤師の確保に向けた処遇改善を行うこと",
     "病院薬剤師の給与水準を引き上げるため、診療報酬上の評価を拡充するとともに、地方の病院に勤務する薬剤師への"
     "支援を講じること。",
     ["薬剤師の確保が困難な地域の病院に勤務する者に対し、奨学金の返還を支援すること",
      "病棟業務に係る加算を、配置人数に応じて段階的に引き上げること",
      "地域の病院と薬局の間で出向や兼務を行いやすくすること"]),
    ("要求３　夜間・休日の対応に対する手当と交代の仕組みを整えること",
     "在宅患者の夜間の問合せ対応や休日当番について、地域の薬局が輪番で担う体制を支援し、対応した薬剤師に手当が"
     "支払われるよう指導すること。",
     []),
    ("要求４　休憩と休暇を確実に取得できる環境を整備すること",
     "労働時間の把握を徹底し、昼休憩の時間帯に薬局の窓口を閉められるよう、患者への周知を国の責任で行うこと。",
     []),
    ("要求５　医薬品の供給不安に伴う事務負担を軽減すること",
     "後発医薬品の供給状況を一元的に確認できる仕組みを整え、在庫の照会や処方変更の問合せに要する時間を減らすこと。"
     "あわせて、要求１の配置基準の検討に当たっては、こうした事務作業の時間も算定に含めること。",
     []),
]

CONCLUSION = [
    "薬剤師の働き方の改善は、患者の安全に直結する課題である。",
    "薬業労連は、本要求の実現に向けて関係省庁や団体との協議を重ねるとともに、職場からの声を引き続き集めていく。",
]

SURVEY_LEAD = ("自由記述欄には四百件を超える記述が寄せられた。主なものを抜粋し、職場と年代を（　）内に示した。"
               "【執行部】は、記述に対する中央執行委員会の考え方である。")

# ("remark", text) or ("reply", text); remarks are printed as given (quotes and attribution included)
SURVEY = [
    ("remark", "「午後は薬剤師が私一人になる。監査をしてくれる人がいないまま投薬するのが怖い。」（調剤薬局・30代）"),
    ("remark", "「昼休みは患者さんが途切れたときに十分ほど座るだけ。休憩という感覚はない。」（調剤薬局・40代）"),
    ("remark", "「病棟に薬剤師を置くよう言われるが、人は増えない。募集を出しても一年間応募がなかった。」（病院・50代）"),
    ("remark", "「奨学金を返すために、給与の高いドラッグストアに移ることを考えている。」（病院・20代）"),
    ("reply", "【執行部】病院薬剤師の奨学金返還を支援する制度は一部の県にしかありません。全国で利用できるよう、"
              "要求２に盛り込みました。"),
    ("remark", "「在宅の患者さんから夜中に電話があり、翌朝も通常どおり出勤している。手当は出ない。」（調剤薬局・40代）"),
    ("remark", "「出荷調整の薬が多く、毎日のように卸に電話をしている。本来の仕事ができない。」（ドラッグストア・30代）"),
    ("reply", "【執行部】供給状況を一元的に確認する仕組みについては、国の検討会でも議論が始まっています。"
              "要求５で早期の実現を求めます。"),
    ("remark", "「夜間の電話は、近くの薬局で順番に受けられれば負担はかなり減るのではないか。」（調剤薬局・50代）"),
    ("remark", "「産休の代わりの人が来ないので、残った人の負担が増えるだけになっている。」（病院・30代）"),
    ("remark", "「有給休暇を申請しづらい雰囲気がある。人が足りないのだから仕方がないとも思う。」（調剤薬局・20代）"),
    ("reply", "【執行部】休暇の取得は労働者の権利であり、人員不足を理由にあきらめる必要はありません。"
              "各組合で取得状況の点検を進めてください。"),
    ("remark", "「薬剤師の仕事のやりがいは大きい。だからこそ、長く続けられる職場にしてほしい。」（病院・40代）"),
]


def add_page_number(paragraph) -> None:
    """Append a PAGE field (Word fills in the number when it lays out the page)."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "layouts51 annotator", "layouts51 annotator"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    footer = section.footer.paragraphs[0]
    footer.text = "－ "
    add_page_number(footer)
    footer.add_run(" －")

    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(SUBTITLE, style="Subtitle")
    doc.add_paragraph(ISSUER)

    doc.add_heading("第１　要求にあたって", level=1)
    for text in INTRO:
        doc.add_paragraph(text)

    doc.add_heading("第２　職場アンケートからみた現状と課題", level=1)
    doc.add_paragraph(PROBLEM_LEAD)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for left, right in TABLE:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = left, right
    for lead, body in PROBLEMS:
        para = doc.add_paragraph()
        para.add_run("●")
        para.add_run(lead).bold = True
        para.add_run("　" + body)
    doc.add_paragraph(PROBLEM_TAIL)

    doc.add_heading("第３　要求項目", level=1)
    doc.add_paragraph("以上の現状を踏まえ、次の事項を要求する。")
    for heading, body, items in DEMANDS:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(body)
        for item in items:
            doc.add_paragraph(item, style="List Number")

    doc.add_heading("第４　おわりに", level=1)
    for text in CONCLUSION:
        doc.add_paragraph(text)

    doc.add_heading("参考資料　職場アンケート　自由記述（抜粋）", level=1)
    doc.add_paragraph(SURVEY_LEAD)
    for kind, text in SURVEY:
        para = doc.add_paragraph()
        if kind == "reply":
            label, rest = text[:5], text[5:]
            para.add_run(label).bold = True
            para.add_run(rest)
            para.paragraph_format.left_indent = Pt(21)
        else:
            para.add_run(text)
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
