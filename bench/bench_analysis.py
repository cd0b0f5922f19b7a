"""Posting analysis on real postings: SkillSpan (197 postings, 105 with Stack Overflow tags).

Figures for the offline analyser (`python -m bench analysis` or `python bench/bench_analysis.py`):
- tag recall: share of the employer's Stack Overflow tags (not in the text; often only implied) whose
  canonical skill is among the analysis' skills, counting explicit requirements only, and explicit plus
  implied ones (tool implications, phrases, O*NET occupation);
- span recall: share of labelled knowledge spans whose skill was extracted (both sides normalised
  through the vocabulary; a span the vocabulary cannot name counts as a miss);
- precision: share of extracted skills that a labelled knowledge span, skill span or tag names;
- time per posting (wall clock and CPU, since the machine may be shared) and vocabulary load time.
"""

from __future__ import annotations

import hashlib
import json
import re
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from resume_core.vocab import vocabulary as vocab_module
from resume_core.posting.analysis import analyze_offline
from resume_core.vocab.occupations import load_occupations
from resume_core.posting.edits import MAYBE

DATA = Path(__file__).parent / "data" / "skillspan_traindev.jsonl"
DICE = Path(__file__).parent / "data" / "postings" / "dice_dev.jsonl"
HOLDOUT_SHARE = 30  # percent of postings, fixed by id hash, kept aside: rules are judged on them


def is_holdout(posting_id: str) -> bool:
    """A fixed ~30% of postings by id hash: never looked at while writing rules, reported apart."""
    return int(hashlib.sha1(posting_id.encode("utf-8")).hexdigest()[:8], 16) % 100 < HOLDOUT_SHARE


def _canonical(vocab, term: str) -> set[str]:
    """Canonical skills a labelled term names: its own name, else the skills found inside it."""
    name = vocab.canonical(term) or vocab.canonical(term.replace("-", " "))
    if name:
        return {name}
    return {m.canonical for m in vocab.find(term)}


BANDS = ((0.0, 0.5), (0.5, 0.85), (0.85, 1.01))


def _skillspan(vocab, postings: list[dict], calibration: list) -> dict:
    """Tag recall and precision on SkillSpan postings (see the module docstring)."""
    tag_hits = {"explicit": 0, "all": 0}
    tags_total = tags_unknown = baseline_hits = 0
    span_hits = spans_total = 0
    correct = {"explicit": 0, "all": 0}
    extracted = {"explicit": 0, "all": 0}
    times, cpu_times = [], []
    for posting in postings:
        started, cpu_started = time.perf_counter(), time.process_time()
        analysis = analyze_offline(posting["text"])
        times.append((time.perf_counter() - started) * 1000)
        cpu_times.append((time.process_time() - cpu_started) * 1000)
        explicit = {r.skill for r in analysis.requirements if r.skill and r.kind != "implied"}
        everything = explicit | {r.skill for r in analysis.requirements if r.skill}
        tag_names = [_canonical(vocab, tag.replace("-", " ")) or {tag} for tag in posting["so_tags"]]
        lowered = posting["text"].lower()
        for tag, names in zip(posting["so_tags"], tag_names):
            tags_total += 1
            baseline_hits += bool(re.search(rf"(?<!\w){re.escape(tag.replace('-', ' '))}(?!\w)", lowered))
            tags_unknown += not vocab.canonical(tag.replace("-", " "))
            tag_hits["explicit"] += bool(names & explicit)
            tag_hits["all"] += bool(names & everything)
        labelled: set[str] = set().union(*tag_names) if tag_names else set()
        for span in posting["knowledge"]:
            names = _canonical(vocab, span)
            labelled |= names
            spans_total += 1
            span_hits += bool(names & explicit)
        for span in posting["skills"]:
            labelled |= {m.canonical for m in vocab.find(span)}
        for key, skills in (("explicit", explicit), ("all", everything)):
            extracted[key] += len(skills)
            correct[key] += len(skills & labelled)
        calibration.extend((r.confidence, r.skill in labelled) for r in analysis.requirements if r.skill)
    return {
        "postings": len(postings), "postings with tags": sum(1 for p in postings if p["so_tags"]),
        "tags": tags_total, "baseline": baseline_hits / max(tags_total, 1),
        "tag recall (explicit)": tag_hits["explicit"] / max(tags_total, 1),
        "tag recall (explicit+implied)": tag_hits["all"] / max(tags_total, 1),
        "tags unknown": tags_unknown, "span recall": span_hits / max(spans_total, 1),
        "precision (explicit)": correct["explicit"] / max(extracted["explicit"], 1),
        "precision (explicit+implied)": correct["all"] / max(extracted["all"], 1),
        "per posting (explicit)": extracted["explicit"] / max(len(postings), 1),
        "per posting (all)": extracted["all"] / max(len(postings), 1),
        "times": times, "cpu": cpu_times,
    }


