#!/usr/bin/env python3
"""Validates the demo workspace description (resources/demo/demo.json) that `wasel --demo` seeds.

Usage: check-demo-data.py [path/to/demo.json]

Checks what app/DemoSeeder.cpp relies on but cannot catch itself (it silently falls back to defaults
for unknown enum values): the file parses, every channel kind has conversations, every referenced
account exists, enum values are valid, each language has enough conversations, no message is empty,
times run forward inside a conversation, and the live-demo simulator script is usable.
Exits 1 and names every problem (conversation index and customer) when something is wrong.
Python 3 standard library only.
"""

import json
import sys
from pathlib import Path

CHANNELS = {"messenger", "instagram", "whatsapp", "twilio_whatsapp", "email", "widget", "manychat"}
STATUSES = {"open", "pending", "snoozed", "resolved"}
PRIORITIES = {"", "none", "low", "normal", "high", "urgent"}
AI_MODES = {"auto", "draft", "off"}
SENDERS = {"customer", "agent", "ai", "system"}
KINDS = {"text", "image", "video", "audio", "file", "sticker", "story_reply", "story_mention", "comment",
         "postback", "reaction", "template", "share", "location", "referral", "contact", "unsupported"}
MESSAGE_STATUSES = {"received", "queued", "sending", "sent", "delivered", "read", "failed"}
# Kinds whose body may be empty when an attachment carries the content (a voice note, a photo).
MEDIA_KINDS = {"image", "video", "audio", "file", "sticker", "story_mention"}
MIN_PER_LANGUAGE = 6
MIN_SIMULATOR = 10


def language(text):
    """'ar', 'th' or 'en' (Unicode blocks). Arabic or Thai wins over Latin letters, so an Arabic
    sentence with English product names ("أريد الـ Glow Serum") counts as Arabic."""
    scripts = set()
    for ch in text:
        cp = ord(ch)
        if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
            scripts.add("ar")
        elif 0x0E00 <= cp <= 0x0E7F:
            scripts.add("th")
        elif ch.isascii() and ch.isalpha():
            scripts.add("en")
    for lang in ("ar", "th", "en"):
        if lang in scripts:
            return lang
    return None


