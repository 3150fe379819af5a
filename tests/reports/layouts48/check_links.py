"""Check gold/*.links.tsv against the documents: quotes 12–25 chars, verbatim, once in the document, within one line/paragraph (PDF: pdftotext text with whitespace removed); ordinals in range. Prints link counts. Run: python3 tests/reports/layouts48/check_links.py"""
import json, re, subprocess, sys
from pathlib import Path
import docx
here = Path(__file__).parent
def units(path):
    if path.suffix == '.docx':
        return [p.text for p in docx.Document(str(path)).paragraphs]
    if path.suffix == '.pdf':
        t = subprocess.run(['pdftotext', str(path), '-'], capture_output=True, text=True).stdout
        return [re.sub(r'\s+', '', t)]
    return path.read_text(encoding='utf-8').split('\n')
bad = 0
for tsv in sorted(here.glob('gold/*.links.tsv')):
    name = tsv.name[:-len('.links.tsv')]
    gold = json.loads((here/'gold'/(name+'.json')).read_text(encoding='utf-8'))
    path = here/name
    us = units(path)
    full = '\n'.join(us)
    nrec = len(gold['recommendations']); nprob = len(gold['problems'])
    counts = {}
    used_r = set()
    for line in tsv.read_text(encoding='utf-8').splitlines():
        comment = line.startswith('#')
        body = line.lstrip('# ') if comment else line
        parts = body.split('\t')
        if comment and (len(parts) < 2 or parts[0] not in ('remark','reply','problem')):
            continue
        if comment:
            typ, tgt = parts[0], parts[1]
        else:
            rec, typ, tgt = parts[0], parts[1], parts[2]
            assert 1 <= int(rec) <= nrec, line
            counts[typ] = counts.get(typ, 0) + 1
        if typ == 'problem':
            assert 1 <= int(tgt) <= nprob, line
            continue
        n = len(tgt)
        occ = full.count(tgt)
        inunit = sum(tgt in u for u in us)
        ok = 12 <= n <= 25 and occ == 1 and inunit == 1
        # which remark/reply start is it in
        kind = None
        for k in ('remarks','replies'):
            for s in gold[k]:
                for u in us:
                    if tgt in u and re.sub(r'\s+','',s) in re.sub(r'\s+','',u):
                        kind = k
        if path.suffix == '.pdf':
            kind = 'n/a'
        flag = '' if ok else '  <-- BAD'
        bad += not ok
        print(f"{name}\t{'unused ' if comment else ''}{typ}\t{tgt}\tlen={n} occ={occ} kind={kind}{flag}")
    print(name, counts, sum(counts.values()))
sys.exit(1 if bad else 0)
