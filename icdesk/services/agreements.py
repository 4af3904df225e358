"""Two-way service agreements between a providing and a customer department."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from icdesk.domain.enums import StandardStatus
from icdesk.domain.errors import DuplicateError, RuleError, ValidationError
from icdesk.domain.models import Department, ServiceAgreement, ServiceStandard
from icdesk.domain.rules import TEXT_MAX, check_day, clean_text, utcnow
from icdesk.services.base import ServiceBase, archived, check_version, contains_text, get_or_fail
from icdesk.services.dto import AgreementRow


def _standard_title(standard: ServiceStandard) -> str:
    active = [v for v in standard.versions if v.status is StandardStatus.ACTIVE]
    return (active or standard.versions)[-1].title


def _rows(s: Session, *conditions: object) -> list[AgreementRow]:
    provider, customer = aliased(Department), aliased(Department)
    query = (
        select(ServiceAgreement, provider.name, customer.name)
        .join(provider, provider.id == ServiceAgreement.provider_id)
        .join(customer, customer.id == ServiceAgreement.customer_id)
        .where(*conditions)  # type: ignore[arg-type]
        .options(selectinload(ServiceAgreement.standards).selectinload(ServiceStandard.versions))
        .order_by(provider.name_key, customer.name_key)
    )
    return [
        AgreementRow(
            id=a.id, provider_id=a.provider_id, provider_name=p, customer_id=a.customer_id, customer_name=c,
            customer_needs=a.customer_needs, provider_needs=a.provider_needs, review_on=a.review_on,
            standard_ids=tuple(st.id for st in a.standards),
            standard_titles=tuple(_standard_title(st) for st in a.standards),
            archived=a.archived_at is not None, version=a.version,
        )
        for a, p, c in s.execute(query)
    ]


def _fill(s: Session, agreement: ServiceAgreement, customer_needs: str, provider_needs: str,
          standard_ids: list[int], review_on: date | None) -> None:
    agreement.customer_needs = clean_text(
        customer_needs, "What the customer needs", required=False, max_len=TEXT_MAX, field="customer_needs")
    agreement.provider_needs = clean_text(
        provider_needs, "What the provider needs", required=False, max_len=TEXT_MAX, field="provider_needs")
    if not agreement.customer_needs and not agreement.provider_needs:
        raise ValidationError("Write down what at least one side needs from the other.", field="customer_needs")
    standards = [get_or_fail(s, ServiceStandard, sid, "standard") for sid in standard_ids]
    if any(st.department_id != agreement.provider_id for st in standards):
        raise ValidationError("Only standards of the providing department can be linked to this agreement.",
                              field="standards")
    agreement.standards = standards
    agreement.review_on = check_day(review_on, "review_on")


def add_agreement(s: Session, now: datetime, provider_id: int, customer_id: int, customer_needs: str = "",
                  provider_needs: str = "", standard_ids: list[int] | None = None,
                  review_on: date | None = None) -> ServiceAgreement:
    """The one way a service agreement comes into a file."""
    if provider_id == customer_id:
        raise ValidationError("A department cannot have a service agreement with itself.", field="customer")
    provider = get_or_fail(s, Department, provider_id, "department")
    customer = get_or_fail(s, Department, customer_id, "department")
    for side, field in ((provider, "provider"), (customer, "customer")):
        if side.archived_at is not None:
            raise archived(side.name, field)
    existing = s.scalars(select(ServiceAgreement).where(
        ServiceAgreement.provider_id == provider_id, ServiceAgreement.customer_id == customer_id)).first()
    # one agreement per direction: the sentence names the direction (IT to HR is not HR to IT), and
    # an archived one, out of the list, says where it is rather than "open" something not shown
    if existing is not None and existing.archived_at is not None:
        raise DuplicateError(
            "{name} already has an agreement to serve {name2}, archived; tick Show archived and restore it.",
            name=provider.name, name2=customer.name)
    if existing is not None:
        raise DuplicateError("{name} already has an agreement to serve {name2}; open and change that one.",
                             name=provider.name, name2=customer.name)
    agreement = ServiceAgreement(provider_id=provider_id, customer_id=customer_id, created_at=now)
    _fill(s, agreement, customer_needs, provider_needs, standard_ids or [], review_on)
    s.add(agreement)
    s.flush()
    return agreement


def _both_at_work(departments: list[Department]) -> None:
    """An archived agreement comes back only while both its departments are at work (one kept while a side
    was archived can still be opened and mended: tests/test_gui_agreements.py)."""
    for department in departments:
        if department.archived_at is not None:
            raise archived(department.name)


def _review_ahead(review_on: date | None, kept: date | None, today: date) -> None:
    """A review date chosen now lies ahead: one already past printed "to review by 22/11" on the sheet
    for signing. A date the agreement already has stays, past or not (it is due for review)."""
    if review_on is not None and review_on != kept and review_on < today:
        raise ValidationError("The review date ({day}) is already past: choose today or a later day, or leave it "
                              "not planned.", day=review_on, field="review_on")


class AgreementService(ServiceBase):
    def create(
        self, provider_id: int, customer_id: int, customer_needs: str = "", provider_needs: str = "",
        standard_ids: list[int] | None = None, review_on: date | None = None,
    ) -> AgreementRow:
        _review_ahead(check_day(review_on, "review_on"), None, self.today())
        with self.db.transaction() as s:
            agreement = add_agreement(s, self.clock(), provider_id, customer_id, customer_needs, provider_needs,
                                      standard_ids, review_on)
            return _rows(s, ServiceAgreement.id == agreement.id)[0]

    def update(
        self, agreement_id: int, customer_needs: str, provider_needs: str,
        standard_ids: list[int] | None = None, review_on: date | None = None, *, expected_version: int | None = None,
    ) -> AgreementRow:
        """``expected_version``: the version the form read; someone else's save since is a ConflictError."""
        with self.db.transaction() as s:
            agreement = get_or_fail(s, ServiceAgreement, agreement_id, "agreement")
            if agreement.archived_at is not None:
                raise RuleError("This agreement was archived meanwhile; restore it with Show archived to change it.")
            sides = [get_or_fail(s, Department, d, "department").name
                     for d in (agreement.provider_id, agreement.customer_id)]
            check_version(" → ".join(sides), agreement.version, agreement.changed_at, expected_version)
            _review_ahead(check_day(review_on, "review_on"), agreement.review_on, self.today())
            linked = {st.id for st in agreement.standards}
            _fill(s, agreement, customer_needs, provider_needs, standard_ids or [], review_on)
            if {st.id for st in agreement.standards} != linked:
                agreement.changed_at = utcnow()  # only its standards changed: still a change, its version goes up
            s.flush()
            return _rows(s, ServiceAgreement.id == agreement.id)[0]

    def archive(self, agreement_id: int) -> None:
        with self.db.transaction() as s:
            get_or_fail(s, ServiceAgreement, agreement_id, "agreement").archived_at = self.clock()

    def restore(self, agreement_id: int) -> None:
        with self.db.transaction() as s:
            agreement = get_or_fail(s, ServiceAgreement, agreement_id, "agreement")
            _both_at_work([get_or_fail(s, Department, d, "department") for d in (agreement.provider_id,
                                                                                 agreement.customer_id)])
            agreement.archived_at = None

    def get(self, agreement_id: int) -> AgreementRow:
        with self.db.reading() as s:
            get_or_fail(s, ServiceAgreement, agreement_id, "agreement")
            return _rows(s, ServiceAgreement.id == agreement_id)[0]

    def find(self, provider_id: int, customer_id: int) -> AgreementRow | None:
        with self.db.reading() as s:
            rows = _rows(s, ServiceAgreement.provider_id == provider_id, ServiceAgreement.customer_id == customer_id)
        return rows[0] if rows else None

    def list(self, department_id: int | None = None, include_archived: bool = False,
             text: str = "") -> list[AgreementRow]:
        """Agreements a department is part of, on either side, or all of them."""
        conditions = []
        if text.strip():
            names = select(Department.id).where(contains_text(Department.name, text))
            conditions.append(or_(ServiceAgreement.provider_id.in_(names), ServiceAgreement.customer_id.in_(names)))
        if department_id is not None:
            conditions.append(or_(ServiceAgreement.provider_id == department_id,
                                  ServiceAgreement.customer_id == department_id))
        if not include_archived:
            conditions.append(ServiceAgreement.archived_at.is_(None))
        with self.db.reading() as s:
            return _rows(s, *conditions)


__all__ = ["AgreementService"]
