"""No SQLite over the network: a data file on a network share is opened for reading only.

The detector is tested on mount tables as text.
"""

from __future__ import annotations

import pytest

from icdesk.db.network_share import (
    DRIVE_REMOTE,
    Mount,
    mount_of,
    network_share_in_table,
    parse_mount_table,
    windows_network_share,
)

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
