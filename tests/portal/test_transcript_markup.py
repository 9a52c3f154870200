"""What a caregiver typed in the chat reaches the portal in the shared transcript: as text, never
as markup (the other stored fields are checked in test_detail.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.orm import sessionmaker
from starlette.testclient import TestClient

from tests.portal.conftest import START, login, store_handoff

pytestmark = pytest.mark.usefixtures("staff")
REFERENCE = "MZ-7K3Q9P"


@pytest.mark.parametrize("path", ["", "/print"])
@pytest.mark.parametrize(
    ("typed", "escaped"),
    [
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ('"><svg onload=alert(1)>', "&#34;&gt;&lt;svg onload=alert(1)&gt;"),
        ("<b>vet</b> & zo", "&lt;b&gt;vet&lt;/b&gt; &amp; zo"),
    ],
)
def test_chat_text_in_the_transcript_is_escaped(
    client: TestClient, session_factory: sessionmaker, path: str, typed: str, escaped: str
) -> None:
    at = START - timedelta(minutes=5)
    store_handoff(
        session_factory,
        REFERENCE,
        scope=("contact", "situation", "assessment", "needs", "transcript"),
        transcript=[
            {"from": "user", "text": typed, "at": at},
            {"from": "bot", "text": "Dat klinkt zwaar.", "at": at + timedelta(seconds=3)},
        ],
    )
    login(client, "anna")

    html = client.get(f"/portal/aanmelding/{REFERENCE}{path}").text

    assert typed not in html
    assert escaped in html
