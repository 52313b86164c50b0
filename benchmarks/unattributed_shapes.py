#!/usr/bin/env python3
"""Attribution shapes around the quotes claimdup gives no speaker (docs/speaker_rounds.md,
tenth round).

  build/claimdup extract /tmp/allsides.jsonl > quotes.jsonl
  benchmarks/unattributed_shapes.py quotes.jsonl /tmp/allsides.jsonl [more dumps as JSONL]

For every quote with an empty speaker it reads the article text right after the closing mark
(`"…," the official said`, `"…," Schumer jabbed`) and, failing that, the quote's sentence
before it (`X said the "…"`, a colon introduction), and counts the shapes; with no attribution
in reach, where the quote stands in its paragraph. Writes QUOTES.classes.json with every
quote's context per shape, for reading samples. A rough regular-expression tally, not the
extractor's own reading.
"""
import collections
import json
import os
import re
import sys

import attribution_data
ext = sys.argv[1]
docs = attribution_data.load_articles(sys.argv[2:])
verbs, quoting = attribution_data.known_verbs()
qverbs = verbs | quoting
V = r'[a-z]+(?:ed|s)|said|wrote|told|says|put|spoke|read|sang|cried'
UNN = r'(?:a|an|one|another|two|three|several|some|many|this|that)\b'
def tail_shape(a):
    a = a.lstrip()
    if re.match(r'(he|she)\s+(' + V + r')\b', a): return 'T he/she VERB'
    if re.match(r'(they)\s+(' + V + r'|write|say|argue|conclude|note)\b', a): return 'T they VERB'
    if re.match(r'(it)\s+(' + V + r')\b', a): return 'T it VERB'
    if re.match(r'according to\b', a): return 'T according to'
    if re.match(r'as\s+(\S+\s+){1,5}?(put|puts|noted|notes|said|says|wrote|writes|argued|argues|explained|explains)\b', a): return 'T as X put it'
    if re.match(r'(' + V + r')\s+' + UNN, a): return 'T VERB a/one ... (unnamed)'
    if re.match(r'(' + V + r')\s+the\b', a): return 'T VERB the ...'
    if re.match(r'(' + V + r')\s+[A-Z]', a): return 'T VERB NAME'
    if re.match(UNN + r'\s+([a-z-]+\s+|[A-Z][\w-]*\s+){0,5}(' + V + r')\b', a): return 'T a/one NOUN VERB (unnamed)'
    if re.match(r'the\s+([a-z-]+\s+|[A-Z][\w-]*\s+){0,4}?(statement|report|letter|memo|release|email|filing|lawsuit|complaint|study|document|post|tweet|message|website|ad|suit|order|ruling|decision|indictment|book|article|editorial|announcement|notice|page|bill|survey|poll|petition|motion|analysis)\s+(' + V + r')\b', a): return 'T the DOCUMENT VERB'
    if re.match(r'the\s+([a-z-]+\s+){0,3}(official|source|aide|person|spokesperson|spokesman|spokeswoman|adviser|advisor|staffer|officer|employee|lawmaker|insider|operative|strategist|individual|diplomat|member)s?\s+(' + V + r')\b', a): return 'T the official/source VERB (unnamed)'
    if re.match(r'the\s+([a-z-]+\s+|[A-Z][\w-]*\s+){0,4}?(president|senator|governor|mayor|secretary|minister|congressman|congresswoman|candidate|nominee|leader|chairman|chief|director|judge|justice|attorney|lawyer|republican|democrat|ceo|speaker|former|woman|man|actor|actress|star|singer|host|author|writer|professor|economist)\s+(' + V + r')\b', a): return 'T the ROLE VERB'
    if re.match(r'the\s+([a-z-]+\s+|[A-Z][\w-]*\s+){0,4}?(company|group|organization|agency|department|ministry|campaign|committee|court|firm|network|union|office|police|party|administration|government|state|embassy|army|military|board|council|association|foundation|institute|center|bureau|commission|newspaper|paper|magazine|site|outlet|team|club|league|university|school|service|white house|lawsuit)\s+(' + V + r')\b', a): return 'T the BODY VERB'
    if re.match(r'the\s+', a): return 'T the OTHER'
    if re.match(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}(’s|'s)\s", a): return "T NAME's NOUN VERB"
    if re.match(r"(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]*,?\s+(?:(?!said|says)[^.\n\"“”]){0,150},\s+(" + V + r')\b', a) and not re.match(r'(I|We|You|It|This|That|There|But|And|So|In|On|At)\s', a): return 'T NAME, APPOSITIVE, VERB'
    if re.match(r"(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]*\s+(" + V + r')\b', a) and not re.match(r'(I|We|You|It|This|That|There|But|And|So|In|On|At)\s', a): return 'T NAME VERB'
    return None
def head_shape(pre):
    s = pre.rstrip()
    if s.endswith(':'): return 'H colon introduction'
    if re.search(r'\b[Aa]ccording to\b[^.]*,$', s): return 'H according to X,'
    if re.search(r'\b[Aa]s\b[^.]*\b(put|puts|noted|notes|wrote|writes|said|says|explained|explains|argued|argues)( it)?,$', s): return 'H As X put it,'
    if re.search(r',\s*(saying|adding|writing|noting|declaring|arguing|explaining|telling|warning|calling)\b[^.]*$', s): return 'H , saying/adding'
    words = re.findall(r"[A-Za-z’'-]+", s.split('.')[-1])
    if any(w in verbs for w in words[-8:]): return 'H speech verb in sentence'
    if any(w in qverbs for w in words[-8:]): return 'H quoting verb in sentence (called, praised)'
    return None
counts = collections.Counter(); ex = collections.defaultdict(list)
for q, t in attribution_data.unattributed(ext, docs):
    b, e = q['begin'], q['end']
    a = t[e:e+300].decode('utf8', 'replace')
    punct = a[:1] in (',', '?', '!', '—', '-')
    a2 = a[1:] if punct else a
    a2 = a2.lstrip()
    a2 = a2[1:] if a2[:1] in '"”’\'' else a2
    a2 = a2.split('\n')[0]
    pre = t[max(0, b-500):b].decode('utf8', 'replace')
    pre = pre[:-1] if pre[-1:] in '"“‘\'' else pre
    para = pre.split('\n')[-1]
    sent = re.split(r'(?:(?<=[.!?])|(?<=[.!?]["”]))\s+', para)[-1] if para.strip() else ''
    shape = tail_shape(a2) if punct else None
    if shape is None and sent.strip(): shape = head_shape(sent)
    if shape is None:
        bop = not para.strip(); eop = a.split('\n')[0].strip().strip('"”’\'') == ''
        if punct and not a2.strip(): shape = 'P ends its paragraph with ,/?/!'
        elif bop and (eop or re.match(r'\.?["”]?\s*$', a.split('\n')[0])): shape = 'P whole paragraph, no attribution'
        elif bop: shape = 'P opens paragraph, text after (no attribution)'
        elif not punct and re.match(r'[.?!]?["”’]?\s*$', a.split('\n')[0]) and re.search(r'[.?!]["”]?\s*$', para.rstrip()): shape = 'P whole sentence in paragraph, no attribution'
        else: shape = 'P inside a sentence, no verb (phrase/scare quote)'
    counts[shape] += 1
    ex[shape].append((q['doc'], b, sent[-160:] + ' ⟦' + q['text'][:50] + '…⟧ ' + a[:110].replace('\n', ' ¶ ')))
tot = sum(counts.values())
print('unattributed', tot)
for k, v in counts.most_common(): print(f'{v:6d} {100*v/tot:5.1f}%  {k}')
json.dump(ex, open(ext + '.classes.json', 'w'))
