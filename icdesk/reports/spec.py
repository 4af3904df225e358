"""What a document is and what it asks for: the shape every entry of the report registry has."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from icdesk.i18n import Formatter

if TYPE_CHECKING:
    from icdesk.reports.base import BaseReport
    from icdesk.services import Services


class Param(enum.StrEnum):
    """What a document asks for before it can be made."""

    DEPARTMENTS = "departments"  # some departments, or none for the whole company
    DEPARTMENT = "department"  # exactly one
    PERIOD = "period"  # from / to dates
    AGREEMENT = "agreement"  # a provider and customer with an agreement
    REQUEST = "request"  # a request number
    SIGN_SHEETS = "sign_sheets"  # add read-and-sign sheets (yes / no)
    NEW_EDITION = "new_edition"  # record this handbook as its next edition (yes / no)
    UNCONTROLLED = "uncontrolled"  # "Uncontrolled when printed" on every page (yes / no)
    TRAINING = "training"  # one training session


@dataclass(frozen=True)
class ReportSpec:
    """One document to make: its kind and the values of its parameters."""

    kind: str
    page_size: str = "a4"
    lang: str = "en"
    department_ids: tuple[int, ...] = field(default_factory=tuple)
    start: date | None = None
    end: date | None = None
    department_id: int | None = None
    agreement_id: int | None = None
    request_id: int | None = None
    sign_sheets: bool = True
    new_edition: bool = False
    uncontrolled: bool = False
    training_id: int | None = None


Builder = Callable[["Services", "ReportSpec", Formatter, str], "BaseReport"]


@dataclass(frozen=True)
class ReportType:
    key: str
    title: str  # English; marked for translation in the "Reports" context where it is declared
    params: tuple[Param, ...]
    build: Builder
    help: str = ""


