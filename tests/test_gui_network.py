"""The service network and survey screens through their widgets: what the manager sees and clicks."""

from __future__ import annotations

import math
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from icdesk.domain.enums import BreakdownSignal, RequestStatus
from icdesk.services import Services
from icdesk.services.feedback import FeedbackDraft
from icdesk.services.requests import RequestDraft
from icdesk.services.surveys import RoundDraft, SectionAnswer
from icdesk.ui.dialogs.loop import ActionDialog
from icdesk.ui.dialogs.request_form import RequestFormDialog
from icdesk.ui.dialogs.survey import RoundDialog, RoundWindow
from icdesk.ui.forms import to_date
from icdesk.ui.main_window import MainWindow
from icdesk.ui.pair_matrix import PAIR_ROLE, Measure
from icdesk.ui.screens.network import NetworkScreen
from tests.conftest import FakeClock
from tests.gui_helpers import when_modal
from tests.helpers import active_standard, self_request_from_before

S = RequestStatus


@pytest.fixture
def org(services: Services, clock: FakeClock) -> dict[str, int]:
    """IT serves HR twice, on time; HR serves IT once, late (counted by hand in the tests)."""
    services.company.save("Hotel", time_zone="UTC")
    it = services.departments.create("IT").id
    hr = services.departments.create("HR").id
    laura = services.people.create("Laura", department_id=it).id
    francesca = services.people.create("Francesca", department_id=hr).id
    it_std = active_standard(services, it, "PMS access", 1, 4).standard_id
    hr_std = active_standard(services, hr, "New hire notice", 1, 8).standard_id
    start = clock.now
    for provider, requester, standard, hours in ((it, francesca, it_std, 2), (it, francesca, it_std, 3),
                                                  (hr, laura, hr_std, 20)):
        rid = services.requests.create(RequestDraft("Help", provider, requester_id=requester,
                                                    standard_id=standard)).row.id
        clock.advance(minutes=30)
        services.requests.transition(rid, S.IN_PROGRESS)
        clock.advance(hours=hours - 0.5)
        services.requests.transition(rid, S.RESOLVED)
        clock.now = start
    clock.advance(days=1)
    return {"it": it, "hr": hr, "laura": laura, "francesca": francesca}


def window(qtbot: QtBot, services: Services) -> MainWindow:
    main = MainWindow(services, settings=QSettings())
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    return main


def network_of(main: MainWindow) -> NetworkScreen:
    main.show_screen("network")
    screen = main.network_screen
    assert isinstance(screen, NetworkScreen)
    return screen


def test_the_map_shows_both_directions_and_a_click_opens_the_pairs_requests(
        qtbot: QtBot, services: Services, org: dict[str, int]) -> None:
    main = window(qtbot, services)
    screen = network_of(main)
    view = screen.map_page.view
    assert {(a.pair.provider_id, a.pair.customer_id) for a in view.arrows} == {
        (org["it"], org["hr"]), (org["hr"], org["it"])}
    there = view.arrow_of(org["it"], org["hr"])
    back = view.arrow_of(org["hr"], org["it"])
    assert there is not None and back is not None
    assert there.pen().widthF() > back.pen().widthF()  # two requests against one
    assert there.pen().color().name() == "#2e7d4f" and back.pen().color().name() == "#b23b3b"  # on time / late
    assert "HR \u2192 IT" in there.toolTip()  # the tooltip tells both directions
    assert "2 pairs (2 shown), 1 of them two-way" in screen.map_page.summary.text()
    middle = view.mapFromScene(there.mapToScene(there.path().pointAtPercent(0.45)))
    view.click_at(middle)
    assert main.current_screen_key() == "requests"
    requests = main.requests_screen
    assert (requests.provider.currentData(), requests.requester_dept.currentData()) == (org["it"], org["hr"])
    assert requests.request_model.total == 2


