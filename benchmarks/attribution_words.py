#!/usr/bin/env python3
"""Words in attribution position that claimdup knows as no speech verb (docs/speaker_rounds.md,
twelfth round (b)).

  build/claimdup extract /tmp/allsides.jsonl > quotes.jsonl
  benchmarks/attribution_words.py quotes.jsonl /tmp/allsides.jsonl [more dumps as JSONL]

For every quote claimdup leaves without a speaker it takes the word standing where a speech
verb would: after the quote (`"…," NAME WORD`, `"…," he WORD`, `"…," WORD NAME`) and before it
(`NAME WORD: "…"`, `NAME WORD, "…"`), keeps those that are in no verb list of
src/extract/person_names.cc, and prints them by frequency per position, with two contexts
each, for reading. A rough regular-expression tally: many of the words are nouns or verbs of
other things (`"…," Trump's lawyers`, `"…" became`); which are speech verbs is read by hand.
"""
import collections
import json
import os
import re
import sys

import attribution_data

TOP = int(os.environ.get('TOP', '60'))
ext = sys.argv[1]
docs = attribution_data.load_articles(sys.argv[2:])
speech, quoting = attribution_data.known_verbs()
known = speech | quoting
NAME = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*"
SKIP = {'I', 'It', 'The', 'This', 'That', 'There', 'But', 'And', 'So', 'In', 'On', 'At',
        'We', 'You', 'They', 'If', 'When', 'A', 'An', 'As', 'He', 'She'}
tail_name = re.compile(r'(' + NAME + r'|he|she)\s+([a-z]+)\b')
tail_verb = re.compile(r'([a-z]+)\s+[A-Z]')
head = re.compile(r'(?:^|\s)(' + NAME + r'|he|she)\s+([a-z]+)\s*([:,])\s*$')
counts = collections.defaultdict(collections.Counter)
ex = collections.defaultdict(list)
for q, t in attribution_data.unattributed(ext, docs):
    b, e = q['begin'], q['end']
    a = t[e:e + 200].decode('utf8', 'replace')
    pre = t[max(0, b - 200):b].decode('utf8', 'replace')
    ctx = (pre[-90:] + ' ⟦' + q['text'][:30] + '…⟧ ' + a[:90]).replace('\n', ' ¶ ')
    hits = []
    if a[:1] in (',', '?', '!', '—'):
        a2 = a[1:].lstrip()
        a2 = a2[1:] if a2[:1] in '"”’\'' else a2
        a2 = a2.split('\n')[0].lstrip()
        m = tail_name.match(a2)
        if m and m.group(1).split()[0] not in SKIP:
            hits.append(('"…," NAME WORD', m.group(2)))
        elif m and m.group(1) in ('he', 'she'):
            hits.append(('"…," he/she WORD', m.group(2)))
        m = tail_verb.match(a2)
        if m: hits.append(('"…," WORD NAME', m.group(1)))
    p = pre[:-1] if pre[-1:] in '"“‘\'' else pre
    p = p.split('\n')[-1]
    m = head.search(p)
    if m and m.group(1).split()[0] not in SKIP:
        hits.append(('NAME WORD' + m.group(3) + ' "…"', m.group(2)))
    for shape, w in hits:
        if w in known or len(w) < 3: continue
        counts[shape][w] += 1
        if len(ex[(shape, w)]) < 2: ex[(shape, w)].append(ctx)
total = collections.Counter()
for shape, c in counts.items(): total.update(c)
print('words in attribution position, in no verb list (all positions):')
for w, n in total.most_common(TOP):
    where = ', '.join(f'{s} {counts[s][w]}' for s in counts if counts[s][w])
    print(f'{n:5d} {w:14s} {where}')
    for s in counts:
        for c in ex.get((s, w), [])[:1]: print('        ', c[:200])
