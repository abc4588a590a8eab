"""Commitment catalogs: load one, validate it whole, and find the installed versions.

A catalog places every provision of the four policy documents in the seven chapters of the
2016 outcome document and links them to the 2019 challenges. It is a JSON file in
`resources/catalogs/` (bundled) or in the user data folder (versions installed by
`workshop catalog import`). A catalog is validated on load and refused whole with one sentence
when anything is wrong; its content hash is computed from its canonical JSON, so results can
always name the exact catalog they were made against.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from workshop.catalogs.validation import Checker
from workshop.errors import WorkshopError
from workshop.languages.i18n import N_, tr, translation_language
from workshop.paths import resources_dir, user_data_dir

CATALOG_FORMAT = 1
CHAPTER_NUMBERS = (1, 2, 3, 4, 5, 6, 7)
# The letters of the 2019 stocktaking challenges, as the secretariat's note gives them.
CHALLENGE_LETTERS = ("a", "b", "c", "d", "e", "f", "g", "h", "j", "k", "l", "m")

_CATALOG_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}\Z")
_DOCUMENT_ID = re.compile(r"^\d{4}\Z", re.ASCII)
_PARAGRAPH = re.compile(r"^(?:[A-Z][A-Za-z]{0,3})?\d{1,3}\Z", re.ASCII)
_PARAGRAPH_PREFIX = re.compile(r"^[A-Z][A-Za-z]{0,3}\Z")
_SUBPARAGRAPH = re.compile(r"^[a-z]{1,2}\Z")
_THEME = re.compile(r"^[a-z][a-z0-9-]{0,39}\Z")
MAX_CATALOG_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class DocumentPart:
    """A part of a document with its own paragraph numbering (e.g. the 2009 Plan of Action)."""

    prefix: str
    cite: str  # how the part is named in a reference, e.g. "2009 Plan of Action"


@dataclass(frozen=True)
class Document:
    """One of the policy documents."""

    id: str
    title: str
    short: str
    symbol: str
    year: int
    parts: tuple[DocumentPart, ...] = ()

    def part(self, paragraph: str) -> DocumentPart | None:
        """The part a paragraph belongs to, by its prefix ("" for the main numbering)."""
        prefix = re.match(r"^[A-Za-z]*", paragraph).group(0)  # type: ignore[union-attr]
        for part in self.parts:
            if part.prefix == prefix:
                return part
        return None


@dataclass(frozen=True)
class Chapter:
    """A thematic chapter of the 2016 outcome document: the frame of the single track."""

    number: int
    title: str
    short: str


@dataclass(frozen=True)
class Challenge:
    """A challenge of the 2019 declaration's stocktaking part, by the secretariat's letter."""

    letter: str
    title: str
    summary: str
    thematic_year: int | None = None


@dataclass(frozen=True)
class Commitment:
    """A provision that asks States to act, placed in a chapter and linked to challenges."""

    id: str
    document: str
    paragraph: str
    subparagraph: str
    chapter: int
    title: str
    summary: str
    themes: tuple[str, ...]
    challenges: tuple[str, ...]
    reference_checked: bool
    reference_source: str
    reference_note: str
    reference: str  # as people cite it, composed from the document and paragraph
    short_reference: str  # for narrow lists, e.g. "2016 1(o)" or "2019 WF 7"

    @property
    def label(self) -> str:
        """How a list or a choice names it: "2016 1(a)  Primary prevention for children…"."""
        return f"{self.short_reference}  {self.title}"


@dataclass(frozen=True)
class IdChange:
    """Where a commitment id of the previous catalog version went in this one: to another id
    (its letter changed), to several (it was split), or nowhere (`now` empty: removed)."""

    id: str
    now: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Catalog:
    """A validated catalog with its identity (id, version, content hash)."""

    id: str
    version: int
    title: str
    hash: str
    documents: tuple[Document, ...]
    chapters: tuple[Chapter, ...]
    challenges: tuple[Challenge, ...]
    commitments: tuple[Commitment, ...]
    # the version this one corrects, and the ids that changed since (every other id of that
    # version is the same commitment under the same id here); 0 and () in a first version
    previous_version: int = 0
    changes: tuple[IdChange, ...] = ()
    source_path: str = ""
    content: str = field(default="", compare=False, repr=False)  # canonical JSON, hashed
    # derived from `commitments`, so a copy made with dataclasses.replace (a translation) finds
    # its own commitments, never those of the catalog it was copied from
    _by_id: dict[str, Commitment] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {c.id: c for c in self.commitments})

    def commitment(self, commitment_id: str) -> Commitment | None:
        """The commitment with this id, or None."""
        return self._by_id.get(commitment_id)

    def document(self, document_id: str) -> Document | None:
        """The document with this id, or None."""
        return next((d for d in self.documents if d.id == document_id), None)

    def chapter(self, number: int) -> Chapter | None:
        """The chapter with this number, or None."""
        return next((c for c in self.chapters if c.number == number), None)

    def in_scope(self, documents: list[str], chapters: list[int]) -> list[Commitment]:
        """The commitments of these documents and chapters (all, where a list is empty)."""
        return [
            c for c in self.commitments
            if (not documents or c.document in documents)
            and (not chapters or c.chapter in chapters)
        ]

    @property
    def label(self) -> str:
        """How the catalog is named in messages: id, version and the start of its hash."""
        return f"{self.id} v{self.version} ({self.hash[:12]})"


def canonical_json(data: Any) -> str:
    """The one serialisation a catalog's hash is computed from."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(data: Any) -> str:
    """SHA-256 of the canonical JSON of a catalog's content."""
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