class Checker:
    def __init__(self):
        self.problems = []

    def fail(self, where, message):
        self.problems.append(f"{where}: {message}")

    def enum(self, where, field, value, allowed, required=True):
        if value is None and not required:
            return
        if value not in allowed:
            self.fail(where, f"{field} is {value!r}; expected one of {', '.join(sorted(allowed - {''}))}")

    def text(self, where, field, value):
        if not isinstance(value, str) or not value.strip():
            self.fail(where, f"{field} is empty")

    def check(self, doc):
        if not isinstance(doc, dict):
            self.fail("file", "the top level is not a JSON object")
            return
        workspace = doc.get("workspace") or {}
        self.text("workspace", "name", workspace.get("name"))
        self.text("workspace", "agent", workspace.get("agent"))

        accounts = {}
        for i, a in enumerate(doc.get("accounts") or []):
            where = f"accounts[{i}]"
            self.text(where, "key", a.get("key"))
            self.text(where, "external_id", a.get("external_id"))
            self.text(where, "name", a.get("name"))
            self.enum(where, "channel", a.get("channel"), CHANNELS)
            if a.get("key") in accounts:
                self.fail(where, f"duplicate account key {a.get('key')!r}")
            accounts[a.get("key")] = a
        if not accounts:
            self.fail("accounts", "no accounts")

        shortcuts = set()
        for i, r in enumerate(doc.get("canned_responses") or []):
            where = f"canned_responses[{i}]"
            for field in ("shortcut", "title", "body"):
                self.text(where, field, r.get(field))
            if r.get("shortcut") in shortcuts:
                self.fail(where, f"duplicate shortcut {r.get('shortcut')!r}")
            shortcuts.add(r.get("shortcut"))
        if not shortcuts:
            self.fail("canned_responses", "no canned responses")

        conversations = doc.get("conversations") or []
        channels_seen, languages = set(), {"ar": 0, "th": 0, "en": 0}
        refs = {}  # customer ref -> set of (channel, external id)
        identities = {}  # (channel, external id) -> customer ref or name
        failed_with_reason = False
        for ci, c in enumerate(conversations):
            customer = c.get("customer") or {}
            where = f"conversations[{ci}] ({customer.get('name', '?')})"
            account = accounts.get(c.get("account"))
            if account is None:
                self.fail(where, f"names an unknown account {c.get('account')!r}")
                continue
            channel = account.get("channel")
            channels_seen.add(channel)
            self.text(where, "customer.name", customer.get("name"))
            self.text(where, "customer.external_id", customer.get("external_id"))
            identity = (channel, customer.get("external_id"))
            owner = customer.get("ref") or customer.get("name")
            if identity in identities and identities[identity] != owner and not c.get("thread_key"):
                self.fail(where, f"identity {identity} already belongs to {identities[identity]!r}")
            identities.setdefault(identity, owner)
            if customer.get("ref"):
                refs.setdefault(customer["ref"], set()).add(identity)
            self.enum(where, "status", c.get("status"), STATUSES)
            self.enum(where, "priority", c.get("priority", ""), PRIORITIES)
            self.enum(where, "ai_mode", c.get("ai_mode"), AI_MODES)
            if c.get("status") == "snoozed" and not (isinstance(c.get("snooze_minutes"), int)
                                                    and c["snooze_minutes"] > 0):
                self.fail(where, "is snoozed without a positive snooze_minutes")
            if "context" in c and not isinstance(c["context"], dict):
                self.fail(where, "context must be a JSON object (the seeder drops anything else)")
            if channel == "email" and not (c.get("context") or {}).get("subject"):
                self.fail(where, "an e-mail conversation needs context.subject")
            if not isinstance(c.get("unread", False), bool):
                self.fail(where, "unread must be true or false")
            labels = c.get("labels") or []
            if not all(isinstance(l, str) and l.strip() for l in labels):
                self.fail(where, "labels must be non-empty strings")
            for ni, n in enumerate(c.get("notes") or []):
                self.text(f"{where} notes[{ni}]", "author", n.get("author"))
                self.text(f"{where} notes[{ni}]", "body", n.get("body"))

            messages = c.get("messages") or []
            if not messages:
                self.fail(where, "has no messages")
                continue
            if messages[0].get("sender") != "customer":
                self.fail(where, "the first message must come from the customer")
            previous = None
            customer_text = []
            last_customer, last_agent = -1, -1
            for mi, m in enumerate(messages):
                mwhere = f"{where} messages[{mi}]"
                self.enum(mwhere, "sender", m.get("sender"), SENDERS)
                self.enum(mwhere, "kind", m.get("kind", "text"), KINDS)
                self.enum(mwhere, "status", m.get("status"), MESSAGE_STATUSES, required=False)
                minutes = m.get("minutes_ago")
                if not isinstance(minutes, (int, float)) or minutes < 0:
                    self.fail(mwhere, f"minutes_ago is {minutes!r}; expected a number >= 0")
                elif previous is not None and minutes > previous:
                    self.fail(mwhere, f"minutes_ago {minutes} is older than the message before it ({previous})")
                else:
                    previous = minutes
                attachments = m.get("attachments") or []
                for ai_, a in enumerate(attachments):
                    awhere = f"{mwhere} attachments[{ai_}]"
                    self.enum(awhere, "kind", a.get("kind"), KINDS)
                    if not str(a.get("url", "")).startswith("https://"):
                        self.fail(awhere, "url must be an https:// URL")
                    self.text(awhere, "mime_type", a.get("mime_type"))
                text = m.get("text", "")
                if not (isinstance(text, str) and text.strip()):
                    if not (m.get("kind") in MEDIA_KINDS and attachments):
                        self.fail(mwhere, "text is empty (only media with an attachment may have no text)")
                sender = m.get("sender")
                if sender in ("agent", "ai"):
                    self.text(mwhere, "sender_name", m.get("sender_name"))
                    if m.get("status") in (None, "received"):
                        self.fail(mwhere, "an outbound message needs a delivery status (sent, delivered, read …)")
                if sender == "customer" and m.get("status") not in (None, "received"):
                    self.fail(mwhere, "a customer message cannot have an outbound status")
                if m.get("status") == "failed":
                    if str(m.get("status_reason", "")).strip():
                        failed_with_reason = True
                    else:
                        self.fail(mwhere, "a failed message needs a status_reason the user can read")
                if sender == "customer":
                    last_customer = mi
                    customer_text.append(text or "")
                if sender == "agent":
                    last_agent = mi
            if c.get("unread") and last_customer < last_agent:
                self.fail(where, "is unread but nothing from the customer follows the last staff reply")
            conversation_language = language(" ".join(customer_text))
            if conversation_language:
                languages[conversation_language] += 1
            else:
                self.fail(where, "cannot tell the language of the customer's messages")

        missing = CHANNELS - channels_seen
        if missing:
            self.fail("conversations", f"no conversation on {', '.join(sorted(missing))}")
        for lang, count in languages.items():
            if count < MIN_PER_LANGUAGE:
                self.fail("conversations", f"only {count} conversations in {lang}; expected at least {MIN_PER_LANGUAGE}")
        if not any(len(ids) > 1 for ids in refs.values()):
            self.fail("conversations", "no customer appears on two channels (same customer.ref)")
        if not failed_with_reason:
            self.fail("conversations", "no failed outbound message with a status_reason")

        simulator = doc.get("simulator") or []
        if len(simulator) < MIN_SIMULATOR:
            self.fail("simulator", f"{len(simulator)} entries; expected at least {MIN_SIMULATOR}")
        new_customers = 0
        for si, s in enumerate(simulator):
            where = f"simulator[{si}]"
            account = accounts.get(s.get("account"))
            if account is None:
                self.fail(where, f"names an unknown account {s.get('account')!r}")
                continue
            customer = s.get("customer") or {}
            self.text(where, "customer.name", customer.get("name"))
            self.text(where, "customer.external_id", customer.get("external_id"))
            self.text(where, "text", s.get("text"))
            delay = s.get("delay_seconds")
            if not isinstance(delay, (int, float)) or not 1 <= delay <= 120:
                self.fail(where, f"delay_seconds is {delay!r}; expected 1–120 (a human pace)")
            if account.get("channel") == "email" and not s.get("subject"):
                self.fail(where, "an e-mail needs a subject")
            if (account.get("channel"), customer.get("external_id")) not in identities:
                new_customers += 1
        if simulator and not new_customers:
            self.fail("simulator", "no message from a new customer")

        self.summary = (f"{len(conversations)} conversations on {len(channels_seen)} channels "
                        f"(ar {languages['ar']}, th {languages['th']}, en {languages['en']}), "
                        f"{len(simulator)} simulator messages ({new_customers} from new customers)")


def main():
    path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
                / "resources" / "demo" / "demo.json")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        print(f"{path}: cannot read the demo data: {e}", file=sys.stderr)
        return 1
    checker = Checker()
    checker.check(doc)
    if checker.problems:
        for problem in checker.problems:
            print(f"{path}: {problem}", file=sys.stderr)
        print(f"{len(checker.problems)} problem(s) in the demo data", file=sys.stderr)
        return 1
    print(f"{path}: ok — {checker.summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
