"""The data behind one document's HTML report (plain values; the template does the markup)."""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from ..stages.trace import coverage, is_target

GRAPH_SIZE = 360


def _graph(recs, links) -> dict:
    """Recommendations on a circle, explicit references as edges (inline SVG coordinates)."""
    n = max(len(recs), 1)
    c, r = GRAPH_SIZE / 2, GRAPH_SIZE / 2 - 30
    pos = {}
    for i, u in enumerate(recs):
        angle = 2 * math.pi * i / n - math.pi / 2
        pos[u.unit_id] = (round(c + r * math.cos(angle), 1), round(c + r * math.sin(angle), 1))
    nodes = [{"id": u.unit_id, "label": str(u.number or u.unit_id), "x": pos[u.unit_id][0],
              "y": pos[u.unit_id][1], "title": u.title or ""} for u in recs]
    edges = [{"x1": pos[k.recommendation_id][0], "y1": pos[k.recommendation_id][1],
              "x2": pos[k.target_id][0], "y2": pos[k.target_id][1],
              "source": k.recommendation_id, "target": k.target_id}
             for k in links if k.target_kind == "recommendation"
             and k.recommendation_id in pos and k.target_id in pos]
    return {"size": GRAPH_SIZE, "nodes": nodes, "edges": edges}


def _entity_summary(mentions) -> list[dict]:
    """One row per entity (label, canonical): its mentions, units, the most trusted source that
    found it (rule > definition > general > ner) and its best confidence."""
    from ..stages.entities import SOURCE_RANK

    counts = Counter((m.label, m.canonical) for m in mentions)
    where, source, confidence = defaultdict(list), {}, defaultdict(float)
    for m in mentions:
        key = (m.label, m.canonical)
        if m.unit_id not in where[key]:
            where[key].append(m.unit_id)
        if key not in source or SOURCE_RANK.get(m.source, 9) < SOURCE_RANK.get(source[key], 9):
            source[key] = m.source
        confidence[key] = max(confidence[key], m.confidence)
    return [{"label": label, "canonical": canonical, "count": n, "units": where[(label, canonical)],
             "source": source[(label, canonical)],
             "confidence": round(confidence[(label, canonical)], 2)}
            for (label, canonical), n in sorted(counts.items(), key=lambda x: (x[0][0], -x[1],
                                                                              x[0][1]))]


def link_rows(links) -> list[dict]:
    """The links as the page reads them, with the analyst's note, the place in the review queue
    and the score's weighted parts (only the parts that count)."""
    return [{"r": k.recommendation_id, "t": k.target_id, "kind": k.target_kind,
             "score": k.score, "rank": k.rank, "accepted": k.accepted, "method": k.method,
             "evidence": k.evidence, "signals": k.signals, "decision": k.decision,
             "priority": k.review_priority, "note": k.note, "parts": k.parts}
            for k in links]


def _entity_labels(summary: list[dict]) -> list[dict]:
    """Entities and mentions per label, for the report's label filter."""
    entities, mentions = Counter(), Counter()
    for e in summary:
        entities[e["label"]] += 1
        mentions[e["label"]] += e["count"]
    return [{"label": k, "entities": entities[k], "mentions": mentions[k]}
            for k in sorted(entities)]


def report_data(source, analysis, result) -> dict:
    units = analysis.units
    recs = [u for u in units if u.kind == "recommendation"]
    items = defaultdict(list)
    for u in units:
        if u.kind == "recommendation_item":
            items[u.parent_id].append(u.unit_id)
    mentions = defaultdict(list)
    for m in analysis.mentions:
        mentions[m.unit_id].append(m)
    unit_rows = {u.unit_id: {"kind": u.kind, "text": u.text, "title": u.title or "",
                             "session": u.session, "number": u.number, "parent": u.parent_id,
                             "start": u.start,
                             "ents": [[m.start - u.start, m.end - u.start, m.label, m.canonical]
                                      for m in mentions[u.unit_id]]}
                 for u in units}
    data = {
        "doc_id": source.doc_id,
        "recs": [{"id": u.unit_id, "number": u.number, "title": u.title or "",
                  "items": items[u.unit_id]} for u in recs],
        "targets": [u.unit_id for u in units if is_target(u.kind)],
        "units": unit_rows,
        "links": link_rows(analysis.links),
        "glossary": [{"term": t.term, "reading": t.reading, "kind": t.kind,
                      "expansion": t.expansion, "frequency": t.frequency,
                      "first": t.first_unit_id, "score": t.score, "label": t.label,
                      "aliases": t.aliases, "english": t.english, "definition": t.definition,
                      "demoted": t.demoted}
                     for t in analysis.glossary],
    }
    kinds = Counter(u.kind for u in units)
    summary = _entity_summary(analysis.mentions)
    return {
        "doc_id": source.doc_id, "path": source.path, "data": data, "kinds": sorted(kinds.items()),
        "coverage": coverage(analysis.links, units), "graph": _graph(recs, analysis.links),
        "entity_summary": summary, "entity_labels": _entity_labels(summary),
        "issues": result.issues,
        "layout": result.layout,
        "accepted": sum(1 for k in analysis.links if k.accepted),
        "sessions": sorted({u.session for u in units if u.session is not None}),
    }