def format_reference(document: Document, paragraph: str, subparagraph: str) -> str:
    """A reference as people cite it, e.g. "UNGASS 2016, para. 1 (o)"."""
    part = document.part(paragraph)
    number = paragraph[len(part.prefix):] if part else paragraph
    name = part.cite if part and part.cite else document.short
    text = f"{name}, para. {number}"
    if subparagraph:
        text += f" ({subparagraph})"
    return text


def format_short_reference(document: Document, paragraph: str, subparagraph: str) -> str:
    """A compact reference for lists and tables, e.g. "2016 1(o)", "2019 WF 7"."""
    part = document.part(paragraph)
    prefix = part.prefix if part else ""
    number = paragraph[len(prefix):]
    return f"{document.id} " + (f"{prefix} " if prefix else "") + number + (
        f"({subparagraph})" if subparagraph else "")


def commitment_id(document: str, paragraph: str, subparagraph: str) -> str:
    """The stable id of a commitment: document, paragraph and sub-paragraph."""
    return f"{document}-{paragraph}" + (f"-{subparagraph}" if subparagraph else "")


CATALOG_PROBLEM = N_("The catalog {name} is not valid: {problem}. Correct it or use another "
                     "catalog.")


_KEYS = {
    "catalog": {"format", "id", "version", "title", "documents", "chapters", "challenges",
                "commitments", "previous"},
    "previous": {"version", "changes"},
    "change": {"id", "now", "note"},
    "document": {"id", "year", "title", "short", "symbol", "parts"},
    "part": {"prefix", "cite"},
    "chapter": {"number", "title", "short"},
    "challenge": {"letter", "title", "summary", "thematic_year"},
    "commitment": {"id", "document", "paragraph", "subparagraph", "chapter", "title", "summary",
                   "themes", "challenges", "reference_checked", "reference_source",
                   "reference_note"},
}


def parse_catalog(data: Any, name: str = "catalog", source_path: str = "") -> Catalog:
    """Validate catalog content (already parsed JSON) and build the catalog, or refuse it whole.

    Unknown keys and padded text are refused, so that everything the hash covers is what the
    catalog shows.
    """
    check = Checker(CATALOG_PROBLEM, name)
    data = check.mapping(data, tr("the file"))
    check.known_keys(data, _KEYS["catalog"], tr("the catalog"))
    if data.get("format") != CATALOG_FORMAT:
        raise check.fail(tr("its format is {found}, this version of the app reads format {want}",
                            found=data.get("format"), want=CATALOG_FORMAT))
    catalog_id = check.text(data.get("id"), "id", limit=64)
    if not _CATALOG_ID.match(catalog_id):
        raise check.fail(tr("its id {id} is not of lower-case letters, digits and hyphens",
                            id=catalog_id))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= 10**6:
        raise check.fail(tr("its version must be a whole number from 1"))
    title = check.text(data.get("title"), "title", limit=300)

    documents = _documents(check, data)
    doc_by_id = {d.id: d for d in documents}
    chapters = _chapters(check, data)
    challenges = _challenges(check, data)
    commitments = _commitments(check, data, doc_by_id, {c.letter for c in challenges})
    check.unique([c.id for c in commitments], tr("commitment id"))
    canonical = canonical_json(data)
    linked_letters = {letter for c in commitments for letter in c.challenges}
    for challenge in challenges:
        if challenge.letter not in linked_letters:
            raise check.fail(tr("challenge ({letter}) is linked to no commitment",
                                letter=challenge.letter))

    previous_version, changes = _previous(check, data.get("previous"), version,
                                          {c.id for c in commitments})

    return Catalog(
        id=catalog_id,
        version=version,
        title=title,
        previous_version=previous_version,
        changes=changes,
        hash=hashlib.sha256(canonical.encode("utf-8")).hexdigest(),
        documents=tuple(documents),
        chapters=tuple(sorted(chapters, key=lambda c: c.number)),
        challenges=tuple(challenges),
        commitments=tuple(commitments),
        source_path=source_path,
        content=canonical,
    )


