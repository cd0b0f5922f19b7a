"""The skill vocabulary: aliases, plurals, multi-word names, and words that only look like skills."""

from __future__ import annotations

import json

import pytest

from resume_core.posting.edits import MAYBE
from resume_core.vocab.vocabulary import DATA_DIR, load_vocabulary, normalise


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


def skills(vocab, text: str) -> list[str]:
    return [m.canonical for m in vocab.find(text)]


@pytest.mark.parametrize(
    ("term", "canonical"),
    [
        ("k8s", "Kubernetes"),
        ("JS", "JavaScript"),
        ("Postgres", "PostgreSQL"),
        ("amazon-web-services", "AWS"),
        ("ReactJS", "React"),
        ("React.js", "React"),
        ("Golang", "Go"),
        ("CI/CD", "CI/CD"),
        ("continuous integration", "CI/CD"),
        ("RESTful", "REST"),
        ("Structured query language", "SQL"),
        ("Microsoft Excel", "Excel"),
        ("node.js", "Node.js"),
        ("c++", "C++"),
        ("sysadmin", "System administration"),
    ],
)
def test_aliases_name_one_canonical_skill(vocab, term, canonical):
    assert vocab.canonical(term) == canonical


def test_unknown_term_has_no_canonical_name(vocab):
    assert vocab.canonical("underwater basket weaving") is None


def test_case_punctuation_and_plurals_do_not_matter(vocab):
    assert skills(vocab, "We run DOCKER, kubernetes and several PostgreSQL databases.") == [
        "Docker", "Kubernetes", "PostgreSQL", "Database"
    ]
    assert skills(vocab, "Write unit tests and unit-testing frameworks") [0] == "Unit testing"
    assert normalise("Microservices") == normalise("microservice")


def test_longest_multi_word_name_wins(vocab):
    found = vocab.find("Experience with Spring Boot and Amazon Web Services.")
    assert [(m.canonical, m.surface) for m in found] == [
        ("Spring Boot", "Spring Boot"), ("AWS", "Amazon Web Services")
    ]


def test_match_offsets_point_at_the_surface_text(vocab):
    text = "Must know Golang well"
    (match,) = vocab.find(text)
    assert text[match.start : match.end] == match.surface == "Golang"
    assert match.category == vocab.category("Go") != ""


@pytest.mark.parametrize(
    "text",
    [
        "Own our Go to market plan.",
        "Budget for R&D is growing.",
        "Join the R & D team in Aarhus.",
        "You will own the P & L of the unit.",
        "You will present to C-level executives.",
        "Let's go and see how it feels in spring.",
        "Our chef cooks lunch; the puppet show starts at noon.",
        "Excel in a fast-paced team.",
        "Take a look at the rest of the offer.",
        "Word of mouth and access to the office.",
        "Unity in diversity; we scratch the surface. Scratch that.",
        "Teams across Europe zoom in on details, think outside the Box.",
    ],
)
def test_ordinary_words_are_not_skills(vocab, text):
    assert vocab.find(text) == []


def test_ambiguous_names_count_in_technical_context(vocab):
    assert skills(vocab, "Services in Go, Python and PostgreSQL.") == ["Go", "Python", "PostgreSQL"]
    assert skills(vocab, "Experience with Spring and Hibernate.") == ["Spring", "Hibernate"]
    assert "R" in skills(vocab, "Statistics in R or Python.")
    assert "C" in skills(vocab, "Firmware in C and C++.")
    assert skills(vocab, "Experience with R & Python.") == ["R", "Python"]  # a spaced "&" before a name is a list
    assert skills(vocab, "Code in C & C++.") == ["C", "C++"]
    assert skills(vocab, "Must have strong C/C++ software skills.") == ["C", "C++"], "'C/C++' names two languages"
    assert "C" not in skills(vocab, "A/B tests of C-level dashboards")
    assert skills(vocab, "Proficiency in Excel.") == ["Excel"]
    assert "Chef" in skills(vocab, "Configuration with Chef or Ansible.")


def test_implications_carry_a_rationale(vocab):
    implied = dict(vocab.implied_by("Kubernetes"))
    assert "Docker" in implied and implied["Docker"]
    assert "Infrastructure as code" in dict(vocab.implied_by("Terraform"))
    assert vocab.implied_by("underwater basket weaving") == []


def test_every_implied_skill_is_in_the_vocabulary(vocab):
    implies = json.loads((DATA_DIR / "curated.json").read_text(encoding="utf-8"))["implies"]
    assert len(implies) > 300
    for skill in implies:
        assert skill in vocab, skill
        for implied, why in vocab.implied_by(skill):
            assert implied in vocab and why, (skill, implied)


def test_skills_asked_for_together_are_known_unsure_and_no_relation_of_the_skills(vocab):
    co_occurs = json.loads((DATA_DIR / "curated.json").read_text(encoding="utf-8"))["co_occurs"]
    assert co_occurs
    for skill in co_occurs:
        assert skill in vocab, skill
        for wanted, why, confidence in vocab.co_occurring(skill):
            assert wanted in vocab and why and 0 < confidence < MAYBE, (skill, wanted)
            # Coverage and scoring read implied_by: a resume naming messaging does not show web services.
            assert wanted not in dict(vocab.implied_by(skill)), (skill, wanted)
    assert vocab.co_occurring("underwater basket weaving") == []


