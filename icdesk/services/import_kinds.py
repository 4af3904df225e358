"""What each kind of import reads: its fields, how the import dialog names them, and the column
names (in the five languages, and as ``icdesk export`` writes them) that are matched to them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from icdesk.i18n import QT_TRANSLATE_NOOP
from icdesk.services.import_values import first_numbered, numbered_columns
from icdesk.services.organisation import DEPARTMENT_CSV

TEXT, MINUTES, STEPS = "text", "minutes", "steps"  # how a field's value is shown in the preview


@dataclass(frozen=True)
class ImportField:
    key: str  # the name used by --map COLUMN=KEY, and the header icdesk export writes
    label: str  # English, translated in the "Import" context where it is shown
    required: bool = False
    synonyms: tuple[str, ...] = ()  # column names that mean this field, in the five languages
    shows: str = TEXT


@dataclass(frozen=True)
class ImportKind:
    key: str
    title: str  # English, "Import" context
    fields: tuple[ImportField, ...]

    def field(self, key: str) -> ImportField | None:
        return next((f for f in self.fields if f.key == key), None)


_DEPARTMENT_SYNONYMS = {
    "name": ("department", "reparto", "nome", "osasto", "nimi", "departamento", "nombre", "отдел", "название",
             "имя"),
    "description": ("descrizione", "kuvaus", "descripción", "descripcion", "описание", "notes", "note"),
    "head": ("head of department", "manager", "responsabile", "capo", "esihenkilö", "esimies", "jefe",
             "руководитель", "начальник"),
    "code": ("codice", "sigla", "koodi", "tunnus", "código", "codigo", "код"),
}
# the department list's labels come from DEPARTMENT_CSV; marked here so the dialog can translate them
_DEPARTMENT_LABELS = (QT_TRANSLATE_NOOP("Import", "Name"), QT_TRANSLATE_NOOP("Import", "Description"),
                      QT_TRANSLATE_NOOP("Import", "Head"), QT_TRANSLATE_NOOP("Import", "Code"))
_DEPARTMENT = "department", "reparto", "osasto", "departamento", "отдел"

KINDS: dict[str, ImportKind] = {kind.key: kind for kind in (
    ImportKind("departments", QT_TRANSLATE_NOOP("Import", "Departments"), tuple(
        ImportField(c.key, c.label, c.required, _DEPARTMENT_SYNONYMS.get(c.key, ())) for c in DEPARTMENT_CSV)),
    ImportKind("people", QT_TRANSLATE_NOOP("Import", "People"), (
        ImportField("full_name", QT_TRANSLATE_NOOP("Import", "Full name"), True,
                    ("name", "full name", "person", "nome", "nome e cognome", "nimi", "nombre", "nombre completo",
                     "имя", "фио", "сотрудник", "название")),  # "название": the People list's heading in Russian
        ImportField("department", QT_TRANSLATE_NOOP("Import", "Department"), False, _DEPARTMENT),
        ImportField("kind", QT_TRANSLATE_NOOP("Import", "Kind"), False,
                    ("kind", "type", "contract", "tipo", "contratto", "tyyppi", "sopimus", "contrato", "вид", "тип")),
        ImportField("job_title", QT_TRANSLATE_NOOP("Import", "Job title"), False,
                    ("job title", "title", "role", "position", "mansione", "ruolo", "qualifica", "tehtävä",
                     "nimike", "tehtävänimike", "titteli", "cargo", "puesto", "должность")),
        ImportField("email", QT_TRANSLATE_NOOP("Import", "E-mail"), False,
                    ("email", "e-mail", "mail", "posta elettronica", "sähköposti", "correo", "correo electrónico",
                     "почта", "эл. почта", "электронная почта")),
    )),
    ImportKind("requests", QT_TRANSLATE_NOOP("Import", "Requests"), (
        ImportField("number", QT_TRANSLATE_NOOP("Import", "Number"), False,
                    ("number", "numero", "número", "numero richiesta", "numero della richiesta", "numero",
                     "номер", "№")),
        ImportField("title", QT_TRANSLATE_NOOP("Import", "Title"), True,
                    ("subject", "what", "request", "oggetto", "titolo", "richiesta", "otsikko", "aihe", "pyyntö",
                     "asunto", "título", "titulo", "solicitud", "тема", "заголовок", "заявка")),
        ImportField("provider", QT_TRANSLATE_NOOP("Import", "Provided by (department)"), True,
                    ("provided by", *_DEPARTMENT, "fornitore", "palveluntarjoaja", "proveedor", "исполнитель")),
        ImportField("requester", QT_TRANSLATE_NOOP("Import", "Asked by (person)"), False,
                    ("asked by", "richiedente", "pyytäjä", "solicitante", "заявитель")),
        ImportField("requester_department", QT_TRANSLATE_NOOP("Import", "Asked by (department)"), False,
                    ("customer", "cliente", "asiakas", "клиент", "requester department")),
        ImportField("assignee", QT_TRANSLATE_NOOP("Import", "Assigned to"), False,
                    ("assigned to", "assegnata a", "incaricato", "käsittelijä", "asignada a", "responsable",
                     "ответственный")),
        ImportField("priority", QT_TRANSLATE_NOOP("Import", "Priority"), False,
                    ("priorità", "prioriteetti", "kiireellisyys", "prioridad", "приоритет")),
        ImportField("status", QT_TRANSLATE_NOOP("Import", "Status"), False,
                    ("state", "stato", "tila", "estado", "статус", "состояние")),
        ImportField("description", QT_TRANSLATE_NOOP("Import", "Details"), False,
                    ("description", "details", "descrizione", "dettagli", "kuvaus", "lisätiedot", "descripción",
                     "detalles", "описание", "подробности")),
        ImportField("created", QT_TRANSLATE_NOOP("Import", "Logged on"), False,
                    ("created_at", "created", "date", "logged", "logged on", "data", "aperta il", "päivämäärä",
                     "pvm", "kirjattu", "fecha", "дата", "создана")),
        ImportField("standard", QT_TRANSLATE_NOOP("Import", "Service standard"), False,
                    ("service standard", "sop", "standard di servizio", "palvelustandardi", "palvelulupaus",
                     "estándar", "estandar", "estándar de servicio", "стандарт", "стандарт обслуживания")),
        ImportField("first_response_at", QT_TRANSLATE_NOOP("Import", "First response on"), False,
                    ("first response", "responded", "responded on", "prima risposta", "ensivastaus",
                     "primera respuesta", "первый ответ")),
        ImportField("resolved_at", QT_TRANSLATE_NOOP("Import", "Resolved on"), False,
                    ("resolved", "resolved on", "risolta", "risolta il", "ratkaistu", "resuelta", "решена")),
    )),
    ImportKind("standards", QT_TRANSLATE_NOOP("Import", "Service standards"), (
        ImportField("title", QT_TRANSLATE_NOOP("Import", "Title"), True,
                    ("standard", "sop", "name", "titolo", "nome", "otsikko", "nimi", "título", "titulo",
                     "nombre", "название", "стандарт")),
        ImportField("department", QT_TRANSLATE_NOOP("Import", "Department"), True, _DEPARTMENT),
        ImportField("purpose", QT_TRANSLATE_NOOP("Import", "Purpose"), False,
                    ("scopo", "obiettivo", "tarkoitus", "propósito", "proposito", "objetivo", "цель")),
        ImportField("serves", QT_TRANSLATE_NOOP("Import", "Who it serves"), False,
                    ("who it serves", "for", "customers", "per chi", "clienti", "kenelle", "asiakkaat",
                     "para quién", "clientes", "для кого", "клиенты")),
        ImportField("steps", QT_TRANSLATE_NOOP("Import", "Steps"), False,
                    ("step", "procedure", "passi", "passo", "procedura", "vaiheet", "vaihe", "pasos", "paso",
                     "procedimiento", "шаги", "шаг", "порядок"), shows=STEPS),
        ImportField("first_response_minutes", QT_TRANSLATE_NOOP("Import", "First-response target"), False,
                    ("first response", "response", "response time", "prima risposta", "risposta", "ensivastaus",
                     "vasteaika", "primera respuesta", "respuesta", "первый ответ", "ответ"), shows=MINUTES),
        ImportField("resolution_minutes", QT_TRANSLATE_NOOP("Import", "Resolution target"), False,
                    ("resolution", "resolution time", "risoluzione", "ratkaisu", "ratkaisuaika", "resolución",
                     "resolucion", "решение"), shows=MINUTES),
        ImportField("owner", QT_TRANSLATE_NOOP("Import", "Owner"), False,
                    ("owner", "titolare", "responsabile", "omistaja", "vastuuhenkilö", "responsable", "владелец",
                     "ответственный")),
        ImportField("next_review", QT_TRANSLATE_NOOP("Import", "Next review"), False,
                    ("review", "next review", "prossima revisione", "revisione", "seuraava katselmointi",
                     "katselmointi", "próxima revisión", "revisión", "пересмотр")),
        ImportField("state", QT_TRANSLATE_NOOP("Import", "State"), False,
                    ("status", "stato", "tila", "estado", "статус", "состояние")),
    )),
)}


def _fold(name: str) -> str:
    """Column names compared as people read them: "First_Response (h)" ~ "first response"."""
    name = re.sub(r"\([^)]*\)|\[[^]]*\]", " ", name.casefold())
    return " ".join(re.sub(r"[-_:.*/]", " ", name).split())


def guess_mapping(kind: str, header: list[str]) -> dict[str, str]:
    """Which column holds which field, from the column names; each column is used once.

    A name that is exactly a field's key or label wins over a synonym ("name" is the person's
    name, "title" the request's). Steps may be one column or numbered ones ("Step 1", "Step 2"):
    the first numbered column stands for them all.
    """
    fields = KINDS[kind].fields
    folded = {column: _fold(column) for column in header}
    used: set[str] = set()
    mapping: dict[str, str] = {}
    for exact in (True, False):
        for spec in fields:
            if spec.key in mapping:
                continue
            names = [_fold(spec.key), _fold(spec.label)] + ([] if exact else [_fold(s) for s in spec.synonyms])
            for column in header:
                if column in used:
                    continue
                plain = folded[column]
                if spec.shows == STEPS:
                    plain = re.sub(r"\s*\d{1,3}$", "", plain)
                if plain in names:
                    if spec.shows == STEPS:
                        column = first_numbered(header, column)
                        used.update(numbered_columns(header, column))
                    mapping[spec.key] = column
                    used.add(column)
                    break
    return mapping


__all__ = ["KINDS", "MINUTES", "STEPS", "TEXT", "ImportField", "ImportKind", "guess_mapping"]