def _documents(check: Checker, data: dict[str, Any]) -> list[Document]:
    """The catalog's documents, each with its parts (own paragraph numbering)."""
    documents: list[Document] = []
    for i, raw in enumerate(check.listing(data.get("documents"), "documents")):
        where = tr("document {n}", n=i + 1)
        raw = check.mapping(raw, where)
        check.known_keys(raw, _KEYS["document"], where)
        doc_id = check.text(raw.get("id"), where + " id", limit=8)
        if not _DOCUMENT_ID.match(doc_id):
            raise check.fail(tr("the document id {id} is not a year", id=doc_id))
        parts = []
        for j, part in enumerate(check.listing(raw.get("parts", []), where + " parts")):
            part = check.mapping(part, where + f" part {j + 1}")
            check.known_keys(part, _KEYS["part"], where)
            prefix = check.text(part.get("prefix", ""), where + " part prefix", required=False)
            if prefix and not _PARAGRAPH_PREFIX.match(prefix):
                raise check.fail(tr("the part prefix {p} is not a short capitalised word",
                                    p=prefix))
            parts.append(DocumentPart(prefix, check.text(part.get("cite", ""), where + " part",
                                                         required=False, limit=100)))
        year = raw.get("year")
        if not isinstance(year, int) or not 1900 < year < 2200:
            raise check.fail(tr("{where} has no valid year", where=where))
        documents.append(Document(
            id=doc_id,
            title=check.text(raw.get("title"), where + " title", limit=400),
            short=check.text(raw.get("short"), where + " short name", limit=80),
            symbol=check.text(raw.get("symbol", ""), where + " symbol", required=False,
                              limit=120),
            year=year,
            parts=tuple(parts),
        ))
    check.unique([d.id for d in documents], tr("document id"))
    return documents


def _chapters(check: Checker, data: dict[str, Any]) -> list[Chapter]:
    """The seven chapters of the 2016 outcome document, each once."""
    chapters: list[Chapter] = []
    for i, raw in enumerate(check.listing(data.get("chapters"), "chapters")):
        where = tr("chapter {n}", n=i + 1)
        raw = check.mapping(raw, where)
        check.known_keys(raw, _KEYS["chapter"], where)
        number = raw.get("number")
        if not isinstance(number, int) or isinstance(number, bool) or number not in CHAPTER_NUMBERS:
            raise check.fail(tr("{where} has the number {number}, not one of 1 to 7",
                                where=where, number=number))
        chapters.append(Chapter(number, check.text(raw.get("title"), where + " title", limit=400),
                                check.text(raw.get("short"), where + " short title", limit=120)))
    check.unique([str(c.number) for c in chapters], tr("chapter number"))
    if sorted(c.number for c in chapters) != list(CHAPTER_NUMBERS):
        raise check.fail(tr("it must hold the seven chapters of the 2016 outcome document"))
    return chapters


def _challenges(check: Checker, data: dict[str, Any]) -> list[Challenge]:
    """The 2019 challenges by the secretariat's letter."""
    challenges: list[Challenge] = []
    for i, raw in enumerate(check.listing(data.get("challenges"), "challenges")):
        where = tr("challenge {n}", n=i + 1)
        raw = check.mapping(raw, where)
        check.known_keys(raw, _KEYS["challenge"], where)
        letter = raw.get("letter")
        if not isinstance(letter, str) or letter not in CHALLENGE_LETTERS:
            raise check.fail(tr("{where} has the letter {letter}, not one of {letters}",
                                where=where, letter=letter, letters=", ".join(CHALLENGE_LETTERS)))
        year = raw.get("thematic_year")
        if year is not None and (not isinstance(year, int) or not 2019 <= year <= 2100):
            raise check.fail(tr("challenge ({letter}) has an invalid thematic year", letter=letter))
        challenges.append(Challenge(
            letter,
            check.text(raw.get("title"), where + " title", limit=300),
            check.text(raw.get("summary"), where + " summary"),
            year,
        ))
    check.unique([c.letter for c in challenges], tr("challenge letter"))
    return challenges


