"""LatestTask: the newest of a series of background reads wins, whatever order they finish in."""

from __future__ import annotations

from gestor_app.core.errors import Cancelled
from gestor_app.ui.tasks import TaskRunner


class HeldRunner(TaskRunner):
    """Keeps the jobs until the test runs them, in any order."""

    def __init__(self) -> None:
        super().__init__()
        self.jobs: list = []

    def start(self, job) -> None:
        self.jobs.append(job)


def reads(qapp):
    from gestor_app.ui.widgets.latest_task import LatestTask

    runner = HeldRunner()
    latest = LatestTask(runner)
    shown, failed = [], []
    latest.failed.connect(failed.append)
    return runner, latest, shown, failed


def test_a_stale_result_never_overwrites_a_newer_one(qapp):
    runner, latest, shown, failed = reads(qapp)
    latest.start(lambda _p: "old", shown.append)
    latest.start(lambda _p: "new", shown.append)
    assert latest.busy and not latest.bar.isHidden()
    runner.jobs[1].run()  # the newer read finishes first…
    runner.jobs[0].run()  # …the older one late, after it was cancelled
    assert shown == ["new"] and failed == []
    assert not latest.busy and latest.bar.isHidden()


def test_superseded_reads_are_cancelled_and_their_errors_dropped(qapp):
    runner, latest, shown, failed = reads(qapp)

    def slow(progress):
        progress.update(0, 10)  # raises Cancelled once superseded
        return "old"

    latest.start(slow, shown.append)
    latest.start(lambda _p: "new", shown.append)
    assert runner.jobs[0].progress.cancelled
    runner.jobs[0].run()
    assert shown == [] and failed == [] and latest.busy  # the newer one still runs
    runner.jobs[1].run()
    assert shown == ["new"]


def test_cancel_reports_the_newest_run_and_progress_moves_the_bar(qapp):
    runner, latest, shown, failed = reads(qapp)

    def work(progress):
        progress.update(3, 10)
        latest.cancel()  # the person presses Cancel meanwhile
        progress.update(4, 10)

    latest.start(work, shown.append)
    runner.jobs[0].run()
    qapp.processEvents()
    assert latest.progress.maximum() == 10 and latest.progress.value() == 3
    assert shown == [] and len(failed) == 1 and isinstance(failed[0], Cancelled)
    assert latest.bar.isHidden()
