"""Hold a conversation over the REST channel and print it as a transcript.

Usage: python -m bot.evaluation.transcript [--url http://localhost:5005] [--sender LABEL] MESSAGE...
The same label continues the same conversation (it is sent as a REST client code).
Start the product first (`make run`). Button payloads ("/affirm") can be sent like messages.
"""

from __future__ import annotations

import argparse
import secrets

import httpx

from bot.evaluation.product import rest_client_code


def converse(url: str, sender: str, messages: list[str]) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    for message in messages:
        lines.append(("mantelzorger", message))
        response = httpx.post(
            f"{url}/webhooks/rest/webhook",
            json={"sender": rest_client_code(sender), "message": message},
            timeout=60,
        )
        response.raise_for_status()
        for reply in response.json():
            text = reply.get("text", "")
            buttons = " | ".join(b["title"] for b in reply.get("buttons", []))
            lines.append(("steunwijzer", text + (f"\n   [knoppen: {buttons}]" if buttons else "")))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", default="http://localhost:5005")
    parser.add_argument("--sender", default=f"transcript-{secrets.token_hex(4)}")
    parser.add_argument("messages", nargs="+")
    args = parser.parse_args()
    for who, text in converse(args.url, args.sender, args.messages):
        print(f"{who:>12}: {text}")


if __name__ == "__main__":
    main()
