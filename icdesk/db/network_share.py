"""Is a data file on a network share? SQLite's locks do not hold over SMB, NFS and their kin: several
PCs writing one file through the network can corrupt it (the SQLite authors advise against it), so
such a file is opened for reading only.

The decisions are pure functions of text (a Linux mount table, a Windows path), so they are tested
without a real share; ``network_share_of`` reads the running system and asks them.
"""

from __future__ import annotations

import ntpath
import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ALLOW_ENV = "ICDESK_ALLOW_NETWORK_FILE"  # "1": the expert takes the risk (one PC only, a share known to lock)

# file system types (Linux /proc/self/mountinfo, macOS f_fstypename) whose files live on another computer
NETWORK_TYPES = frozenset({
    "cifs", "smb", "smb2", "smb3", "smbfs",  # Windows shares, Samba, a NAS
    "nfs", "nfs3", "nfs4",
    "9p", "9p2000", "9p2000.l",  # virtual machines' shared folders, WSL's drives
    "afpfs", "afs", "ncpfs", "coda", "ceph", "glusterfs", "lustre", "ocfs2", "gfs2", "beegfs", "gpfs",
    "webdav", "davfs", "davfs2", "sshfs", "ftpfs", "vboxsf", "vmhgfs", "prl_fs",
})
# FUSE file systems say what they are after "fuse.": these reach another computer
NETWORK_FUSE = frozenset({
    "sshfs", "davfs", "davfs2", "rclone", "s3fs", "gcsfuse", "curlftpfs", "smbnetfs", "gvfsd-fuse", "glusterfs",
    "cephfs", "ceph-fuse", "juicefs", "goofys", "vmhgfs-fuse", "afpfs", "afpfs-ng", "webdav",
})
DRIVE_REMOTE = 4  # GetDriveTypeW
_ESCAPE = re.compile(r"\\([0-7]{3})")


@dataclass(frozen=True)
class Mount:
    point: str
    fstype: str
    source: str = ""


def _unescape(field: str) -> str:
    r"""The kernel writes a space in a mount point as \040, a tab as \011, a backslash as \134."""
    return _ESCAPE.sub(lambda match: chr(int(match.group(1), 8)), field)


def parse_mount_table(text: str) -> list[Mount]:
    """The mounts of ``/proc/self/mountinfo`` (``ID PARENT MAJ:MIN ROOT POINT OPTIONS [TAGS] - TYPE
    SOURCE SUPER``) or of ``/proc/mounts`` (``SOURCE POINT TYPE OPTIONS 0 0``), in their order."""
    mounts: list[Mount] = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 7 and "-" in fields[6:]:  # mountinfo: tags end at a lone "-"
            dash = fields.index("-", 6)
            if len(fields) < dash + 2:
                continue
            source = fields[dash + 2] if len(fields) > dash + 2 else ""
            mounts.append(Mount(_unescape(fields[4]), fields[dash + 1], _unescape(source)))
        elif len(fields) >= 3:
            mounts.append(Mount(_unescape(fields[1]), fields[2], _unescape(fields[0])))
    return mounts


def _inside(path: str, point: str) -> bool:
    point = point.rstrip("/") or "/"
    return point == "/" or path == point or path.startswith(point + "/")


def mount_of(path: str, mounts: Iterable[Mount]) -> Mount | None:
    """The mount that holds ``path`` (absolute, symbolic links resolved): the longest mount point
    that is a whole-folder prefix of it; of equal ones the last, which covers those before."""
    best: Mount | None = None
    for mount in mounts:
        if _inside(path, mount.point) and (best is None or len(mount.point.rstrip("/")) >= len(best.point.rstrip("/"))):
            best = mount
    return best


def is_network_type(fstype: str) -> bool:
    kind = fstype.lower()
    if kind.startswith("fuse."):
        return kind[len("fuse."):] in NETWORK_FUSE
    return kind in NETWORK_TYPES


def _describe(mount: Mount) -> str:
    source = mount.source.strip()
    if source and source.lower() not in {"none", mount.fstype.lower(), "", "-"}:
        return f"{source}, {mount.fstype}"
    return mount.fstype


def network_share_in_table(mount_table: str, path: str) -> str | None:
    """Pure: the share (its source and file system type, e.g. ``//nas/office, cifs``) if ``path``
    lies on a network file system according to ``mount_table``; None if it is local or unknown."""
    mount = mount_of(path, parse_mount_table(mount_table))
    if mount is None or not is_network_type(mount.fstype):
        return None
    return _describe(mount)


def windows_network_share(path: str, drive_type: Callable[[str], int] | None = None) -> str | None:
    r"""Pure: the share of a Windows path on another computer: a UNC path (``\\server\share\...``,
    ``\\?\UNC\server\share\...``) or a drive letter that ``drive_type`` (GetDriveTypeW) calls
    DRIVE_REMOTE, a mapped network drive. None for local disks and device paths (``\\?\C:\``)."""
    text = path.replace("/", "\\")
    if text[:8].upper() == "\\\\?\\UNC\\":
        text = "\\\\" + text[8:]
    elif text.startswith(("\\\\?\\", "\\\\.\\")):
        text = text[4:]
    drive, _rest = ntpath.splitdrive(text)
    if drive.startswith("\\\\"):
        return drive
    if len(drive) == 2 and drive[1] == ":" and drive_type is not None and drive_type(drive + "\\") == DRIVE_REMOTE:
        return drive
    return None


def _linux_table() -> str | None:
    for name in ("/proc/self/mountinfo", "/proc/mounts"):
        try:
            with open(name, encoding="utf-8", errors="surrogateescape") as handle:
                return handle.read()
        except OSError:
            continue
    return None


def _mac_type(folder: str) -> Mount | None:  # pragma: no cover - exercised on macOS only
    """statfs(2) of macOS: f_fstypename (at byte 72 of struct statfs, 64-bit inodes) and f_mntfromname."""
    import ctypes
    import ctypes.util

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    statfs = getattr(libc, "statfs$INODE64", None) or libc.statfs
    buffer = ctypes.create_string_buffer(4096)
    if statfs(os.fsencode(folder), buffer) != 0:
        return None
    raw = buffer.raw
    fstype = raw[72:88].split(b"\0", 1)[0].decode("utf-8", "replace")
    source = raw[88 + 1024:88 + 2048].split(b"\0", 1)[0].decode("utf-8", "replace")
    return Mount(folder, fstype, source)


def _windows_drive_type(root: str) -> int:  # pragma: no cover - exercised on Windows only
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _existing_folder(path: Path) -> Path:
    """The folder that will hold ``path``: the nearest one that exists (a new file's folder may not yet)."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def read_mount_table() -> str | None:
    """The running Linux system's mount table (tests put another one in its place)."""
    return _linux_table()


def network_share_of(path: Path) -> str | None:
    """The network share that holds the data file ``path`` on this system, or None: a local disk, or
    a system whose mounts cannot be read (then nothing is refused)."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return windows_network_share(str(path), _windows_drive_type)
    folder = _existing_folder(path)
    try:
        folder = folder.resolve()
    except OSError:
        pass
    if sys.platform == "darwin":  # pragma: no cover - exercised on macOS only
        try:
            mount = _mac_type(str(folder))
        except (OSError, AttributeError, ValueError):
            return None
        return _describe(mount) if mount is not None and is_network_type(mount.fstype) else None
    table = read_mount_table()
    return network_share_in_table(table, str(folder)) if table is not None else None


def network_files_allowed() -> bool:
    return os.environ.get(ALLOW_ENV, "").strip().lower() in {"1", "yes", "true"}
