"""The offline interviewer: does it hear the facts, ask without repeating, and close the gap it was started on?

Data: 42 short interviews written for this benchmark (`data/interview/`): varied people and fields
(nursing, warehouse, teaching, sales, networks, farming, law, software...), and ways of speaking
(short answers, rambling ones, "we" stories, numbers in words, non-native English). Each lists the
facts a careful reader would turn into bullets (`keys`: words one bullet must hold together) or
skills, and 19 of them start from a posting gap (a requirement the bank does not cover).
`holdout.jsonl` (14) was written first and is never tuned on; `dev.jsonl` (28) is. Spoken answers as
speech-to-text gives them (no capitals or punctuation, fillers, self-corrections, numbers in words,
run-ons): `spoken_holdout.jsonl` (15, written and measured before any rule for them) and
`spoken_dev.jsonl` (22, tuned on); their labels also list the values a speaker took back.

Each interview is played against the offline engine: the first opener, then every answer followed by
the interviewer's follow-up; then the offline suggestions are made and, where a gap was asked about,
the suggestions naming its skill are accepted.

- fact recall: share of labelled facts found in one suggestion (all keys in one bullet, or the skill; a
  number key matches the same value in digits or words);
- grounded share: suggestions that pass the grounding check;
- silently accepted ungrounded: ungrounded suggestions `accept_suggestion` takes without an edit (goal 0);
- repeated questions: follow-ups identical to an earlier question of the same interview (goal 0);
- questions asking for what was said: follow-ups asking for numbers, an outcome, the person's part or
  an example when the topic's answers already held it (read by `interview.state`);
- skill suggestions not among the labels: suggested skills no fact names (a rough count of noise: the
  labels list the skills a reader would expect, not every tool mentioned);
- gap-closing rate: gap interviews after which the requirement is covered by the accepted suggestion;
- bullet quality (`interview_quality`), shares of suggested bullets that start with a verb or a noun
  phrase, hold no filler and no I/we/my, use the corrected value (spoken sets), have <= 35 words, and
  write numbers in digits ("25%", not "twenty-five percent");
- spoken tools (`interview_tools`): precision and recall of tools said in lower case, by reader;
- speed: "Test connection" against a refused loopback port (median of 5), and the clause reader and
  suggestions on one 200,000-character answer (a visitor pasting a book must not stall the server).
"""

from __future__ import annotations

import json
import socket
import statistics
import time
from pathlib import Path

from bench import interview_tools
from bench.interview_quality import judge, key_in
from resume_core.interview.anecdotes import append_turn, find_anecdote, start_interview
from resume_core.errors import UserError
from resume_core.importing.skills import normalise
from resume_core.interview.questions import build_context, follow_up, icebreakers, uncovered_requirements
from resume_core.interview.text import skills_in, words
from resume_core.bank.model import Accomplishment, Bank, Job, Position, Posting, Project, Requirement, Skill
from resume_core.interview.suggest import accept_suggestion, suggest_items

DATA = Path(__file__).parent / "data" / "interview"
SPLITS = ("dev", "holdout", "spoken_dev", "spoken_holdout")


def load(split: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / f"{split}.jsonl").read_text().splitlines() if line.strip()]


def _bank(case: dict) -> tuple[Bank, str, Posting | None]:
    owner = case["owner"]
    skills = [Skill(id=f"skl-{n:04d}", name=name) for n, name in enumerate(owner["skills"])]
    accs = [Accomplishment(id=f"acc-{n:04d}", text=t) for n, t in enumerate(owner["accomplishments"])]
    if owner["kind"] == "job":
        entry = Job(id="job-bench001", name=owner["name"], positions=[Position(title=owner["role"])], skills=skills,
                    accomplishments=accs)
        bank = Bank(jobs=[entry])
    else:
        entry = Project(id="prj-bench001", name=owner["name"], roles=[owner["role"]], skills=skills,
                        accomplishments=accs)
        bank = Bank(projects=[entry])
    posting = None
    if case.get("gap"):
        gap = case["gap"]
        posting = Posting(id="pst-bench001", title="Role", company="Hiring Co",
                          requirements=[Requirement(id="req-bench001", text=gap["text"], kind="required",
                                                    skill=gap["skill"])])
    return bank, entry.id, posting