def test_a_department_asking_itself_is_refused_in_words_and_older_ones_break_no_view(
        qtbot: QtBot, services: Services, org: dict[str, int]) -> None:
    """The tester's steps: Log a request of IT asked by Laura (IT) -> Save; then the Service Network.
    Save is refused under "Asked by (person)"; a file holding such a request from before shows the
    network without it as a pair, and the summary follows the change."""
    dialog = RequestFormDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("My laptop is slow")
    dialog.provider.setCurrentIndex(dialog.provider.findData(org["it"]))
    dialog.requester.setCurrentIndex(dialog.requester.findData(org["laura"]))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # not saved: the dialog stays, with what was typed
    said = dialog._errors["requester"]  # the words under the field, where the user looks
    assert said.isVisible()
    assert said.text() == "IT cannot ask itself: a request goes to another department than the one asking."
    assert services.requests.count() == 3
    dialog.dirty = False  # closing it now asks nothing
    dialog.close()

    main = window(qtbot, services)
    screen = network_of(main)
    assert "2 pairs (2 shown), 1 of them two-way" in screen.map_page.summary.text()
    self_request_from_before(services, org["it"], org["laura"], org["hr"])
    screen.reload()  # what a change saved on another PC brings
    assert "2 pairs (2 shown), 1 of them two-way" in screen.map_page.summary.text()
    view = screen.map_page.view
    assert view.arrow_of(org["it"], org["it"]) is None and len(view.arrows) == 2
    screen.tabs.setCurrentWidget(screen.matrix_page)
    model = screen.matrix_page.model
    assert model.rowCount() == 2
    at_it = model.index(model.ids.index(org["it"]), model.ids.index(org["it"]))
    assert at_it.data() is None  # the diagonal stays empty
    assert screen.matrix_page.model.pair_at(at_it) is None


def test_on_the_example_hotel_every_rating_sits_beside_its_arrow_on_no_department_and_none_on_another(
        qtbot: QtBot, hotel: Services) -> None:
    main = window(qtbot, hotel)
    screen = network_of(main)
    view = screen.map_page.view
    labelled = [a for a in view.arrows if a.label is not None]
    assert len(labelled) == sum(a.pair.average_rating is not None for a in view.arrows) >= 15
    boxes = [a.label.sceneBoundingRect() for a in labelled if a.label is not None]
    for box in boxes:
        for node in view.nodes.values():
            centre, radius = node.scenePos(), node.rect().width() / 2
            nearest = QPointF(min(max(centre.x(), box.left()), box.right()), min(max(centre.y(), box.top()),
                                                                                  box.bottom()))
            assert math.dist((centre.x(), centre.y()), (nearest.x(), nearest.y())) > radius, node.node.name
    # no two labels share more than a sliver (the placement leaves none on the hotel)
    shared = sum(a.intersected(b).width() * a.intersected(b).height()
                 for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.intersects(b))
    assert shared <= 0.02 * sum(b.width() * b.height() for b in boxes)
    for arrow in labelled:
        assert arrow.label is not None
        # beside its own arrow: its centre within a label's length of the curve
        centre = arrow.label.sceneBoundingRect().center()
        along = (arrow.path().pointAtPercent(i / 40) for i in range(41))
        assert min(math.dist((centre.x(), centre.y()), (p.x(), p.y())) for p in along) < 40
        assert arrow.label.zValue() > max(n.zValue() for n in view.nodes.values())  # drawn over the circles
    # pointing at a department dims the other pairs' labels too; a label clicked opens its pair
    some = labelled[0]
    assert some.label is not None
    other = next(n for n in view.nodes if n not in (some.pair.provider_id, some.pair.customer_id))
    view.highlight(other)
    assert some.label.opacity() < 0.5
    view.highlight(None)
    view.click_at(view.mapFromScene(some.label.sceneBoundingRect().center()))
    assert main.current_screen_key() == "requests"
    requests = main.requests_screen
    assert (requests.provider.currentData(), requests.requester_dept.currentData()) == (
        some.pair.provider_id, some.pair.customer_id)


def test_the_count_of_pairs_says_why_some_are_not_drawn(qtbot: QtBot, services: Services, org: dict[str, int],
                                                       clock: FakeClock) -> None:
    # the kitchen rates IT's service but asked IT nothing: the pair counts, it has no arrow to draw
    kitchen = services.departments.create("Kitchen").id
    cook = services.people.create("Marco", department_id=kitchen).id
    services.feedback.give(FeedbackDraft(4, department_id=org["it"], author_id=cook))
    main = window(qtbot, services)
    page = network_of(main).map_page
    text = page.summary.text()
    assert "3 pairs (2 shown)" in text
    assert ("1 pair not drawn: no request between the two was logged in the period, only ratings, survey answers "
            "or requests logged earlier: IT \u2192 Kitchen.") in text
    page.minimum.setValue(2)  # HR asked IT once
    text = page.summary.text()
    assert "3 pairs (1 shown)" in text
    assert "1 pair not drawn: fewer than 2 requests each (Fewest requests, above)." in text


