"""``icdesk restore BACKUP --db postgresql://…``: the company on a server replaced by a backup, after asking.

Every PC works on that company, so the command names the server and the company and what will be
replaced, and asks (``--yes`` answers for a script; without a terminal to ask on it refuses).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from icdesk.db.store import open_store
from icdesk.paths import default_company
from icdesk.services import Services
from icdesk.services.backups import counts_in


def restore_on_server(args: argparse.Namespace, backup: Path) -> int:
    from icdesk.cli import EXIT_OK, EXIT_PROBLEM, UsageError

    services = Services(open_store(str(args.db or default_company()), create=False))
    try:
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageError("restoring replaces the company on the server for every PC, so icdesk asks first; "
                                 "there is no terminal to ask on here: add --yes to restore without asking")
            print(question(services, backup), end=" ", flush=True)
            if input().strip().casefold() not in ("y", "yes"):
                print("Nothing was restored.")
                return EXIT_PROBLEM
        restored = services.backups.restore_on_server(backup)
    finally:
        services.close()
    where = services.db.location
    print(f"Restored the company on {where} from {backup}: {restored.report.total:,} records, every table counted.")
    print(f"What the server held before is kept as {restored.kept}" if restored.kept else
          "The server held no company before, so there was nothing to keep.")
    return EXIT_OK


def question(services: Services, backup: Path) -> str:
    company = services.company.get()
    counts = services.maintenance.counts()
    coming = counts_in(backup)
    held = (f"“{company.name}”, {counts.get('departments', 0):,} departments, {counts.get('people', 0):,} people, "
            f"{counts.get('requests', 0):,} requests") if company else "no company yet"
    offered = (f"{coming.get('departments', 0):,} departments, {coming.get('people', 0):,} people, "
               f"{coming.get('requests', 0):,} requests")
    return (f"The server {services.db.location} holds {held}. Replace all of it, for every PC, with the backup "
            f"{backup.name} ({offered})? A backup of what is there now is written first. [y/N]")
