"""What the attribution tallies (attribution_words.py, unattributed_shapes.py) share: the
articles of JSON Lines dumps, and the speech verbs claimdup already knows, read from the
word lists in src/extract/speech_verbs.cc so a tally never lists a verb that is known."""
import json
import os
import re


def load_articles(paths):
    """Article id -> its text as UTF-8 bytes (claimdup's begin/end are byte offsets)."""
    docs = {}
    for path in paths:
        with open(path, 'rb') as f:
            for line in f:
                r = json.loads(line)
                if r.get('maintext'):
                    docs[r['id']] = r['maintext'].encode()
    return docs


def known_verbs():
    """(speech verbs, quoting verbs): the quoted words of speech_verbs.cc before
    IsQuotingVerb, and those of IsQuotingVerb (`called`, `praised`)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'extract',
                        'speech_verbs.cc')
    src = open(path, encoding='utf-8').read()
    before, after = src.split('bool IsQuotingVerb')
    speech = set(re.findall(r'"([a-z-]+)"', before))
    quoting = set(re.findall(r'"([a-z-]+)"', after.split('bool IsListenerVerb')[0]))
    return speech, quoting


def unattributed(quotes_path, docs):
    """(quote, article bytes) of every quote of `claimdup extract`'s output with no speaker,
    whose article is in `docs`."""
    with open(quotes_path, encoding='utf-8') as f:
        for line in f:
            q = json.loads(line)
            if q['speaker']:
                continue
            t = docs.get(q['doc'])
            if t is not None:
                yield q, t
