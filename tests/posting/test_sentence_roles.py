"""What a posting's sentence is for when it asks for nothing (benefit, process, legal, growth, blurb),
and whether a company sentence names the role's stack."""

from __future__ import annotations

import pytest

from resume_core.posting.sentence_roles import asks, company_stack, reads_as_ask, sentence_role


@pytest.mark.parametrize("sentence, role", [
    ("Flexible working hours and the ability to work from home", "benefit"),
    ("We offer a competitive salary and 401(k) matching.", "benefit"),
    ("We are a leading provider of modern cloud software.", "blurb"),
    ("Acme Analytics is a fast-growing company headquartered in Austin.", "blurb"),
    ("It could be an opportunity for you to grow into Frontend, Backend and Full stack.", "growth"),
    ("Please send your resume to jobs@example.com.", "process"),
    ("Acme is an equal opportunity employer.", "legal"),
    ("5+ years of Python.", ""),
    ("We are looking for a Go developer with Kafka experience.", ""),
    ("Our dashboard is built with React and talks to a REST API.", ""),
    ("Experience in web frameworks such as Django Here's what we offer you: free lunch", ""),
    ("Exposure to Kubernetes is a plus.", ""),
    ("Professional Education: High-impact training courses taught by practitioners (Agile and Lean).", "benefit"),
    ("At Acme your skills, dedication and ambition help us change lives for the better.", "blurb"),
    ("In addition, our industry expertise within financial services and insurance is second to none.", "blurb"),
    ("Disclaimer: If you are not reviewing this job posting on our careers site, it may be a scam.", "legal"),
    ("Knowledge of change management and the financial services industry.", ""),
    ("Acme is a VC-backed SaaS start-up based in Berlin but operating globally.", "blurb"),
    ("Our platform is based on Kafka and Postgres.", ""),
    ("Take advantage of a large network of gyms for a discounted membership fee.", "benefit"),
    ("Enjoy coffee, tea and fresh fruit for free. Use state of the art laptops (MacOS, Linux, Windows).", "benefit"),
    ("We invest into the personal growth of each individual and offer attractive compensation models.", "benefit"),
    ("If you are interested in hearing more, please contact our Head of Engineering on mobile.", "process"),
    ("To find out more about working with us, search Acme on social media.", "process"),
    ("We achieve this by combining professional software development skills with process mining.", "blurb"),
    ("Experience with Kafka is an advantage.", ""),
    ("In 14 hubs worldwide our team of 40,000+ technologists builds mobile apps and big data platforms.", "blurb"),
    ("Our award-winning AI platform gives data context.", "blurb"),
    ("Being a global leader in process mining, our goal is to establish SaaS as the standard.", "blurb"),
    ("The team consists of Software Engineers, QA Engineers and DevOps Engineers.", "blurb"),
    ("You have 3+ years of DevOps in a global leader's platform team.", ""),
])
def test_what_a_sentence_is_for(sentence, role):
    assert sentence_role(sentence) == role


@pytest.mark.parametrize(("sentence", "stack"), [
    ("Our dashboard is built with React and talks to a REST API.", True),
    ("We are developing a SaaS product based on a modern stack.", True),
    ("We are looking for someone with 3+ years of Go, using Kafka.", False),  # it asks for something
    ("You will build dashboards in React.", False),  # no company words
])
def test_company_stack(sentence, stack):
    assert company_stack(sentence) is stack


def test_only_the_start_of_a_wall_of_text_is_read():
    # Only the first 600 characters are read, so a pasted wall of text costs the shared server little:
    # a cue far behind the start is not seen.
    assert sentence_role("Lovely people " + "and lovely people " * 100_000 + "we offer free lunch") == ""
    assert sentence_role("Lovely people and we offer free lunch") == "benefit"


def test_the_words_of_an_ask():
    assert asks("A qualified IT professional who is strong with Linux and VMware")
    assert asks("Knowledge in cloud security is a plus")
    assert not asks("Our data lake holds hundreds of terabytes in Amazon S3")


@pytest.mark.parametrize("sentence, ask", [
    ("Familiarity with Microsoft Active Directory, DHCP and DNS", True),  # "familiarity", "proficient" are ask words
    ("Proficient in golang.", True),
    ("Solid understanding of Object-Oriented design and concepts.", True),
    ("Hands-on equipment troubleshooting and diagnosis on the manufacturing floor", True),
    ("GIT or SVN", True),  # as short as an item of a list
    ("We majorly work in Java 8 for the backend and deploy on Kubernetes every day.", False),
    ("Our data lake holds hundreds of terabytes of data in Amazon S3 and Airflow runs the jobs.", False),
])
def test_what_reads_as_an_ask(sentence, ask):
    assert reads_as_ask(sentence) is ask