def test_clicking_a_department_opens_it(qtbot: QtBot, services: Services, org: dict[str, int]) -> None:
    main = window(qtbot, services)
    view = network_of(main).map_page.view
    view.click_at(view.mapFromScene(view.nodes[org["hr"]].scenePos()))
    assert main.current_screen_key() == "organisation"
    departments = main.screen_of("organisation").departments  # type: ignore[attr-defined]
    assert departments.current_row().name == "HR"


def test_the_map_zooms_and_exports_as_png_and_pdf(qtbot: QtBot, services: Services, org: dict[str, int],
                                                 tmp_path: Path) -> None:
    main = window(qtbot, services)
    view = network_of(main).map_page.view
    before = view.transform().m11()
    view.zoom(1.25)
    assert view.transform().m11() == pytest.approx(before * 1.25) and not view.fitted
    view.fit()
    png = view.save_png(tmp_path / "map.png", "Service map")
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 600 and image.height() > image.width()  # the title on top
    pdf = view.save_pdf(tmp_path / "map.pdf", "Service map")
    assert pdf.read_bytes()[:5] == b"%PDF-"


def test_the_matrix_shows_both_directions_in_one_cell_and_opens_requests(
        qtbot: QtBot, services: Services, org: dict[str, int]) -> None:
    main = window(qtbot, services)
    screen = network_of(main)
    screen.tabs.setCurrentWidget(screen.matrix_page)
    model = screen.matrix_page.model
    row, column = model.ids.index(org["it"]), model.ids.index(org["hr"])
    index = model.index(row, column)
    there, back = index.data(PAIR_ROLE)
    assert (there.received, there.share_within_target) == (2, 1.0)
    assert (back.received, back.share_within_target) == (1, 0.0)  # HR serves IT late: on the right, at a glance
    assert index.data() == "100%"
    screen.matrix_page.measure.setCurrentIndex(screen.matrix_page.measure.findData(Measure.MEDIAN))
    assert model.index(row, column).data() == "2 h"  # 2 h and 3 h: the lower middle one, as every report counts
    screen.matrix_page.open_cell(model.index(column, row))
    assert main.current_screen_key() == "requests"
    assert main.requests_screen.request_model.total == 1


def test_a_breakdown_opens_a_prefilled_corrective_action(qtbot: QtBot, services: Services,
                                                        org: dict[str, int]) -> None:
    main = window(qtbot, services)
    screen = network_of(main)
    screen.tabs.setCurrentWidget(screen.breakdown_page)
    page = screen.breakdown_page
    assert page.table.rowCount() == 1
    assert page.table.item(0, 1).text() == "HR" and page.table.item(0, 3).text() == "Resolved late"
    assert page.data is not None and page.data.items[0].point == BreakdownSignal.RESOLUTION_LATE

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        text = dialog.description.toPlainText()
        assert "New hire notice" in text and "1\u00d7" in text
        assert dialog.department.currentData() == org["hr"]
        dialog.description.setPlainText(text + "Ask for notice ten working days ahead.")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    errors = when_modal(fill)
    qtbot.mouseClick(page.action_button, Qt.MouseButton.LeftButton)
    assert errors == []
    [action] = services.actions.list(department_id=org["hr"])
    assert action.description.endswith("ten working days ahead.")
    qtbot.waitUntil(lambda: page.action_list.count() == 1 and "ten working days" in page.action_list.item(0).text())


def test_trends_show_the_departments_months(qtbot: QtBot, services: Services, org: dict[str, int]) -> None:
    main = window(qtbot, services)
    screen = network_of(main)
    screen.tabs.setCurrentWidget(screen.trend_page)
    page = screen.trend_page
    page.provider.setCurrentIndex(page.provider.findData(org["it"]))
    labels, bars, _lines, *_rest = page.requests.figures()  # type: ignore[misc]
    assert labels[-1] == "Mar" and bars[0][1][-1] == 2  # two requests IT received in March
    _labels, _bars, lines, *_ = page.within.figures()  # type: ignore[misc]
    assert lines[0][1][-1] == 100.0


