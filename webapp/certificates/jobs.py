"""Issuing the certificates of every attendee of an activity as one zip, in the background.

Rendering takes a moment per certificate, so a class of thirty would keep a request waiting
too long. The request starts a thread and answers at once; the thread issues one
certificate after the other (each committed on its own, so a failure halfway keeps what was
made) and writes its progress to `UPLOAD_DIR/bulk/<job>.json`, which the progress page
reads. The zip lands beside it as `<job>.zip`. Files, not memory: any app server behind the
load balancer can show the progress when UPLOAD_DIR is shared.

Drawing is the slow part and WeasyPrint holds the GIL, so a large class is drawn in
`CERTIFICATE_WORKERS` processes while this thread reads the facts and stores the results.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import re
import secrets
import threading
import zipfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from flask import Flask, current_app, g

from certificates import AttendanceCertificate, render_attendance
from models import Activity, User
from models import certificates as records
from models.certificates import CertificateRefused, attendees

from .service import prepare_attendance

log = logging.getLogger(__name__)

BULK_FOLDER = "bulk"
_JOB_ID = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
#: From this many certificates on, worker processes draw them: starting the processes costs
#: about as much as drawing twenty in this thread.
POOL_FROM = 20
#: Characters a file name inside the zip must not carry.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def _folder(upload_dir: str) -> Path:
    folder = Path(upload_dir) / BULK_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def job_paths(upload_dir: str, job_id: str) -> tuple[Path, Path] | None:
    """The progress file and the zip of a job; None for an id we never hand out."""
    if not _JOB_ID.match(job_id):
        return None
    folder = _folder(upload_dir)
    return folder / f"{job_id}.json", folder / f"{job_id}.zip"


def read_job(upload_dir: str, job_id: str) -> dict[str, Any] | None:
    """The job's progress, or None when there is no such job."""
    paths = job_paths(upload_dir, job_id)
    if paths is None or not paths[0].is_file():
        return None
    try:
        return json.loads(paths[0].read_text())
    except (OSError, ValueError):
        return None


def _write(path: Path, state: dict[str, Any]) -> None:
    """Replace the progress file in one step, so a reader never sees half of it."""
    part = path.with_suffix(".json.part")
    part.write_text(json.dumps(state))
    os.replace(part, path)


def _entry_name(index: int, name: str, code: str) -> str:
    readable = _UNSAFE.sub(" ", name).strip()[:80] or "certificate"
    return f"{index:03d} {readable} {code}.pdf"


def start(app: Flask, staff: User, activity: Activity, organisation_id: int) -> str:
    """Start issuing for every attendee; returns the job id for the progress page."""
    job_id = secrets.token_urlsafe(24)
    paths = job_paths(app.config["UPLOAD_DIR"], job_id)
    assert paths is not None
    state = {
        "organisation_id": organisation_id,
        "user_id": staff.id,
        "activity_id": activity.id,
        "total": None,
        "done": 0,
        "refused": 0,
        "finished": False,
        "failed": False,
    }
    _write(paths[0], state)
    arguments = (app, job_id, staff.id, activity.id, state)
    if app.config.get("CERTIFICATE_JOBS_INLINE"):
        run(*arguments)
    else:
        threading.Thread(target=run, args=arguments, name=f"certificates-{job_id}").start()
    return job_id


@contextmanager
def _drawing(
    workers: int, count: int
) -> Iterator[Callable[[Iterable[AttendanceCertificate]], Iterator[bytes]]]:
    """A `map` that draws certificates and hands back the PDFs in order: in `workers`
    processes for a large class, in this thread otherwise."""
    if workers <= 1 or count < POOL_FROM:
        yield lambda documents: map(render_attendance, documents)
        return
    context = multiprocessing.get_context("spawn")  # never fork a threaded web server
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        yield lambda documents: pool.map(render_attendance, documents, chunksize=4)


def run(app: Flask, job_id: str, staff_id: int, activity_id: int, state: dict[str, Any]) -> None:
    """The job itself: its own app context and database session, one commit per person."""
    with app.app_context():
        session = app.extensions["db_sessions"]()
        g.db = session  # the app's own helpers and Flask-Babel use this context
        paths = job_paths(current_app.config["UPLOAD_DIR"], job_id)
        assert paths is not None
        progress, zip_path = paths
        part = zip_path.with_suffix(".zip.part")
        try:
            staff = session.get(User, staff_id)
            activity = session.get(Activity, activity_id)
            people = [row.person for row in attendees(session, activity_id)]
            state["total"] = len(people)
            _write(progress, state)
            prepared = []
            for index, holder in enumerate(people, start=1):
                try:
                    document, record = prepare_attendance(session, staff, holder, activity)
                except CertificateRefused:
                    state["refused"] += 1
                else:
                    name = _entry_name(index, holder.name, document.code)
                    prepared.append((name, record, document))
            state["done"] = state["refused"]
            workers = current_app.config["CERTIFICATE_WORKERS"]
            with (
                _drawing(workers, len(prepared)) as draw,
                zipfile.ZipFile(part, "w", zipfile.ZIP_STORED) as archive,
            ):
                drawn = draw(document for _name, _record, document in prepared)
                for (name, record, _document), pdf in zip(prepared, drawn, strict=True):
                    records.issue(session, record, pdf, staff)
                    session.commit()
                    archive.writestr(name, pdf)
                    state["done"] += 1
                    _write(progress, state)
            os.replace(part, zip_path)
        except Exception:
            log.exception("certificate job %s failed", job_id)
            session.rollback()
            part.unlink(missing_ok=True)
            state["failed"] = True
        state["finished"] = True
        _write(progress, state)
