"""No SQLite over the network: a data file on a network share is opened for reading only.

The detector is tested on mount tables as text; the store, the command line and the window on real
data files in tmp_path, with the system's mount table replaced by one that puts tmp_path on a share.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from icdesk.cli import main
from icdesk.db.errors import NetworkShareError
from icdesk.db.network_share import (
    ALLOW_ENV,
    DRIVE_REMOTE,
    Mount,
    mount_of,
    network_share_in_table,
    parse_mount_table,
    windows_network_share,
)
from icdesk.db.store import open_data_file
from icdesk.services import Services

LOCAL = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw,errors=remount-ro
25 24 0:23 / /dev/shm rw,relatime - tmpfs tmpfs rw,size=24684092k
40 27 259:3 / /home rw,relatime shared:30 - ext4 /dev/nvme0n1p3 rw
41 27 0:45 / /tmp rw,nosuid,nodev shared:31 - tmpfs tmpfs rw
"""


def table(*lines: str) -> str:
    return LOCAL + "".join(line + "\n" for line in lines)


def share(path: str, *lines: str) -> str | None:
    return network_share_in_table(table(*lines), path)


# -- the detector, on mount tables as text --------------------------------------------------------

@pytest.mark.parametrize(("fstype", "source"), [
    ("cifs", "//nas/office"),
    ("smb3", "//nas/office"),
    ("smbfs", "//guest@nas/office"),
    ("nfs", "nas:/export/office"),
    ("nfs4", "nas:/export/office"),
    ("fuse.sshfs", "anna@server:/srv/office"),
    ("9p", "drvfs"),
    ("fuse.rclone", "gdrive:"),
    ("davfs", "https://cloud.example/remote.php/webdav"),
    ("afpfs", "afp://nas/office"),
])
def test_network_file_systems_are_recognised(fstype: str, source: str) -> None:
    line = f"90 27 0:50 / /mnt/office rw,relatime shared:40 - {fstype} {source} rw,vers=3.1.1"
    assert share("/mnt/office/company.sqlite", line) == f"{source}, {fstype}"
    assert share("/mnt/office/a/b/company.sqlite", line) == f"{source}, {fstype}"


@pytest.mark.parametrize("path", ["/home/anna/company.sqlite", "/tmp/pytest-1/company.sqlite",
                                  "/dev/shm/company.sqlite", "/company.sqlite"])
def test_local_file_systems_are_not_network(path: str) -> None:
    assert share(path) is None


def test_overlay_fuseblk_and_a_plain_fuse_are_local() -> None:
    lines = ("50 27 0:60 / /var/lib/app rw - overlay overlay rw,lowerdir=/a,upperdir=/b",
             "51 27 8:17 / /media/usb rw - fuseblk /dev/sdb1 rw,user_id=0",
             "52 27 0:61 / /run/appimage rw - fuse.appimage /tmp/app.AppImage ro")
    for path in ("/var/lib/app/c.sqlite", "/media/usb/c.sqlite", "/run/appimage/c.sqlite"):
        assert share(path, *lines) is None


def test_the_longest_mount_point_holds_the_file() -> None:
    lines = ("60 40 0:70 / /home/anna/nas rw - cifs //nas/anna rw",
             "61 60 259:3 /anna/local /home/anna/nas/local rw - ext4 /dev/nvme0n1p3 rw")
    assert share("/home/anna/nas/company.sqlite", *lines) == "//nas/anna, cifs"
    assert share("/home/anna/nas/local/company.sqlite", *lines) is None  # a local disk mounted inside
    assert share("/home/anna/nasty/company.sqlite", *lines) is None  # a name that merely starts alike
    assert share("/home/anna/company.sqlite", *lines) is None


def test_a_later_mount_on_the_same_point_covers_the_earlier_one() -> None:
    nfs_then_local = table("70 27 0:80 / /srv/data rw - nfs4 nas:/data rw",
                           "71 27 259:4 / /srv/data rw - ext4 /dev/sdc1 rw")
    assert network_share_in_table(nfs_then_local, "/srv/data/c.sqlite") is None
    local_then_nfs = table("71 27 259:4 / /srv/data rw - ext4 /dev/sdc1 rw",
                           "70 27 0:80 / /srv/data rw - nfs4 nas:/data rw")
    assert network_share_in_table(local_then_nfs, "/srv/data/c.sqlite") == "nas:/data, nfs4"


def test_bind_mounts_keep_the_type_of_what_they_show() -> None:
    # a folder of a share bound elsewhere is still on the share; a local folder bound onto a share's
    # mount point is local
    lines = ("80 27 0:90 / /mnt/nas rw - cifs //nas/office rw",
             "81 27 0:90 /accounts /srv/accounts rw - cifs //nas/office rw",
             "82 80 259:3 /anna/work /mnt/nas/work rw - ext4 /dev/nvme0n1p3 rw")
    assert share("/srv/accounts/company.sqlite", *lines) == "//nas/office, cifs"
    assert share("/mnt/nas/work/company.sqlite", *lines) is None


