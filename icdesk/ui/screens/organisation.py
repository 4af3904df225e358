"""Departments & People: who serves whom."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from icdesk.domain.enums import OPEN_REQUEST_STATUSES
from icdesk.services import Services
from icdesk.services.dto import DepartmentRow, PersonOverview, PersonRow
from icdesk.services.request_queries import RequestFilter
from icdesk.ui.access import named
from icdesk.ui.dialogs.calendar import CalendarDialog
from icdesk.ui.dialogs.organisation import DepartmentDialog, PersonDialog
from icdesk.ui.formatting import fmt, short_date, ui_label
from icdesk.ui.list_screen import ListScreen
from icdesk.ui.pickers import department_combo
from icdesk.ui.table_model import Column, RowTableModel
from icdesk.ui.theme import colours


class DepartmentList(ListScreen):
    depends_on = frozenset({"departments", "people", "working_hours", "closed_periods"})
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("Departments"), self.tr("New department"), self.tr(
            "Departments serve each other: IT serves accounting, the kitchen serves the dining room. "
            "Add your first department to start."), parent)
        self.enable_archive(self.tr("Archive"))
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(self.refresh)
        self.filters.addWidget(self.show_archived)
        self.filters.addStretch(1)
        self.table_model: RowTableModel[DepartmentRow] = RowTableModel([
            Column(self.tr("Department"), lambda d: d.name),
            Column(self.tr("Head"), lambda d: d.head_name),
            Column(self.tr("People"), lambda d: str(d.people_count), lambda d: d.people_count, align_right=True),
            Column(self.tr("State"), lambda d: self.tr("Archived") if d.archived else self.tr("Active")),
        ], self, muted=lambda d: d.archived)
        self.set_model(self.table_model)
        self.detail = named(QTextBrowser(), self.tr("Details"))
        self.detail.setOpenLinks(False)
        self.detail.setMinimumWidth(280)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.hours_button = QPushButton(self.tr("Working hours…"))
        self.hours_button.setToolTip(self.tr("Hours, public holidays and closures: the time its targets count"))
        self.hours_button.clicked.connect(self.edit_hours)
        self.hours_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hours_button)
        buttons.addStretch(1)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.detail, 1)
        self.body.addWidget(side, 2)
        self.fit_columns(stretch=0)

    def refresh(self) -> None:
        rows = self.services.departments.list(self.search.text(), include_archived=self.show_archived.isChecked())
        self.table_model.set_rows(rows)
        self.show_rows(len(rows))

    def new_item(self) -> None:
        dialog = DepartmentDialog(self.services, parent=self)
        if dialog.exec():
            self.after_change()

    def open_row(self, row: DepartmentRow) -> None:
        dialog = DepartmentDialog(self.services, row, parent=self)
        if dialog.exec():
            self.after_change()

    def archive_row(self, row: DepartmentRow) -> None:
        if row.archived:
            self.services.departments.restore(row.id)
        else:
            self.services.departments.archive(row.id)

    def archive_action_text(self, row: DepartmentRow) -> str:
        return self.tr("Restore") if row.archived else self.archive_text

    def archive_question(self, row: DepartmentRow) -> str:
        if row.archived:
            return self.tr("Restore {name}? It appears again when requests are logged.").format(name=row.name)
        question = self.tr("Archive {name}? Its requests, standards and feedback stay in the history; "
                           "it no longer appears when new requests are logged.").format(name=row.name)
        # what stays as it is, said before: people listed under an archived department and requests waiting on
        # it surprised the manager afterwards
        waiting = self.services.requests.count(RequestFilter(statuses=frozenset(OPEN_REQUEST_STATUSES),
                                                             provider_id=row.id))
        if row.people_count:
            question += "\n\n" + self.tr("People in it: {n}. They stay in it; move to another department those "
                                         "who now work elsewhere.").format(n=fmt().number(row.people_count))
        if waiting:
            question += "\n\n" + self.tr("Open requests asked of it: {n}. They stay open until they are finished "
                                         "or cancelled.").format(n=fmt().number(waiting))
        return question

    def row_selected(self, row: DepartmentRow | None) -> None:
        self.detail.setHtml(self.overview_html(row) if row else "")
        self.hours_button.setEnabled(row is not None and not row.archived)

    def extend_context_menu(self, menu: QMenu) -> None:
        row = self.current_row()
        if row is not None and not row.archived:
            menu.addAction(self.tr("Working hours…"), self.edit_hours)

    def edit_hours(self) -> None:
        row = self.current_row()
        if row is not None and CalendarDialog(self.services, row, parent=self).exec():
            self.after_change()

    def overview_html(self, d: DepartmentRow) -> str:
        svc = self.services
        people = svc.people.list(department_id=d.id)
        standards = svc.standards.list(department_id=d.id)
        agreements = svc.agreements.list(d.id)
        recent = svc.requests.list(RequestFilter(provider_id=d.id), limit=5)
        as_provider = svc.feedback.average_rating(d.id)
        as_customer = svc.feedback.average_rating_given(d.id)

        def items(lines: list[str], empty: str) -> str:
            if not lines:
                return f"<p style='color:{colours().muted.name()}'>{escape(empty)}</p>"
            return "<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"

        def heading(text: str) -> str:
            return f"<h3>{escape(text)}</h3>"

        gives = [f"{escape(a.customer_name)}: {escape(a.customer_needs)}" for a in agreements if a.provider_id == d.id]
        needs = [f"{escape(a.provider_name)}: {escape(a.customer_needs)}" for a in agreements if a.customer_id == d.id]
        html = [f"<h2>{escape(d.name)}</h2>", f"<p>{escape(d.description)}</p>" if d.description else ""]
        provider_label = self.tr("Average rating as provider")
        customer_label = self.tr("Average rating it gave as customer")
        hours_label = self.tr("Working hours")
        html.append(f"<p><b>{escape(hours_label)}:</b> {escape(svc.calendars.describe(d.id, fmt()))}<br>"
                    f"<b>{escape(provider_label)}:</b> {fmt().rating(as_provider)}<br>"
                    f"<b>{escape(customer_label)}:</b> "
                    f"{fmt().rating(as_customer)}</p>")
        html.append(heading(self.tr("People")) + items(
            [escape(p.full_name) + (f" \u2013 {escape(p.job_title)}" if p.job_title else "") for p in people],
            self.tr("Nobody in this department yet.")))
        html.append(heading(self.tr("Service standards")) + items(
            [f"{escape(s.title)} (v{s.number}, {escape(ui_label(s.status))})" for s in standards],
            self.tr("No standards yet.")))
        html.append(heading(self.tr("Gives service to")) + items(gives, self.tr("No agreements.")))
        html.append(heading(self.tr("Needs service from")) + items(needs, self.tr("No agreements.")))
        html.append(heading(self.tr("Recent requests")) + items(
            [f"#{r.id} {escape(r.title)} \u2013 {escape(ui_label(r.status))}, "
             f"{short_date(fmt().local(r.created_at).date())}" for r in recent], self.tr("No requests yet.")))
        return "".join(html)


class PeopleList(ListScreen):
    depends_on = frozenset({"people", "departments"})
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, self.tr("People"), self.tr("New person"), self.tr(
            "Everyone who serves or is served: employees, temporary staff, contractors, owners, consultants. "
            "Add the first person."), parent)
        self.enable_archive(self.tr("Mark as left"))
        self.department = named(department_combo(services, self.tr("All departments")), self.tr("Department"))
        self.department.currentIndexChanged.connect(self.refresh)
        self.show_inactive = QCheckBox(self.tr("Show people who left"))
        self.show_inactive.toggled.connect(self.refresh)
        self.filters.addWidget(self.department)
        self.filters.addWidget(self.show_inactive)
        self.filters.addStretch(1)
        self.table_model: RowTableModel[PersonRow] = RowTableModel([
            Column(self.tr("Name"), lambda p: p.full_name),
            Column(self.tr("Department"), lambda p: p.department_name),
            Column(self.tr("Job title"), lambda p: p.job_title),
            Column(self.tr("Kind"), lambda p: ui_label(p.kind)),
            Column(self.tr("E-mail"), lambda p: p.email),
        ], self, muted=lambda p: not p.active)
        self.set_model(self.table_model)
        # the person's page: what they asked and handled, how it was rated, thanks, standards owned
        self.detail = named(QTextBrowser(), self.tr("Details"))
        self.detail.setOpenLinks(False)
        self.detail.setMinimumWidth(280)
        self.body.addWidget(self.detail, 2)
        self.fit_columns(stretch=0)

    def row_selected(self, row: PersonRow | None) -> None:
        self.detail.setHtml(self.overview_html(self.services.people.overview(row.id)) if row else "")

    def overview_html(self, o: PersonOverview) -> str:
        p, n = o.person, fmt().number

        def line(label: str, value: str) -> str:
            return f"<b>{escape(label)}:</b> {escape(value)}<br>"

        def items(lines: list[str], empty: str) -> str:
            if not lines:
                return f"<p style='color:{colours().muted.name()}'>{escape(empty)}</p>"
            return "<ul>" + "".join(f"<li>{escape(text)}</li>" for text in lines) + "</ul>"

        facts = " \u00b7 ".join(f for f in (p.job_title, p.department_name, ui_label(p.kind), p.email) if f)
        html = [f"<h2>{escape(p.full_name)}</h2>", f"<p>{escape(facts)}</p>"]
        html.append("<p>" + line(self.tr("Requests asked"), n(o.requests_asked))
                    + line(self.tr("Requests handled"), self.tr("{n} ({open} still open)").format(
                        n=n(o.requests_handled), open=n(o.handled_still_open)))
                    + line(self.tr("Rating of what they handled"), self.tr("{rating} from {n} ratings").format(
                        rating=fmt().rating(o.average_received), n=n(o.ratings_received)))
                    + line(self.tr("Ratings they gave"), self.tr("{rating} from {n} ratings").format(
                        rating=fmt().rating(o.average_given), n=n(o.ratings_given))) + "</p>")
        thanked, owned, handled = self.tr("Recognitions"), self.tr("Standards they own"), self.tr("Recently handled")
        html.append(f"<h3>{escape(thanked)}</h3>" + items(
            [f"{short_date(day)} {ui_label(award)}: {message.splitlines()[0] if message else ''}"
             for day, award, message in o.recognitions], self.tr("No recognitions yet.")))
        html.append(f"<h3>{escape(owned)}</h3>" + items(list(o.standards_owned), self.tr("None.")))
        html.append(f"<h3>{escape(handled)}</h3>" + items(
            [f"#{number} {title} \u2013 {ui_label(status)}" for number, title, status in o.recent_handled],
            self.tr("Nothing handled yet.")))
        return "".join(html)

    def refresh(self) -> None:
        rows = self.services.people.list(self.search.text(), self.department.currentData(),
                                         include_inactive=self.show_inactive.isChecked())
        self.table_model.set_rows(rows)
        self.show_rows(len(rows))

    def new_item(self) -> None:
        if PersonDialog(self.services, department_id=self.department.currentData(), parent=self).exec():
            self.after_change()

    def open_row(self, row: PersonRow) -> None:
        if PersonDialog(self.services, row, parent=self).exec():
            self.after_change()

    def archive_row(self, row: PersonRow) -> None:
        if row.active:
            self.services.people.archive(row.id)
        else:
            self.services.people.restore(row.id)

    def archive_action_text(self, row: PersonRow) -> str:
        return self.archive_text if row.active else self.tr("Restore")

    def archive_question(self, row: PersonRow) -> str:
        if not row.active:
            return self.tr("Bring {name} back? They appear in pickers again.").format(name=row.full_name)
        return self.tr("Mark {name} as having left? Their history stays; they no longer appear in pickers.").format(
            name=row.full_name)


class OrganisationScreen(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.departments = DepartmentList(services)
        self.people = PeopleList(services)
        self.tabs.addTab(self.departments, self.tr("Departments"))
        self.tabs.addTab(self.people, self.tr("People"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.changed = self.departments.changed
        self.people.changed.connect(self.departments.changed)

    def show_department(self, department_id: int) -> None:
        """Used by the service network: the department clicked on the map, selected."""
        self.tabs.setCurrentWidget(self.departments)
        lst = self.departments
        lst.search.clear()
        if lst.refresher.stale or not lst.table_model.rows:
            lst.refresher.refresh_now()
        if not any(r.id == department_id for r in lst.table_model.rows):
            lst.show_archived.setChecked(True)  # an archived department with figures in the period
        for row, record in enumerate(lst.table_model.rows):
            if record.id == department_id:
                lst.table.selectRow(row)
                break

    def reload(self) -> None:
        """Read again now what is shown; the other tab when it is next shown."""
        for lst in (self.departments, self.people):
            if lst.isVisible():
                lst.refresher.refresh_now()
            else:
                lst.refresher.stale = True
