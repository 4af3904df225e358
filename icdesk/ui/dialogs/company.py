"""The company's own details: name, address, logo and the service vision printed in the handbook."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from icdesk.db.localzone import local_zone_name
from icdesk.domain.errors import ValidationError
from icdesk.services import Services
from icdesk.services.dto import CompanyInfo
from icdesk.ui.forms import FormDialog, hint, multiline
from icdesk.ui.workers import with_progress

MAX_LOGO_BYTES = 10_000_000  # a photo straight from a phone is fine: it is made smaller below
LOGO_BOX = QSize(800, 400)  # ample for a document's header at print resolution
LOGO_FILTER = "*.png *.jpg *.jpeg *.svg *.webp *.gif *.bmp"


class CompanyDialog(FormDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Company details"), parent)
        self.services = services
        self.read = company = services.company.get()
        self.logo: bytes | None = company.logo_png if company else None
        self.name = self.add_field("name", self.tr("Company name"), QLineEdit(company.name if company else ""),
                                   required=True)
        self.address = self.add_field("address_line", self.tr("Address"),
                                      QLineEdit(company.address_line if company else ""))
        self.vision = self.add_field("service_vision", self.tr("Service vision"),
                                     multiline(company.service_vision if company else "", 90))
        self.zone_before = company.time_zone if company else local_zone_name()
        self.zone = self.add_field("time_zone", self.tr("Time zone"), zone_combo(self.zone_before))
        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(96, 48)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose = QPushButton(self.tr("Choose logo\u2026"))
        choose.clicked.connect(self.choose_logo)
        row.addWidget(self.logo_preview)
        row.addWidget(choose)
        row.addStretch(1)
        self.add_field("logo", self.tr("Logo"), logo_row)
        self.extra.addWidget(hint(self.tr("The name, address, logo and service vision appear on the cover and "
                                          "pages of every printed document.")))
        self.extra.addWidget(hint(self.tr("Dates, times and working hours are the company's, in its time zone, "
                                          "whatever this computer is set to. A new time zone gives open requests "
                                          "new due times.")))
        self.show_logo()
        self.ready()

    def show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo and pixmap.loadFromData(self.logo):
            self.logo_preview.setPixmap(pixmap.scaled(96, 48, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setText(self.tr("(no logo)"))

    def choose_logo(self) -> None:
        target, _ = QFileDialog.getOpenFileName(self, self.tr("Choose logo"), "", self.tr(
            "Pictures ({patterns})").format(patterns=LOGO_FILTER))
        if target:
            self.load_logo(Path(target))

    def load_logo(self, path: Path) -> None:
        """Any picture Qt reads (PNG, JPEG, SVG, ...), kept as a PNG no larger than the header needs."""
        image = _read_picture(path)
        if image is None:
            self.show_error(ValidationError(self.tr("Choose a picture (PNG, JPEG or SVG) smaller than 10 MB."),
                                            field="logo"))
            return
        if image.width() > LOGO_BOX.width() or image.height() > LOGO_BOX.height():
            image = image.scaled(LOGO_BOX, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        QImageWriter(buffer, QByteArray(b"png")).write(image)
        self.logo = bytes(data.data())
        self.dirty = True
        self.show_logo()

    def save(self) -> CompanyInfo:
        zone = self.zone.currentText().strip()
        if zone == self.zone_before:
            return self.services.company.save(self.name.text(), self.address.text(), self.vision.toPlainText(),
                                              self.logo, zone, expected=self.read)
        return with_progress(self, self.tr("Giving open requests their new due times\u2026"), lambda report:
                             self.services.company.save(self.name.text(), self.address.text(),
                                                        self.vision.toPlainText(), self.logo, zone, report,
                                                        expected=self.read))

    def reload(self) -> None:
        self.read = company = self.services.company.get()
        if company is None:
            return
        self.name.setText(company.name)
        self.address.setText(company.address_line)
        self.vision.setPlainText(company.service_vision)
        self.zone_before = company.time_zone
        self.zone.setCurrentText(company.time_zone)
        self.logo = company.logo_png
        self.show_logo()


def _read_picture(path: Path) -> QImage | None:
    try:
        if not path.is_file() or path.stat().st_size > MAX_LOGO_BYTES:
            return None
    except OSError:
        return None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # a phone photo stands the way it was taken
    size = reader.size()
    if size.isValid() and (size.width() > 4 * LOGO_BOX.width() or size.height() > 4 * LOGO_BOX.height()):
        # drawn straight at a sensible size: an SVG is sharp, a huge photo costs no memory
        reader.setScaledSize(size.scaled(LOGO_BOX, Qt.AspectRatioMode.KeepAspectRatio))
    elif size.isValid() and reader.format() in (b"svg", b"svgz"):
        reader.setScaledSize(size.scaled(LOGO_BOX, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


def zone_combo(current: str) -> QComboBox:
    """Every IANA time zone, typed or picked ("Europe/Rome"); completes as one types."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(sorted(available_timezones()))
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    index = combo.findText(current)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(current)
    return combo
