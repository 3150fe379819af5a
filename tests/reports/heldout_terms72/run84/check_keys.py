import sys
from pathlib import Path
for folder in sys.argv[1:]:
    for kt in sorted(Path(folder).glob('*.key_terms.txt')):
        stem = kt.name.removesuffix('.key_terms.txt')
        rep, = [p for p in Path(folder).iterdir() if p.stem == stem and p.suffix in ('.md', '.txt') and not p.name.endswith('key_terms.txt')]
        text = rep.read_text(encoding='utf-8')
        rows = [l.split('\t') for l in kt.read_text(encoding='utf-8').splitlines() if l.strip()]
        terms = [r[0] for r in rows]
        bad = []
        for r in rows:
            n = text.count(r[0]); b = '1' if n == 1 else '2' if n == 2 else '3+'
            if n == 0 or len(r) < 2 or r[1].strip() != b: bad.append((r, n))
        print(rep.name, len(terms), 'distinct', len(set(terms)), 'bad', bad)
