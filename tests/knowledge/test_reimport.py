"""A re-import (`python -m knowledge import`) is seen at the next question, in the same process:
the search index is kept while the knowledge base's version stays, and built again after an import
that changed something."""

from __future__ import annotations

from pathlib import Path

from bot.db import session_factory_for
from knowledge.__main__ import EXIT_OK, main
from knowledge.advice import describe_asked_offer, offer_index, suggest
from knowledge.store import knowledge_version
from tests.knowledge.content_helpers import offer_entry, write_content

FACTS = {"needs": [{"category": "informatie_advies", "text": "informatie"}]}


def _import(url: str, path: Path) -> None:
    assert main(["import", "--database-url", url, str(path)]) == EXIT_OK


def _content(path: Path, phone: str) -> Path:
    return write_content(path, [offer_entry(contact={"phone": phone})])


def test_a_changed_phone_number_is_answered_after_a_reimport_without_a_restart(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    path = tmp_path / "aanbod.yml"
    _import(url, _content(path, "030-1111111"))
    sessions = session_factory_for(url)

    first = "\n".join(suggest(FACTS, sessions).messages)
    assert "bel 030-1111111" in first

    _import(url, _content(path, "030-2222222"))  # as another process would

    again = "\n".join(suggest(FACTS, sessions).messages)
    assert "bel 030-2222222" in again and "030-1111111" not in again
    details = describe_asked_offer("", "test_offer", {}, sessions)
    assert "Telefoon: 030-2222222" in details


def test_the_index_is_kept_while_nothing_changed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    path = _content(tmp_path / "aanbod.yml", "030-1111111")
    _import(url, path)
    sessions = session_factory_for(url)
    version = knowledge_version(sessions)
    index = offer_index(sessions)
    assert offer_index(sessions) is index

    _import(url, path)  # the same content: nothing changes, the version stays
    assert knowledge_version(sessions) == version
    assert offer_index(sessions) is index

    _import(url, _content(path, "030-2222222"))
    assert knowledge_version(sessions) == version + 1
    assert offer_index(sessions) is not index
