"""Write onsen_chukan.docx, a fictional ministry 検討会 中間取りまとめ (deterministic bytes).

Run from anywhere: ``python3 tests/reports/layouts44/make_docx.py``. The file is written beside
this script. Core properties and zip timestamps are fixed, so two runs give the same bytes.
All bodies, places, people and figures are invented.
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
from docx.shared import Pt

OUT = Path(__file__).with_name("onsen_chukan.docx")
FIXED_TIME = dt.datetime(2026, 11, 20, 9, 0, 0)
ZIP_TIME = (2026, 11, 20, 9, 0, 0)

TITLE = "温泉資源の保護と持続可能な利用に向けて"
SUBTITLE = "―中間取りまとめ―"
DATE = "令和８年１１月"
BODY = "温泉資源の保護と持続可能な利用に関する検討会"
HEADER = "温泉資源の保護と持続可能な利用に関する検討会　中間取りまとめ"

TOC = [
    "第１　はじめに",
    "第２　温泉資源をめぐる現状と課題",
    "第３　今後の対応の方向性",
    "第４　おわりに",
    "（参考）関係者ヒアリングの概要",
]

INTRO = [
    "○　温泉は、観光や地域の暮らしを支える貴重な資源である。一方、近年、一部の温泉地では源泉の水位の低下や"
    "湧出量の減少、泉温の低下が報告されており、資源の将来に対する懸念が高まっている。",
    "○　こうした状況を踏まえ、環境資源省自然保全局は、令和８年４月、学識経験者、温泉事業者、自治体の担当者等から"
    "なる本検討会を設置した。本検討会は、これまで４回にわたり議論を重ね、関係団体からのヒアリングも行った。",
    "○　本中間取りまとめは、これまでの議論を整理し、今後の対応の方向性を示すものである。関係者の意見を"
    "幅広く聴いた上で、令和９年夏を目途に最終取りまとめを行う。",
]

CURRENT = [
    "○　全国の源泉数は約３万１千か所であり、このうち動力により汲み上げている源泉が約６割を占める。"
    "動力揚湯の割合は、この２０年間で１割余り増加した。",
    "○　本検討会が北嶺県など５県の協力を得て実施した調査の結果は、下表のとおりである。",
]

TABLE = [
    ("項目（調査対象１，３４３か所）", "該当する源泉"),
    ("過去１０年間に水位が５メートル以上低下", "１８８か所（１４％）"),
    ("採取量を記録していない", "５７１か所（４３％）"),
    ("管理者が確認できない", "６２か所（５％）"),
]

ISSUES_LEAD = "○　以上の現状を踏まえ、本検討会では、主な課題を次のとおり整理した。"

ISSUES = [
    "○　多くの源泉では、採取量や水位が継続的に記録されていない。都道府県への報告も任意であるため、"
    "資源の変化を早い段階で把握することができない。",
    "○　新たな掘削の許可に当たり、周辺の既存源泉への影響を判断する基準が都道府県ごとに異なっている。"
    "影響調査の範囲や方法も統一されておらず、判断の根拠が事業者に分かりにくい。",
    "○　廃業した旅館等の源泉が放置され、管理者が分からなくなっている例がある。老朽化した井戸から"
    "温泉や可燃性ガスが漏れ出すおそれも指摘されている。",
    "○　地熱発電や温泉熱の利用を目的とした掘削が増えている。温泉事業者との間で資源への影響をめぐる"
    "対立が生じ、地域の合意形成が進まない例が見られる。",
    "○　都道府県の温泉行政を担う職員は少なく、地下水や地質の専門知識を持つ職員はさらに限られている。"
    "申請の審査や源泉の監視に十分な体制を確保できていない。",
    "○　集中管理方式により複数の施設に温泉を配る地域では、配湯設備の老朽化が進んでいる。更新費用の"
    "負担をめぐって関係者の調整がつかず、更新が先送りされている。",
]

DIRECTIONS_LEAD = (
    "○　第２で整理した課題に対し、国、都道府県、温泉事業者等が取り組むべき方向性は次のとおりである。"
    "具体的な制度設計は、最終取りまとめに向けて引き続き検討する。"
)

# (Heading 2, [body paragraphs], [items ア イ ウ])
DIRECTIONS = [
    ("１　採取量と水位の記録・報告を制度化する",
     ["○　一定規模以上の動力揚湯の源泉について、採取量と水位の記録を義務付け、毎年度、都道府県に報告する"
      "仕組みを設けることが適当である。報告された情報は、源泉が特定されない形で集計し、公表する。"],
     ["ア　記録の方法や頻度を定めた全国共通の様式を国が示す",
      "イ　小規模な事業者には、自動計測機器の導入費用を支援する"]),
    ("２　掘削許可に係る影響判断の目安を示す",
     ["○　国は、既存源泉との距離、揚湯量、地質の条件に応じた影響判断の目安を示し、都道府県の審査の"
      "透明性を高めるべきである。都道府県は、審査の結果と根拠を申請者に分かりやすく説明する。"],
     []),
    ("３　管理者不明の源泉への対応手順を整備する",
     ["○　放置された源泉について、所有者の探索から応急の閉塞、費用の回収までの手順を示す手引を作成する"
      "ことが適当である。危険性の高い源泉に都道府県が緊急に措置を講じられるよう、法的な手当ても検討する。"],
     ["ア　所有者の探索に、固定資産課税台帳等の情報を利用できるようにする",
      "イ　閉塞工事の費用について、国と都道府県の負担の在り方を検討する",
      "ウ　廃業時に源泉の処理方法を届け出る仕組みを設ける"]),
    ("４　地域ごとの資源利用計画の策定を促す",
     ["○　市町村が中心となり、温泉事業者、地熱開発事業者、住民等が参加する協議会を設け、資源の利用と"
      "保全の方針を定める計画を策定することを促す。計画を策定した地域には、配湯設備の更新等について"
      "国の支援を重点的に配分する。"],
     []),
    ("５　都道府県の専門人材の確保と広域連携を進める",
     ["○　国は、温泉行政の担当職員向けの研修を拡充するとともに、大学や研究機関の専門家を都道府県の"
      "求めに応じて派遣する仕組みを設けるべきである。隣接する県が審査や監視の業務を共同で行う取組も支援する。",
      "○　また、派遣された専門家には、１の仕組みにより報告される情報の分析にも協力を求める。"],
     []),
]

CLOSING = [
    "○　温泉資源は、一度損なわれると回復に長い時間を要する。本中間取りまとめで示した方向性は、資源の状況を"
    "知ること、利用を調整すること、それを支える体制を整えることの三つに集約される。",
    "○　本検討会は、本中間取りまとめに対する意見募集の結果も踏まえ、各方向性の具体化に向けた検討を進める。",
]

HEARING_LEAD = "ヒアリングにおける主な発言は次のとおりである（発言の趣旨を事務局の責任で要約したもの）。"

# (Heading 2, [(speaker, text)])
HEARINGS = [
    ("１　第２回検討会（令和８年６月１０日）", [
        ("北嶺県温泉協同組合", "源泉の水位は、この１５年で８メートル下がった。組合として記録を続けてきたが、"
         "周辺の源泉の状況が分からず、原因を特定できない。"),
        ("委員", "記録のための計測機器は、一か所当たりどの程度の費用がかかるのか。"),
        ("北嶺県温泉協同組合", "水位計と流量計を合わせ、設置費用は一か所当たり８０万円程度である。"
         "小さな旅館には負担が大きい。"),
        ("白糸峡温泉旅館組合", "隣の町で新しい源泉が掘られた後、当方の湧出量が減った。県に相談したが、"
         "影響はないと判断された。判断の根拠を示してほしい。"),
        ("湯ノ沢町", "廃業した旅館の源泉から湯が漏れ出し、町が応急の工事を行った。所有者の相続人が見つからず、"
         "費用を回収できていない。"),
        ("委員", "温泉の価値は湧出量だけでなく、景観や文化にもある。資源の議論に地域の歴史も含めてほしい。"),
    ]),
    ("２　第３回検討会（令和８年７月２２日）", [
        ("地熱開発事業者協会", "地熱の調査では、温泉への影響を監視するデータを地元と共有している。ただ、"
         "比較できる過去のデータがなく、議論がかみ合わないことが多い。"),
        ("委員", "温泉事業者と開発事業者が同じ場でデータを見ながら話し合う仕組みが必要ではないか。"),
        ("地熱開発事業者協会", "協議の場があれば参加したい。市町村に事務局を担ってもらえると、中立性の面でも望ましい。"),
        ("北嶺県", "温泉行政の担当は県全体で３人しかおらず、地質の専門家はいない。審査のたびに大学の研究者に"
         "個別に相談している。"),
        ("東湯浦温泉配湯組合", "配湯管の更新に約１２億円が必要と見込まれるが、組合員の旅館が減り、"
         "負担の割り振りで合意できていない。"),
        ("委員", "源泉を共同で管理する地域には、温泉の料金に更新費用を上乗せして積み立てている例がある。"
         "参考にしてはどうか。"),
        ("東湯浦温泉配湯組合", "積立ては過去に検討したが、料金を上げると日帰り客が減るおそれがあり、見送った。"),
    ]),
]


def add_page_field(paragraph) -> None:
    paragraph.add_run("－ ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
    paragraph.add_run(" －")


def body(doc, text: str, indent: float = 0.0) -> None:
    para = doc.add_paragraph(text)
    if indent:
        para.paragraph_format.left_indent = Pt(indent)


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "layouts44 tests", "layouts44 tests"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    section = doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(footer)

    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(SUBTITLE, style="Subtitle")
    for line in (DATE, BODY):
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("目次").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in TOC:
        body(doc, line, 18)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading("第１　はじめに", level=1)
    for text in INTRO:
        body(doc, text)

    doc.add_heading("第２　温泉資源をめぐる現状と課題", level=1)
    doc.add_heading("１　現状", level=2)
    for text in CURRENT:
        body(doc, text)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for left, right in TABLE:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = left, right
    doc.add_heading("２　課題", level=2)
    body(doc, ISSUES_LEAD)
    for text in ISSUES:
        body(doc, text)

    doc.add_heading("第３　今後の対応の方向性", level=1)
    body(doc, DIRECTIONS_LEAD)
    for heading, paras, items in DIRECTIONS:
        doc.add_heading(heading, level=2)
        for text in paras:
            body(doc, text)
        for item in items:
            body(doc, item, 18)

    doc.add_heading("第４　おわりに", level=1)
    for text in CLOSING:
        body(doc, text)

    doc.add_heading("（参考）関係者ヒアリングの概要", level=1)
    body(doc, HEARING_LEAD)
    for heading, turns in HEARINGS:
        doc.add_heading(heading, level=2)
        for speaker, text in turns:
            body(doc, f"（{speaker}）　{text}")
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