def test_dashboard_shows_changes_and_monthly_charts(qtbot: QtBot, services: Services, org: dict[str, int]) -> None:
    main = window(qtbot, services)
    main.show_screen("dashboard")
    tiles = main.dashboard.tiles
    assert tiles["resolved"].change.text() == ""  # nothing resolved in the 30 days before: no comparison
    assert "in the last 30 days" in tiles["open"].change.text()
    labels, bars, *_ = main.dashboard.volume_chart.figures()  # type: ignore[misc]
    assert len(labels) == 6 and bars[0][1][-1] == 3


def test_a_round_started_from_the_dialog_and_paper_forms_typed_in(qtbot: QtBot, services: Services,
                                                                  org: dict[str, int]) -> None:
    main = window(qtbot, services)
    main.show_screen("surveys")
    screen = main.screen_of("surveys")

    def start(dialog: QWidget) -> None:
        assert isinstance(dialog, RoundDialog)
        assert dialog.pairs.count() == 2 and len(dialog.questions.questions()) == 5
        dialog.anonymous.setChecked(False)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    errors = when_modal(start)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert errors == []
    [survey] = services.surveys.rounds()
    assert (survey.anonymous, len(survey.pairs), survey.invited) == (False, 2, 2)
    dialog = RoundWindow(services, survey.id, main)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.entry)
    entry = dialog.entry
    form = next(f for f in services.surveys.forms(survey.id) if f.respondent_name == "Francesca")
    qtbot.keyClicks(entry.code, form.token.lower().replace("-", ""))
    qtbot.keyClick(entry.code, Qt.Key.Key_Return)
    assert entry.form is not None and entry.table.rowCount() == 2  # her own HR, then IT
    entry.table.setFocus()
    entry.table.setCurrentCell(0, 2)
    qtbot.keyClicks(entry.table, "5544")  # own view: four scores, then the fifth left empty
    entry.table.setCurrentCell(1, 2)
    qtbot.keyClicks(entry.table, "32334")  # IT: ticks "served" by itself
    assert entry.table.item(1, 1).checkState() == Qt.CheckState.Checked
    qtbot.keyClick(entry.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Saved: 2 answers" in entry.message.text() and entry.form is None
    results = services.surveys.results(survey.id)
    it = next(p for p in results.providers if p.provider_id == org["it"])
    assert it.score == pytest.approx(3.0) and it.answers == 1
    qtbot.keyClicks(entry.code, form.token)
    qtbot.keyClick(entry.code, Qt.Key.Key_Return)
    qtbot.keyClick(entry.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "already answered" in entry.message.text()  # nobody can change an answer
    dialog.tabs.setCurrentWidget(dialog.results)
    assert dialog.results.providers.rowCount() >= 1


def test_escape_with_a_paper_form_half_typed_asks_before_losing_the_answers(qtbot: QtBot, services: Services,
                                                                             org: dict[str, int]) -> None:
    """Esc on "Type in paper forms" after typing 4444 closed the round's window without a word: the
    answers were gone and the round still said 2 of 27 forms back."""
    from tests.gui_helpers import answer_message_box

    today = services.surveys.today()
    survey = services.surveys.start(RoundDraft("Dec", today.replace(day=1), today, anonymous=False,
                                               pairs=[(org["it"], org["hr"])],
                                               questions=services.surveys.default_questions()))
    form = services.surveys.forms(survey.id)[0]
    dialog = RoundWindow(services, survey.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.entry)
    entry = dialog.entry
    qtbot.keyClicks(entry.code, form.token)
    qtbot.keyClick(entry.code, Qt.Key.Key_Return)
    entry.table.setFocus()
    entry.table.setCurrentCell(0, 2)
    qtbot.keyClicks(entry.table, "4444")
    asked = when_modal(answer_message_box("Cancel"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [] and dialog.isVisible() and entry.typed()  # kept: the answers are still there to save
    discarded = when_modal(answer_message_box("Discard"))
    dialog.reject()
    assert discarded == [] and not dialog.isVisible()
    quiet = RoundWindow(services, survey.id)  # nothing typed: Esc closes at once
    qtbot.addWidget(quiet)
    quiet.show()
    quiet.reject()
    assert not quiet.isVisible()


def test_the_anonymity_threshold_is_set_on_the_survey_screen(qtbot: QtBot, services: Services,
                                                             org: dict[str, int]) -> None:
    main = window(qtbot, services)
    main.show_screen("surveys")
    screen = main.screen_of("surveys")
    spin = screen.threshold  # type: ignore[attr-defined]
    assert spin.value() == 5 and spin.minimum() == 3
    spin.setValue(4)
    spin.editingFinished.emit()
    assert services.network.anonymity_threshold() == 4


def test_a_round_window_reads_returned_forms_and_says_what_it_left_out(
        qtbot: QtBot, services: Services, org: dict[str, int], tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    from icdesk.i18n import Formatter
    from icdesk.reports.survey_form import write_fillable_forms

    survey = services.surveys.start(RoundDraft("Spring", *(services.ctx.today(), services.ctx.today()), True,
                                               [(org["it"], org["hr"])], services.surveys.default_questions()))
    forms = tmp_path / "forms"
    forms.mkdir()
    written = write_fillable_forms(services, survey.id, forms, Formatter("en"))
    hr_pdf = next(p for p in written if "-HR-" in p.name)
    returned = tmp_path / "returned"
    returned.mkdir()
    field = next(name for name in (PdfReader(hr_pdf).get_fields() or {}) if name.startswith(f"p{org['it']}_q"))
    writer = PdfWriter()
    writer.append(PdfReader(hr_pdf))
    for page in writer.pages:
        writer.update_page_form_field_values(page, {field: "/2"}, auto_regenerate=False)
    writer.write(returned / "answer.pdf")
    (returned / "broken.pdf").write_bytes(b"%PDF-1.4")
    main = window(qtbot, services)
    dialog = RoundWindow(services, survey.id, main)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.forms_page)
    report = dialog.read_folder(returned)
    assert report is not None and (report.imported, report.refused) == (1, 1)
    lines = [dialog.import_result.item(i).text() for i in range(dialog.import_result.count())]
    assert any(line.startswith("\u2714 answer.pdf") for line in lines)
    assert any(line.startswith("\u2716 broken.pdf") for line in lines)
    assert dialog.form_table.item(0, 3).text() in ("1 / 1", "0 / 1")


def test_the_new_round_form_warns_of_ratings_that_would_stay_hidden_and_of_an_earlier_round(
        qtbot: QtBot, services: Services, org: dict[str, int]) -> None:
    dialog = RoundDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    # one person on each side, five needed: anonymous ratings of both would never be shown
    assert dialog.anonymous.isChecked() and dialog.warning.isVisible()
    assert "HR, IT" in dialog.warning.text() and "fewer than 5 people" in dialog.warning.text()
    dialog.anonymous.setChecked(False)
    assert not dialog.warning.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [first] = services.surveys.rounds()
    again = RoundDialog(services)
    qtbot.addWidget(again)
    again.show()
    again.anonymous.setChecked(False)
    assert again.warning.isVisible() and f"“{first.title}” already asks" in again.warning.text()
    again.none_button.click()  # no pair in common: nothing to say
    assert not again.warning.isVisible()
    again.dirty = False  # what was ticked is not the point here: closing asks nothing
    again.reject()
    assert not again.isVisible()


def test_a_new_round_asks_about_the_days_after_the_last_round_by_default(
        qtbot: QtBot, services: Services, org: dict[str, int], clock: FakeClock) -> None:
    """The form offered the last two months again, over the days the round before had asked about."""
    from icdesk.services.surveys import RoundDraft

    today = clock.now.date()
    services.surveys.start(RoundDraft("Spring", today - timedelta(days=120), today - timedelta(days=30), False,
                                      [(org["it"], org["hr"])], services.surveys.default_questions()))
    dialog = RoundDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (to_date(dialog.start), to_date(dialog.end)) == (today - timedelta(days=29), today)
    assert "already asks" not in dialog.warning.text()
    dialog.dirty = False
    dialog.reject()


def test_trends_list_the_departments_actions_by_the_date_each_line_shows(
        qtbot: QtBot, services: Services, org: dict[str, int], clock: FakeClock) -> None:
    today = clock.now.date()
    early = services.actions.open("Retrain the night shift", today, department_id=org["it"],
                                  opened_on=today.replace(day=1) - timedelta(days=40))
    services.actions.open("Spare printer for HR", today + timedelta(days=30), department_id=org["it"],
                          opened_on=today.replace(day=1) - timedelta(days=10))
    services.actions.close(early.id, "Everyone trained")
    main = window(qtbot, services)
    screen = network_of(main)
    screen.tabs.setCurrentWidget(screen.trend_page)
    page = screen.trend_page
    page.provider.setCurrentIndex(page.provider.findData(org["it"]))
    lines = page.action_list.text().splitlines()[1:]
    # the open one was opened before the other was done: it comes first, each line by its own date
    assert ["Spare printer" in lines[0], "Retrain" in lines[1]] == [True, True], lines


def test_a_finished_round_takes_no_paper_form_and_says_so_before_anything_is_typed(
        qtbot: QtBot, services: Services, org: dict[str, int]) -> None:
    survey = services.surveys.start(RoundDraft("Autumn", services.ctx.today(), services.ctx.today(), False,
                                               [(org["it"], org["hr"])], services.surveys.default_questions()))
    services.surveys.close(survey.id)
    dialog = RoundWindow(services, survey.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.entry)
    entry = dialog.entry
    assert not entry.code.isEnabled() and not entry.picker.isEnabled() and not entry.save_button.isEnabled()
    assert "finished" in entry.message.text() and entry.message.isVisible()
    form = services.surveys.forms(survey.id)[0]
    entry.load_form(form.token)  # as Enter on a code would: no grid to type into
    assert entry.form is None and entry.table.rowCount() == 0
    # nor forms to hand out that could never come back
    assert not any(b.isEnabled() for b in (dialog.print_button, dialog.fillable_button, dialog.import_button))


def test_esc_asks_before_ticks_and_reworded_questions_are_lost(qtbot: QtBot, services: Services,
                                                               org: dict[str, int]) -> None:
    from icdesk.ui.dialogs.agreement import AgreementDialog

    services.agreements.create(org["it"], org["hr"], "PMS access")
    agreement = AgreementDialog(services, services.agreements.find(org["it"], org["hr"]))
    qtbot.addWidget(agreement)
    agreement.show()
    assert not agreement.dirty
    first = agreement.standards.item(0)
    first.setCheckState(Qt.CheckState.Unchecked if first.checkState() == Qt.CheckState.Checked
                        else Qt.CheckState.Checked)
    assert agreement.dirty  # Esc now asks "Discard changes?"
    survey = RoundDialog(services)
    qtbot.addWidget(survey)
    survey.show()
    assert not survey.dirty
    survey.questions.item(0, 1).setText("This department keeps its word.")
    assert survey.dirty
    untouched = RoundDialog(services)
    qtbot.addWidget(untouched)
    untouched.none_button.click()
    assert untouched.dirty
    for dialog in (agreement, survey, untouched):
        dialog.dirty = False


def test_the_round_panel_follows_its_row_after_a_change(qtbot: QtBot, services: Services,
                                                         org: dict[str, int]) -> None:
    from icdesk.ui.screens.surveys import SurveysScreen

    survey = services.surveys.start(RoundDraft("Autumn", services.ctx.today(), services.ctx.today(), False,
                                               [(org["it"], org["hr"])], services.surveys.default_questions()))
    screen = SurveysScreen(services)
    qtbot.addWidget(screen)
    screen.show()
    screen.table.selectRow(0)
    assert "0 of 2 forms back" in screen.detail.toPlainText()
    from icdesk.services.surveys import SectionAnswer

    form = services.surveys.form(services.surveys.forms(survey.id)[0].token)  # typed in, in the round's window
    services.surveys.submit(form.token, [SectionAnswer(sec.provider_id, sec.self_view, True,
                                                       {q.id: 4 for q in form.questions}) for sec in form.sections])
    screen.reload()
    assert "1 of 2 forms back" in screen.detail.toPlainText()


def test_a_one_word_heading_of_the_results_panel_is_not_broken_inside(qtbot: QtBot, services: Services,
                                                                        org: dict[str, int]) -> None:
    """Russian: "Самооценка" stood as "Самооценк" over "а" in the narrow results panel."""
    from icdesk.ui.language import apply_language
    from icdesk.ui.screens.surveys import SurveysScreen

    survey = services.surveys.start(RoundDraft("Осень", services.ctx.today(), services.ctx.today(), False,
                                               [(org["it"], org["hr"]), (org["hr"], org["it"])],
                                               services.surveys.default_questions()))
    form = services.surveys.forms(survey.id)[0]
    services.surveys.submit(form.token, [SectionAnswer(s.provider_id, s.self_view, True,
                                                       {q.id: 4 for q in form.questions}) for s in form.sections])
    apply_language("ru")
    try:
        screen = SurveysScreen(services)
        qtbot.addWidget(screen)
        html = screen.results_html(services.surveys.rounds()[0])
    finally:
        apply_language("en")
    assert "white-space:nowrap;'>Самооценка</th>" in html
    assert "white-space" not in html.split("Взгляд клиентов")[0].rsplit("<th", 1)[1]  # two words may wrap


def broken_words(document: object) -> list[str]:
    """Words the laid-out document breaks inside (a line that ends, and the next begins, in one word)."""
    from PySide6.QtGui import QTextDocument

    assert isinstance(document, QTextDocument)
    broken: list[str] = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for n in range(layout.lineCount() - 1):
            end = layout.lineAt(n).textStart() + layout.lineAt(n).textLength()
            if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
                broken.append(text)
        block = block.next()
    return broken


@pytest.mark.parametrize("lang", ["es", "ru"])
def test_the_results_panel_breaks_no_word_or_score_on_a_small_screen(qtbot: QtBot, services: Services,
                                                                     org: dict[str, int], lang: str) -> None:
    """At 1024 by 700 in Spanish the panel stood "Visión de los clientes" one letter a line, and "3,6" as
    "3 / , / 6"."""
    from icdesk.ui.language import apply_language
    from tests.gui_helpers import window_showing

    survey = services.surveys.start(RoundDraft("Otoño", services.ctx.today(), services.ctx.today(), False,
                                               [(org["it"], org["hr"]), (org["hr"], org["it"])],
                                               services.surveys.default_questions()))
    for form in services.surveys.forms(survey.id):
        services.surveys.submit(form.token, [SectionAnswer(s.provider_id, s.self_view, True,
                                                           {q.id: 3 + i % 2 for i, q in enumerate(form.questions)})
                                             for s in form.sections])
    try:
        window = window_showing(qtbot, services, "surveys", (1024, 700), lang)
        screen = window.screens["surveys"]
        screen.table.selectRow(0)
        qtbot.waitUntil(lambda: "Otoño" in screen.detail.toPlainText())
        assert broken_words(screen.detail.document()) == []
        assert screen.detail.width() >= 340
    finally:
        apply_language("en")


def test_questions_changed_in_a_round_outlive_a_look_at_another_tab_and_are_asked_about_on_close(
        qtbot: QtBot, services: Services, org: dict[str, int]) -> None:
    """Reworded questions were read again from the file when the Results tab was looked at, and Esc closed
    the window with them unsaved, without a word."""
    from PySide6.QtWidgets import QTableWidgetItem

    from icdesk.ui.dialogs.survey import RoundWindow
    from tests.gui_helpers import answer_message_box

    today = services.surveys.today()
    survey = services.surveys.start(RoundDraft("Dec", today.replace(day=1), today, anonymous=False,
                                               pairs=[(org["it"], org["hr"])],
                                               questions=services.surveys.default_questions()))
    before = [q.text for q in services.surveys.questions(survey.id)]
    dialog = RoundWindow(services, survey.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.questions_page)
    dialog.question_table.setItem(0, 1, QTableWidgetItem("Does IT answer the phone?"))
    qtbot.mouseClick(dialog.question_buttons[0], Qt.MouseButton.LeftButton)  # Add a question
    dialog.question_table.setItem(len(before), 1, QTableWidgetItem("Does IT call back?"))
    dialog.tabs.setCurrentWidget(dialog.results)
    dialog.tabs.setCurrentWidget(dialog.questions_page)
    shown = [q for _d, q in dialog.question_table.questions()]
    assert shown[0] == "Does IT answer the phone?" and shown[-1] == "Does IT call back?"
    kept = when_modal(answer_message_box("Cancel"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert kept == [] and dialog.isVisible()
    assert [q.text for q in services.surveys.questions(survey.id)] == before  # nothing saved yet
    qtbot.mouseClick(dialog.save_questions_button, Qt.MouseButton.LeftButton)
    assert [q.text for q in services.surveys.questions(survey.id)][0] == "Does IT answer the phone?"
    dialog.reject()  # saved: Esc closes at once
    assert not dialog.isVisible()