def test_loading_is_cached_and_a_long_posting_yields_every_mention(vocab):
    assert load_vocabulary() is vocab
    posting = "Senior engineer: Python, Go, Kubernetes, Terraform, PostgreSQL, React and AWS.\n" * 60
    found = vocab.find(posting)  # speed is measured by bench/bench_analysis.py, not asserted here
    assert len(found) == 7 * 60


def test_languages_count_only_when_the_sentence_is_about_language(vocab):
    assert skills(vocab, "We are a Danish company with offices in Aarhus.") == []
    assert skills(vocab, "Fluent Danish and English are required.") == ["Danish", "English"]


@pytest.mark.parametrize(
    ("term", "canonical"),
    [("Amazon Web Services (AWS)", "AWS"), ("PostgreSQL 14", "PostgreSQL"), ("kubernetes (k8s)", "Kubernetes"),
     ("Node", "Node.js"), ("Go and Python", None)],
)
def test_skill_names_as_people_write_them(vocab, term, canonical):
    assert vocab.canonical(term) == canonical


# --- modern tools the taxonomies miss, and the false hits they used to give -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We run Amazon EKS clusters and keep assets in Amazon S3.", ["Amazon EKS", "Amazon S3"]),
        ("Experience with AWS EKS, EC2 and S3 buckets.", ["AWS", "Amazon EKS", "Amazon EC2", "Amazon S3"]),
        ("Clusters on GKE or AKS, deployed with Argo CD, Helm and Kustomize.",
         ["Google Kubernetes Engine", "Azure Kubernetes Service", "Argo CD", "Helm", "Kustomize"]),
        ("Service mesh with Istio; secrets in HashiCorp Vault.", ["Istio", "HashiCorp Vault"]),
        ("Instrument services with OpenTelemetry, Datadog and Jaeger; page through PagerDuty.",
         ["OpenTelemetry", "Datadog", "Jaeger", "PagerDuty"]),
        ("Experience with HIPAA, FHIR and PCI DSS compliance.", ["HIPAA", "FHIR", "PCI DSS"]),
        ("We are SOC 2 Type II certified and GDPR compliant.", ["SOC 2", "GDPR"]),
        ("Background jobs run on Celery with Redis; geodata lives in PostGIS.", ["Celery", "Redis", "PostGIS"]),
        ("Services talk gRPC with Protocol Buffers and publish OpenAPI specs.",
         ["gRPC", "Protocol Buffers", "OpenAPI"]),
        ("Unit tests in pytest, browser tests in Playwright, Terraform tests with Terratest.",
         ["pytest", "Playwright", "Terraform", "Terratest"]),
        ("Pipelines in Databricks and dbt, ingestion with Fivetran, checks with Great Expectations, "
         "dashboards in Looker.", ["Databricks", "dbt", "Fivetran", "Great Expectations", "Looker"]),
        ("Stream with Apache Flink and Kinesis into Delta Lake.", ["Apache Flink", "Amazon Kinesis", "Delta Lake"]),
        ("Build RAG over LLMs with LangChain and a vector database; track runs in MLflow.",
         ["RAG", "LLMs", "LangChain", "Vector databases", "MLflow"]),
        ("You will join the on-call rotation, run incident management, define SLOs and write postmortems.",
         ["On-call", "Incident management", "SLOs", "Postmortems"]),
        ("Strong API design, code review and technical writing skills.",
         ["API design", "Code review", "Technical writing"]),
        ("Run A/B testing on the checkout flow.", ["A/B testing"]),
        ("Skills:\nPython\nGo\nKubernetes\n", ["Python", "Go", "Kubernetes"]),
        ("Experience with XML, JSON and LDAP.", ["XML", "JSON", "LDAP"]),
        ("Tools: Minitab, DOE", ["Minitab", "DOE"]),
        ("Experience with DOE and process capability.", ["DOE"]),
        # Employer skill lists of Dice postings named these; the taxonomies spell them otherwise or not at all.
        ("Strong C#, VB.NET and WPF; knowledge of HTTP and SOA.", ["C#", "Visual Basic.NET", "WPF", "HTTP", "SOA"]),
        ("Siebel or JD Edwards experience; Ember.js a plus.", ["Siebel CRM", "JD Edwards EnterpriseOne", "Ember.js"]),
        ("Background in the financial services industry and Ethernet, VoIP networks.",
         ["Financial services", "Ethernet", "VoIP"]),
        ("Proficient in MS Word, MS Outlook and MS Project 2013.", ["Microsoft Word", "Microsoft Outlook", "Microsoft Project"]),
    ],
)
def test_modern_tools_are_found(vocab, text, expected):
    found = skills(vocab, text)
    assert [name for name in found if name in expected] == expected, found


