"""Stage 4: tokenize with Sudachi and parse with GiNZA (spaCy), with a DocBin cache."""

from __future__ import annotations

import hashlib
import os
import re
import warnings
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import numpy as np

from .. import __version__
from ..config import ParseConfig
from ..outputs import atomic_file
from ..types import TokenRecord, Unit

_SENTENCE_END = re.compile(r"(?<=[。！？!?\n])")


@dataclass(frozen=True)
class ParsedUnit:
    """A unit with its spaCy Doc (kept inside parse/entities/glossary) and its vector."""

    unit: Unit
    doc: object  # spacy.tokens.Doc
    vector: np.ndarray


def load_nlp(cfg: ParseConfig):
    """Load the GiNZA model once; components no stage uses are disabled."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import spacy

    return spacy.load(cfg.model, exclude=list(cfg.disable))


def chunk_text(text: str, max_bytes: int) -> list[str]:
    """Cut a text at sentence ends into pieces of at most `max_bytes` UTF-8 bytes each."""
    if len(text.encode("utf-8")) <= max_bytes:
        return [text]
    chunks, current = [], ""
    for sentence in _SENTENCE_END.split(text):
        while len(sentence.encode("utf-8")) > max_bytes:  # one overlong sentence: hard cut
            cut = _byte_prefix(sentence, max_bytes)
            chunks, current = _flush(chunks, current), ""
            chunks.append(sentence[:cut])
            sentence = sentence[cut:]
        if len((current + sentence).encode("utf-8")) > max_bytes:
            chunks, current = _flush(chunks, current), ""
        current += sentence
    return _flush(chunks, current)


def _flush(chunks: list[str], current: str) -> list[str]:
    return chunks + [current] if current else chunks


def _byte_prefix(text: str, max_bytes: int) -> int:
    size = 0
    for i, ch in enumerate(text):
        size += len(ch.encode("utf-8"))
        if size > max_bytes:
            return max(i, 1)
    return len(text)


def _parse_one(nlp, text: str, cfg: ParseConfig):
    from spacy.tokens import Doc

    pieces = chunk_text(text, cfg.max_chunk_bytes)
    docs = list(nlp.pipe(pieces, batch_size=cfg.batch_size))
    if len(docs) == 1:
        return docs[0]
    with warnings.catch_warnings():  # GiNZA's per-doc clause data cannot be merged; not used
        warnings.filterwarnings("ignore", message=r".*\[W102\]")
        return Doc.from_docs(docs, ensure_whitespace=False)


def parse_units(units: list[Unit], nlp, cfg: ParseConfig) -> list[ParsedUnit]:
    """Parse every unit; long units are parsed in chunks and joined back."""
    short = [u for u in units if len(u.text.encode("utf-8")) <= cfg.max_chunk_bytes]
    docs = dict(zip((u.unit_id for u in short),
                    nlp.pipe((u.text for u in short), batch_size=cfg.batch_size)))
    for u in units:
        if u.unit_id not in docs:
            docs[u.unit_id] = _parse_one(nlp, u.text, cfg)
    return [ParsedUnit(u, docs[u.unit_id], _vector(docs[u.unit_id])) for u in units]


# ---- one document on several processes ----------------------------------------------------

_WORKER_NLP: dict = {}


def balanced_batches(units: list[Unit], n: int) -> list[list[Unit]]:
    """Cut the units into at most `n` contiguous runs of about equal characters (document order)."""
    total = sum(len(u.text) for u in units)
    batches: list[list[Unit]] = [[]]
    done = 0
    for u in units:
        if batches[-1] and len(batches) < n and done >= total * len(batches) / n:
            batches.append([])
        batches[-1].append(u)
        done += len(u.text)
    return [b for b in batches if b]


def _init_parse_worker(cfg: ParseConfig) -> None:
    from ..run.executors import exit_with_parent

    exit_with_parent()
    os.environ["OMP_NUM_THREADS"] = "1"
    inherited = _WORKER_NLP.pop("inherited", None)  # set by the parent before a fork
    _WORKER_NLP["nlp"] = inherited if inherited is not None else load_nlp(cfg)


def _parse_batch(units: list[Unit], cfg: ParseConfig, nlp=None) -> tuple[bytes, list[np.ndarray]]:
    """Parse a batch of units; the Docs as DocBin bytes (picklable), the vectors beside them."""
    from spacy.tokens import DocBin

    parsed = parse_units(units, nlp if nlp is not None else _WORKER_NLP["nlp"], cfg)
    docbin = DocBin(store_user_data=True)
    for p in parsed:
        docbin.add(p.doc)
    return docbin.to_bytes(), [p.vector for p in parsed]


# Characters per batch of a split parse (about 0.7 s of GiNZA on one core): small enough that
# the processes finish within one batch of each other, large enough that a batch's DocBin and
# pickling cost nothing next to its parse.
BATCH_CHARS = 1000
# This process loads its own model (about 2 s: the characters a worker parses meanwhile is
# ~3,000 at ~1,300 chars/s) only when the batches no worker has started hold at least this much.
STEAL_MIN_CHARS = 6000


def split_batches(units: list[Unit], jobs: int) -> list[list[Unit]]:
    """Contiguous batches of about BATCH_CHARS characters (at least `jobs` of them)."""
    total = sum(len(u.text) for u in units)
    return balanced_batches(units, max(jobs, -(-total // BATCH_CHARS)))


def parse_units_split(units: list[Unit], nlp_of, cfg: ParseConfig, jobs: int,
                      while_waiting=None, steal_min_chars: int = STEAL_MIN_CHARS,
                      stats: dict | None = None) -> list[ParsedUnit]:
    """Parse one document's units on `jobs` processes: jobs - 1 workers take small contiguous
    batches from the front, one at a time, while this process runs `while_waiting` (work the
    later stages need anyway) and then takes batches from the back until the two ends meet.
    For a document of at least `steal_min_chars`, this process loads its model before starting
    the workers, which inherit it when started by fork; otherwise only the workers load one.
    The batches are joined in document order through DocBin, exactly as a cached parse is read
    back, so the result does not depend on `jobs` nor on who parsed what. `stats` (when given)
    receives the number of batches and of those parsed here."""
    from concurrent.futures import ProcessPoolExecutor

    batches = split_batches(units, jobs)
    here: dict[int, tuple[bytes, list[np.ndarray]]] = {}
    if jobs < 2 or len(batches) < 2:
        if while_waiting:
            while_waiting()
        here = {i: _parse_batch(b, cfg, nlp_of()) for i, b in enumerate(batches)}
        return _joined(units, [here[i] for i in range(len(batches))], stats, len(batches))
    # A document long enough for this process to take part: its model is loaded first, and the
    # workers, started by fork, inherit it instead of loading their own (2 CPU-seconds each).
    nlp = nlp_of() if sum(len(u.text) for u in units) >= steal_min_chars else None
    _WORKER_NLP["inherited"] = nlp

    def parse_here(i: int) -> None:
        here[i] = _parse_batch(batches[i], cfg, nlp or nlp_of())

    try:
        with ProcessPoolExecutor(max_workers=jobs - 1, initializer=_init_parse_worker,
                                 initargs=(cfg,)) as pool:
            ends = _TwoEnds(batches, lambda b: pool.submit(_parse_batch, b, cfg))
            ends.start(jobs - 1)
            if while_waiting:
                while_waiting()
            if ends.chars_left() >= steal_min_chars:
                while (i := ends.take_back()) is not None:
                    parse_here(i)
            ends.wait()
            for i in ends.left_over():  # the workers stopped taking batches (a broken pool)
                parse_here(i)
            parts = [here[i] if i in here else ends.futures[i].result()
                     for i in range(len(batches))]
    finally:
        _WORKER_NLP.pop("inherited", None)
    return _joined(units, parts, stats, len(here))


class _TwoEnds:
    """Batches handed out from both ends of a document: a worker gets the next batch from the
    front each time its last one is done (one at a time, so that this process, taking from the
    back, waits at the end only for the batches being parsed, never for queued ones)."""

    def __init__(self, batches: list[list[Unit]], submit):
        import threading
        from collections import deque

        self.batches, self.submit = batches, submit
        self.left = deque(range(len(batches)))
        self.futures: dict = {}
        self.lock = threading.Lock()
        self.stopped = False

    def start(self, workers: int) -> None:
        for _ in range(workers):
            self._feed()

    def _feed(self, _done=None) -> None:
        """Give a worker the next batch from the front (called again as each one finishes)."""
        with self.lock:
            if not self.left or self.stopped:
                return
            i = self.left.popleft()
            try:
                future = self.submit(self.batches[i])
            except RuntimeError:  # a broken or shut pool: this process parses the rest
                self.left.appendleft(i)
                self.stopped = True
                return
            self.futures[i] = future
        future.add_done_callback(self._feed)

    def take_back(self) -> int | None:
        with self.lock:
            return self.left.pop() if self.left else None

    def chars_left(self) -> int:
        with self.lock:
            return sum(len(u.text) for i in self.left for u in self.batches[i])

    def wait(self) -> None:
        """Until every batch given to a worker is done and none is left for them."""
        from concurrent.futures import FIRST_COMPLETED
        from concurrent.futures import wait as wait_for

        while True:
            with self.lock:
                running = [f for f in self.futures.values() if not f.done()]
                if not running and (not self.left or self.stopped):
                    return
            wait_for(running, timeout=0.05, return_when=FIRST_COMPLETED)

    def left_over(self) -> list[int]:
        """The batches no worker will take (after `wait`): none unless the pool broke."""
        with self.lock:
            rest = list(self.left)
            self.left.clear()
            return rest


def _joined(units: list[Unit], parts, stats: dict | None, parsed_here: int) -> list[ParsedUnit]:
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    if stats is not None:
        stats.update(batches=len(parts), here=parsed_here)
    docbin, vectors = DocBin(store_user_data=True), []
    for data, vecs in parts:
        docbin.merge(DocBin(store_user_data=True).from_bytes(data))
        vectors.extend(vecs)
    docs = list(docbin.get_docs(Vocab()))
    return [ParsedUnit(u, d, v) for u, d, v in zip(units, docs, vectors)]


def _vector(doc) -> np.ndarray:
    """Mean word vector of the content words (falls back to all tokens)."""
    content = [t.vector for t in doc if t.has_vector and t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ")]
    vectors = content or [t.vector for t in doc if t.has_vector]
    if not vectors:
        return np.zeros(1, dtype=np.float32)
    return np.mean(vectors, axis=0).astype(np.float32)


def reading(token) -> str:
    values = token.morph.get("Reading")
    return values[0] if values else ""


def token_records(parsed: list[ParsedUnit]) -> list[TokenRecord]:
    rows = []
    for p in parsed:
        sent_of = {}
        for s_index, sent in enumerate(p.doc.sents):
            for t in sent:
                sent_of[t.i] = s_index
        for t in p.doc:
            start = p.unit.start + t.idx
            rows.append(TokenRecord(
                unit_id=p.unit.unit_id, sent=sent_of.get(t.i, 0), i=t.i, text=t.text,
                lemma=t.lemma_, norm=t.norm_, reading=reading(t), pos=t.pos_, tag=t.tag_,
                dep=t.dep_, head=t.head.i, start=start, end=start + len(t.text)))
    return rows


# ---- cache ---------------------------------------------------------------------------------

def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "none"


def environment_key(cfg: ParseConfig) -> str:
    """The model, dictionary and package versions and parse settings a parse depends on."""
    h = hashlib.sha256()
    for part in (cfg.model, _version("ja-ginza"), _version("ginza"), _version("spacy"),
                 _version("sudachipy"), _version("sudachidict-core"), __version__,
                 ",".join(cfg.disable), str(cfg.max_chunk_bytes),
                 hashlib.sha256(Path(__file__).read_bytes()).hexdigest()):
        h.update(part.encode() + b"\0")
    return h.hexdigest()


def cache_key(units: list[Unit], cfg: ParseConfig) -> str:
    """Key of a parse: the unit texts and the environment key."""
    h = hashlib.sha256(environment_key(cfg).encode())
    for u in units:
        h.update(u.unit_id.encode() + b"\0" + u.text.encode() + b"\0")
    return h.hexdigest()[:32]


def default_cache_dir() -> Path:
    env = os.environ.get("DTX_NLP_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dtx-nlp"


def load_cached(units: list[Unit], cache_dir: Path, key: str) -> list[ParsedUnit] | None:
    """Parsed units from the cache, or None when absent or unreadable."""
    from spacy.tokens import DocBin

    docbin_path, vec_path = cache_dir / f"{key}.spacy", cache_dir / f"{key}.npz"
    if not (docbin_path.exists() and vec_path.exists()):
        return None
    try:
        docs = list(DocBin().from_disk(docbin_path).get_docs(_cache_vocab()))
        vectors = np.load(vec_path)
        vecs = [vectors[f"v{i}"] for i in range(len(units))]
    except Exception:  # noqa: BLE001 - a damaged cache entry is a miss, not a failure
        return None
    if len(docs) != len(units):
        return None
    return [ParsedUnit(u, d, v) for u, d, v in zip(units, docs, vecs)]


def _cache_vocab():
    """A vocabulary for cached docs that computes lexical attributes (LOWER, LIKE_NUM, IS_TITLE,
    ...) as the model's does: a bare Vocab() leaves them empty, and token patterns using them
    would match on a fresh parse but not on a cache hit."""
    from spacy.lang.lex_attrs import LEX_ATTRS
    from spacy.util import get_lang_class
    from spacy.vocab import Vocab

    getters = dict(LEX_ATTRS)
    getters.update(get_lang_class("ja").Defaults.lex_attr_getters)
    return Vocab(lex_attr_getters=getters)


def store_cached(parsed: list[ParsedUnit], cache_dir: Path, key: str) -> None:
    """Write a parse to the cache atomically (temporary file, then rename)."""
    from spacy.tokens import DocBin

    cache_dir.mkdir(parents=True, exist_ok=True)
    docbin = DocBin(store_user_data=True)
    for p in parsed:
        docbin.add(p.doc)
    with atomic_file(cache_dir / f"{key}.spacy") as tmp:
        docbin.to_disk(tmp)
    with atomic_file(cache_dir / f"{key}.npz") as tmp, open(tmp, "wb") as fh:
        np.savez(fh, **{f"v{i}": p.vector for i, p in enumerate(parsed)})
