"""The demo workshop: a realistic, fictional national workshop for training and trying the app.

A fictional country (an ISO user-assigned code, so it can never be taken for a real one),
a dozen institutions, about 25 participants, four working groups splitting the seven chapters,
and every exercise filled in: assessments and a consensus for every commitment in scope, a few
dissents, gaps, technical-assistance needs of every type, actions for the priority gaps, a
coordination map and evaluation answers. The same seed always gives the same workshop content.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from workshop.catalogs.catalog import Catalog, latest_catalog
from workshop.catalogs.exercises import load_exercises
from workshop.file.model import (
    ASSISTANCE_TYPES,
    ActionItem,
    Assessment,
    AssistanceNeed,
    Consensus,
    CoordinationEntry,
    EvaluationAnswer,
    Gap,
    GroupAssignment,
    GroupMember,
    Institution,
    Participant,
    WorkingGroup,
)
from workshop.file.store import WorkshopFile

DEMO_COUNTRY = "XN"

# name, acronym, sector, chapters it leads, chapters it contributes to
INSTITUTIONS = (
    ("Ministry of Health", "MoH", "health", (1, 2), (4, 5)),
    ("National Police Service", "NPS", "police", (3,), (5, 6)),
    ("Customs and Border Authority", "CBA", "customs", (), (3, 5, 6)),
    ("Ministry of Justice", "MoJ", "justice", (4,), (3, 6)),
    ("Office of the Chief Justice", "OCJ", "judiciary", (), (4,)),
    ("Ministry of Interior", "MoI", "interior", (5,), (3,)),
    ("Ministry of Education", "MoE", "education", (), (1,)),
    ("Ministry of Social Affairs", "MoSA", "social_services", (), (1, 4)),
    ("Ministry of Youth, Women and Gender", "MYWG", "youth_gender", (), (1, 4)),
    ("Ministry of Foreign Affairs", "MoFA", "foreign_affairs", (6,), (7,)),
    ("National Drug Control Council", "NDCC", "other", (7,), (1, 2, 3, 5, 6)),
    ("Civil Society Network on Drugs and Health", "CSN", "civil_society", (), (1, 2, 4)),
    ("National University, Institute of Public Health", "NU-IPH", "academia", (), (1, 5)),
)

GROUPS = (
    ("Group A: Health and demand reduction", (1,)),
    ("Group B: Access to medicines, rights and communities", (2, 4)),
    ("Group C: Supply, crime and emerging threats", (3, 5)),
    ("Group D: Cooperation and development", (6, 7)),
)

ROLES = ("Director", "Deputy director", "Senior officer", "Legal adviser", "Programme manager",
         "Analyst", "Focal point", "Inspector", "Coordinator")
FIRST_NAMES = {
    "female": ("Amara", "Lina", "Sofia", "Nadia", "Irena", "Mei", "Zara", "Leila", "Ana", "Ruth",
               "Olga", "Fatima", "Grace", "Elena"),
    "male": ("Tomas", "Karim", "David", "Ivan", "Samuel", "Omar", "Lucas", "Arun", "Felix",
             "Pavel", "Jonas", "Malik", "Victor", "Hugo"),
}
LAST_NAMES = ("Arden", "Belov", "Castell", "Dunmore", "Esposa", "Farrow", "Galen", "Haddad",
              "Ivers", "Jalo", "Kestrel", "Lorne", "Marek", "Noven", "Osei", "Petrak", "Quell",
              "Rasmo", "Solberg", "Tavi")

MEASURES = {
    1: ("National drug strategy 2023-2027 with a prevention pillar",
        "School-based life-skills programme in {n} of 14 provinces",
        "Two public treatment centres and {n} outpatient clinics",
        "Opioid agonist therapy pilot in the capital", "Family skills programme run with NGOs"),
    2: ("Essential medicines list includes morphine", "Annual estimates submitted to INCB",
        "Regulation on prescribing controlled medicines (2019)",
        "Palliative care unit at the national hospital"),
    3: ("Joint port control unit at the main seaport", "Financial intelligence unit since 2015",
        "Asset recovery law adopted", "Inter-agency task force on trafficking",
        "Mutual legal assistance treaties with {n} neighbours"),
    4: ("Diversion scheme for first-time minor offenders", "Legal aid act covers drug cases",
        "Gender-sensitive services in two treatment centres",
        "Prison health programme with HIV testing"),
    5: ("Early warning focal point in the national laboratory",
        "Scheduling procedure by ministerial decree", "Cyber-crime unit in the police",
        "Forensic laboratory accredited for {n} substance classes"),
    6: ("Bilateral cooperation agreements with {n} countries",
        "Participation in regional law-enforcement networks", "Reports to the Commission on time"),
    7: ("Rural development programme in two former cultivation districts",
        "Market access scheme for farmers' cooperatives"),
}
EVIDENCE = ("Annual report of the ministry", "National household survey ({year})",
            "Treatment demand data, {year}", "Seizure statistics, {year}", "No reliable data",
            "Programme evaluation ({year})", "Court statistics, {year}",
            "Report to the annual report questionnaire, {year}")
GAP_TEMPLATES = (
    "No dedicated budget for {topic}",
    "Coverage of {topic} limited to the capital",
    "Legal framework on {topic} outdated",
    "No data collected on {topic}",
    "Staff not trained for {topic}",
    "Coordination between ministries on {topic} is informal",
)
PROVIDERS = ("UNODC", "WHO", "INCB", "UNAIDS", "UNDP", "Regional partner organisation",
             "Bilateral donor", "National university")
TIMEFRAMES = ("Within 6 months", "Within 12 months", "2027", "2027-2028", "Before the next "
              "reporting cycle")
INDICATORS = ("Law adopted by parliament", "Number of staff trained", "Strategy approved by "
              "cabinet", "Coverage reaches half of the provinces", "Data published annually",
              "Guidelines issued and disseminated")
DISSENT = ("{inst} considers the status lower: the measures exist on paper but are not funded.",
           "{inst} considers the status higher: a new programme started this year.",
           "{inst} notes that the data behind this status are incomplete.")
STATUS_WEIGHTS = (("0", 6), ("1", 18), ("2", 30), ("3", 24), ("4", 8), ("na", 2),
                  ("unknown", 4))


def build_demo(path: Path | str, seed: int = 1, country: str = DEMO_COUNTRY,
               catalog: Catalog | None = None, overwrite: bool = False,
               report: Callable[[int, int], None] | None = None) -> WorkshopFile:
    """Write the demo workshop to `path` and return it open.

    `report(done, total)` hears how far the commitments got; whatever it raises (the GUI's
    Cancel) stops the build, and the half-built file is removed.
    """
    rng = random.Random(seed)
    catalog = catalog or latest_catalog()
    start = date(2026, 3, 2) + timedelta(days=seed % 200)
    store = WorkshopFile.create(
        path, catalog, country=country,
        title="National implementation workshop on the international drug policy commitments",
        start_date=start.isoformat(), end_date=(start + timedelta(days=2)).isoformat(),
        venue="Conference centre of the Ministry of Foreign Affairs, capital city",
        language="en", documents=["2016"], chapters=[], overwrite=overwrite,
        workshop_id=_id(rng))
    try:
        with store.batch():
            _fill(store, rng, report or _nobody_listens)
    except BaseException:
        store.close()
        store.path.unlink(missing_ok=True)
        raise
    return store


def _nobody_listens(_done: int, _total: int) -> None:
    """The progress report of a build nobody watches."""


def _weighted_status(rng: random.Random) -> str:
    codes, weights = zip(*STATUS_WEIGHTS, strict=True)
    return rng.choices(codes, weights)[0]


def _fill(store: WorkshopFile, rng: random.Random, report: Callable[[int, int], None]) -> None:
    catalog = store.catalog
    institutions = []
    for name, acronym, sector, leads, contributes in INSTITUTIONS:
        inst = Institution(uuid=_id(rng), name=name, sector=sector, acronym=acronym)
        store.add(inst)
        institutions.append(inst)
        for chapter in leads:
            store.add(CoordinationEntry(uuid=_id(rng), institution_uuid=inst.uuid,
                                        chapter=chapter, role="lead"))
        for chapter in contributes:
            store.add(CoordinationEntry(uuid=_id(rng), institution_uuid=inst.uuid,
                                        chapter=chapter, role="contributor"))

    participants = []
    for i in range(rng.randint(24, 27)):
        sex = ("female", "male")[i % 2] if i < 22 else rng.choice(("female", "male"))
        inst = institutions[i % len(institutions)]
        person = Participant(
            uuid=_id(rng), institution_uuid=inst.uuid, role=rng.choice(ROLES), sex=sex,
            name=f"{rng.choice(FIRST_NAMES[sex])} {rng.choice(LAST_NAMES)}")
        person.email = person.name.lower().replace(" ", ".") + "@example.org"
        store.add(person)
        participants.append(person)

    groups = []
    for position, (name, chapters) in enumerate(GROUPS):
        group = WorkingGroup(uuid=_id(rng), name=name, position=position)
        store.add(group)
        groups.append((group, chapters))
        for chapter in chapters:
            store.add(GroupAssignment(uuid=_id(rng), group_uuid=group.uuid, chapter=chapter))
    for i, person in enumerate(participants):
        group = groups[i % len(groups)][0]
        store.add(GroupMember(uuid=_id(rng), group_uuid=group.uuid, participant_uuid=person.uuid))

    year = 2020 + rng.randint(0, 5)
    gaps: list[Gap] = []
    type_cycle = list(ASSISTANCE_TYPES)
    rng.shuffle(type_cycle)
    assigned = [(group, cid) for group, _chapters in groups
                for cid in store.group_commitments(group.uuid)]
    dissenting = {cid for _group, cid in rng.sample(assigned, min(5, len(assigned)))}
    for done, (group, cid) in enumerate(assigned):
        report(done, len(assigned))
        commitment = catalog.commitment(cid)
        assert commitment is not None
        status = _weighted_status(rng)
        measures = rng.choice(MEASURES[commitment.chapter]).format(n=rng.randint(2, 9))
        store.add(Assessment(
            uuid=_id(rng), group_uuid=group.uuid, commitment_id=cid, status=status,
            measures=measures if status not in ("0", "na", "unknown") else "",
            evidence=rng.choice(EVIDENCE).format(year=year)))
        consensus = status if rng.random() < 0.8 else _weighted_status(rng)
        dissent = ""
        if cid in dissenting:
            dissent = rng.choice(DISSENT).format(inst=rng.choice(institutions).acronym)
        store.add(Consensus(uuid=_id(rng), commitment_id=cid, status=consensus, dissent=dissent))
        if consensus in ("0", "1", "2"):
            gap = Gap(uuid=_id(rng), commitment_id=cid, group_uuid=group.uuid,
                      description=rng.choice(GAP_TEMPLATES).format(
                          topic=_in_sentence(commitment.title)),
                      priority=rng.choices(("high", "medium", "low"), (3, 4, 2))[0],
                      votes=rng.randint(0, 12))
            store.add(gap)
            gaps.append(gap)

    ranked = sorted(gaps, key=lambda g: (-g.votes, g.uuid))
    for rank, gap in enumerate(ranked[:15], start=1):
        store.update(Gap, gap.uuid, rank=rank)
    for i, gap in enumerate(gaps):
        if i < len(type_cycle) or rng.random() < 0.5:
            kind = type_cycle[i % len(type_cycle)] if i < len(type_cycle) else \
                rng.choice(type_cycle)
            store.add(AssistanceNeed(
                uuid=_id(rng), commitment_id=gap.commitment_id, assistance_type=kind,
                description=f"Support to address: {_in_sentence(gap.description)}",
                gap_uuid=gap.uuid, priority=gap.priority,
                institution_uuid=rng.choice(institutions).uuid,
                providers=", ".join(rng.sample(PROVIDERS, 2)), timeframe=rng.choice(TIMEFRAMES)))
    for gap in ranked[:10]:
        store.add(ActionItem(
            uuid=_id(rng), description=f"Prepare and adopt a plan to close: {gap.description}",
            commitment_id=gap.commitment_id, gap_uuid=gap.uuid,
            responsible_uuid=rng.choice(institutions).uuid,
            partners=", ".join(rng.sample(PROVIDERS, 2)),
            deadline=(date(2027, 1, 1) + timedelta(days=rng.randint(0, 540))).isoformat(),
            indicator=rng.choice(INDICATORS)))

    survey = next(e for e in load_exercises() if e.kind == "survey")
    for person in participants:
        for question in survey.questions:
            if question.kind == "score":
                store.add(EvaluationAnswer(uuid=_id(rng), question_id=question.id,
                                           participant_uuid=person.uuid,
                                           score=rng.choices((2, 3, 4, 5), (1, 3, 6, 4))[0]))
            elif rng.random() < 0.4:
                store.add(EvaluationAnswer(
                    uuid=_id(rng), question_id=question.id, participant_uuid=person.uuid,
                    comment=rng.choice(("More time for the plenary, please.",
                                        "The group work was the most useful part.",
                                        "Invite the finance ministry next time.",
                                        "Share the results with the provinces."))))


def _in_sentence(text: str) -> str:
    """`text` to follow words of a sentence: "No data" -> "no data", but "UNODC" stays."""
    if text[1:2].isupper():
        return text
    return text[:1].lower() + text[1:]


def _id(rng: random.Random) -> str:
    """A UUID drawn from the seeded generator, so a seed always gives the same ids."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def build_follow_up(path: Path | str, seed: int = 1, country: str = DEMO_COUNTRY,
                    overwrite: bool = False) -> WorkshopFile:
    """Write a follow-up demo workshop to `path` and return it open: the demo country two
    years after an earlier demo workshop, which is its baseline. Since then most commitments
    kept their status, about a quarter improved by a step and about one in ten fell back. The
    earlier workshop used the first version of the catalog and the follow-up the newest, as
    happens when the catalog is corrected between the two."""
    import tempfile

    from workshop.baseline import take_baseline
    from workshop.catalogs.catalog import available_catalogs
    from workshop.catalogs.catalog_mapping import id_mapping
    from workshop.file.model import Consensus

    rng = random.Random(seed * 7919)
    newest = latest_catalog()
    first = next(c for c in available_catalogs() if c.id == newest.id)
    with tempfile.TemporaryDirectory() as folder:
        earlier_path = Path(folder) / "earlier.workshop"
        with build_demo(earlier_path, seed=seed + 1000, country=country,
                        catalog=first) as earlier:
            start = date.fromisoformat(earlier.details.start_date) - timedelta(days=730)
            earlier.update_details(start_date=start.isoformat(),
                                   end_date=(start + timedelta(days=2)).isoformat())
            statuses = {c.commitment_id: c.status for c in earlier.records(Consensus)}
        before, _unmapped = id_mapping(set(statuses), first.id, first.version,
                                       newest).statuses(statuses)
        store = build_demo(path, seed=seed, country=country, catalog=newest,
                           overwrite=overwrite)
        try:
            with store.batch():
                for consensus in store.records(Consensus):
                    then = before.get(consensus.commitment_id, consensus.status)
                    store.update(Consensus, consensus.uuid, status=_moved_on(then, rng))
            take_baseline(store, earlier_path)
        except BaseException:
            store.close()
            raise
    return store


def _moved_on(status: str, rng: random.Random) -> str:
    """A status two years on: mostly the same, sometimes a step up, now and then a step down."""
    if status not in "01234" or len(status) != 1:
        return status
    roll = rng.random()
    if roll < 0.25 and status < "4":
        return str(int(status) + 1)
    if roll > 0.9 and status > "0":
        return str(int(status) - 1)
    return status
