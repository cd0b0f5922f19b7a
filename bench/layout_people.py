"""Fourteen invented people as JSON Resume documents, for the real-layout import corpus.

Varied on purpose: fields (nursing, law, trades, software, teaching, cooking, logistics...), careers
(one employer with three positions, a career change, an intern), accented and hyphenated names,
dates with and without months, present jobs, schools with and without dates, certificates.
Everyone here is fictional; any likeness is chance. `HELD_OUT` people are never looked at while tuning.
"""

from __future__ import annotations


def _job(name, position, start, end="", highlights=(), location="", summary=""):
    job = {"name": name, "position": position, "startDate": start, "highlights": list(highlights)}
    if end:
        job["endDate"] = end
    if location:
        job["location"] = location
    if summary:
        job["summary"] = summary
    return job


def _school(institution, area, study_type, start="", end=""):
    school = {"institution": institution, "area": area, "studyType": study_type}
    if start:
        school["startDate"] = start
    if end:
        school["endDate"] = end
    return school


def _person(name, label, email, phone, city, country, summary, work, education, skills, certificates=()):
    return {
        "basics": {
            "name": name, "label": label, "email": email, "phone": phone, "summary": summary,
            "location": {"city": city, "countryCode": country},
            "profiles": [{"network": "LinkedIn", "username": email.split("@")[0],
                          "url": f"https://www.linkedin.com/in/{email.split('@')[0].replace('.', '-')}"}],
        },
        "work": work,
        "education": education,
        "skills": [{"name": group, "keywords": list(words)} for group, words in skills],
        "certificates": [{"name": n, "date": d, "issuer": i} for n, d, i in certificates],
    }


