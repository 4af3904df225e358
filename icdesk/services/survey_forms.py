"""Fillable survey forms coming back: the names of their fields, and reading a folder of them.

The printed form (``icdesk.reports.survey_form``) and this reader agree on one naming of the
fields, defined here. A returned file is read with pypdf, checked through the same
``prepare_return`` as the entry grid, and recognised when it comes a second time. The files'
names are used only to tell the manager which file had which problem: nothing of them is stored.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from icdesk.domain.errors import DomainError, DuplicateError, ValidationError
from icdesk.services.base import ServiceBase
from icdesk.services.surveys import (
    FormContent,
    FormSection,
    PreparedReturn,
    SectionAnswer,
    accept_return,
    find_form,
    form_content,
    insert_answers,
    prepare_return,
    return_digest,
)

TOKEN_FIELD = "icdesk_form"
NO_STEP = "-"


def prefix(section: FormSection) -> str:
    return "own" if section.self_view else f"p{section.provider_id}"


def served_field(section: FormSection) -> str:
    return f"{prefix(section)}_served"


def score_field(section: FormSection, question_id: int) -> str:
    return f"{prefix(section)}_q{question_id}"


def step_field(section: FormSection) -> str:
    return f"{prefix(section)}_step"


def comment_field(section: FormSection) -> str:
    return f"{prefix(section)}_comment"


FORM_MAX_BYTES = 20 * 1_048_576  # a filled form is some 100 KB; a scan of one saved as PDF a few MB


def read_fields(path: Path) -> dict[str, str]:
    """The values of a PDF's form fields as text ("4", "Yes", "2.3", a comment)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged file is reported in words below
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ValidationError("{name} cannot be read as a PDF form ({reason}).", name=path.name,
                              reason=error.strerror or type(error).__name__, field="file") from error
    if size > FORM_MAX_BYTES:  # a 3 GB file took 6 GB of memory and never ended
        raise ValidationError("{name} is too large to be a returned survey form ({size} MB; a form is well under "
                              "1 MB).", name=path.name, size=size // 1_048_576, field="file")
    try:
        fields = PdfReader(path).get_fields() or {}
    except (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise ValidationError("{name} cannot be read as a PDF form ({reason}).", name=path.name,
                              reason=str(error) or type(error).__name__, field="file") from error
    out = {}
    for name, value in fields.items():
        raw = value.get("/V") if hasattr(value, "get") else None
        if raw is None:
            continue
        text = str(raw)
        out[str(name)] = text[1:] if text.startswith("/") else text
    return out


def holds_answers(path: Path, content: FormContent) -> bool:
    """Whether a form file has anything filled in: a department ticked, a rating, a step, a comment."""
    try:
        sections = answers_from_fields(content, read_fields(path))
    except ValidationError as error:
        return error.field != "file"  # a score typed that is no number: filled in; a file that is no form: not
    return any(a.answered() or (a.served and not a.self_view) for a in sections)


def answers_from_fields(content: FormContent, values: dict[str, str]) -> list[SectionAnswer]:
    """The sections of a form as filled in. A department rated but not ticked counts as ticked."""
    questions = {q.id for q in content.questions}
    out = []
    for section in content.sections:
        scores: dict[int, int] = {}
        for question_id in questions:
            value = values.get(score_field(section, question_id), "").strip()
            if value and value not in ("Off",):
                if not value.isdecimal():  # "²" is a digit to isdigit(), no number to int()
                    raise ValidationError("Each answer is a whole number from 1 to 5 ({name}: “{value}”).",
                                          field="scores", name=section.provider_name, value=value)
                scores[question_id] = int(value)
        step = values.get(step_field(section), "").strip()
        served = section.self_view or values.get(served_field(section), "Off") not in ("Off", "", "No")
        out.append(SectionAnswer(section.provider_id, section.self_view, served, scores,
                                 "" if step in ("", NO_STEP) else step,
                                 values.get(comment_field(section), "")))
    return out


@dataclass(frozen=True)
class FileOutcome:
    name: str
    answers: int = 0  # answers taken from it
    error: DomainError | None = None  # why it was not taken

    @property
    def duplicate(self) -> bool:
        return isinstance(self.error, DuplicateError)


@dataclass(frozen=True)
class ImportReport:
    files: tuple[FileOutcome, ...] = field(default_factory=tuple)

    @property
    def imported(self) -> int:
        return sum(1 for f in self.files if f.error is None)

    @property
    def answers(self) -> int:
        return sum(f.answers for f in self.files)

    @property
    def duplicates(self) -> int:
        return sum(1 for f in self.files if f.duplicate)

    @property
    def refused(self) -> int:
        return sum(1 for f in self.files if f.error is not None and not f.duplicate)


class SurveyImportService(ServiceBase):
    def import_folder(self, round_id: int, folder: Path) -> ImportReport:
        """Read every PDF in ``folder``; keep the valid forms of the round in one transaction and
        say for each other file why it was left out. Nothing of a refused file is written."""
        if not folder.is_dir():
            raise ValidationError("The folder {parent} does not exist.", parent=folder, field="folder")
        files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".pdf")
        if not files:
            raise ValidationError("There are no PDF files in {parent}.", parent=folder, field="folder")
        return self.import_files(round_id, files)

    def import_files(self, round_id: int, files: list[Path]) -> ImportReport:
        read: list[tuple[Path, dict[str, str] | DomainError]] = []
        for path in files:
            try:
                read.append((path, read_fields(path)))
            except DomainError as error:
                read.append((path, error))
        outcomes: list[FileOutcome] = []
        accepted: list[PreparedReturn] = []
        with self.db.transaction() as s:
            for path, values in read:
                if isinstance(values, DomainError):
                    outcomes.append(FileOutcome(path.name, error=values))
                    continue
                try:
                    token = values.get(TOKEN_FIELD, "").strip()
                    if not token:
                        raise ValidationError("{name} is not an icdesk survey form.", name=path.name, field="file")
                    form = find_form(s, token, round_id)
                    sections = answers_from_fields(form_content(s, form), values)
                    prepared = prepare_return(s, form, sections, self.today(), digest=return_digest(form.token,
                                                                                                    sections))
                    accept_return(s, prepared)  # the next file of the same form sees this one
                except DomainError as error:
                    outcomes.append(FileOutcome(path.name, error=error))
                    continue
                accepted.append(prepared)
                outcomes.append(FileOutcome(path.name, answers=len(prepared.answers)))
            insert_answers(s, accepted)
        return ImportReport(tuple(outcomes))


__all__ = ["SurveyImportService", "ImportReport", "FileOutcome", "TOKEN_FIELD", "NO_STEP", "read_fields",
           "answers_from_fields", "holds_answers", "served_field", "score_field", "step_field", "comment_field"]
