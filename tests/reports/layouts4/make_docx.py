"""Write shohisha_chukan.docx (tests/reports/layouts4), a Word report with real heading styles.

Run from anywhere: ``python tests/reports/layouts4/make_docx.py``. Written beside this script.
Core properties and zip timestamps are fixed, so two runs give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document

OUT = Path(__file__).with_name("shohisha_chukan.docx")
FIXED_TIME = dt.datetime(2026, 7, 1, 9, 0, 0)
ZIP_TIME = (2026, 7, 1, 9, 0, 0)

TITLE = "高齢者の消費者トラブルの防止に向けた対応の在り方について（中間報告）"
SUBTITLE = "令和８年７月　架空庁消費者安全審議会　取引適正化部会"
HEADER = "消費者安全審議会　取引適正化部会　中間報告"

INTRO = [
    "本部会は、令和７年１１月に審議会から付託を受け、高齢者の消費者トラブルの防止に向けた対応の在り方について"
    "計五回の審議を行った。審議の過程では、消費者団体、消費生活相談員及び事業者団体からのヒアリングを行った。",
    "本中間報告は、これまでの審議で明らかになった課題と、今後の対応策の方向を取りまとめたものである。"
    "最終報告に向けて、引き続き制度の詳細を検討する。",
    "なお、本報告でいう高齢者は六十五歳以上の者を指す。高齢者の人口は今後も増え続け、特に一人暮らしの高齢者の増加が見込まれることから、"
    "トラブルの未然防止と早期の発見の双方に目を向けて検討を行った。",
]

CONTEXT = "全国の消費生活センター等に寄せられた相談のうち、契約当事者が六十五歳以上の相談の件数は次の表のとおりである。"
TABLE = [("年度", "相談件数", "うち定期購入"), ("令和５年度", "２６万８千件", "３万１千件"),
         ("令和６年度", "２７万５千件", "３万９千件"), ("令和７年度", "２８万９千件", "４万６千件")]
CONTEXT2 = "審議の結果、特に対応が急がれる課題として次の六点が挙げられた。"

PROBLEMS = [
    "①　定期購入の解約をめぐる相談が増えている。初回だけ安い価格で勧誘し、実際には複数回の購入が条件となっている"
    "通信販売の相談が、この三年で五割近く増えた。解約の電話がつながらないとの訴えも多い。",
    "②　被害に遭っても相談しない高齢者が多い。本人が被害に気付いていない場合や、家族に知られたくないとの思いから、"
    "相談に至らない例が少なくない。相談件数は被害の一部を示すにすぎないとみられる。"
    "一人暮らしの高齢者では、被害が家族に分かるまでに一年以上かかった例もある。",
    "③　判断力が低下した高齢者への勧誘が繰り返されている。一人の高齢者が短期間に複数の事業者から住宅の点検や"
    "健康食品の契約を結ばされる、いわゆる次々販売の被害が後を絶たない。",
    "④　地域の見守りの担い手と消費生活センターの連携が弱い。民生委員や介護の事業者は異変に気付いても、"
    "どこに知らせればよいか分からないことが多い。見守りのためのネットワークを設けた市町村は全体の半数に満たない。",
    "⑤　消費生活相談員の確保が難しい。相談員の多くは任期付きの非常勤職員であり、待遇が低いことから、"
    "経験を積んだ相談員の退職が続いている。相談員がいない、又は週に数日しか相談を受け付けていない町村もある。",
    "⑥　ＳＮＳをきっかけとするトラブルが高齢者にも広がっている。ＳＮＳの広告や知り合った相手から投資や副業を勧められ、"
    "多額の金銭を支払う被害が、六十代、七十代でも増えている。",
]

PREAMBLE = "以上の課題に対し、国、地方公共団体及び事業者が講ずべき対応策を次のとおり示す。"

# (group heading, [(H3 heading, body, [items])])
MEASURES = [
    ("（１）事業者に対する規律の強化", [
        ("対応策１　定期購入の解約手続を簡単にする",
         "通信販売の事業者に対し、申込みと同じ方法で解約ができるようにすることを義務付けるべきである。"
         "あわせて、定期購入であることや支払総額を、申込みの画面で分かりやすく示すよう求める。",
         ["インターネットで申し込んだ契約は、インターネット上の手続だけで解約できるようにする",
          "解約を受け付ける電話窓口の応答率を公表させる"]),
        ("対応策２　判断力の低下に乗じた契約への対処を強める",
         "判断力の低下した高齢者に対し、不必要な契約を繰り返し結ばせる勧誘を禁止行為として明確に位置付け、"
         "こうした契約を取り消せる範囲を広げるべきである。"
         "同じ高齢者に対して短期間に繰り返し契約を結ばせた事業者には、行政処分を機動的に行う。",
         []),
    ]),
    ("（２）見守りと相談の体制の充実", [
        ("対応策３　地域の見守りネットワークを全市町村に広げる",
         "国は、見守りのためのネットワークの設置を市町村に促し、その運営を支援すべきである。"
         "ネットワークは、高齢者の異変に気付いた者が迷わずに知らせることのできる仕組みとする。",
         ["民生委員や介護の事業者が気付いた異変を一つの窓口で受け付ける",
          "消費生活センターから見守りの担い手へ、新しい手口の情報を定期的に届ける",
          "金融機関や宅配の事業者にもネットワークへの参加を呼びかける"]),
        ("対応策４　相談員の処遇を改善し、人材を育てる",
         "地方公共団体は、相談員の報酬を経験に応じて引き上げるとともに、国は、相談員の資格の取得と研修の費用を支援すべきである。"
         "相談員を置くことの難しい町村については、近隣の市と共同で相談窓口を設けることを促す。",
         []),
        ("対応策５　相談しやすい窓口をつくる",
         "電話だけでなく、家族が代わりに相談できる窓口や、自宅を訪問して話を聞く出張相談を設け、"
         "被害に遭った高齢者が相談をためらわないようにすべきである。",
         []),
    ]),
]

CONCLUSION = [
    "高齢者の消費者トラブルは、本人の注意だけで防ぐことは難しい。事業者の規律と地域の見守りを組み合わせ、"
    "被害を早く見付けて広げない仕組みを社会全体で築くことが必要である。",
    "なお、ＳＮＳをきっかけとするトラブルについては、関係省庁における検討の状況を踏まえ、最終報告に向けて改めて審議する。",
    "本部会は、本中間報告に対する意見を広く募った上で、最終報告を取りまとめる予定である。",
]

# (H2 heading, rows of (番号, 主な意見, 事務局の対応))
HEARINGS = [
    ("第１回ヒアリング（令和８年４月１５日）消費者団体・消費生活相談員", [
        ("1", "定期購入の相談では、解約の電話が何十回かけてもつながらないという訴えが最も多い。", "申込みと同じ方法での解約を義務付ける方向で検討する。"),
        ("2", "高齢者本人は「だまされた」と認めたがらず、相談に来るのは家族に促されてからが多い。", "―"),
        ("3", "相談員の報酬は十年前からほとんど変わっておらず、若い人が続けられる仕事になっていない。", "経験に応じた報酬の在り方について地方公共団体と協議する。"),
        ("4", "一人暮らしの高齢者の家に、同じ業者が何度も点検と称して訪れている例がある。", "―"),
        ("5", "民生委員から相談を受けることがあるが、連絡の窓口が決まっておらず、情報が届くのが遅れる。", "―"),
        ("6", "インターネット通販の広告の表示が小さく、高齢者には定期購入であることが読み取れない。", "―"),
        ("7", "家族が代わりに相談しようとしても、本人の同意がないと受け付けてもらえないことがある。", "本人の同意の扱いを含め、家族からの相談の受付方法を整理する。"),
        ("8", "町の相談窓口は週二日しか開いておらず、急ぎの相談を隣の市のセンターに回すことが多い。", "―"),
    ]),
    ("第２回ヒアリング（令和８年５月２０日）事業者団体・関係団体", [
        ("1", "通信販売の業界としても、解約の手続を分かりやすくする自主基準を作る用意がある。", "―"),
        ("2", "銀行の窓口で高額の引出しに気付いても、どこに連絡すればよいか分からないことがある。", "見守りネットワークへの金融機関の参加を促す。"),
        ("3", "宅配の配達員は、同じ家に健康食品が大量に届くことに気付くことがある。", "―"),
        ("4", "規制を強めるなら、まじめに営業している訪問販売の事業者まで萎縮しないよう配慮してほしい。", "―"),
        ("5", "介護の事業者は利用者の自宅に入るので、契約書や請求書の山に気付くことが多い。", "―"),
        ("6", "消費者団体と事業者団体が定期的に情報を交換する場があれば、悪質な手口に早く対応できる。", "―"),
    ]),
]


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "dtx-nlp tests", "dtx-nlp tests"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    doc.sections[0].header.paragraphs[0].text = HEADER
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(SUBTITLE)
    doc.add_heading("第１章　はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)
    doc.add_heading("第２章　高齢者の消費者トラブルの現状と課題", level=1)
    doc.add_heading("１．相談の状況", level=2)
    doc.add_paragraph(CONTEXT)
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in TABLE:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    doc.add_heading("２．主な課題", level=2)
    doc.add_paragraph(CONTEXT2)
    for text in PROBLEMS:
        doc.add_paragraph(text)
    doc.add_heading("第３章　今後の対応策", level=1)
    doc.add_paragraph(PREAMBLE)
    for group, measures in MEASURES:
        doc.add_heading(group, level=2)
        for head, body, items in measures:
            doc.add_heading(head, level=3)
            doc.add_paragraph(body)
            for item in items:
                doc.add_paragraph("・" + item)
    doc.add_heading("第４章　おわりに", level=1)
    for text in CONCLUSION:
        doc.add_paragraph(text)
    doc.add_heading("別紙　関係団体ヒアリングにおける主な意見と対応", level=1)
    for head, rows in HEARINGS:
        doc.add_heading(head, level=2)
        table = doc.add_table(rows=0, cols=3)
        table.style = "Table Grid"
        for row in [("番号", "主な意見", "事務局の対応")] + rows:
            for cell, value in zip(table.add_row().cells, row):
                cell.text = value
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
