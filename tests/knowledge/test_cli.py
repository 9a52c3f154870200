"""`python -m knowledge check|import|export`: clear messages, exit codes, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT
from knowledge.__main__ import EXIT_CONTENT, EXIT_ENVIRONMENT, EXIT_OK, main
from tests.knowledge.content_helpers import offer_entry, steunpunt_entry, write_content


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "knowledge", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=PROJECT_ROOT,
    )


def test_check_accepts_the_shipped_content(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == EXIT_OK
    assert capsys.readouterr().out.startswith("OK: 4 file(s), ")


def test_check_reports_content_errors_without_a_traceback(tmp_path: Path) -> None:
    bad = write_content(tmp_path / "fout.yml", [offer_entry(source_url=None, needs=["x"])])
    result = run_cli("check", str(bad))
    assert result.returncode == EXIT_CONTENT
    assert "Traceback" not in result.stderr
    assert f"{bad}: entry 'test_offer': field 'source_url': missing (required)" in result.stderr
    assert f"{bad}: entry 'test_offer': field 'needs.0':" in result.stderr


def test_check_refuses_an_internal_webhook_unless_its_host_is_allowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    steunpunt = steunpunt_entry(
        name="Steunpunt Test",
        example=False,
        contact={},
        handoff_email="aanmelding@steunpunt-zwolle.nl",
        handoff_webhook="https://127.0.0.1:8443/aanmeldingen",
        source_url="https://www.zwolle.nl/mantelzorg",
    )
    path = write_content(tmp_path / "intern.yml", [offer_entry()], [steunpunt])

    monkeypatch.setenv("STEUNWIJZER_WEBHOOK_ALLOWED_HOSTS", "")
    assert main(["check", str(path)]) == EXIT_CONTENT
    assert "field 'handoff_webhook': host '127.0.0.1' points to a non-public address" in (
        capsys.readouterr().err
    )
    monkeypatch.setenv("STEUNWIJZER_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1")
    assert main(["check", str(path)]) == EXIT_OK


def test_import_then_export_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'var' / 'app.db'}"
    good = write_content(tmp_path / "goed.yml", [offer_entry()])
    assert main(["import", "--database-url", url, str(good)]) == EXIT_OK
    assert "1 created" in capsys.readouterr().out
    assert main(["import", "--database-url", url, str(good)]) == EXIT_OK
    assert "0 created, 0 updated, 1 unchanged, 0 removed" in capsys.readouterr().out
    assert main(["export", "--database-url", url, str(tmp_path / "uit")]) == EXIT_OK
    assert (tmp_path / "uit" / "goed.yml").read_text(encoding="utf-8").count("id: test_offer") == 1


def test_a_bad_file_makes_import_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    good = write_content(tmp_path / "goed.yml", [offer_entry()])
    bad = write_content(tmp_path / "fout.yml", [offer_entry(id="kapot", last_checked="ooit")])
    assert main(["import", "--database-url", url, str(good), str(bad)]) == EXIT_CONTENT
    err = capsys.readouterr().err
    assert "fout.yml: entry 'kapot': field 'last_checked': must be a date" in err
    assert "Nothing was imported." in err
    assert not (tmp_path / "app.db").exists()  # not even touched


@pytest.mark.parametrize("command", ["import", "export"])
def test_a_database_that_cannot_be_opened_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map", encoding="utf-8")
    url = f"sqlite:///{blocker / 'app.db'}"
    target = str(write_content(tmp_path / "goed.yml", [offer_entry()]))
    if command == "export":
        target = str(tmp_path / "uit")
    assert main([command, "--database-url", url, target]) == EXIT_ENVIRONMENT
    assert "Cannot open the database" in capsys.readouterr().err