def test_escaped_characters_and_spaces_in_mount_points() -> None:
    lines = (r"90 27 0:50 / /mnt/Office\040Share rw - cifs //nas/Office\040Share rw",
             r"91 27 0:51 / /mnt/back\134slash\011tab rw - nfs nas:/x rw")
    assert share("/mnt/Office Share/company.sqlite", *lines) == "//nas/Office Share, cifs"
    assert share("/mnt/Office/company.sqlite", *lines) is None
    assert share("/mnt/back\\slash\ttab/c.sqlite", *lines) == "nas:/x, nfs"
    assert parse_mount_table(lines[0])[0] == Mount("/mnt/Office Share", "cifs", "//nas/Office Share")


def test_proc_mounts_format_is_read_too() -> None:
    mounts = "/dev/sda1 / ext4 rw 0 0\n//nas/office /mnt/office cifs rw,vers=3.0 0 0\n"
    assert network_share_in_table(mounts, "/mnt/office/company.sqlite") == "//nas/office, cifs"
    assert network_share_in_table(mounts, "/home/c.sqlite") is None


def test_mountinfo_with_several_tags_and_without_any() -> None:
    lines = "100 1 0:5 / /mnt/x rw,relatime shared:7 master:3 propagate_from:2 - nfs nas:/x rw\n" \
            "101 1 0:6 / /mnt/y rw - ext4 /dev/sdd1 rw\n"
    assert mount_of("/mnt/x/c.sqlite", parse_mount_table(lines)) == Mount("/mnt/x", "nfs", "nas:/x")
    assert network_share_in_table(lines, "/mnt/y/c.sqlite") is None
    assert network_share_in_table("", "/mnt/x/c.sqlite") is None  # nothing known: nothing refused


def remote_z(root: str) -> int:
    return DRIVE_REMOTE if root.upper() == "Z:\\" else 3  # DRIVE_FIXED


@pytest.mark.parametrize(("path", "found"), [
    (r"\\server\share\Office\company.sqlite", r"\\server\share"),
    (r"\\nas.local\Company Data\icdesk.sqlite", r"\\nas.local\Company Data"),
    ("//server/share/company.sqlite", r"\\server\share"),
    (r"\\?\UNC\server\share\company.sqlite", r"\\server\share"),
    (r"Z:\icdesk\company.sqlite", "Z:"),
    (r"z:\company.sqlite", "z:"),
    (r"C:\Users\Anna\AppData\Local\icdesk\icdesk.sqlite", None),
    (r"\\?\C:\Users\Anna\company.sqlite", None),
    (r"\\.\C:\company.sqlite", None),
    ("D:/data/company.sqlite", None),
])
def test_windows_unc_paths_and_mapped_drives(path: str, found: str | None) -> None:
    assert windows_network_share(path, remote_z) == found


def test_windows_drive_letters_need_the_drive_type_to_count() -> None:
    assert windows_network_share(r"Z:\company.sqlite") is None
    assert windows_network_share(r"\\server\share\company.sqlite") == r"\\server\share"


# -- the store, with real data files --------------------------------------------------------------

