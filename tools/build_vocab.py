"""Build the skill vocabulary data files from the O*NET and ESCO text files.

Usage: python tools/build_vocab.py TAXONOMY_DIR [OUT_DIR]

TAXONOMY_DIR holds `onet_29.2/` (technology_skills.txt, alternate_titles.txt, occupation_data.txt) and
`esco_1.1.1/` (digitalSkillsCollection_en.csv, transversalSkillsCollection_en.csv). Writes
`skills.json` (canonical skills, categories, aliases, common-word flags) and `occupations.json`
(job titles -> occupation -> in-demand technologies) into OUT_DIR (default resume_core/data).
The hand-kept aliases and implications live in resume_core/data/curated.json and are merged at load
time, so this script only runs when the upstream taxonomies change.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from resume_core.vocab.occupations import clean_title  # noqa: E402  (titles are stored ready to look up)

# Vendor prefixes O*NET puts before product names ("Microsoft Excel", "Apache Kafka").
VENDORS = [
    "Microsoft", "Oracle", "IBM", "Autodesk", "Adobe", "SAP", "Apache", "Google", "Apple", "Atlassian",
    "Amazon", "ESRI", "Corel", "Cisco", "Bentley", "Trimble", "PTC", "Intuit", "Red Hat", "The MathWorks",
    "Dassault Systemes", "Wolfram Research", "StataCorp", "National Instruments", "Qlik Tech", "Eclipse",
    "Facebook", "Meta", "Salesforce", "Symantec", "VMware", "Siemens", "Infor", "Sage", "SmugMug",
    "iParadigms", "Hewlett Packard", "HP", "Citrix", "Elastic", "JetBrains", "Jenkins",
]
_VENDOR_RE = re.compile(r"^(?:%s)\s+" % "|".join(re.escape(v) for v in sorted(VENDORS, key=len, reverse=True)))
_ROMAN = re.compile(r"[IVX]+")
_PAREN = re.compile(r"\s*\([^)]*\)\s*$")
_WORD = re.compile(r"[a-z][a-z+#.]*")
# ESCO alt labels can be long descriptions; longer aliases than this never appear verbatim in postings.
MAX_ALIAS_WORDS = 5


def _initials_match(acronym: str, words: list[str]) -> bool:
    """True when the acronym's letters appear in order in the words ("HTML" in "Hypertext markup language")."""
    letters = iter("".join(words).lower())
    acronym = "".join(ch for ch in acronym.lower() if ch.isalpha())
    return bool(words and acronym) and all(ch in letters for ch in acronym)


def _is_acronym_of(last: str, words: list[str]) -> bool:
    """Is the last word an acronym of the words before it ("SQL" of "Structured query language")?

    A roman numeral is a version, not an acronym ("Accelrys Insight II" is no "II").
    """
    if not re.fullmatch(r"[A-Z][A-Z0-9/]{1,7}\d?", last) or _ROMAN.fullmatch(last):
        return False
    return _initials_match(last, words)


def onet_names(example: str) -> tuple[str, list[str]]:
    """Canonical display name and aliases for one O*NET example ("Structured query language SQL")."""
    full = example.strip()
    name = re.sub(r"\s+software$", "", full)
    aliases = {full, name}
    words = name.split()
    # "Hypertext markup language HTML" -> canonical "HTML", alias "Hypertext markup language".
    if len(words) >= 2 and _is_acronym_of(words[-1], words[:-1]):
        phrase = " ".join(words[:-1])
        stripped = _VENDOR_RE.sub("", phrase)
        # Keep the vendor when it is part of the acronym ("Amazon Web Services AWS" is not "Web Services").
        if not _initials_match(words[-1], stripped.split()) or len(stripped.split()) < len(words[-1]) - 1:
            stripped = phrase
        aliases.update({phrase, stripped, words[-1], f"{stripped} {words[-1]}"})
        return words[-1], sorted(aliases)
    stripped = _VENDOR_RE.sub("", name)
    if stripped != name and stripped:
        aliases.add(stripped)
        return stripped, sorted(aliases)
    return name, sorted(aliases)