@pytest.mark.parametrize(
    ("text", "longer", "shorter"),
    [
        ("Deploys go through Argo CD.", "Argo CD", "CI/CD"),
        ("We do A/B testing every week.", "A/B testing", "Testing"),
        ("Strong API design skills.", "API design", "Web services"),
        ("On-call duty one week in six.", "On-call", "Production operations"),
        ("Amazon EKS clusters in three regions.", "Amazon EKS", "Kubernetes"),
        ("Bonus points for React/Redux.", "React", "React Redux"),
    ],
)
def test_the_longer_name_wins_over_a_shorter_one_inside_it(vocab, text, longer, shorter):
    found = skills(vocab, text)
    assert longer in found and shorter not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "No workday will look the same, and you will build a lot from scratch.",
        "The lab is funded by the DOE and the NIH.",
        "Patients with Type II diabetes; phase II of the trial.",
        "WE VALUE SMARTS, GRIT AND KINDNESS.",
        "Our team has the smarts to ship.",
        "Celery sticks and fresh fruit in the kitchen.",
        "The playwright wrote a new play.",
        "Works with the audit team to report progress.",
        "Ownership, mentoring and collaboration via Video calls.",
        "Responsible for manpower resources in MPS order execution.",
        "Cemetery care in Phoenix and a flux of new ideas.",
        "Configured NAT rules and VLANs.",  # NAT is no NATS
        "Polar bears at the zoo; our MTL office.",  # no Polars, no mTLS
    ],
)
def test_ordinary_words_acronyms_and_numerals_are_no_tools(vocab, text):
    tools = [m for m in vocab.find(text) if m.category not in ("Soft skills", "Languages")]
    assert tools == [], tools


def test_a_tool_name_glued_to_a_word_is_no_tool(vocab):
    assert skills(vocab, "We ready our product for a Kubernetes-World.") == ["Kubernetes"]
    assert "Microsoft Office" not in skills(vocab, "Web Application - Back Office for administrative work.")
    assert skills(vocab, "Good MS Office skills.") == ["Microsoft Office"]


@pytest.mark.parametrize(
    ("skill", "implied"),
    [
        ("Amazon EKS", {"Kubernetes", "AWS"}),
        ("Google Kubernetes Engine", {"Kubernetes", "Google Cloud Platform"}),
        ("Argo CD", {"GitOps", "Kubernetes"}),
        ("dbt", {"SQL"}),
        ("Databricks", {"Spark"}),
        ("On-call", {"Production operations"}),
        ("pytest", {"Python", "Unit testing"}),
        ("PostGIS", {"PostgreSQL"}),
        ("HBase", {"Hadoop"}),
        ("Spring Boot", {"Microservices", "Java"}),
        ("DNS", {"System administration"}),
        ("SOA", {"Web services"}),
    ],
)
def test_tools_imply_what_they_are_built_on(vocab, skill, implied):
    assert implied <= {name for name, _ in vocab.implied_by(skill)}


def test_a_web_address_is_no_http_skill(vocab):
    assert skills(vocab, "Apply at https://example.com/jobs or see URL: http://example.com") == []


def test_a_business_domain_counts_only_when_the_sentence_asks_for_it(vocab):
    assert skills(vocab, "Work alongside engineers implementing change in financial services.") == []
    assert skills(vocab, "Experience in financial services is a plus.") == ["Financial services"]


def test_collaboration_names_teamwork_only_as_a_skill_not_as_working_with_someone():
    vocab = load_vocabulary()
    assert "Teamwork" in {m.canonical for m in vocab.find("Strong collaboration skills are a must")}
    assert "Teamwork" in {m.canonical for m in vocab.find("You are a team player")}
    # A duty done together with someone, or a project run with a partner, asks for no teamwork skill.
    assert "Teamwork" not in {m.canonical for m in vocab.find("Define the architecture in close collaboration with our CPO")}
    assert "Teamwork" not in {m.canonical for m in vocab.find("The project is a collaboration between two labs")}


def test_analytics_alone_is_a_product_area_not_data_analysis():
    vocab = load_vocabulary()
    assert "Data analysis" in {m.canonical for m in vocab.find("3 years of data analytics experience")}
    assert "Data analysis" not in {m.canonical for m in vocab.find("Our offerings span from analytics to strategy")}


def test_analytic_skills_are_analytical_thinking():
    vocab = load_vocabulary()
    assert "Analytical thinking" in {m.canonical for m in vocab.find("You have strong analytic skills")}


def test_a_name_in_another_case_matches_where_no_english_word_is_spelled_so(vocab):
    assert skills(vocab, "Understanding of JBoss, SalesForce and Backbone.JS; node.js and angularjs.") == [
        "Jboss", "Salesforce", "Backbone.js", "Node.js", "AngularJS"]
    # A plain word still needs the name's own case: "workday" and "SMARTS" are no products.
    assert skills(vocab, "No workday is the same; WE VALUE SMARTS.") == []
    assert skills(vocab, "We use SVN or Subversion and Salesforce.com.") == [
        "Subversion", "Subversion", "Salesforce"]
    assert vocab.knows("JavaScript") and not vocab.knows("Angular.jsIf")
