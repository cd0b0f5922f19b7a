"""The skill matcher as it was before the trie: the reference `Vocabulary.find` must agree with.

For each token it tries every name length that starts with the token's word, longest first, joining
the words and looking the key up in the vocabulary's index. Slow but plain; it reads the same
`Vocabulary` object (its `_index`, categories and context rules), so added names are seen by both.
Used by `bench/bench_vocab.py` (agreement on every posting and CV line of bench/data, and speed) and
by `tests/vocab/test_vocab_matcher.py` (tricky strings).
"""

from __future__ import annotations

from resume_core.vocab.tokens import _TOKEN, _norm
from resume_core.vocab.vocabulary import _ENGLISH_NEXT, _GAP, SkillMatch, Vocabulary, _exact, _lone_letter
from resume_core.vocab.context import TextContext


def name_lengths(vocab: Vocabulary) -> dict[str, list[int]]:
    """Per first word, the lengths (in tokens) of the names it opens, longest first."""
    lengths: dict[str, set[int]] = {}
    for key in vocab._index:
        lengths.setdefault(key.split(" ", 1)[0], set()).add(key.count(" ") + 1)
    return {word: sorted(found, reverse=True) for word, found in lengths.items()}


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Normalised tokens with their offsets, read one regex match at a time."""
    return [(_norm(m.group()), *m.span()) for m in _TOKEN.finditer(text)]


def reference_find(vocab: Vocabulary, text: str, lengths: dict[str, list[int]] | None = None) -> list[SkillMatch]:
    """`Vocabulary.find` as it was: same matches, same order."""
    lengths = name_lengths(vocab) if lengths is None else lengths
    toks = tokens(text)
    words = [t for t, _, _ in toks]
    found = []
    i, n = 0, len(toks)
    while i < n:
        hit = _match_at(vocab, lengths, text, toks, words, i)
        if hit is None:
            i += 1
            continue
        alias, length = hit
        start, end = toks[i][1], toks[i + length - 1][2]
        found.append((SkillMatch(alias.canonical, vocab.category(alias.canonical), start, end, text[start:end]), alias, i))
        i += length
    if not any(a.needs_context or m.category in vocab._context for m, a, _ in found):
        return [m for m, _, _ in found]
    context = TextContext(text, toks, found)
    out = []
    for (match, _, _), counts in zip(found, context.decide()):
        telling = vocab._context.get(match.category)
        if counts and (telling is None or telling.search(text, *context.sentence_span(match.start))):
            out.append(match)
    return out


def _match_at(vocab, lengths, text, toks, words, i):
    for length in lengths.get(words[i], ()):
        if i + length > len(toks):
            continue
        bucket = vocab._index.get(" ".join(words[i : i + length]))
        if not bucket:
            continue
        window = toks[i : i + length]
        if any(not _GAP.match(text[a[2] : b[1]]) for a, b in zip(window, window[1:])):
            continue
        start, end = window[0][1], window[-1][2]
        for alias in bucket:
            if alias.exact is not None and not _exact(text, start, end, alias.exact):
                continue
            if length == 1 and len(toks[i][0]) == 1 and not _lone_letter(text, start, end):
                continue
            if alias.needs_context and _ENGLISH_NEXT.match(text, end):
                continue
            return alias, length
    return None