def _commitments(check: Checker, data: dict[str, Any], doc_by_id: dict[str, Document],
                 challenge_letters: set[str]) -> list[Commitment]:
    """The commitments: each placed in a document, a chapter, and linked to known challenges;
    its id must follow from its reference."""
    return [_commitment(check, i, raw, doc_by_id, challenge_letters)
            for i, raw in enumerate(check.listing(data.get("commitments"), "commitments"))]


def _commitment(check: Checker, i: int, raw: Any, doc_by_id: dict[str, Document],
                challenge_letters: set[str]) -> Commitment:
    raw = check.mapping(raw, tr("commitment {n}", n=i + 1))
    cid = check.text(raw.get("id"), tr("commitment {n} id", n=i + 1), limit=40)
    where = tr("commitment {id}", id=cid)
    check.known_keys(raw, _KEYS["commitment"], where)
    document, paragraph, subparagraph = _reference(check, raw, cid, where, doc_by_id)
    chapter = raw.get("chapter")
    if not isinstance(chapter, int) or isinstance(chapter, bool) \
            or chapter not in CHAPTER_NUMBERS:
        raise check.fail(tr("{where} is in the unknown chapter {chapter}", where=where,
                            chapter=chapter))
    themes, linked = _links(check, raw, where, challenge_letters)
    checked = raw.get("reference_checked")
    if not isinstance(checked, bool):
        raise check.fail(tr("{where} must say whether its reference was checked (true or "
                            "false)", where=where))
    return Commitment(
        id=cid,
        document=document.id,
        paragraph=paragraph,
        subparagraph=subparagraph,
        chapter=chapter,
        title=check.text(raw.get("title"), where + " title", limit=200),
        summary=check.text(raw.get("summary"), where + " summary"),
        themes=themes,
        challenges=linked,
        reference_checked=checked,
        reference_source=check.text(raw.get("reference_source", ""),
                                    where + " reference source", required=checked, limit=500),
        reference_note=check.text(raw.get("reference_note", ""), where + " reference note",
                                  required=False, limit=500),
        reference=format_reference(document, paragraph, subparagraph),
        short_reference=format_short_reference(document, paragraph, subparagraph),
    )


def _reference(check: Checker, raw: dict[str, Any], cid: str, where: str,
               doc_by_id: dict[str, Document]) -> tuple[Document, str, str]:
    """A commitment's document, paragraph and sub-paragraph, from which its id follows."""
    raw_document = raw.get("document")
    document = doc_by_id.get(raw_document) if isinstance(raw_document, str) else None
    if document is None:
        raise check.fail(tr("{where} names the unknown document {doc}",
                            where=where, doc=raw.get("document")))
    paragraph = check.text(raw.get("paragraph"), where + " paragraph", limit=8)
    subparagraph = check.text(raw.get("subparagraph", ""), where + " sub-paragraph",
                              required=False, limit=2)
    if not _PARAGRAPH.match(paragraph) or document.part(paragraph) is None and (
        document.parts or not paragraph.isdigit()
    ):
        raise check.fail(tr("{where} has the malformed paragraph {p}", where=where,
                            p=paragraph))
    if subparagraph and not _SUBPARAGRAPH.match(subparagraph):
        raise check.fail(tr("{where} has the malformed sub-paragraph {s}", where=where,
                            s=subparagraph))
    expected = commitment_id(document.id, paragraph, subparagraph)
    if cid != expected:
        raise check.fail(tr("{where} should have the id {expected} from its reference",
                            where=where, expected=expected))
    return document, paragraph, subparagraph