def prose_words(taxonomy: Path) -> Counter:
    """Lower-case words of the occupation and skill descriptions: a corpus of ordinary English."""
    counts: Counter = Counter()
    with open(taxonomy / "onet_29.2/occupation_data.txt", encoding="utf-8", errors="replace") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            counts.update(w.strip(".") for w in _WORD.findall(row["Description"]))
    for name in ("digitalSkillsCollection_en.csv", "transversalSkillsCollection_en.csv", "occupations_en.csv"):
        path = taxonomy / "esco_1.1.1" / name
        if path.exists():
            with open(path, encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    text = row.get("description", "") + " " + row.get("definition", "")
                    counts.update(w.strip(".") for w in _WORD.findall(text))
    return counts


def build(taxonomy: Path) -> tuple[dict, dict]:  # noqa: C901 - one pass over the taxonomy file, by record kind
    skills: dict[str, dict] = {}

    def add(canonical: str, category: str, aliases: list[str], source: str) -> None:
        entry = skills.setdefault(canonical, {"category": category, "aliases": set(), "source": source})
        entry["aliases"].update(a.strip() for a in aliases if a.strip() and len(a.split()) <= MAX_ALIAS_WORDS)

    onet_rows = []
    with open(taxonomy / "onet_29.2/technology_skills.txt", encoding="utf-8", errors="replace") as fh:
        onet_rows = list(csv.DictReader(fh, delimiter="\t"))
    common = prose_words(taxonomy)
    example_canonical: dict[str, str] = {}
    for row in onet_rows:
        example = row["Example"]
        if example in example_canonical:
            continue
        canonical, aliases = onet_names(example)
        if " " not in canonical and common[canonical.lower()] >= 2:
            canonical = re.sub(r"\s+software$", "", example)  # "Microsoft Word", not "Word"
        category = re.sub(r"\s+software$", "", row["Commodity Title"]).strip()
        example_canonical[example] = canonical
        add(canonical, category, aliases, "onet")

    esco = taxonomy / "esco_1.1.1"
    with open(esco / "digitalSkillsCollection_en.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["skillType"] != "knowledge":
                continue
            label = _PAREN.sub("", row["preferredLabel"]).strip()
            alts = [_PAREN.sub("", a).strip() for a in row["altLabels"].split(" | ")]
            category = row["broaderConceptPT"].split(" | ")[0] or "digital"
            # An ESCO label that O*NET already names (case-insensitive) joins that skill.
            canonical = next((c for c in (label, label[:1].upper() + label[1:]) if c in skills), None)
            canonical = canonical or next((c for c in skills if c.lower() == label.lower()), label)
            add(canonical, skills.get(canonical, {}).get("category", category), [label, *alts], "esco")
    with open(esco / "transversalSkillsCollection_en.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            label = row["preferredLabel"].strip()
            # Single-word alternative labels ("design", "drive") are too vague to match on their own.
            alts = [a.strip() for a in row["altLabels"].split(" | ") if " " in a.strip()]
            add(label, "Transversal skill", [label, *alts], "esco-transversal")

    out_skills = []
    for canonical in sorted(skills):
        entry = skills[canonical]
        aliases = sorted(entry["aliases"] | {canonical}, key=lambda a: (a.lower(), a))
        # Single-word aliases that are ordinary English words ("Word", "Access", "Spring") are flagged so
        # the matcher demands exact case and a technical context.
        ambiguous = sorted(a for a in aliases if " " not in a and common[a.lower()] >= 2)
        out_skills.append([canonical, entry["category"], aliases, ambiguous])

    # Occupations: alternate titles -> code; in-demand (else hot) technologies per occupation.
    occupations: dict[str, dict] = {}
    with open(taxonomy / "onet_29.2/occupation_data.txt", encoding="utf-8", errors="replace") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            occupations[row["O*NET-SOC Code"]] = {"title": row["Title"], "tech": [], "titles": set()}
    # Rank an occupation's technologies by how typical they are of its occupation group (first SOC
    # digits) against how common they are everywhere, so office suites do not top every list.
    listed = [r for r in onet_rows if r["In Demand"] == "Y" or r["Hot Technology"] == "Y"]
    overall = Counter(r["Example"] for r in listed)
    in_group = Counter((r["O*NET-SOC Code"][:4], r["Example"]) for r in listed)
    per_code = defaultdict(list)
    for row in listed:
        code, example = row["O*NET-SOC Code"], row["Example"]
        score = in_group[(code[:4], example)] / overall[example] ** 0.25
        per_code[code].append(((row["In Demand"] == "Y", score), example_canonical[example]))
    for code, items in per_code.items():
        ranked = [name for _, name in sorted(items, key=lambda x: x[0], reverse=True)]
        occupations[code]["tech"] = list(dict.fromkeys(ranked))[:20]
    with open(taxonomy / "onet_29.2/alternate_titles.txt", encoding="utf-8", errors="replace") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            occ = occupations.get(row["O*NET-SOC Code"])
            if occ is None:
                continue
            for title in (row["Alternate Title"], row["Short Title"]):
                title = _PAREN.sub("", title).strip()
                if title and title != "n/a" and len(title.split()) <= 6:
                    occ["titles"].add(title.lower())
    for occ in occupations.values():
        occ["titles"].add(occ["title"].lower())
    out_occ = [
        [code, occ["title"], sorted({t for t in map(clean_title, occ["titles"]) if t}), occ["tech"]]
        for code, occ in sorted(occupations.items())
        if occ["tech"]
    ]
    credit = (
        "This file includes information from the O*NET 29.2 Database by the U.S. Department of Labor, "
        "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET(R) is a "
        "trademark of USDOL/ETA. Target Practice has modified all or some of this information. USDOL/ETA has "
        "not approved, endorsed, or tested these modifications. Contains the ESCO classification (v1.1.1) of "
        "the European Commission, https://esco.ec.europa.eu , (c) European Union, reused under Commission "
        "Decision 2011/833/EU; labels were shortened. See resume_core/data/README.md."
    )
    return (
        {"credit": credit, "columns": ["canonical", "category", "aliases", "ambiguous"], "skills": out_skills},
        {"credit": credit, "columns": ["code", "title", "titles", "technologies"], "occupations": out_occ},
    )


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    taxonomy = Path(argv[0])
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "resume_core" / "data"
    skills, occupations = build(taxonomy)
    (out / "skills.json").write_text(json.dumps(skills, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    (out / "occupations.json").write_text(
        json.dumps(occupations, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    print(f"{len(skills['skills'])} skills, {len(occupations['occupations'])} occupations -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
