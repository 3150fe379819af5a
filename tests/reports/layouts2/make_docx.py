"""Write report2.docx, a fictional test report on community sports (deterministic bytes).

Adapted from tests/reports/layouts/make_docx.py. Run from anywhere:
``python tests/reports/layouts2/make_docx.py``. The file is written beside this script. Core
properties and zip timestamps are fixed, so two runs give the same bytes.

Layout exercised: Heading 1/2 styles; problems as Heading 2 ``課題N　title`` + Normal paragraph;
recommendations as a Word numbered list (style "List Number": the numbers 1, 2, … are shown by Word
from the list style and are NOT in the paragraph text), each followed by a Normal body paragraph and,
for two of them, List Bullet items; a record under Heading 1 ``参考資料　検討会の主な意見`` with remarks
as List Bullet paragraphs and replies as Normal paragraphs starting with ``（回答）``.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document

OUT = Path(__file__).with_name("report2.docx")
FIXED_TIME = dt.datetime(2026, 7, 1, 9, 0, 0)
ZIP_TIME = (2026, 7, 1, 9, 0, 0)

TITLE = "地域で誰もがスポーツに親しめる環境づくりに関する報告書"
SUBTITLE = "架空地域スポーツ政策研究所　2026年7月"

INTRO = [
    "スポーツは、健康の保持だけでなく、世代を超えた交流や地域への愛着を育む役割を担っている。"
    "しかし、地方の市町村では、運動施設の老朽化や指導者の不足、学校の部活動の地域への移行に伴う混乱など、"
    "住民がスポーツに親しむ環境が揺らいでいる。",
    "当研究所は、人口三万人から十万人の市町村のうち十五の市町村を選び、スポーツ担当部署と総合型地域スポーツクラブ、"
    "競技団体への聞き取りを行った。本報告書は、その結果から見えてきた課題と、市町村と都道府県が取り組むべき事項をまとめたものである。",
    "なお、本報告書でいうスポーツには、競技としてのスポーツだけでなく、散歩や体操、レクリエーションとしての軽い運動も含む。"
    "また、提言の番号は、本文の番号付きの一覧の番号による。",
]

PROBLEMS_LEAD = "聞き取りの結果から、次の六つの課題を整理した。"

PROBLEMS = [
    ("課題1　運動施設の老朽化が進んでいる",
     "市町村の体育館やプールの多くは昭和五十年代に建てられ、空調の不備や雨漏りが目立つ。"
     "改修の費用を確保できず、利用を制限したり閉鎖したりする施設が増えている。"
     "人口の減少により、同じ種類の施設を近隣の市町村がそれぞれに抱えていることも、維持の負担を重くしている。"),
    ("課題2　指導者が不足し、特定の人に負担が集中している",
     "地域のスポーツクラブの指導者は、多くが無償の協力者であり、平日の夜と週末の指導が一部の人に集中している。"
     "指導者の高齢化も進み、後継者が見つからないまま活動を休止するクラブが出ている。"),
    ("課題3　部活動の地域移行の受け皿が整っていない",
     "中学校の休日の部活動を地域のクラブに移す取組が始まっているが、受け入れるクラブの数や指導者が足りず、"
     "生徒が希望する種目を続けられない例がある。保護者の費用負担が増えることへの不安も大きい。"),
    ("課題4　障害のある人がスポーツに参加する機会が少ない",
     "障害のある人が利用しやすい設備や、障害に応じた指導のできる人材が地域に乏しく、参加の機会は都市部に偏っている。"
     "特別支援学校を卒業すると、運動をする機会そのものを失ってしまう人も多い。"),
    ("課題5　施設の予約や活動の情報が探しにくい",
     "施設の予約は窓口や電話に限られる市町村が多く、どの施設がいつ空いているのか、"
     "どこでどのような活動が行われているのかを住民が知る手段が限られている。"
     "市町村の広報紙に掲載される情報は月に一度であり、急な中止や空きの情報は届かない。"),
    ("課題6　働く世代のスポーツの実施率が低い",
     "週に一回以上スポーツをする人の割合は、三十代と四十代で特に低い。"
     "仕事や子育てに追われ、施設の開いている時間に通えないことが主な理由として挙げられている。"
     "一方で、高齢者の実施率は上がっており、世代によって参加の状況が大きく異なっている。"),
]

PROBLEMS_TAIL = ("このほか、聞き取りでは、学校の体育館を住民に開放する際の鍵の管理や、"
                 "夜間の照明の費用を誰が負担するのかといった運用上の問題も挙げられた。")

RECS_LEAD = "以上の課題を踏まえ、次の事項を提言する。"

# (title shown as a List Number paragraph, body, [items as List Bullet])
RECS = [
    ("運動施設の集約と複合化を計画的に進める",
     "市町村は、利用の実態を踏まえて施設の集約を計画し、改修の際には公民館や図書館との複合化を検討すべきである。"
     "近隣の市町村と施設を共同で利用する協定を結び、一つの市町村ですべての施設を抱えない形を目指す。"
     "集約の計画は、住民に利用の実態と将来の費用の見通しを示した上で決定する。",
     []),
    ("指導者の確保と育成を地域全体で進める",
     "都道府県は、指導者の資格取得の費用を助成するとともに、指導者に適切な謝金を支払えるよう、"
     "地域のクラブの運営を支援すべきである。"
     "指導を一人で抱え込まずに済むよう、複数の指導者が交代で受け持つ体制づくりも促す。",
     ["教員のうち希望する者が、兼業の手続を経て地域のクラブで指導できるようにする",
      "大学の運動部や競技団体の協力を得て、学生や競技経験者を指導者として登録する"]),
    ("部活動の受け皿となるクラブの立ち上げを支援する",
     "市町村は、中学校の部活動を受け入れる地域のクラブの設立と運営を支援すべきである。"
     "生徒の家庭の経済的な事情によって参加が妨げられないよう、会費の減免の仕組みを設ける。"
     "指導者の確保は、上記2の提言と一体で進める。",
     ["困窮する家庭の生徒の会費を市町村が負担する",
      "複数の中学校の生徒が一つのクラブで活動できるよう、移動の手段を確保する"]),
    ("障害のある人が身近な場所でスポーツに参加できるようにする",
     "都道府県は、障害者スポーツの指導者を養成し、市町村の施設に派遣する仕組みを設けるべきである。"
     "施設の改修の際には、車いすでの利用に対応した設備を整える。"
     "特別支援学校の卒業生が地域のクラブに加われるよう、学校とクラブの橋渡しを行う。",
     []),
    ("施設の予約と活動の情報を一元的に提供する",
     "都道府県と市町村は、施設の空き状況の確認と予約、地域のクラブの活動情報の検索を一つのサイトで行える仕組みを共同で整備すべきである。"
     "予約は夜間や休日にも受け付け、料金の支払いもサイト上で済ませられるようにする。"
     "サイトの構築と運用の費用は、参加する市町村が人口に応じて分担する。",
     []),
]

CONCLUSION = [
    "住民がスポーツに親しめる環境は、施設、指導者、情報のいずれが欠けても成り立たない。"
    "人口が減る中で、すべてを市町村単独で維持することは難しく、近隣の市町村や学校、大学、企業との連携が欠かせない。",
    "本報告書が、各地域でスポーツの環境を見直す際の手がかりとなれば幸いである。"
    "当研究所は、提言の実施に取り組む市町村の事例を集め、来年度に改めて報告する予定である。",
]

RECORD_LEAD = "2026年5月と6月に開いた検討会での委員の主な意見と、それに対する研究所の回答を掲げる。意見は要旨であり、掲載の順序は発言の順による。"

# ("remark", text) -> List Bullet; ("reply", text) -> Normal starting with （回答）
RECORD = [
    ("remark", "施設を減らす議論は住民の反発を招きやすいので、利用の実態を示して丁寧に説明する必要がある。"),
    ("remark", "隣の市の体育館を使えるようになれば、自分の市で同じ施設を持つ必要はなくなる。"),
    ("reply", "（回答）近隣の市町村との共同利用の協定は、提言の中に位置付けた。"),
    ("remark", "指導者を無償の善意に頼る仕組みは、もはや限界に来ている。"),
    ("remark", "教員の中には、休日も指導を続けたいと考える人が少なくない。"),
    ("remark", "指導者に交通費程度の謝金しか払えない現状を改めなければ、なり手は増えない。"),
    ("remark", "スポーツ少年団の保護者の当番制が、共働きの家庭には大きな負担になっている。"),
    ("remark", "部活動が地域に移ると、会費を払えない家庭の子どもが参加できなくなるおそれがある。"),
    ("reply", "（回答）会費の減免と、困窮する家庭への支援を提言に盛り込んだ。"),
    ("remark", "学校が統合された地域では、クラブの練習場所まで通う手段がない。"),
    ("remark", "障害者スポーツの指導ができる人は県内に数えるほどしかいない。"),
    ("remark", "プロのスポーツチームと連携すれば、地域の関心を高めることができる。"),
    ("reply", "（回答）プロチームとの連携は重要であるが、今回の検討の範囲を超えるため、今後の課題とした。"),
    ("remark", "予約のために平日の昼間に窓口へ行かなければならないのは、働く人には不便だ。"),
    ("remark", "活動の情報がまとまったサイトがあれば、転入してきた住民もクラブを見つけやすくなる。"),
    ("remark", "高齢者向けの軽い運動の教室を増やしてほしいという声が多い。"),
    ("reply", "（回答）高齢者の運動の機会については、別途、健康づくりの部署と協議する。"),
]


def build() -> Document:
    doc = Document()
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = TITLE, "dtx-nlp tests", "dtx-nlp tests"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph(SUBTITLE)
    doc.add_heading("1　はじめに", level=1)
    for text in INTRO:
        doc.add_paragraph(text)
    doc.add_heading("2　課題", level=1)
    doc.add_paragraph(PROBLEMS_LEAD)
    for heading, text in PROBLEMS:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(text)
    doc.add_paragraph(PROBLEMS_TAIL)
    doc.add_heading("3　提言", level=1)
    doc.add_paragraph(RECS_LEAD)
    for title, body, items in RECS:
        doc.add_paragraph(title, style="List Number")
        doc.add_paragraph(body)
        for item in items:
            doc.add_paragraph(item, style="List Bullet")
    doc.add_heading("4　おわりに", level=1)
    for text in CONCLUSION:
        doc.add_paragraph(text)
    doc.add_heading("参考資料　検討会の主な意見", level=1)
    doc.add_paragraph(RECORD_LEAD)
    for kind, text in RECORD:
        doc.add_paragraph(text, style="List Bullet" if kind == "remark" else None)
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