@pytest.fixture
def on_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp_path/office is, as far as icdesk can tell, a Windows share mounted with cifs."""
    folder = tmp_path / "office share"
    folder.mkdir()
    point = str(folder.resolve()).replace("\\", "\\134").replace(" ", "\\040")
    mountinfo = table(f"90 27 0:50 / {point} rw,relatime shared:40 - cifs //nas/office rw,vers=3.1.1")
    monkeypatch.setattr("icdesk.db.network_share.read_mount_table", lambda: mountinfo)
    monkeypatch.delenv(ALLOW_ENV, raising=False)
    return folder


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def company_file(folder: Path, empty_data_file: Path) -> Path:
    path = folder / "company.sqlite"
    shutil.copyfile(empty_data_file, path)
    os.chmod(path, 0o600)
    return path


def test_a_file_on_a_share_is_refused_for_writing_and_left_as_it_was(on_share: Path, empty_data_file: Path) -> None:
    path = company_file(on_share, empty_data_file)
    before = digest(path)
    for lock in (False, True):
        with pytest.raises(NetworkShareError) as refused:
            open_data_file(path, lock=lock)
        assert "several PCs write to one data file over the network" in str(refused.value)
        assert "//nas/office, cifs" in str(refused.value) and "company.sqlite" in str(refused.value)
    assert digest(path) == before
    assert sorted(p.name for p in on_share.iterdir()) == ["company.sqlite"]  # no lock, journal or backup


def test_no_new_file_is_made_on_a_share(on_share: Path) -> None:
    with pytest.raises(NetworkShareError):
        open_data_file(on_share / "new.sqlite")
    assert list(on_share.iterdir()) == []


def test_a_file_on_a_share_opens_read_only(on_share: Path, empty_data_file: Path) -> None:
    path = company_file(on_share, empty_data_file)
    services = Services(open_data_file(path, read_only=True))
    try:
        assert services.db.read_only and services.company.get() is None
    finally:
        services.close()


def test_a_file_beside_the_share_opens_normally(on_share: Path, empty_data_file: Path) -> None:
    path = company_file(on_share.parent, empty_data_file)
    open_data_file(path, lock=True).close()


def test_restore_onto_a_share_is_refused(on_share: Path, empty_data_file: Path, tmp_path: Path) -> None:
    from icdesk.db.store import held_for_replacing

    path = company_file(on_share, empty_data_file)
    with pytest.raises(NetworkShareError), held_for_replacing(path):
        pass


def test_experts_may_allow_a_share(on_share: Path, empty_data_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = company_file(on_share, empty_data_file)
    monkeypatch.setenv(ALLOW_ENV, "1")
    services = Services(open_data_file(path, lock=True))
    try:
        services.company.save("Trattoria")
    finally:
        services.close()


def test_this_system_is_read_without_error(tmp_path: Path) -> None:
    from icdesk.db.network_share import network_share_of

    assert network_share_of(tmp_path / "company.sqlite") is None  # the tests' own folder is local


# -- the command line -----------------------------------------------------------------------------

def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_refuses_writing_commands_with_one_line(
        on_share: Path, empty_data_file: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = company_file(on_share, empty_data_file)
    before = digest(path)
    people = tmp_path / "people.csv"
    people.write_text("name,department\nAnna Rossi,Kitchen\n", encoding="utf-8")
    survey = tmp_path / "returned"
    survey.mkdir()
    for command in (["demo"], ["backup"], ["import", "people", str(people)],
                    ["survey", "import", str(survey), "--round", "1"]):
        code, out, err = run(capsys, "--db", str(path), *command)
        assert code == 2, command
        assert out == ""
        assert err.count("\n") == 1 and err.startswith("icdesk: company.sqlite is in a shared folder on another "
                                                      "computer (//nas/office, cifs).")
        assert "still work on it" in err
    assert digest(path) == before


def test_the_command_line_still_reads_a_file_on_a_share(
        on_share: Path, empty_data_file: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = company_file(on_share, empty_data_file)
    before = digest(path)
    code, out, _ = run(capsys, "--db", str(path), "info")
    assert code == 0 and "Schema:" in out
    assert run(capsys, "--db", str(path), "check")[0] == 0
    out_csv = tmp_path / "departments.csv"
    assert run(capsys, "--db", str(path), "export", "departments", "--out", str(out_csv))[0] == 0
    assert out_csv.exists()
    pdf = tmp_path / "summary.pdf"
    code, _, err = run(capsys, "--db", str(path), "report", "summary", "--out", str(pdf))
    assert code == 0, err
    assert pdf.exists()
    assert run(capsys, "--db", str(path), "survey", "list")[0] == 0  # it only reads too
    assert digest(path) == before


# -- the window -----------------------------------------------------------------------------------

def test_the_window_explains_the_risk_and_opens_read_only(qtbot: object, on_share: Path,
                                                          empty_data_file: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from icdesk.app import open_or_ask
    from icdesk.ui.main_window import MainWindow
    from tests.gui_helpers import when_modal

    path = company_file(on_share, empty_data_file)
    before = digest(path)
    shown: list[str] = []

    def read_only(box: QWidget) -> None:
        shown.append(box.text())  # type: ignore[attr-defined]
        for button in box.buttons():  # type: ignore[attr-defined]
            if button.text() == "Open read-only":
                button.click()

    errors = when_modal(read_only)
    services = open_or_ask(path)
    assert errors == [] and services is not None and services.db.read_only
    assert shown[0].startswith("company.sqlite is in a shared folder on another computer (//nas/office, cifs). "
                               "When several PCs write to one data file over the network, it can be damaged")
    window = MainWindow(services, settings=QSettings())
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.windowTitle().endswith("(read-only)")
    services.close()
    assert digest(path) == before


def test_opening_a_file_on_a_share_from_the_window_offers_read_only(qtbot: object, on_share: Path,
                                                                    empty_data_file: Path, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from icdesk.app import open_services
    from icdesk.ui.main_window import MainWindow
    from tests.gui_helpers import answer_message_box, when_modal

    shared = company_file(on_share, empty_data_file)
    window = MainWindow(open_services(tmp_path / "local.sqlite"), opener=open_services, settings=QSettings())
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    try:
        errors = when_modal(answer_message_box("Cancel"))
        assert not window.switch_to(shared)
        assert errors == [] and not window.services.db.read_only
        errors = when_modal(answer_message_box("Open read-only"))
        assert window.switch_to(shared)
        assert errors == [] and window.services.db.read_only and window.services.db.path == shared.resolve()
    finally:
        window.services.close()
