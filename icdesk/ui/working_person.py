"""Who is working in this window, on a shared server: asked once per PC and server, changed from File.

The request history records this person for what the window does (``ServiceContext.working_as``),
so on a server with several PCs it says who really did it. On a data file nothing is asked: there
the request window's "Done by" says who did what, as before. The choice lives only here and in
``working_as``: a sign-in with passwords would replace this module, not the services.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from icdesk.services import Services
from icdesk.ui.forms import FormDialog, hint
from icdesk.ui.pickers import person_combo
from icdesk.ui.remembered import remember_person, remembered_person

REMEMBERED = "working_as"  # per PC (QSettings), keyed by the server's address without its password


class WhoIsWorkingDialog(FormDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Who is working?"), parent)
        self.services = services
        self.extra.addWidget(hint(self.tr(
            "Several PCs work on this company. Say who is using icdesk here, so the history of each request "
            "names who did what. This PC remembers it; File \u2192 Who is working\u2026 changes it.")))
        self.person = self.add_field("person", self.tr("Working here"), person_combo(
            services, self.tr("(choose)"), services.ctx.working_as), required=True)
        self.save_button.setText(self.tr("Continue"))
        self.ready()

    def save(self) -> int:
        person_id = int(self.person.currentData())
        choose(self.services, person_id)
        return person_id


def choose(services: Services, person_id: int | None) -> None:
    services.ctx.working_as = person_id
    remember_person(services, REMEMBERED, person_id)


def ask_who_is_working(services: Services, parent: QWidget | None, again: bool = False) -> int | None:
    """On a server: the person remembered on this PC, else (or ``again``) asked. None on a data file, in a
    company without people yet, or when the question was closed (then it is asked at the next opening)."""
    if not services.db.on_server or services.db.read_only:
        return None
    if not again:
        services.ctx.working_as = remembered_person(services, REMEMBERED)
        if services.ctx.working_as is not None or not services.people.list():
            return services.ctx.working_as
    WhoIsWorkingDialog(services, parent).exec()
    return services.ctx.working_as


def working_name(services: Services) -> str:
    """The name of who is working, for the status bar; "" when nobody is said."""
    found = [p.full_name for p in services.people.list() if p.id == services.ctx.working_as]
    return found[0] if found else ""
