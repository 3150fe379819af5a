"""Write school_meals.docx (deterministic): recommendations as rows of a Word table and the
meeting record as a two-column table. Adapted from tests/reports/layouts/make_docx.py.

Run from anywhere: ``python tests/reports/layouts3/make_docx.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).with_name("school_meals.docx")
FIXED_TIME = dt.datetime(2026, 9, 1, 9, 0, 0)
ZIP_TIME = (2026, 9, 1, 9, 0, 0)

TITLE = "学校給食の持続可能な提供体制に関する提言"
SUBTITLE = "架空県学校給食あり方検討会議　令和8年9月"

INTRO = [
    "学校給食は、子どもの健やかな成長を支えるとともに、食に関する指導の生きた教材としての役割を担っている。"
    "一方で、食材費の上昇、調理場の老朽化、調理に携わる人材の不足など、給食の提供体制を取り巻く状況は年々厳しくなっている。",
    "本検討会議は、県内の市町村教育委員会、学校、保護者の代表など十二名の委員で構成し、令和7年10月から六回の会議を開いた。"
    "また、県内三か所で保護者や調理員との意見交換会を行い、現場の声を聞いた。",
    "検討に当たっては、県内全ての共同調理場と単独調理校を対象に、施設、人員、食材調達の状況についての調査も実施した。",
    "本提言は、これらの検討の結果をまとめたものであり、県と市町村が今後の施策を検討する際の指針とされることを期待する。",
]

PROBLEM_LEAD = "検討の過程で、次の課題が明らかになった。"

PROBLEMS = [
    ("◆食材費の高騰に給食費が追いつかない",
     "この三年間で主な食材の仕入れ価格は平均で二割以上上昇したが、給食費の改定は保護者の負担への配慮から見送られることが多い。"
     "その結果、献立の品数を減らしたり、安価な食材に切り替えたりする対応が続いている。給食費の額は市町村ごとに決められており、改定の時期や方法にも統一的な考え方がない。"),
    ("◆調理場の老朽化",
     "県内の共同調理場の半数は築三十年を超えている。床が濡れたまま作業するウエット方式の施設が多く、"
     "現在の衛生管理の基準に合わせるには大規模な改修が必要である。"),
    ("◆食物アレルギー対応の負担が大きい",
     "食物アレルギーのある児童生徒は十年前の約一・五倍に増えた。除去食や代替食の調理、配膳時の確認は栄養教諭や学級担任の負担となっており、"
     "確認の漏れによる誤食の事例も毎年報告されている。"),
    ("◆調理員の確保が難しい",
     "調理員の多くは短時間の非常勤職員であり、賃金が近隣の他業種より低い。欠員が生じても補充できず、"
     "残った職員の負担が増えて離職が続くという悪循環に陥っている調理場もある。"),
    ("◆食べ残しが多い",
     "県内の小中学校の食べ残しの割合は平均で約八パーセントである。特に野菜を使った料理で多く、"
     "学年が上がるにつれて増える傾向にある。給食の時間が短く、食べ終わらないまま片付けの時刻になる学級もある。"),
    ("◆地場産物の使用割合が低い",
     "給食で使う食材のうち県内産の割合は金額ベースで約三割にとどまる。生産者と調理場をつなぐ仕組みがなく、"
     "必要な量を決まった日に納めることが難しいことが主な理由である。規格に合わない野菜は下処理に手間がかかり、調理場の側でも敬遠されがちである。"),
]

REC_LEAD = ("以上の課題を踏まえ、本検討会議は次の五項目を提言する。"
            "表中の「主な担い手」は、中心となって取り組むことが期待される主体を示す。")

# (番号, title, body, [items], 担い手)
RECS = [
    ("1", "給食費の改定の目安を定め、保護者負担の急増を避ける",
     "食材費の変動に応じて給食費を見直すための目安を県が示し、市町村が毎年度検証する仕組みをつくるべきである。",
     ["（ａ）改定の際は、公費による負担軽減の方法をあわせて検討する",
      "（ｂ）献立の質を保つため、一食当たりの食材費の下限を設ける"],
     "県・市町村"),
    ("2", "共同調理場の更新計画を策定する",
     "市町村は、老朽化した共同調理場について、統合や近隣市町村との共同設置も含めた更新計画を策定し、"
     "床を乾いた状態に保つドライ方式への転換を計画的に進めるべきである。更新までの間は、空調の設置など作業環境の改善を優先して行う。",
     [], "市町村"),
    ("3", "アレルギー対応の専任職員を配置する",
     "一定規模以上の調理場にアレルギー対応の専任の調理員を配置し、学校での確認の手順を県内で統一すべきである。",
     ["（ａ）除去食を個別の容器で配送し、名札で確認する",
      "（ｂ）配膳時の確認表の様式を県が定める",
      "（ｃ）教職員向けの研修を毎年実施する"],
     "県教育委員会・市町村"),
    ("4", "調理員の処遇を改善し、人材を確保する",
     "調理員の賃金を近隣の類似業務の水準まで引き上げるとともに、短時間勤務と常勤の間で働き方を選べるようにし、"
     "人材の定着を図るべきである。あわせて、調理員の研修や資格取得の費用を支援し、経験を積んだ職員が長く働ける職場とする。"
     "調理業務を委託する場合も、委託料の積算に処遇改善の費用を反映させる。",
     [], "市町村・受託事業者"),
    ("5", "地場産物の納入を調整する仕組みを整える",
     "県は、生産者団体と調理場の間で必要な量と納入日を調整する窓口を設け、複数の生産者が共同で納入できるよう支援すべきである。"
     "下処理の手間を減らすため、地元で洗浄や切断を行う加工の拠点の整備も検討する。",
     [], "県・生産者団体"),
]

CONCLUSION = [
    "学校給食を将来にわたって安定して提供するためには、費用、施設、人材のいずれか一つではなく、全体を見渡した取組が必要である。",
    "また、提言の実施に当たっては、毎年度、県がその進み具合を取りまとめて公表し、本検討会議の委員を含む関係者の意見を聞きながら見直していくことが望ましい。",
    "本提言が、県と市町村、学校、保護者、生産者が課題を共有し、ともに取り組むきっかけとなることを願う。",
]

MEETING_LEAD = ("令和8年6月、県内三か所（北部、中部、南部）で意見交換会を開催し、保護者、調理員、栄養教諭など延べ八十四名が参加した。"
                "主な発言の要旨を次に示す。発言者欄に（回答）とあるのは、直前の発言に対する事務局等の回答である。")

MEETING = [
    ("保護者（北部）", "給食費が上がるのはやむを得ないが、一度に大きく上がると家計が苦しい。少しずつ上げるなど配慮してほしい。"),
    ("保護者（北部）", "最近、デザートが出る日が減り、おかずの量も少なくなったと子どもが話している。"),
    ("（回答）県教育庁保健体育課", "食材費の上昇分を献立の工夫で吸収してきたが限界に近い。公費による支援のあり方も含めて検討している。"),
    ("調理員（中部）", "調理場が古く、夏は室温が四十度近くになる。床も水浸しで、いつ転ぶかと心配しながら作業している。"),
    ("調理員（中部）", "時給が近くのスーパーより安いので、募集しても人が来ない。辞めた人の分まで残った者で回している。"),
    ("（回答）中部町教育委員会", "調理員の賃金については、来年度の予算で見直しを要求する方向で検討している。"),
    ("調理員（北部）", "委託先が数年ごとに変わり、そのたびに仕事のやり方が変わる。慣れた人が続けて働けるようにしてほしい。"),
    ("栄養教諭（中部）", "アレルギーの対応食を作る日は、他の仕事がまったくできない。専任の人がいれば安心して任せられる。"),
    ("保護者（南部）", "娘に卵のアレルギーがあり、毎朝、献立表に印をつけて持たせている。学校ごとに確認の方法が違うので戸惑う。"),
    ("学級担任（南部）", "配膳のときにアレルギーの確認をするのは緊張する。確認の手順を分かりやすく決めてほしい。"),
    ("（回答）県教育庁保健体育課", "県として対応の手引きを改訂し、確認表の様式を示すことを予定している。"),
    ("生産者（南部）", "地元の野菜を使ってほしいが、一軒の農家で何百食分も決まった日にそろえるのは無理だ。"),
    ("保護者（南部）", "子どもが野菜を残して帰ってくる。嫌いなものも食べられるよう、学校で工夫してほしい。"),
    ("校長（北部）", "給食の時間が短く、ゆっくり食べられない子がいる。時程の見直しも必要ではないか。"),
    ("保護者（北部）", "給食の写真を学校のホームページで毎日公開してほしい。"),
    ("（回答）北部市教育委員会", "給食の写真の公開は、各校で取り組めるよう来年度から順次始める。"),
]


def para(doc_or_cell, text: str, bold: bool = False):
    p = doc_or_cell.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    return p


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "dtx-nlp tests", "dtx-nlp tests"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    doc.sections[0].header.paragraphs[0].text = "架空県学校給食あり方検討会議"
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(SUBTITLE)
    doc.add_heading("1．はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)
    doc.add_heading("2．学校給食をめぐる課題", level=1)
    doc.add_paragraph(PROBLEM_LEAD)
    for head, body in PROBLEMS:
        para(doc, head, bold=True)
        doc.add_paragraph(body)
    doc.add_heading("3．提言", level=1)
    doc.add_paragraph(REC_LEAD)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("番号", "提言", "主な担い手")):
        cell.text = text
    for num, title, body, items, who in RECS:
        cells = table.add_row().cells
        cells[0].text = num
        cell = cells[1]
        cell.paragraphs[0].add_run(title).bold = True
        cell.add_paragraph(body)
        for item in items:
            cell.add_paragraph(item)
        cells[2].text = who
    doc.add_heading("4．おわりに", level=1)
    for text in CONCLUSION:
        doc.add_paragraph(text)
    doc.add_heading("参考資料　意見交換会の記録", level=1)
    doc.add_paragraph(MEETING_LEAD)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "発言者", "要旨"
    for who, text in MEETING:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = who, text
    return doc


def fixed_zip(data: bytes) -> bytes:
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
