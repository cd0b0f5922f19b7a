"""Tailored resumes for the render and export tests: a realistic one-page resume, and a longer one."""

from __future__ import annotations

from pathlib import Path

from resume_core.bank.model import Line, TailoredResume

FIXTURES = Path(__file__).parent / "fixtures"

EXTRA_BULLETS = [
    "Automated quarterly access reviews across 40 AWS accounts with a Python Lambda and Slack approvals.",
    "Cut CI pipeline time by 55% with build caching, test sharding and a shared runner fleet on spot instances.",
    "Partnered with security to roll out short-lived credentials via HashiCorp Vault for every service.",
    "Led the Kubernetes 1.22 upgrade across 12 clusters with zero customer-facing downtime.",
    "Introduced chaos engineering game days that found and fixed 14 failure modes before production did.",
    "Standardised service templates (logging, tracing, health checks) adopted by 35 services in one quarter.",
    "Ran the monthly architecture review where teams presented designs for cross-team feedback.",
]


def load_tailored() -> TailoredResume:
    """The realistic one-page fixture (tests/fixtures/tailored_sample.json)."""
    return TailoredResume.model_validate_json((FIXTURES / "tailored_sample.json").read_text(encoding="utf-8"))


def overlong(copies: int = 2) -> TailoredResume:
    """The fixture with many low-value bullets added to the older jobs: well over one page."""
    resume = load_tailored()
    for round_ in range(copies):
        for number, text in enumerate(EXTRA_BULLETS):
            entry = resume.experience[1 + (number + round_) % 2]
            entry.bullets.append(Line(item_id=f"acc-{round_}{number:07d}", text=f"{text} (round {round_ + 1})",
                                      score=round(0.05 + 0.02 * number + 0.01 * round_, 3)))
    return resume
