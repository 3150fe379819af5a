"""Writes src/dtx_nlp/pipelines/rules/general.jsonl: the general entity layer.

Token patterns (spaCy Matcher syntax) over Sudachi parts of speech (`TAG`) and word endings, not
names: a noun chain ending in a head word that makes it a body (…省, …委員会), a law (…法,
…に関する法律, … Act) or a legally defined situation (…事態). Each line carries a label and a
confidence and no "id": the canonical name is the text matched. The word lists below are generic
words (方法, 当局, 同), never names of particular bodies or laws.

Run `python tools/make_general_rules.py` after editing; the JSONL is what the pipeline reads.
It also writes rules/instruments.jsonl: a guideline, standard, plan or declaration named by its
subject (…に関するガイドライン, …に関する基準), a file of its own that a pipeline lists or not.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "dtx_nlp" / "pipelines" / "rules" / "general.jsonl"
INSTRUMENTS_OUT = OUT.with_name("instruments.jsonl")
EDITIONS_OUT = OUT.with_name("editions.jsonl")

# Words that never belong to a name chain: deictic and quantifying prefixes, time words, generic
# nouns, and symbols other than the bullet that joins katakana words.
NOT_IN_CHAIN = [
    "同", "本", "各", "当該", "上記", "前記", "下記", "関係", "関連", "所管", "担当", "主要", "一部",
    "全", "全て", "他", "その他", "今回", "今般", "以下", "以上", "現行", "新", "旧", "我が国",
    "我国", "両国", "各国", "諸外国", "自国", "他国", "今後", "現在", "従来", "将来", "同様", "当時",
    "上", "中", "下", "内", "間", "前", "後", "時", "元", "現", "故", "こと", "ため", "もの", "よう", "場合", "必要",
    "様々", "多く", "一定", "所定", "個別", "具体", "ほか", "等々",
    "・", ":", "：", "/", "／", "=", "＝", "+", "＋", "%", "％", "…", "*", "※", "&", "＆", "→",
    "~", "〜", "・", "ー", "－", "-",
]
# Sudachi's part-of-speech tags (as GiNZA's tag_ writes them), listed rather than matched with
# a regular expression: a set lookup is several times faster in spaCy's Matcher.
COMMON = ["名詞-普通名詞-" + x for x in ("一般", "サ変可能", "形状詞可能", "サ変形状詞可能", "副詞可能",
                                        "助数詞可能")]
PROPER_TAGS = ["名詞-固有名詞-" + x for x in ("一般", "地名-一般", "地名-国")]
NAME_TAGS = ["名詞-固有名詞-" + x for x in ("人名-一般", "人名-姓", "人名-名")]
CHAIN_TAGS = (COMMON + PROPER_TAGS + NAME_TAGS
              + ["接頭辞", "接尾辞-名詞的-一般", "接尾辞-名詞的-サ変可能", "接尾辞-形状詞的", "形状詞-一般"])
C = {"TAG": {"IN": CHAIN_TAGS}, "TEXT": {"NOT_IN": NOT_IN_CHAIN}}
PROPER = {"TAG": {"IN": PROPER_TAGS}, "TEXT": {"NOT_IN": NOT_IN_CHAIN}}
NOUN = {"IN": COMMON + PROPER_TAGS + NAME_TAGS + ["名詞-数詞"]}


# Variants of the layer, each a principle that can be switched on; tools/cv_general_rules.py
# chooses between them by leave-one-report-out cross-validation, and ON lists the chosen ones.
SWITCHES = {
    "more_heads": "more heads of bodies: 事業団, 公団, 会議所, 中央会, 取引所, 連合会 (strong); "
                  "組合, 大学 (weak)",
    "katakana_name": "katakana words (joined by ・) + 機構/協会/連合/財団/基金/... is a body",
    "body_subunit": "a ministry or agency followed by its bureau, department, division or office "
                    "(…省…局…課) is one body",
    "acronym_heads": "a capitalised acronym + 会議/協会/基金/銀行/機関/部会 is a body; + 勧告/"
                     "規則/指令/ガイドライン/基準 an instrument",
    "english_more": "more English heads: Bill, Decree, Order, Guidelines (laws); Regulator, "
                    "Supervisor, Exchange, Chamber, Police (bodies)",
    "bare_emergency": "緊急事態 alone is a legal situation",
    "academy_heads": "heads of learned bodies: 研究会, 研究院, 科学院, 学会, アカデミー (weak)",
    "fu_head": "a word ending in 府 (not 政府, 行政府, 立法府, 司法府, 首府, 幕府) is a body",
    "network_heads": "ネットワーク, グループ as weak heads of bodies (two nouns or more before them)",
    "regime_heads": "katakana words + アレンジメント/レジーム/グループ/イニシアティブ is a "
                    "multilateral regime (a body)",
}
ON: set[str] = {"academy_heads", "acronym_heads", "fu_head", "more_heads", "network_heads",
                 "regime_heads"}  # chosen by tools/cv_general_rules.py


def op(token: dict, o: str) -> dict:
    return {**token, "OP": o}


# ---- organizations ---------------------------------------------------------------------------
# Strong heads: a chain of one noun or more before them makes a body (金融|庁 is one token,
# 東京|地方裁判所, 原子力規制委員会).
STRONG = ["省", "庁", "局", "本部", "機構", "委員会", "審議会", "裁判所", "事務局", "公庫", "公社",
          "評議会", "理事会"]
# Generic words that end in a strong head (省庁, 当局, 事務局 alone) are no names.
NOT_ORG = ["省庁", "官庁", "当局", "事務局", "薬局", "郵便局", "放送局", "支局", "部局", "難局",
           "政局", "戦局", "時局", "結局", "終局", "対局", "反省", "帰省", "内省", "自省", "本省",
           "統治機構", "小委員会", "本委員会", "同委員会", "各省", "各庁", "各省庁", "全省庁",
           "同庁", "同省", "同局", "本部", "機構", "委員会", "審議会", "裁判所", "理事会",
           "評議会", "公社", "公庫", "省", "庁", "局"]
# Weak heads: generic as often as not (金融|機関, 首脳|会議), so two nouns before them or a proper
# noun at the start of the chain are needed.
WEAK = ["機関", "銀行", "会議", "協議会", "協会", "センター", "基金", "部会", "連合", "連盟", "政府",
        "研究所", "財団", "フォーラム", "室"]
# Legal-person prefixes (一般財団法人 X, 国立|研究開発|法人 X) and company forms.
PERSON_PREFIX = (r"^((一般|公益)(財団|社団)|(地方)?独立行政|国立大学|国立研究開発|特定非営利活動|"
                 r"学校|社会福祉|医療|宗教|弁護士|監査|税理士|司法書士)法人$|^(株式|有限|合同|合名|合資)会社$")

# ---- laws ------------------------------------------------------------------------------------
# Words ending in 法 that name a method or law in general, not a law (憲法, 民法 stay).
NOT_LAW = ["方法", "手法", "技法", "療法", "用法", "文法", "製法", "寸法", "論法", "作法", "工法",
           "司法", "立法", "違法", "合法", "不法", "適法", "便法", "話法", "戦法", "兵法", "算法",
           "解法", "説法", "魔法", "筆法", "加法", "減法", "乗法", "除法", "新法", "旧法", "同法",
           "本法", "両法", "各法", "後法", "前法", "悪法", "仏法", "公法", "私法", "国法", "国際法",
           "国内法", "特別法", "一般法", "関係法", "関連法", "個別法", "現行法", "実定法", "慣習法",
           "成文法", "対処法", "治療法", "診断法", "解析法", "分析法", "測定法", "計算法", "評価法",
           "検査法", "二分法", "弁証法", "消去法", "改正法", "根拠法", "上位法", "下位法", "法"]
# Nouns naming a procedure: "X|法" after them is a method (治療|法, 分析|法).
METHOD_NOUNS = ["治療", "診断", "解析", "分析", "測定", "評価", "計算", "検査", "製造", "調査",
                "実験", "学習", "指導", "記述", "表現", "表記", "算出", "推定", "予測", "検定",
                "判定", "分類", "抽出", "合成", "培養", "処理", "加工", "設計", "施工", "栽培",
                "飼育", "訓練", "練習", "教育", "投与", "接種", "観察", "試験", "対処", "解決",
                # ... or a law in general (改正|法, 国内|法)
                "改正", "根拠", "上位", "下位", "国際", "国内", "関係", "関連", "個別", "現行"]
# Heads of instruments below or beside a law (施行令, 条約, 協定, 指令) ...
INSTRUMENTS = ["施行令", "施行規則", "規則", "条例", "条約", "協定", "議定書", "憲章", "指令",
               "政令", "省令", "府令", "規程"]
# ... and the generic words among them.
NOT_INSTRUMENT = INSTRUMENTS + ["同条約", "本条約", "同協定", "本協定", "同規則", "本規則",
                                "諸規則", "内規", "社則", "原則", "罰則", "細則", "総則", "付則",
                                "附則", "規則正しい", "指令部", "司令", "発令", "法令", "訓令",
                                "辞令", "号令", "命令"]
# English heads of laws and of bodies.
MORE_LAW_EN = ["Bill", "Decree", "Order", "Guidelines"]
MORE_ORG_EN = ["Regulator", "Supervisor", "Exchange", "Chamber", "Police"]
LAW_EN = ["Act", "Directive", "Regulation", "Regulations", "Convention", "Treaty", "Agreement",
          "Code", "Law", "Protocol", "Charter", "Rule", "Rules", "Ordinance", "Statute"]
ORG_EN = ["Agency", "Authority", "Bank", "Board", "Bureau", "Commission", "Committee", "Council",
          "Court", "Department", "Fund", "Force", "Institute", "Ministry", "Office",
          "Organization", "Organisation", "Network", "Service", "Administration", "Association",
          "Union", "Forum", "Tribunal", "Secretariat", "Center", "Centre", "Corporation",
          "Foundation", "Parliament", "Congress", "Senate", "Assembly", "Reserve", "Group"]
# A capitalised English word (Sudachi keeps some multi-word names as one token with spaces).
TITLE = {"TEXT": {"REGEX": r"^([A-Z][A-Za-z0-9'&.\-]*( [A-Za-z0-9'&.\-]+)*|-)$"},
         "LOWER": {"NOT_IN": ["the", "a", "an", "this", "that", "these", "under", "in", "on",
                              "of", "for", "and", "to", "by", "with", "from", "at", "as", "it",
                              "its", "their", "our", "we", "they", "he", "she", "i"]}}
CONNECT_EN = {"LOWER": {"IN": ["of", "on", "for", "and", "the", "to", "in", "against", "&"]}}
NUM = {"TAG": "名詞-数詞"}
EU_TAGS = ["EU", "EC", "EEC", "Euratom", "EURATOM"]


def english_end(heads: list[str]) -> dict:
    """One token holding several English words, the last a head (European Commission)."""
    return {"TEXT": {"REGEX": r"^[A-Z][A-Za-z0-9'&.\-]*( [A-Za-z0-9'&.\-]+)* (" + "|".join(heads)
                     + ")$"}}


def rule(label: str, confidence: float, pattern: list, comment: str) -> dict:
    return {"label": label, "pattern": pattern, "confidence": confidence, "comment": comment}


MORE_STRONG = ["事業団", "公団", "会議所", "中央会", "取引所", "連合会"]
MORE_WEAK = ["組合", "大学"]
ACADEMY_WEAK = ["研究会", "研究院", "科学院", "学会", "アカデミー"]
REGIME_HEADS = ["アレンジメント", "レジーム", "グループ", "イニシアティブ", "イニシアチブ"]
KATAKANA = {"TEXT": {"REGEX": r"^[ァ-ヶー]{2,}$"}}
KATAKANA_HEADS = ["機構", "協会", "連合", "連盟", "財団", "基金", "機関", "銀行", "センター",
                  "フォーラム", "会議", "委員会", "グループ"]
SUBUNITS = r"(局|部|課|室|センター|事務所|研究所)$"
ACRONYM = {"TEXT": {"REGEX": r"^[A-ZＡ-Ｚ][A-ZＡ-Ｚ0-9０-９&＆/／-]{1,9}$"}}
ACRONYM_BODY_HEADS = ["会議", "協会", "基金", "銀行", "機関", "部会", "理事会", "委員会", "事務局",
                      "総会"]
ACRONYM_LAW_HEADS = ["勧告", "規則", "指令", "ガイドライン", "基準", "条約", "協定"]


def organizations(on: set[str]) -> list[dict]:
    strong_heads = STRONG + (MORE_STRONG if "more_heads" in on else [])
    weak_heads = (WEAK + (MORE_WEAK if "more_heads" in on else [])
                  + (["ネットワーク", "グループ"] if "network_heads" in on else [])
                  + (ACADEMY_WEAK if "academy_heads" in on else []))
    org_en = ORG_EN + (MORE_ORG_EN if "english_more" in on else [])
    strong = {"TEXT": {"IN": strong_heads}}
    strong_end = {"TEXT": {"REGEX": "^.+(" + "|".join(strong_heads) + ")$", "NOT_IN": NOT_ORG},
                  "TAG": NOUN}
    weak = {"TEXT": {"IN": weak_heads}}
    weak_proper = {"TEXT": {"REGEX": "^.+(" + "|".join(weak_heads) + ")$"},
                   "TAG": {"IN": PROPER_TAGS + NAME_TAGS}}
    prefix = {"TEXT": {"REGEX": PERSON_PREFIX}}
    return [
        rule("ORGANIZATION", 0.8, [op(C, "+"), strong], "noun chain + 省/庁/局/委員会/..."),
        rule("ORGANIZATION", 0.8, [op(C, "*"), strong_end], "a word ending in 省/庁/委員会/..."),
        rule("ORGANIZATION", 0.6, [C, op(C, "+"), weak], "two nouns or more + 機関/銀行/会議/..."),
        rule("ORGANIZATION", 0.6, [PROPER, op(C, "*"), weak], "proper noun ... + 機関/銀行/政府/..."),
        rule("ORGANIZATION", 0.7, [op(C, "*"), weak_proper], "a proper noun ending in 機関/銀行/..."),
        rule("ORGANIZATION", 0.85, [prefix, op(C, "+")], "legal-person prefix + name"),
        rule("ORGANIZATION", 0.85, [{"TEXT": {"IN": ["国立", "地方", "独立"]}}, op(C, "{0,2}"),
                                    {"TEXT": "法人"}, op(C, "+")],
             "legal-person prefix in several words + name"),
        rule("ORGANIZATION", 0.8, [op(C, "+"), {"TEXT": {"IN": ["株式会社", "有限会社",
                                                                "合同会社"]}}],
             "name + company form"),
        rule("ORGANIZATION", 0.75, [op(TITLE, "+"), op(CONNECT_EN, "?"), op(TITLE, "*"),
                                    {"TEXT": {"IN": org_en}}], "English name + Agency/Bank/..."),
        rule("ORGANIZATION", 0.75, [op(TITLE, "*"), english_end(org_en)],
             "an English name ending in Agency/Bank/... as one token"),
        rule("ORGANIZATION", 0.7, [{"TEXT": {"IN": org_en}}, {"LOWER": {"IN": ["of", "for", "on"]}},
                                   op({"LOWER": "the"}, "?"), op(TITLE, "+")],
             "Ministry/Bank/Court of + English name"),
    ] + _more_organizations(on, strong_end, strong)


def _more_organizations(on: set[str], strong_end: dict, strong: dict) -> list[dict]:
    out = []
    if "katakana_name" in on:
        out.append(rule("ORGANIZATION", 0.7, [KATAKANA, op({"TEXT": "・"}, "?"),
                                              op(KATAKANA, "*"), {"TEXT": {"IN": KATAKANA_HEADS}}],
                        "katakana words + 機構/協会/連合/財団/..."))
    if "fu_head" in on:
        out.append(rule("ORGANIZATION", 0.75, [op(C, "*"), {"TEXT": {
            "REGEX": "^.+府$", "NOT_IN": ["政府", "行政府", "立法府", "司法府", "首府", "幕府",
                                          "都府", "道府", "各府", "本府", "同府"]}, "TAG": NOUN}],
                        "a word ending in 府 (a cabinet office)"))
    if "regime_heads" in on:
        out.append(rule("ORGANIZATION", 0.6, [KATAKANA, op({"TEXT": "・"}, "?"), op(KATAKANA, "*"),
                                              op({"TEXT": "・"}, "?"),
                                              {"TEXT": {"IN": REGIME_HEADS}}],
                        "katakana words + アレンジメント/レジーム/グループ (a regime)"))
    if "body_subunit" in on:
        sub = {"TEXT": {"REGEX": SUBUNITS, "NOT_IN": NOT_ORG + ["部", "課", "室"]}, "TAG": NOUN}
        body = {"TEXT": {"REGEX": "^.+(省|庁)$", "NOT_IN": NOT_ORG}, "TAG": NOUN}
        for head in ([body], [op(C, "*"), body], [op(C, "+"), {"TEXT": {"IN": ["省", "庁"]}}]):
            out.append(rule("ORGANIZATION", 0.8, [*head, op(C, "*"), sub],
                            "a ministry or agency + its bureau/department/division (…省…局…課)"))
            out.append(rule("ORGANIZATION", 0.8,
                            [*head, op(C, "+"), {"TEXT": {"IN": ["局", "部", "課", "室"]}}],
                            "a ministry or agency + … 局/部/課/室"))
    if "acronym_heads" in on:
        out.append(rule("ORGANIZATION", 0.7, [ACRONYM, {"TEXT": {"IN": ACRONYM_BODY_HEADS}}],
                        "a capitalised acronym + 会議/協会/基金/..."))
    return out


def laws(on: set[str]) -> list[dict]:
    law_en = LAW_EN + (MORE_LAW_EN if "english_more" in on else [])
    law_word = {"TEXT": {"REGEX": r"^(?!.*(" + "|".join(w for w in NOT_LAW if len(w) == 2)
                         + r")$).{2,}法$", "NOT_IN": NOT_LAW}, "TAG": NOUN}
    short_law = {"TEXT": {"REGEX": r"^.法$", "NOT_IN": NOT_LAW}, "TAG": NOUN}
    not_method = {**C, "TEXT": {"NOT_IN": NOT_IN_CHAIN + METHOD_NOUNS}}
    instrument = {"TEXT": {"IN": INSTRUMENTS}}
    instrument_end = {"TEXT": {"REGEX": "^.+(" + "|".join(INSTRUMENTS) + ")$",
                               "NOT_IN": NOT_INSTRUMENT}, "TAG": NOUN}
    law_end = {"TEXT": {"REGEX": "(法|法律|" + "|".join(INSTRUMENTS) + ")$",
                        "NOT_IN": NOT_LAW + NOT_INSTRUMENT}, "TAG": NOUN}
    about = [{"TEXT": "に"}, {"TEXT": "関する"}]
    out = [
        rule("LAW", 0.75, [op(C, "*"), not_method, {"TEXT": "法"}], "noun chain + 法 (not 治療|法)"),
        rule("LAW", 0.75, [op(C, "*"), not_method, {"TEXT": "法改正"}],
             "noun chain + 法改正, one word in Sudachi: the law named in its amendment (下水道|法改正);"
             " read only under `title_amended` or `title_fused_amendments`"),
        rule("LAW", 0.8, [op(C, "*"), law_word], "a word ending in 法 (感染症法), chain before"),
        rule("LAW", 0.6, [op(C, "*"), short_law], "a two-character law word (憲法, 民法)"),
        rule("LAW", 0.8, [op(C, "*"), {"TEXT": {"REGEX": "(省|府)$"}, "TAG": NOUN},
                          {"TEXT": "令"}], "a ministry's ordinance (…省令, …府令)"),
        rule("LAW", 0.85, [{"TEXT": {"REGEX": r"^.{3,}法律$"}, "TAG": NOUN}],
             "a law's full name as one word"),
        rule("LAW", 0.8, [op(C, "+"), instrument], "noun chain + 施行令/規則/条約/協定/指令/..."),
        rule("LAW", 0.8, [op(C, "*"), instrument_end], "a word ending in 施行令/条約/協定/..."),
        rule("LAW", 0.8, [{"TEXT": "第"}, NUM, {"TEXT": "次"}, op(C, "*"),
                          {"TEXT": {"REGEX": "(" + "|".join(INSTRUMENTS) + ")$"}}],
             "第N次 ... 指令"),
        rule("LAW", 0.8, [op(C, "*"), {"TEXT": "勧告"}, op({"TEXT": "第"}, "?"), NUM,
                          op({"TEXT": {"IN": ["号", "条"]}}, "?")], "... 勧告 with its number"),
        rule("LAW", 0.75, [C, op(C, "*"), {"TEXT": "令", "TAG": "接尾辞-名詞的-一般"}],
             "noun chain + 令 (a cabinet order: …管理令)"),
        rule("LAW", 0.85, [{"TEXT": {"IN": ["Regulation", "Directive", "Decision"]}},
                           op({"TEXT": "("}, "?"), op({"TEXT": {"IN": EU_TAGS}}, "?"),
                           op({"TEXT": ")"}, "?"), NUM, {"TEXT": "/"}, NUM,
                           op({"TEXT": "/"}, "?"), op({"TEXT": {"IN": EU_TAGS}}, "?")],
             "an EU act by its number: Regulation (EU) 2021/821, Directive 2001/83/EC"),
    ]
    articles = [[{"TEXT": "第"}, NUM, {"TEXT": "条"}]]
    articles.append(articles[0] + [{"TEXT": "の"}, NUM])
    articles.append(articles[1] + [{"TEXT": "の"}, NUM])
    articles += [a + [{"TEXT": "第"}, NUM, {"TEXT": "項"}] for a in articles]
    for article in articles:
        out.append(rule("LAW", 0.85, [op(C, "*"), law_end, *article], "law + 第N条(のM)(第K項)"))
        out.append(rule("LAW", 0.85, [op(C, "+"), instrument, *article],
                        "law + 施行令/施行規則/... + 第N条(のM)(第K項)"))
        out.append(rule("LAW", 0.85, [op(C, "+"), {"TEXT": "法"}, *article],
                        "noun chain + 法 + 第N条(のM)(第K項)"))
    out += [
        rule("LAW", 0.85, [op(TITLE, "+"), op(CONNECT_EN, "?"), op(TITLE, "*"),
                           {"TEXT": {"IN": law_en}}], "English name + Act/Directive/Regulation"),
        rule("LAW", 0.85, [op(TITLE, "*"), english_end(law_en)],
             "an English name ending in Act/Directive/... as one token"),
        rule("LAW", 0.85, [op(TITLE, "+"), {"TEXT": {"IN": law_en}}, op({"LOWER": "of"}, "?"),
                           {"TEXT": {"REGEX": r"^(1[89]|20)\d\d$"}}], "... Act (of) 2020"),
        rule("LAW", 0.7, [{"TEXT": {"IN": law_en}}, {"LOWER": {"IN": ["on", "of", "for"]}},
                          op({"LOWER": "the"}, "?"), op(TITLE, "+")],
             "Act/Convention on + English name"),
    ]
    ends = {"法律": {"TEXT": "法律"}, "…法": law_word, "…条約/協定/…": instrument_end}
    connectors = [[], ["の"], ["及び"], ["並びに"], ["又は"], ["に", "よる"], ["に", "おける"], ["に", "おけ", "る"],
                  ["に", "係る"], ["等", "の"], ["の", "C", "の"], ["の", "C", "及び"],
                  ["及び", "C", "の"]]
    for name, end in ends.items():
        for connector in connectors:
            words = [op(C, "+") if w == "C" else {"TEXT": w} for w in connector]
            middle = [*words, op(C, "+")] if connector else []
            shown = "".join("…" if w == "C" else w for w in connector)
            out.append(rule("LAW", 0.85, [op(C, "+"), *middle, *about, op(C, "*"), end],
                            f"… {shown} … に関する {name}".replace("  ", " ")))
        out.append(rule("LAW", 0.85, [op(C, "+"), *about, op(C, "*"), instrument],
                        "… に関する 条約/協定/規則/…"))
    if "acronym_heads" in on:
        out.append(rule("LAW", 0.7, [ACRONYM, {"TEXT": {"IN": ACRONYM_LAW_HEADS}},
                                     op({"TEXT": "第"}, "?"), op(NUM, "?")],
                        "a capitalised acronym + 勧告/規則/指令/ガイドライン/..."))
    return out


# Heads of instruments below a law named by their subject: …に関するガイドライン, …に関する基本指針.
POLICY_HEADS = ["ガイドライン", "指針", "基準", "計画", "方針", "戦略", "要綱", "要領", "プラン",
                "原則", "宣言"]


def instruments() -> list[dict]:
    """A guideline, standard, plan or declaration named by its subject: a noun chain, に関する,
    words before the head (基本, 技術) and the head. The general layer joins the subject's other
    parts leftward as it does for a law's (…の…及び…に関する基準). Labelled INSTRUMENT: a
    document below a law, named as one (a pipeline that lists the file lists the label among
    its `proper_name_labels`, as LAW is)."""
    head = {"TEXT": {"IN": POLICY_HEADS}}
    about = [{"TEXT": "に"}, {"TEXT": "関する"}]
    adjective = [op(C, "+"), {"TEXT": "な", "TAG": {"REGEX": "^助動詞"}}]
    out = []
    for connector in (["の"], ["及び"], ["並びに"], ["又は"], ["等", "の"], ["に", "おける"],
                      ["に", "おけ", "る"], ["に", "よる"], ["に", "係る"]):
        subject = [op(C, "+"), *({"TEXT": w} for w in connector), op(C, "+"), *about]
        shown = "".join(connector)
        out.append(rule("INSTRUMENT", 0.7, [*subject, op(C, "*"), head],
                        f"… {shown} … に関する ガイドライン/指針/基準/計画/…"))
        out.append(rule("INSTRUMENT", 0.7, [*subject, *adjective, op(C, "*"), head],
                        f"… {shown} … に関する …な ガイドライン/指針/…"))
    return out


def editions() -> list[dict]:
    """A plan or guideline named with its edition: 第, a number, 次 or 期, a noun chain and a word
    ending in one of the heads of `instruments` (第7次|エネルギー|基本計画, 第10期|介護保険|事業|計画).
    A head with no chain before it (第2期計画) is a phase of some plan, not a name."""
    head_end = {"TEXT": {"REGEX": "(" + "|".join(POLICY_HEADS) + ")$"}, "TAG": NOUN}
    return [rule("INSTRUMENT", 0.7, [{"TEXT": "第"}, NUM, {"TEXT": {"IN": ["次", "期"]}},
                                     op(C, "+"), head_end],
                 "第N次/第N期 … 計画/指針/方針/…")]


def situations(on: set[str]) -> list[dict]:
    bare = [rule("LEGAL_SITUATION", 0.5, [{"TEXT": "緊急事態"}], "緊急事態 alone")]
    return (bare if "bare_emergency" in on else []) + [
        rule("LEGAL_SITUATION", 0.7, [op(C, "+"), {"TEXT": "事態"}], "noun chain + 事態"),
        rule("LEGAL_SITUATION", 0.7, [op(C, "+"), {"TEXT": {"REGEX": "^.+事態$"}, "TAG": NOUN}],
             "noun chain + a word ending in 事態 (… 等緊急事態)"),
    ]


def write(path: Path, on: set[str] | dict[str, bool]) -> int:
    """Write the layer with the switches `on`; returns the number of rules."""
    on = {k for k in on if on is not None and (not isinstance(on, dict) or on[k])}
    unknown = on - set(SWITCHES)
    if unknown:
        raise ValueError(f"unknown switches {sorted(unknown)}")
    lines = ["// The general layer: token patterns over parts of speech and word endings, no names."
             " Generated by tools/make_general_rules.py; edit there."
             + (f" Switches on: {', '.join(sorted(on))}." if on else "")]
    for group in (organizations(on), laws(on), situations(on)):
        lines += [json.dumps(r, ensure_ascii=False) for r in group]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


def write_rules(path: Path, header: str, rules: list[dict]) -> int:
    """Write a rule file of the general layer (a comment line, then one rule per line)."""
    lines = [header] + [json.dumps(r, ensure_ascii=False) for r in rules]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rules)


def main() -> None:
    print(f"{OUT}: {write(OUT, ON)} rules")
    instruments_header = ("// Instruments named by their subject: token patterns, no names. Generated"
                          " by tools/make_general_rules.py; edit there.")
    editions_header = ("// Plans and guidelines named with their edition: token patterns, no names."
                       " Generated by tools/make_general_rules.py; edit there.")
    print(f"{INSTRUMENTS_OUT}: {write_rules(INSTRUMENTS_OUT, instruments_header, instruments())} rules")
    print(f"{EDITIONS_OUT}: {write_rules(EDITIONS_OUT, editions_header, editions())} rules")


if __name__ == "__main__":
    main()