def _dice(vocab, postings: list[dict], calibration: list) -> dict:
    """Employer-skill recall and precision on Dice postings.

    Recall: share of the employer's listed skills whose canonical skill (its name, else the skills named
    inside it) the analysis found, explicit or implied; a listed skill the vocabulary cannot name is a
    miss. Precision: share of the analysis' skills that the employer listed (the lists are short, so
    this under-counts what is right); also over stated skills only, and at the list's length
    (R-precision, the standard measure for a ranked answer against a short list): of the analysis' k
    surest skills (stated before implied, then by confidence), k = the listed skills the vocabulary can
    name, the share that the employer listed. Recall and precision also over the rows the table shows
    as requirements: all but the "maybe" guesses (confidence below `posting.edits.MAYBE`); and recall
    counting a listed skill that a requirement's line names in so many words (a skill the vocabulary
    does not know, kept as a text requirement).
    """
    hits = total = correct = extracted = nameable = sure_hits = sure_correct = sure_extracted = loose_hits = 0
    stated_correct = stated_extracted = top_correct = top_extracted = rows = text_rows = 0
    times = []
    for posting in postings:
        started = time.perf_counter()
        analysis = analyze_offline(posting["text"], posting.get("title", ""))
        times.append((time.perf_counter() - started) * 1000)
        found = {r.skill for r in analysis.requirements if r.skill and r.keep}
        rows, text_rows = rows + len(analysis.requirements), text_rows + sum(1 for r in analysis.requirements if not r.skill and r.aspect in ("skill", "other"))
        listed = [_canonical(vocab, s) for s in posting["employer_skills"]]
        wanted = set().union(*listed) if listed else set()
        total += len(listed)
        nameable += sum(1 for names in listed if names)
        hits += sum(1 for names in listed if names & found)
        # Looser, as a recruiter reads the table: a listed skill also counts as found when one of the
        # requirement lines names it in so many words ("Familiarity with CCAR reports" for "CCAR").
        lines = " | ".join(_norm(r.text) for r in analysis.requirements if r.keep)
        loose_hits += sum(1 for term, names in zip(posting["employer_skills"], listed)
                          if names & found or (_norm(term) and re.search(rf"(?<![\w+#]){re.escape(_norm(term))}(?![\w+#])", lines)))
        extracted += len(found)
        correct += len(found & wanted)
        kept = [r for r in analysis.requirements if r.skill and r.keep]
        # What the table shows as a requirement: every row but the "maybe" guesses.
        sure = {r.skill for r in kept if r.confidence >= MAYBE}
        sure_hits += sum(1 for names in listed if names & sure)
        sure_extracted += len(sure)
        sure_correct += len(sure & wanted)
        stated = {r.skill for r in kept if r.kind != "implied"}
        stated_extracted += len(stated)
        stated_correct += len(stated & wanted)
        ranked = sorted(kept, key=lambda r: (r.kind == "implied", -r.confidence))
        top = list(dict.fromkeys(r.skill for r in ranked))[: sum(1 for names in listed if names)]
        top_extracted += len(top)
        top_correct += len(set(top) & wanted)
        calibration.extend((r.confidence, r.skill in wanted) for r in analysis.requirements if r.skill)
    return {"postings": len(postings), "recall": hits / max(total, 1), "recall nameable": hits / max(nameable, 1),
            "precision": correct / max(extracted, 1), "precision stated": stated_correct / max(stated_extracted, 1),
            "precision at list length": top_correct / max(top_extracted, 1),
            "recall lines": loose_hits / max(total, 1), "recall not maybe": sure_hits / max(total, 1), "precision not maybe": sure_correct / max(sure_extracted, 1),
            "rows": rows / max(len(postings), 1), "text rows": text_rows / max(len(postings), 1), "times": times}