def _links(check: Checker, raw: dict[str, Any], where: str,
           challenge_letters: set[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A commitment's themes and the challenges it is linked to, each once."""
    themes = tuple(check.listing(raw.get("themes", []), where + " themes"))
    for theme in themes:
        if not isinstance(theme, str) or not _THEME.match(theme):
            raise check.fail(tr("{where} has the malformed theme {theme}", where=where,
                                theme=theme))
    check.unique(list(themes), tr("theme of {where}", where=where))
    linked = tuple(check.listing(raw.get("challenges", []), where + " challenges"))
    for letter in linked:
        if not isinstance(letter, str) or letter not in challenge_letters:
            raise check.fail(tr("{where} names the unknown challenge {letter}", where=where,
                                letter=letter))
    check.unique(list(linked), tr("challenge of {where}", where=where))
    return themes, linked



def _previous(check: Checker, raw: Any, version: int,
              ids: set[str]) -> tuple[int, tuple[IdChange, ...]]:
    """The catalog's "previous": the version it corrects and the ids changed since, each
    pointing only at commitments of this catalog."""
    if raw is None:
        return 0, ()
    where = tr("previous version")
    raw = check.mapping(raw, where)
    check.known_keys(raw, _KEYS["previous"], where)
    previous = check.whole_number(raw.get("version"), where)
    if not 1 <= previous < version:
        raise check.fail(tr("its previous version {previous} is not below its version {version}",
                            previous=previous, version=version))
    changes = []
    for i, entry in enumerate(check.listing(raw.get("changes", []), tr("changes"))):
        entry = check.mapping(entry, tr("change {n}", n=i + 1))
        check.known_keys(entry, _KEYS["change"], tr("change {n}", n=i + 1))
        old = check.text(entry.get("id"), tr("change {n} id", n=i + 1), limit=40)
        now = tuple(check.text(new, tr("change of {id}", id=old), limit=40)
                    for new in check.listing(entry.get("now"), tr("change of {id}", id=old)))
        check.unique(list(now), tr("new id of {id}", id=old))
        for new in now:
            if new not in ids:
                raise check.fail(tr("the change of {id} points at {new}, which is not one of "
                                    "its commitments", id=old, new=new))
        note = check.text(entry.get("note", ""), tr("change of {id}", id=old), required=False,
                          limit=500)
        changes.append(IdChange(old, now, note))
    check.unique([c.id for c in changes], tr("changed id"))
    return previous, tuple(changes)


def parse_catalog_text(text: str, name: str = "catalog", source_path: str = "") -> Catalog:
    """Parse and validate a catalog from JSON text."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise WorkshopError(tr(
            "The catalog {name} is not valid JSON (line {line}): correct it or use another "
            "catalog.", name=name, line=error.lineno)) from None
    except RecursionError:  # brackets nested thousands deep: no catalog looks like that
        raise WorkshopError(tr("The catalog {name} is nested too deeply to be a catalog.",
                               name=name)) from None
    return parse_catalog(data, name, source_path)


def load_catalog(path: Path) -> Catalog:
    """Read, parse and validate a catalog file."""
    try:
        if path.stat().st_size > MAX_CATALOG_BYTES:
            raise WorkshopError(tr("The catalog {name} is too large to be a catalog.",
                                   name=path.name))
        raw = path.read_bytes()
    except OSError as error:
        raise WorkshopError(tr("The catalog {name} cannot be read ({reason}).", name=path.name,
                               reason=error.strerror or error)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise WorkshopError(tr("The catalog {name} is not UTF-8 text: save it as UTF-8 JSON.",
                               name=path.name)) from None
    return parse_catalog_text(text, path.name, str(path))


def bundled_catalog_dir() -> Path:
    """The catalogs shipped with the app."""
    return resources_dir() / "catalogs"


def installed_catalog_dir() -> Path:
    """The catalog versions the secretariat installed on this machine."""
    path = user_data_dir() / "catalogs"
    path.mkdir(parents=True, exist_ok=True)
    return path


@cache
def _load_cached(path: str, mtime_ns: int, size: int) -> Catalog:
    return load_catalog(Path(path))


def available_catalogs(problems: list[str] | None = None) -> list[Catalog]:
    """Every valid catalog, bundled and installed, sorted by id and version.

    A bundled catalog that fails validation is a defect of the app and raises. An installed
    file that fails is skipped, so one bad file does not hide the others; its one-sentence
    problem is appended to `problems` when a list is given. Where a bundled and an installed
    file claim the same id and version, the bundled one wins.
    """
    found: dict[tuple[str, int], Catalog] = {}
    for folder, bundled in ((bundled_catalog_dir(), True), (installed_catalog_dir(), False)):
        for path in sorted(folder.glob("*.json")):
            if translation_language(path):
                continue
            try:
                stat = path.stat()
                catalog = _load_cached(str(path), stat.st_mtime_ns, stat.st_size)
            except (WorkshopError, OSError) as error:
                if bundled:
                    raise
                if problems is not None:
                    problems.append(str(error))
                continue
            found.setdefault((catalog.id, catalog.version), catalog)
    return sorted(found.values(), key=lambda c: (c.id, c.version))


DEFAULT_CATALOG_ID = "single-track"


def latest_catalog(catalog_id: str = DEFAULT_CATALOG_ID) -> Catalog:
    """The newest version of a catalog."""
    versions = [c for c in available_catalogs() if c.id == catalog_id]
    if not versions:
        raise WorkshopError(tr("No catalog named {id} is installed.", id=catalog_id))
    return versions[-1]
