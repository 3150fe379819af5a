"""The names of the glossary's noise classes, in one place: the glossary writes them into a
row's `noise_class` (and `demoted` when the row is listed last); the learned ranker's `noise`
feature group has one column per class, in NOISE_CLASSES order. A model file's `weighs`
names them too, so renaming one is a change to the output contract and to every model file."""
from __future__ import annotations

# The classes issue #16 names as rows a reader never wants: always listed last (NAMED_NOISE).
PERSON_WITH_TITLE = "person with title"
FRAGMENT = "fragment"
ENGLISH_WORDS = "English words"
ENUMERATION = "enumeration"
# This project's own heuristics, which a model may weigh instead (termmodel.Ranker.weighs).
INSIDE_ONLY = "only inside longer terms"
EVERYDAY_WORD = "everyday word"
KANJI_LIST = "kanji list"
GENERIC_HEAD = "generic head"
TWO_TERMS = "two terms"
QUANTITY_OR_DATE = "quantity or date"
ITEM_LABEL = "item label"
# Always listed last when a configuration turns them on: no model column (post and one-off
# phrase are off as shipped; reference is on since stop 86, quantified and relative time or
# place since stop 88).
POST = "post"
ONE_OFF_PHRASE = "one-off phrase"
REFERENCE = "reference"
QUANTIFIED = "quantified"
RELATIVE = "relative time or place"

NAMED_NOISE = (PERSON_WITH_TITLE, FRAGMENT, ENGLISH_WORDS, ENUMERATION)
NOISE_CLASSES = (*NAMED_NOISE, INSIDE_ONLY, EVERYDAY_WORD, KANJI_LIST, GENERIC_HEAD, TWO_TERMS,
                 QUANTITY_OR_DATE, ITEM_LABEL)
# The classes with no model column: listed last whenever the configuration turns them on.
ALWAYS_LAST = (POST, ONE_OFF_PHRASE, REFERENCE, QUANTIFIED, RELATIVE)