def _bands(calibration: list) -> dict:
    out = {}
    for low, high in BANDS:
        inside = [right for confidence, right in calibration if low <= confidence < high]
        name = f"{low:g}-{min(high, 1.0):g}"  # "0.5-0.85", not "0.5-0.8"
        out[f"calibration: right at confidence {name}"] = sum(inside) / len(inside) if inside else float("nan")
        out[f"calibration: requirements at confidence {name}"] = len(inside)
    return out


def run(print_table: bool = True) -> dict:
    skillspan = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    dice = [json.loads(line) for line in DICE.read_text(encoding="utf-8").splitlines() if line.strip()]
    load_ms = []
    for _ in range(3):  # best of three: the machine is shared
        vocab_module.load_vocabulary.cache_clear()
        started = time.perf_counter()
        vocab = vocab_module.load_vocabulary()
        load_ms.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    load_occupations.cache_clear()
    load_occupations()
    occupations_ms = (time.perf_counter() - started) * 1000

    calibration_dev: list = []
    calibration_hold: list = []
    whole = _skillspan(vocab, skillspan, [])
    span_dev = _skillspan(vocab, [p for p in skillspan if not is_holdout(p["id"])], calibration_dev)
    span_hold = _skillspan(vocab, [p for p in skillspan if is_holdout(p["id"])], calibration_hold)
    # Calibration is judged on SkillSpan, whose labels name every skill of the text; Dice's employer
    # lists are a few skills each, so most right readings would count as wrong there.
    dice_dev = _dice(vocab, [p for p in dice if not is_holdout(p["id"])], [])
    dice_hold = _dice(vocab, [p for p in dice if is_holdout(p["id"])], [])
    times = whole["times"] + dice_dev["times"] + dice_hold["times"]
    figures = {
        "postings": whole["postings"],
        "postings with tags": whole["postings with tags"],
        "tag recall (baseline: tag name in text)": whole["baseline"],
        "tag recall (explicit)": whole["tag recall (explicit)"],
        "tag recall (explicit+implied)": whole["tag recall (explicit+implied)"],
        "tags the vocabulary cannot name": whole["tags unknown"],
        "knowledge span recall (explicit)": whole["span recall"],
        "precision (explicit)": whole["precision (explicit)"],
        "precision (explicit+implied)": whole["precision (explicit+implied)"],
        "skills per posting (explicit)": whole["per posting (explicit)"],
        "skills per posting (explicit+implied)": whole["per posting (all)"],
    }
    for name, part in (("dev", span_dev), ("hold-out", span_hold)):
        figures[f"SkillSpan {name}: postings with tags"] = part["postings with tags"]
        figures[f"SkillSpan {name}: tag recall (explicit+implied)"] = part["tag recall (explicit+implied)"]
        figures[f"SkillSpan {name}: precision (explicit)"] = part["precision (explicit)"]
        figures[f"SkillSpan {name}: precision (explicit+implied)"] = part["precision (explicit+implied)"]
    for name, part in (("dev", dice_dev), ("hold-out", dice_hold)):
        figures[f"Dice {name}: postings"] = part["postings"]
        figures[f"Dice {name}: employer-skill recall"] = part["recall"]
        # "Development", "Consulting", "Project": listed words that name no skill the vocabulary knows.
        figures[f"Dice {name}: employer-skill recall (skills the vocabulary can name)"] = part["recall nameable"]
        figures[f"Dice {name}: employer-skill precision"] = part["precision"]
        figures[f"Dice {name}: employer-skill precision (stated skills)"] = part["precision stated"]
        figures[f"Dice {name}: employer-skill precision at list length (R-precision)"] = part["precision at list length"]
        figures[f"Dice {name}: employer-skill recall (a skill or a requirement line naming it)"] = part["recall lines"]
        figures[f"Dice {name}: employer-skill recall (requirements, not 'maybe')"] = part["recall not maybe"]
        figures[f"Dice {name}: employer-skill precision (requirements, not 'maybe')"] = part["precision not maybe"]
        figures[f"Dice {name}: requirement rows per posting"] = part["rows"]  # the table's size
        figures[f"Dice {name}: rows naming no vocabulary skill per posting (not facts)"] = part["text rows"]
    figures.update({f"SkillSpan dev {k}": v for k, v in _bands(calibration_dev).items()})
    figures.update({f"SkillSpan hold-out {k}": v for k, v in _bands(calibration_hold).items()})
    figures.update(_labelled())
    figures.update({
        "ms per posting (median)": statistics.median(times),
        "CPU ms per posting (median)": statistics.median(whole["cpu"]),
        "ms per posting (p95)": sorted(times)[int(len(times) * 0.95)],
        "ms per posting (max)": max(times),
        "vocabulary load ms (best of 3)": min(load_ms),
        "occupation table load ms": occupations_ms,
        "vocabulary skills": len(vocab),
    })
    if print_table:
        width = max(len(k) for k in figures)
        for key, value in figures.items():
            shown = f"{value:.3f}" if isinstance(value, float) else str(value)
            print(f"{key.ljust(width)}  {shown}")
    return figures