def play(case: dict) -> dict:
    """One interview, played offline: its questions, suggestions and what they cover."""
    bank, owner_id, posting = _bank(case)
    topic = case["gap"]["skill"] if case.get("gap") else ""
    bank, anecdote_id = start_interview(bank, owner_id, topic, posting_id=posting.id if posting else "")
    context = build_context(bank, owner_id, posting, topic)
    questions = [icebreakers(context)[0]]
    bank = append_turn(bank, anecdote_id, "assistant", questions[0])
    for answer in case["answers"]:
        bank = append_turn(bank, anecdote_id, "user", answer)
        _, anecdote = find_anecdote(bank, anecdote_id)
        question = follow_up(context, anecdote.transcript)
        questions.append(question)
        bank = append_turn(bank, anecdote_id, "assistant", question)
    _, anecdote = find_anecdote(bank, anecdote_id)
    already = _asked_for_what_was_said(anecdote.transcript, owner_name=case["owner"]["name"])
    found = suggest_items(bank, anecdote_id)
    bullets = [s.text.lower() for s in found if s.kind == "accomplishment"]
    skills = {normalise(s.text) for s in found if s.kind == "skill"}
    labelled = {normalise(n) for f in case["facts"] if f["kind"] == "skill" for n in (f["name"], *skills_in(f["name"]))}
    unlabelled = sum(normalise(s.text) not in labelled for s in found if s.kind == "skill")
    recalled = 0
    for fact in case["facts"]:
        if fact["kind"] == "skill":
            names = {normalise(fact["name"]), *(normalise(s) for s in skills_in(fact["name"]))}
            recalled += bool(names & skills)
        else:
            recalled += any(all(key_in(b, k.lower()) for k in fact["keys"]) for b in bullets)
    silent = 0
    for suggestion in found:
        if not suggestion.grounded:
            try:
                accept_suggestion(bank, anecdote_id, suggestion)
                silent += 1
            except UserError:
                pass
    closed = None
    if posting is not None:
        closed = False
        skill = case["gap"]["skill"]
        for suggestion in found:
            if not suggestion.grounded:
                continue
            names = skill.lower() in {s.lower() for s in skills_in(suggestion.text)} or \
                normalise(suggestion.text) == normalise(skill)
            if names:
                after = accept_suggestion(bank, anecdote_id, suggestion)
                if not uncovered_requirements(after, posting):
                    closed = True
                    break
    keys = [" ".join(words(q.lower())) for q in questions]
    return {
        "facts": len(case["facts"]), "recalled": recalled, "suggestions": len(found), "unlabelled": unlabelled,
        "grounded": sum(s.grounded for s in found), "silent": silent,
        "repeated": len(keys) - len(set(keys)), "already": already, "closed": closed, "questions": questions,
        "found": [s.text for s in found],
        "quality": judge([s.text for s in found if s.kind == "accomplishment"], case.get("retracted", [])),
    }


def _asked_for_what_was_said(transcript, owner_name: str) -> int:
    """Follow-ups asking for a fact (numbers, outcome, own part, an example) the topic's answers already held."""
    from resume_core.interview.state import slot_of, topic_states

    count = 0
    for index, turn in enumerate(transcript):
        if turn.role != "assistant" or index == 0:
            continue
        slot = slot_of(turn.text)
        topics = topic_states(transcript[:index], owner_name)
        if slot in {"numbers", "outcome", "own_part", "example"} and topics and slot in topics[-1].known:
            count += 1
    return count


def _refused_port_seconds() -> float:
    from resume_core.engines import EngineConfig, test_connection
    from resume_core.errors import EngineError

    times = []
    for _ in range(5):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        started = time.perf_counter()
        try:
            test_connection(EngineConfig(base_url=f"http://127.0.0.1:{port}/v1", model="m"))
        except EngineError:
            pass
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _huge_answer_seconds() -> float:
    case = load("dev")[0]
    bank, owner_id, _ = _bank(case)
    bank, anecdote_id = start_interview(bank, owner_id)
    answer = " ".join(case["answers"]) + " "
    bank = append_turn(bank, anecdote_id, "user", (answer * (200_000 // len(answer) + 1))[:200_000])
    started = time.perf_counter()
    suggest_items(bank, anecdote_id)
    _, anecdote = find_anecdote(bank, anecdote_id)
    follow_up(build_context(bank, owner_id), anecdote.transcript)
    return time.perf_counter() - started


_QUALITY = {"resume_start": "starting with a verb or noun phrase", "clean": "free of fillers and I/we",
            "corrected": "using the corrected value", "short": "of <= 35 words", "digits": "with numbers in digits"}


def run(print_table: bool = True) -> dict:
    figures: dict[str, object] = {}
    for split in SPLITS:
        results = [play(case) for case in load(split)]
        facts = sum(r["facts"] for r in results)
        made = sum(r["suggestions"] for r in results)
        gaps = [r["closed"] for r in results if r["closed"] is not None]
        figures[f"{split} transcripts"] = len(results)
        figures[f"{split} fact recall"] = round(sum(r["recalled"] for r in results) / facts, 3)
        figures[f"{split} grounded share"] = round(sum(r["grounded"] for r in results) / max(made, 1), 3)
        figures[f"{split} ungrounded accepted silently"] = sum(r["silent"] for r in results)
        figures[f"{split} repeated questions"] = sum(r["repeated"] for r in results)
        figures[f"{split} questions asking for what was said"] = sum(r["already"] for r in results)
        figures[f"{split} skill suggestions not among the labels"] = sum(r["unlabelled"] for r in results)
        figures[f"{split} gap-closing rate"] = round(sum(gaps) / max(len(gaps), 1), 3)
        figures[f"{split} gap interviews"] = len(gaps)
        quality = {k: sum(r["quality"][k] for r in results) for k in results[0]["quality"]}
        for key, label in _QUALITY.items():
            of = quality["corrected_of" if key == "corrected" else "bullets"]
            if of:
                figures[f"{split} bullets {label}"] = round(quality[key] / of, 3)
    figures.update(interview_tools.run(print_table=False))
    figures["test connection, refused port (ms)"] = round(_refused_port_seconds() * 1000, 1)
    figures["suggest + follow-up on a 200k-char answer (s)"] = round(_huge_answer_seconds(), 2)
    if print_table:
        for key, value in figures.items():
            print(f"{key:40} {value}")
    return figures


if __name__ == "__main__":
    run()