PEOPLE: list[dict] = [
    _person(
        "Mirela Kovačević", "Senior Backend Engineer", "mirela.k@example.com", "+385 91 555 0142", "Zagreb", "HR",
        "Backend engineer who builds payment systems that stay up during peak sales.",
        [
            _job("Infobip", "Senior Backend Engineer", "2021-03", "", [
                "Led the migration of the billing service from a monolith to Kotlin microservices",
                "Cut the p99 latency of the messaging API from 800 ms to 120 ms with Redis caching",
                "Mentored four junior engineers through code review and pairing",
            ], "Zagreb"),
            _job("Infobip", "Backend Engineer", "2018-06", "2021-02", [
                "Built the SMS delivery report pipeline on Kafka processing 2 million events per hour",
                "Wrote integration tests in JUnit that caught regressions before release",
            ], "Vodnjan"),
            _job("Span d.d.", "Junior Java Developer", "2016-09", "2018-05", [
                "Maintained Spring Boot services for a public sector document archive",
                "Automated nightly PostgreSQL backups with Bash scripts",
            ], "Zagreb"),
        ],
        [_school("University of Zagreb", "Computer Science", "Master of Science", "2011-10", "2016-07")],
        [("Languages", ["Java", "Kotlin", "SQL"]), ("Platforms", ["Kafka", "Redis", "PostgreSQL", "Docker"])],
        [("AWS Certified Developer", "2020-05-01", "Amazon Web Services")],
    ),
    _person(
        "Søren Østerkilde", "Registered Nurse", "soren.osterkilde@example.dk", "+45 20 55 01 77", "Aarhus", "DK",
        "Intensive care nurse with ten years on night shifts and a calm head in emergencies.",
        [
            _job("Aarhus University Hospital", "Charge Nurse, Intensive Care", "2019-01", "", [
                "Coordinate a team of twelve nurses across three night shifts",
                "Introduced a sepsis screening checklist that shortened time to antibiotics",
            ], "Aarhus"),
            _job("Regional Hospital Randers", "Staff Nurse", "2014-08", "2018-12", [
                "Cared for up to six post-operative patients per shift on the surgical ward",
                "Trained new staff on infusion pumps and medication safety",
            ], "Randers"),
        ],
        [_school("VIA University College", "Nursing", "Bachelor", "2010-09", "2014-06")],
        [("Clinical", ["Patient assessment", "Medication administration", "Wound care", "Triage"])],
        [("Advanced Life Support", "2021-03-01", "European Resuscitation Council")],
    ),
    _person(
        "Jori Smith", "Help Desk Administrator", "jori.smith@example.com", "(555) 201-3344", "Tulsa", "US",
        "IT support specialist who keeps small offices running.",
        [
            _job("Brightline Dental Group", "IT Support Specialist", "2016-04", "", [
                "Support 140 users across nine clinics by phone and remote desktop",
                "Rolled out Microsoft 365 and multi-factor authentication to every clinic",
            ], "Tulsa, OK"),
            _job("Cherokee Nation Businesses", "Help Desk Administrator", "2012-01", "2015-12", [
                "Resolved about forty tickets a day in ServiceNow",
                "Imaged and deployed Windows 10 laptops for new hires",
            ], "Catoosa, OK"),
        ],
        [_school("Tulsa Community College", "Information Technology", "Associate of Applied Science", "", "2011-05")],
        [("Tools", ["ServiceNow", "Active Directory", "Microsoft 365", "Windows Server"])],
        [("CompTIA A+", "2012-02-01", "CompTIA")],
    ),
    _person(
        "Aoife Ní Bhriain", "Secondary School Teacher", "aoife.nibhriain@example.ie", "+353 87 555 0199", "Galway", "IE",
        "Maths and physics teacher who brings coding into the classroom.",
        [
            _job("Coláiste Iognáid", "Teacher of Mathematics and Physics", "2017-09", "", [
                "Teach mathematics to Leaving Certificate students with a 95 percent pass rate",
                "Started a lunchtime Python coding club with thirty members",
            ], "Galway"),
            _job("St. Joseph's Secondary School", "Substitute Teacher", "2015-09", "2017-06", [
                "Covered mathematics and science classes for first to sixth year",
            ], "Tuam"),
        ],
        [
            _school("University of Galway", "Mathematics Education", "Professional Master of Education", "2013-09", "2015-06"),
            _school("University of Limerick", "Physics", "Bachelor of Science", "2009-09", "2013-06"),
        ],
        [("Teaching", ["Curriculum design", "Classroom management", "Python"])],
    ),
    _person(
        "Rafael Nuñez-Ortega", "Executive Chef", "rafa.nunez@example.es", "+34 655 010 203", "Valencia", "ES",
        "Chef who runs profitable kitchens with seasonal, local menus.",
        [
            _job("La Lonja del Mar", "Executive Chef", "2020-02", "", [
                "Designed a seasonal tasting menu that earned a Michelin Bib Gourmand",
                "Reduced food cost from 34 to 28 percent by buying directly from local fishermen",
            ], "Valencia"),
            _job("Hotel Las Arenas", "Sous Chef", "2016-05", "2020-01", [
                "Ran banquet service for events of up to 400 guests",
                "Trained a brigade of fourteen cooks on HACCP food safety",
            ], "Valencia"),
            _job("Restaurante Ricard Camarena", "Chef de Partie", "2013-03", "2016-04", [
                "Managed the fish station during service",
            ], "Valencia"),
        ],
        [_school("Basque Culinary Center", "Culinary Arts", "Bachelor", "2009-09", "2013-02")],
        [("Kitchen", ["Menu engineering", "Food costing", "HACCP", "Staff training"])],
    ),
    _person(
        "Priya Raghunathan", "Data Scientist", "priya.r@example.in", "+91 98450 55512", "Bengaluru", "IN",
        "Data scientist who turns messy retail data into forecasts that planners trust.",
        [
            _job("Flipkart", "Senior Data Scientist", "2020-07", "", [
                "Built a demand forecasting model in PyTorch that cut stock-outs by 18 percent",
                "Set up an experiment platform for A/B tests used by six product teams",
            ], "Bengaluru"),
            _job("Mu Sigma", "Decision Scientist", "2017-06", "2020-06", [
                "Delivered pricing analytics for a US retailer with Python and SQL",
                "Presented weekly insights to client vice presidents",
            ], "Bengaluru"),
            _job("Indian Institute of Science", "Research Intern", "2016-05", "2016-08", [
                "Implemented graph clustering algorithms for protein networks",
            ], "Bengaluru"),
        ],
        [_school("Indian Institute of Technology Madras", "Mathematics", "Master of Science", "2015-07", "2017-05")],
        [("Machine learning", ["Python", "PyTorch", "scikit-learn", "SQL", "Spark"])],
        [("TensorFlow Developer Certificate", "2019-11-01", "Google")],
    ),
    _person(
        "Marcus O'Brien", "Licensed Electrician", "marcus.obrien@example.com", "(555) 310-4455", "Boston", "US",
        "Master electrician for commercial fit-outs and solar installations.",
        [
            _job("Sunrun", "Lead Solar Installer", "2019-04", "", [
                "Install residential solar and battery systems, about 120 roofs a year",
                "Passed every city inspection on the first visit in 2022",
            ], "Boston, MA"),
            _job("Dagle Electrical Construction", "Journeyman Electrician", "2013-06", "2019-03", [
                "Wired commercial office fit-outs to the National Electrical Code",
                "Read blueprints and ran conduit for hospital renovation projects",
            ], "Melrose, MA"),
            _job("Dagle Electrical Construction", "Apprentice Electrician", "2009-06", "2013-05", [
                "Assisted journeymen with panel upgrades and troubleshooting",
            ], "Melrose, MA"),
        ],
        [_school("Benjamin Franklin Cummings Institute of Technology", "Electrical Technology", "Associate Degree", "2007-09", "2009-05")],
        [("Trade", ["Conduit bending", "Blueprint reading", "NEC", "Solar PV"])],
        [("Massachusetts Master Electrician License", "2016-08-01", "Commonwealth of Massachusetts")],
    ),
    _person(
        "Hélène Dubois-Martin", "Corporate Lawyer", "helene.dubois@example.fr", "+33 6 55 01 23 45", "Paris", "FR",
        "Corporate lawyer for mergers, acquisitions and private equity deals.",
        [
            _job("Gide Loyrette Nouel", "Senior Associate", "2018-09", "", [
                "Advised private equity funds on twelve acquisitions worth over 2 billion euros",
                "Drafted share purchase agreements and led due diligence teams",
            ], "Paris"),
            _job("Bredin Prat", "Associate", "2014-01", "2018-08", [
                "Supported cross-border mergers for listed companies",
            ], "Paris"),
        ],
        [
            _school("Université Paris 1 Panthéon-Sorbonne", "Business Law", "Master", "2011-09", "2013-06"),
            _school("École de Formation du Barreau", "Bar School", "Certificate", "2013-01", "2013-12"),
        ],
        [("Law", ["Mergers and acquisitions", "Contract drafting", "Due diligence"])],
    ),
    _person(
        "Kwame Mensah", "Logistics Manager", "kwame.mensah@example.com", "+44 7700 900123", "Manchester", "GB",
        "Logistics manager who ships on time and under budget.",
        [
            _job("DHL Supply Chain", "Warehouse Operations Manager", "2018-02", "", [
                "Run a 300,000 square foot warehouse with 85 staff on three shifts",
                "Raised pick accuracy to 99.8 percent with barcode scanning",
            ], "Manchester"),
            _job("Tesco", "Transport Planner", "2014-05", "2018-01", [
                "Planned daily routes for 60 delivery trucks with Paragon software",
                "Cut fuel costs by 9 percent through route consolidation",
            ], "Manchester"),
        ],
        [_school("University of Leeds", "Logistics and Supply Chain Management", "Bachelor of Science", "2010-09", "2014-06")],
        [("Operations", ["Warehouse management", "Route planning", "SAP", "Lean"])],
        [("CILT Diploma in Logistics", "2017-06-01", "Chartered Institute of Logistics and Transport")],
    ),
    _person(
        "Yuki Tanaka", "Product Designer", "yuki.tanaka@example.jp", "+81 90 5555 0123", "Tokyo", "JP",
        "Product designer who makes complex finance tools feel simple.",
        [
            _job("Mercari", "Lead Product Designer", "2021-01", "", [
                "Redesigned the seller onboarding flow, raising completion by 22 percent",
                "Built a Figma design system shared by forty designers",
            ], "Tokyo"),
            _job("freee K.K.", "Product Designer", "2017-04", "2020-12", [
                "Designed the invoicing screens of an accounting app for small businesses",
                "Ran usability tests with twenty shop owners each quarter",
            ], "Tokyo"),
        ],
        [_school("Musashino Art University", "Visual Communication Design", "Bachelor of Arts", "2013-04", "2017-03")],
        [("Design", ["Figma", "User research", "Prototyping", "Design systems"])],
    ),
    _person(
        "Zofia Wiśniewska", "Financial Accountant", "zofia.wisniewska@example.pl", "+48 601 555 012", "Kraków", "PL",
        "Accountant who closes the books in three days.",
        [
            _job("Shell Business Operations", "Team Lead, General Ledger", "2020-03", "", [
                "Lead a team of eight accountants closing the month for eleven entities",
                "Automated bank reconciliations with SAP and Excel macros",
            ], "Kraków"),
            _job("Shell Business Operations", "Senior Accountant", "2017-01", "2020-02", [
                "Prepared IFRS financial statements for the Benelux entities",
            ], "Kraków"),
            _job("PwC", "Audit Associate", "2014-09", "2016-12", [
                "Audited manufacturing and retail clients under IFRS",
            ], "Warsaw"),
        ],
        [_school("Cracow University of Economics", "Finance and Accounting", "Master of Arts", "2009-10", "2014-06")],
        [("Finance", ["IFRS", "SAP FI", "Excel", "Month-end close"])],
        [("ACCA", "2018-09-01", "Association of Chartered Certified Accountants")],
    ),
    _person(
        "Daniel Okafor", "Mechanical Engineer", "daniel.okafor@example.com", "+1 713 555 0188", "Houston", "US",
        "Mechanical engineer designing rotating equipment for the energy industry.",
        [
            _job("Baker Hughes", "Mechanical Design Engineer", "2019-08", "", [
                "Designed compressor casings in SolidWorks and checked them with ANSYS",
                "Reduced part count of a pump assembly by 15 percent",
            ], "Houston, TX"),
            _job("Cameron", "Field Engineer", "2016-06", "2019-07", [
                "Commissioned subsea valves on offshore platforms in the Gulf of Mexico",
                "Wrote root cause reports for equipment failures",
            ], "Houston, TX"),
        ],
        [_school("Texas A&M University", "Mechanical Engineering", "Bachelor of Science", "2012-08", "2016-05")],
        [("Engineering", ["SolidWorks", "ANSYS", "GD&T", "MATLAB"])],
        [("Professional Engineer", "2021-04-01", "Texas Board of Professional Engineers")],
    ),
    _person(
        "Lucía Fernández", "Marketing Manager", "lucia.fernandez@example.mx", "+52 55 5555 0134", "Mexico City", "MX",
        "Marketing manager growing consumer brands through data-driven campaigns.",
        [
            _job("Grupo Bimbo", "Brand Marketing Manager", "2019-05", "", [
                "Managed a 3 million dollar media budget for two snack brands",
                "Launched a TikTok campaign that reached 12 million viewers",
            ], "Mexico City"),
            _job("Ogilvy", "Account Executive", "2015-08", "2019-04", [
                "Coordinated campaigns for beverage and telecom clients",
                "Wrote creative briefs and managed agency timelines",
            ], "Mexico City"),
        ],
        [_school("Instituto Tecnológico Autónomo de México", "Marketing", "Bachelor", "2011-08", "2015-06")],
        [("Marketing", ["Brand strategy", "Google Analytics", "Social media", "Market research"])],
    ),
    _person(
        "Thomas Müller-Lindqvist", "DevOps Engineer", "thomas.ml@example.de", "+49 151 5550 1234", "Berlin", "DE",
        "DevOps engineer who automates infrastructure so developers can ship daily.",
        [
            _job("Zalando", "Senior DevOps Engineer", "2020-10", "", [
                "Run Kubernetes clusters serving 50 million customers",
                "Moved all services to Terraform-managed AWS accounts",
            ], "Berlin"),
            _job("N26", "Site Reliability Engineer", "2018-01", "2020-09", [
                "Built Prometheus alerting that cut incident response time in half",
            ], "Berlin"),
            _job("SAP", "Working Student", "2016-04", "2017-12", [
                "Wrote Ansible playbooks for test environments",
            ], "Walldorf"),
        ],
        [_school("Karlsruhe Institute of Technology", "Computer Science", "Bachelor of Science", "2014-10", "2017-12")],
        [("Infrastructure", ["Kubernetes", "Terraform", "AWS", "Prometheus", "Ansible"])],
        [("Certified Kubernetes Administrator", "2019-06-01", "Cloud Native Computing Foundation")],
    ),
]

HELD_OUT = {"Hélène Dubois-Martin", "Kwame Mensah", "Zofia Wiśniewska", "Thomas Müller-Lindqvist"}
"""People never looked at while tuning the importer; figures are reported for them apart."""