LABELS = Path(__file__).parent / "data" / "posting_labels.jsonl"


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w+#%]+", " ", text.lower()).split())


def _from_sentence(quote: str, sentence: str) -> bool:
    """Whether a requirement quoting `quote` came from the labelled `sentence` (the two may be cut a
    little differently)."""
    q, s = _norm(quote), _norm(sentence)
    if not q or not s:
        return False
    return q in s or (len(s) >= 20 and s in q) or q[:40] in s or (len(s) >= 40 and s[:40] in q)


def _labelled() -> dict:
    """The hand-labelled sentences of 30 development postings (bench/data/posting_labels.jsonl):
    how many benefits or blurb sentences (and other non-requirements) became stated requirements, how
    many requirement sentences gave one, and how many of their rows have the labelled kind."""
    texts = {}
    for path in (DATA, DICE):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts[row["id"]] = (row["text"], row.get("title", ""))
    counts = {"benefit/blurb": 0, "other non-requirement": 0, "duty": 0}
    asked = found = rows = right = 0
    postings = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    for posting in postings:
        text, title = texts[posting["id"]]
        # Work mode and place are read from the whole posting, not from one sentence: not counted here.
        stated = [r for r in analyze_offline(text, title).requirements
                  if r.kind != "implied" and (r.quote or r.text) and r.aspect not in ("work_mode", "location")]
        for sentence in posting["sentences"]:
            mine = [r for r in stated if _from_sentence(r.quote or r.text, sentence["text"])]
            label = sentence["label"]
            if label in ("required", "preferred"):
                asked += 1
                found += bool(mine)
                rows += len(mine)
                right += sum(1 for r in mine if r.kind == label)
            elif mine:
                key = ("benefit/blurb" if label in ("benefit", "blurb") else "duty" if label == "duty"
                       else "other non-requirement")
                counts[key] += 1
    return {
        "labelled postings": len(postings),
        "labelled requirement sentences": asked,
        "labelled: benefits/blurb sentences made requirements": counts["benefit/blurb"],
        "labelled: other non-requirement sentences made requirements": counts["other non-requirement"],
        "labelled: duty sentences made stated requirements": counts["duty"],
        "labelled: requirement sentences that gave a requirement": found / max(asked, 1),
        "labelled: required/preferred right": right / max(rows, 1),
    }


if __name__ == "__main__":
    run()
