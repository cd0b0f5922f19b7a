"""A pretend model behind the loopback OpenAI-compatible server (tests/openai_server.py), for the AI journey.

The app's requests arrive in an order that depends on the pages, so instead of a fixed queue each
request is answered by what it asks for: the JSON schema named in `response_format` (parse a
resume, analyse a posting, suggest items, select lines, write a summary), a streamed interview
question, or a plain interview summary. `fail_next(kind)` makes the next request of that kind answer
HTTP 500 once. Answers copy the user's own text, as a well-behaved model would.
"""

from __future__ import annotations

import json
import re
from collections import Counter

from openai_server import OpenAIServer, Reply

RESUME = {
    "name": "Jordan Reyes", "email": "jordan.reyes@example.com", "phone": "(303) 555-0142",
    "location": "Denver, CO",
    "summary": "Data engineer who turns slow, fragile pipelines into boring, reliable ones. Eight years with "
               "Python, SQL and cloud warehouses.",
    "jobs": [
        {"company": "Northwind Analytics Inc.", "title": "Senior Data Engineer", "location": "Denver, CO",
         "start": "2020-01", "end": "", "bullets": [
             "Rebuilt the nightly ETL in Airflow and dbt, cutting the run from 6 hours to 50 minutes.",
             "Moved 40 TB of event data from Hadoop to Snowflake with zero downtime for the reporting team, "
             "wrapping up three months early.",
             "Mentored four junior engineers; two were promoted within a year."]},
        {"company": "Blue Mesa Software LLC", "title": "Data Engineer", "location": "Boulder, CO",
         "start": "2017-03", "end": "2019-12", "bullets": [
             "Wrote the Kafka ingestion service in Python that handles 20k events per second.",
             "Added data quality checks with Great Expectations, catching 30 bad loads before they reached finance."]},
        {"company": "Acme Corp", "title": "Data Analyst Intern", "location": "Chicago, IL",
         "start": "2016-06", "end": "2016-08", "bullets": [
             "Built Tableau dashboards for the sales team.", "Automated a weekly Excel report with pandas."]},
    ],
    "education": [{"institution": "University of Colorado Boulder", "degree": "B.S.", "area": "Computer Science",
                   "end": "2016"}],
    "projects": [],
    "skills": ["Python", "SQL", "Airflow", "dbt", "Snowflake", "Kafka", "Docker", "Terraform", "Tableau"],
    "certifications": ["AWS Certified Data Analytics"],
}

POSTING = {
    "title": "Site Reliability Engineer", "company": "",
    "role_summary": "First Site Reliability Engineer, owning the GCP infrastructure with Terraform and Kubernetes.",
    "required": ["Terraform", "GCP", "Kubernetes", "one scripting language", "Monitoring"],
    "preferred": ["Experience in the financial sector", "Degree in computer science"],
    "implied": [{"text": "Infrastructure as code", "rationale": "Terraform is infrastructure as code"},
                {"text": "Containers", "rationale": "Kubernetes runs containers"}],
    "success_criteria": ["Infrastructure rebuilt as code with monitoring in place"],
}

QUESTIONS = (
    "How many pipelines ran on Airflow, and who depended on the 50-minute run?",
    "What did the Grafana dashboards show first when something failed?",
    "Which part of that work are you proudest of?",
)


class FakeModel:
    """Installed as `server.replies`: the handler pops one reply per request, and we route it."""

    def __init__(self, server: OpenAIServer) -> None:
        self.server = server
        self.failures: Counter[str] = Counter()
        self.seen: Counter[str] = Counter()

    def fail_next(self, kind: str) -> None:
        self.failures[kind] += 1

    def __bool__(self) -> bool:
        return True

    def popleft(self) -> Reply:
        body = self.server.requests[-1].body
        kind = _kind(body)
        self.seen[kind] += 1
        if self.failures[kind]:
            self.failures[kind] -= 1
            return Reply(status=500, error_message="the model server had a hiccup (test)")
        return Reply(content=self._answer(kind, body))

    def _answer(self, kind: str, body: dict) -> str:
        user = "\n".join(m["content"] for m in body["messages"] if m["role"] == "user")
        if kind == "chat":
            return QUESTIONS[min(self.seen["chat"] - 1, len(QUESTIONS) - 1)]
        if kind == "summary":
            said = [line.removeprefix("User: ") for line in user.splitlines() if line.startswith("User: ")]
            return "I made the nightly data pipeline fast and visible.\n" + "\n".join(f"- {s}" for s in said)
        if kind == "ParsedResume":
            return json.dumps(RESUME)
        if kind == "PostingExtract":
            return json.dumps(POSTING)
        if kind == "SuggestedItems":
            return json.dumps({"skills": ["Grafana", "Kubernetes"], "accomplishments": []})
        if kind == "SelectReply":
            ids = list(dict.fromkeys(re.findall(r"^\[((?:acc|skl)-[0-9a-f]+)\]", user, re.MULTILINE)))
            return json.dumps({"items": [{"id": i, "serves": ""} for i in ids[:8]]})
        if kind == "SummaryReply":
            return json.dumps({"summary": "Senior Data Engineer with Python, SQL, Airflow and Snowflake."})
        return json.dumps({})


def _kind(body: dict) -> str:
    if body.get("stream"):
        return "chat"
    response_format = body.get("response_format") or {}
    if response_format.get("type") == "json_schema":
        return response_format["json_schema"]["name"]
    return "summary"
