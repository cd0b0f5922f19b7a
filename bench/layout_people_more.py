"""Three more invented people for the real-layout corpus, all held out (never looked at while tuning).

Fields the first fourteen lack or have once: a nurse midwife with grouped positions at one hospital,
a finance analyst turned controller, a university lecturer with a postdoc; accented and particle
names. Everyone here is fictional; any likeness is chance.
"""

from __future__ import annotations

from bench.layout_people import _job, _person, _school

MORE_PEOPLE: list[dict] = [
    _person(
        "Ngozi Adébáyọ̀-Okafor", "Clinical Midwife Manager", "ngozi.okafor@example.co.uk", "+44 7700 900417", "Leeds", "GB",
        "Midwife who runs a labour ward of thirty staff and teaches safe birth practice.",
        [
            _job("Leeds Teaching Hospitals NHS Trust", "Clinical Midwife Manager", "2021-04", "", [
                "Run the rota and training plan for thirty midwives on a busy labour ward",
                "Brought in a fetal monitoring review that halved missed escalations",
            ], "Leeds"),
            _job("Leeds Teaching Hospitals NHS Trust", "Senior Midwife", "2017-02", "2021-03", [
                "Led high-risk deliveries and supported junior midwives on night shifts",
                "Audited postpartum haemorrhage cases and wrote the ward's new guideline",
            ], "Leeds"),
            _job("Leeds Teaching Hospitals NHS Trust", "Staff Midwife", "2013-09", "2017-01", [
                "Provided antenatal, intrapartum and postnatal care to low-risk women",
            ], "Leeds"),
            _job("Bradford Royal Infirmary", "Healthcare Assistant", "2010-06", "2013-08", [
                "Supported midwives with observations, feeding advice and discharge paperwork",
            ], "Bradford"),
        ],
        [_school("University of Leeds", "Midwifery", "Bachelor of Science", "2010-09", "2013-07")],
        [("Clinical", ["CTG interpretation", "Neonatal resuscitation", "Obstetric emergencies"]),
         ("Leadership", ["Rostering", "Clinical audit", "Mentoring"])],
        [("Newborn Life Support", "2022-03-01", "Resuscitation Council UK")],
    ),
    _person(
        "Joaquín de la Fuente", "Financial Controller", "jdelafuente@example.cl", "+56 9 5555 0193", "Santiago", "CL",
        "Controller who closes the books in four days and builds forecasts the board trusts.",
        [
            _job("Falabella", "Financial Controller", "2020-01", "", [
                "Cut the month-end close from nine working days to four",
                "Built the rolling 18-month cash forecast in Excel and Power BI",
                "Managed a team of six accountants across Chile and Peru",
            ], "Santiago"),
            _job("Deloitte", "Senior Financial Analyst", "2016-03", "2019-12", [
                "Modelled valuations for mergers in retail and mining",
                "Reviewed IFRS 16 lease schedules for twelve audit clients",
            ], "Santiago"),
            _job("Banco de Chile", "Credit Analyst", "2013-07", "2016-02", [
                "Assessed credit risk for small business loans up to 500 million pesos",
            ], "Valparaíso"),
        ],
        [_school("Pontificia Universidad Católica de Chile", "Commercial Engineering", "Bachelor", "2008-03", "2012-12"),
         _school("Universidad Adolfo Ibáñez", "Finance", "Master of Science", "2014-03", "2015-12")],
        [("Finance", ["IFRS", "Cash forecasting", "Valuation", "Month-end close"]),
         ("Tools", ["Excel", "Power BI", "SAP FI"])],
        [("Chartered Financial Analyst Level II", "2018-06-01", "CFA Institute")],
    ),
    _person(
        "Eilidh MacLeòid", "Lecturer in Marine Biology", "e.macleoid@example.ac.uk", "+44 1334 555 210",
        "St Andrews", "GB",
        "Marine ecologist who studies kelp forests and teaches field methods to undergraduates.",
        [
            _job("University of St Andrews", "Lecturer in Marine Biology", "2019-09", "", [
                "Teach field ecology and statistics in R to 120 undergraduates a year",
                "Won a 400,000 pound NERC grant to map kelp loss along the Scottish coast",
                "Supervise three PhD students and five master's projects",
            ], "St Andrews"),
            _job("Scottish Association for Marine Science", "Postdoctoral Research Fellow", "2016-01", "2019-08", [
                "Ran dive surveys of kelp forests at twenty sites over three seasons",
                "Published six peer-reviewed papers on seaweed ecology",
            ], "Oban"),
        ],
        [_school("University of Aberdeen", "Marine Ecology", "Doctor of Philosophy", "2011-10", "2015-12"),
         _school("University of Glasgow", "Zoology", "Bachelor of Science", "2007-09", "2011-06")],
        [("Research", ["Scientific diving", "R", "GIS", "Grant writing"]), ("Teaching", ["Curriculum design"])],
    ),
]

MORE_HELD_OUT = {person["basics"]["name"] for person in MORE_PEOPLE}
