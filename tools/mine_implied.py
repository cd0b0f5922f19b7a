"""Learn which skills postings ask for together, from the SkillSpan development split only.

Usage: python tools/mine_implied.py [--support N] [--probability P]

For every development posting with Stack Overflow tags (never the hold-out: `bench_analysis.is_holdout`),
each skill the offline analysis states and each tagged skill it does not find (stated or implied) is
one observation of the pair; a pair is proposed when it was observed at least N times (default 3) and
the tag was there at least P of those times (default 0.6). Its confidence is the share of development
postings (tagged or not) stating the skill without the other whose labels (tags, knowledge and skill
spans: what `bench analysis` counts as right) name the other, shrunk towards the confidence of a tool
implication (`CONFIDENCE["tool"]`) as if it had been seen PRIOR_WEIGHT more times: a handful of postings
is too few to make a guess "likely".
Proposed pairs go by hand into resume_core/data/curated.json "co_occurs" once the hold-out agrees
(`python -m bench analysis`). Round five: at N = 5, P = 0.8 no pair qualifies on the 69 tagged
development postings; at N = 3, P = 0.6 three do, two of them kept out (the "design" tag names no
skill of the vocabulary; JUnit -> Java EE never fires on the hold-out).
Also measured and dropped in round five: more framework -> language relations in "implies" (Struts,
Tomcat, JSP, JDBC, TestNG -> Java; Ember.js, Backbone.js -> JavaScript; Zend Framework, Drupal -> PHP;
LINQ, WPF -> C#, .NET; .NET -> C#; Shiny -> R). They rarely fire, and when they do the labels seldom
name the language (.NET -> C# right 1 of 9 on SkillSpan and Dice): a posting tagged with a framework is
mostly not tagged with its language too (the library -> language rows already kept are right 3 of 37
by SkillSpan's labels). No SkillSpan hold-out change; Dice dev precision down.
Round six (the tags of development postings whose tool the text never names: Java EE, NgRx, Redux, REST,
Bash, Microservices, Docker, AWS, Django): each relation from what those postings name instead, counted
as (postings where it fires, where the labels name the implied skill) on dev / hold-out: Java -> Java EE
25, 3 / 8, 0; Spring -> Java EE 11, 1 / 3, 0; Angular -> NgRx 9, 2 / 3, 0; React -> Redux 14, 1 / 8, 0;
Web services -> REST 15, 1 / 8, 0; Unix -> Bash 7, 1 / 2, 0; SOA -> Microservices 2, 1 / 1, 0;
JavaScript -> React 15, 1 / 2, 0; AWS -> Docker 9, 0 / 9, 1; CI/CD -> Docker 13, 0 / 7, 0. None is right
on the hold-out more than once, so none was added. At N = 2, P = 0.4 the mined pairs are one-posting
coincidences ("Kanban -> React", "Time management -> AWS").
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_analysis import DATA, _canonical, is_holdout
from resume_core.posting.analysis import analyze_offline
from resume_core.posting.rows import CONFIDENCE
from resume_core.vocab.vocabulary import load_vocabulary


PRIOR_WEIGHT = 4


def _readings(vocab, posting: dict) -> tuple[set[str], set[str], list[set[str]], set[str]]:
    """(stated skills, every skill found, tag skills, every labelled skill) of one posting; rows the
    co-occurrence table itself added do not count as found, so the table can be re-learned."""
    requirements = analyze_offline(posting["text"]).requirements
    learned = {(r.rationale.split(":", 1)[0], r.skill) for r in requirements if r.kind == "implied"}
    learned = {(s, t) for s, t in learned if t in {name for name, _, _ in vocab.co_occurring(s)}}
    stated = {r.skill for r in requirements if r.skill and r.kind != "implied"}
    found = {r.skill for r in requirements if r.skill} - {t for _, t in learned}
    tags = [_canonical(vocab, tag.replace("-", " ")) for tag in posting["so_tags"]]
    labelled = set().union(*tags) if tags else set()
    for span in posting["knowledge"]:
        labelled |= _canonical(vocab, span)
    for span in posting["skills"]:
        labelled |= {m.canonical for m in vocab.find(span)}
    return stated, found, tags, labelled


def mine(support: int = 3, probability: float = 0.6) -> list[dict]:
    vocab = load_vocabulary()
    postings = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    dev = [p for p in postings if not is_holdout(p["id"])]
    readings = [_readings(vocab, p) for p in dev]
    tagged = set().union(*(set().union(*tags) for _, _, tags, _ in readings if tags))
    seen: Counter = Counter()
    tagged_hits: Counter = Counter()
    for stated, found, tags, _ in readings:
        present = set().union(*tags) if tags else set()
        if not tags:
            continue
        for skill in stated:
            for other in tagged - found - {skill}:
                seen[skill, other] += 1
                tagged_hits[skill, other] += other in present
    out = []
    for (skill, other), n in seen.items():
        share = tagged_hits[skill, other] / n
        if n < support or share < probability or other not in vocab:
            continue
        shown = [labelled for stated, found, _, labelled in readings if skill in stated and other not in found]
        right = sum(other in labelled for labelled in shown)
        out.append({"skill": skill, "wanted": other, "observed": n, "tagged": tagged_hits[skill, other],
                    "confidence": round((right + PRIOR_WEIGHT * CONFIDENCE["tool"]) / (len(shown) + PRIOR_WEIGHT), 2)})
    return sorted(out, key=lambda row: (-row["tagged"] / row["observed"], -row["observed"]))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--support", type=int, default=3)
    parser.add_argument("--probability", type=float, default=0.6)
    args = parser.parse_args(argv)
    for row in mine(args.support, args.probability):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
