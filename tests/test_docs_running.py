"""docs/running.md: every command line it shows (cron, systemd, pipes, backups) uses real commands and flags."""

from __future__ import annotations

from pathlib import Path

from doc_commands import check_command_lines, invocations

DOC = Path(__file__).resolve().parents[1] / "docs" / "running.md"


def test_the_scheduling_sections_exist() -> None:
    text = DOC.read_text(encoding="utf-8")
    for heading in ("### cron", "### systemd service and timer", "## Logs and log rotation", "## Where state lives",
                    "## Moving an output folder"):
        assert heading in text
    assert "OnCalendar=" in text and "Persistent=true" in text and "SuccessExitStatus=1" in text and "/etc/logrotate.d/" in text


def test_every_documented_command_line_uses_real_commands_and_flags() -> None:
    assert len(invocations(DOC.read_text(encoding="utf-8"))) >= 8
    assert check_command_lines(DOC) >= 8
