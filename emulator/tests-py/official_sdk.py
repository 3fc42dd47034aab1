"""The official Nylas Python SDK (nylas 6.18.0), unmodified, against the emulator.

A second client that no one here wrote: every answer it can't handle is an emulator bug, unless it is
one of the SDK's own documented bugs (KNOWN_SDK_BUGS, each checked to fail exactly as documented).
Run by scripts/test-python-sdk.sh, which starts the emulator with --test-hooks, --domain acme.nylas.email
and --service-account-out, and sets NYLAS_EMULATOR_URL, NYLAS_EMULATOR_API_KEY, NYLAS_SERVICE_ACCOUNT_FILE.
Exits non-zero on any failure; prints calls, passed and known SDK bugs.
"""

import hashlib
import hmac
import json
import os
import sys
import threading
import traceback
import urllib.request
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

from nylas import Client
from nylas.handler.service_account import ServiceAccountSigner
from nylas.models.errors import NylasApiError

URL = os.environ["NYLAS_EMULATOR_URL"]
KEY = os.environ["NYLAS_EMULATOR_API_KEY"]
SERVICE_ACCOUNT_FILE = os.environ["NYLAS_SERVICE_ACCOUNT_FILE"]
DOMAIN = "acme.nylas.email"
PASSWORD = "Abcdefghijklmnop12"

# The SDK's own bugs (shared/nylas-api.md, "Corrections from a second official SDK"): each is asserted
# to fail as described, so a fixed SDK (or a changed emulator) shows up here instead of hiding.
KNOWN_SDK_BUGS = {
    "webhooks.rotate_secret": "sends PUT /v3/webhooks/{id}/rotate-secret; the documented route is "
    "POST /v3/webhooks/rotate-secret/{id} (the Node, Java and Ruby SDKs fixed theirs in 2024)",
    "webhooks.create(message.delivered)": "its WebhookTriggers enum lacks message.delivered, an Agent "
    "Accounts trigger, so decoding any webhook that has it raises",
    "domains.verify status": "DomainVerificationDetails reads attempt.status, but the wire carries the "
    "attempt's outcome in data.status: the SDK always reports None",
}


class SectionFailed(Exception):
    """Stops one section at its first failure; the others still run."""


class Run:
    def __init__(self):
        self.calls = 0
        self.failed = []
        self.known = []
        self.label = ""

    def call(self, label, fn):
        """One SDK call that must succeed; returns its result."""
        self.calls += 1
        self.label = label
        try:
            return fn()
        except Exception as error:  # any exception is an answer the SDK could not handle
            self.fail(f"raised {type(error).__name__}: {error}")

    def expect(self, condition, what):
        if not condition:
            self.fail(what)

    def fail(self, what):
        self.failed.append(f"{self.label}: {what}")
        raise SectionFailed()

    def api_error(self, label, fn, status, error_type=None):
        """One SDK call that must raise NylasApiError with this status (and type)."""
        self.calls += 1
        self.label = label
        try:
            fn()
        except NylasApiError as error:
            self.expect(error.status_code == status, f"status {error.status_code}, expected {status}")
            if error_type:
                self.expect(error.type == error_type, f"type {error.type}, expected {error_type}")
            self.expect(bool(error.request_id), "no request_id")
            return error
        except Exception as error:
            self.fail(f"raised {type(error).__name__} instead of NylasApiError: {error}")
        self.fail(f"succeeded, expected an error {status}")

    def known_bug(self, name, fn, shows):
        """A call hitting a documented SDK bug: `shows(result or exception)` must confirm the bug."""
        self.calls += 1
        self.label = name
        try:
            outcome = fn()
        except Exception as error:
            outcome = error
        self.expect(shows(outcome), f"the documented SDK bug did not show ({outcome!r}); is it fixed?")
        self.known.append(name)

    def section(self, fn):
        try:
            fn()
        except SectionFailed:
            pass
        except Exception:
            self.failed.append(f"{fn.__name__}: {traceback.format_exc()}")


def hook(method, path, body=None):
    """A test-hook call (no key), straight over HTTP: hooks are not part of the SDK."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(URL + path, data=data, method=method)
    req.add_header("content-type", "application/json")
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())["data"]


class Receiver(BaseHTTPRequestHandler):
    """A webhook endpoint: answers the challenge, keeps each delivery with its signature."""

    deliveries = []

    def do_GET(self):
        challenge = parse_qs(urlparse(self.path).query).get("challenge", [""])[0]
        self.send_response(200)
        self.send_header("content-type", "text/plain")
        self.end_headers()
        self.wfile.write(challenge.encode())

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        Receiver.deliveries.append((body, self.headers.get("x-nylas-signature", "")))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


# The default workspace reports "domain": null (nylas-api.md); the SDK types domain as str and warns.
warnings.filterwarnings("ignore", message="Missing value of non-optional type domain detected when decoding Workspace")

r = Run()
nylas = Client(api_key=KEY, api_uri=URL, timeout=10)
state = {}


def connectors():
    created = r.call("connectors.create", lambda: nylas.connectors.create({"name": "nylas", "provider": "nylas"}))
    r.expect(created.data.provider == "nylas", "provider")
    listed = r.call("connectors.list", lambda: nylas.connectors.list())
    r.expect(any(c.provider == "nylas" for c in listed.data), "nylas connector listed")
    found = r.call("connectors.find", lambda: nylas.connectors.find("nylas"))
    r.expect(found.data.provider == "nylas", "found")
    r.api_error("connectors.create twice", lambda: nylas.connectors.create({"name": "n", "provider": "nylas"}), 409)


def accounts():
    body = {"provider": "nylas", "name": "Support bot", "settings": {"email": f"bot@{DOMAIN}", "app_password": PASSWORD}}
    grant = r.call("auth.custom_authentication", lambda: nylas.auth.custom_authentication(body)).data
    r.expect(grant.provider == "nylas" and grant.email == f"bot@{DOMAIN}", "grant fields")
    r.expect(PASSWORD not in json.dumps(grant.to_dict()), "the app password came back")
    state["grant"] = grant.id
    listed = r.call("grants.list", lambda: nylas.grants.list({"limit": 50}))
    r.expect(any(g.id == grant.id for g in listed.data), "grant listed")
    r.expect(r.call("grants.find(id)", lambda: nylas.grants.find(grant.id)).data.email == grant.email, "by id")
    r.expect(r.call("grants.find(email)", lambda: nylas.grants.find(grant.email)).data.id == grant.id, "by email")
    patch = {"settings": {"email": grant.email, "app_password": "Zyxwvutsrqponmlk98"}}
    r.expect(r.call("grants.update", lambda: nylas.grants.update(grant.id, patch)).data.id == grant.id, "updated")
    weak = {"settings": {"email": grant.email, "app_password": "weak"}}
    error = r.api_error("grants.update weak password", lambda: nylas.grants.update(grant.id, weak), 400, "api.invalid_request_error")
    r.expect("weak" not in str(error), "the refused password is echoed")
    stranger = {"provider": "nylas", "settings": {"email": "x@unregistered.example"}}
    r.api_error("auth.custom_authentication unregistered domain", lambda: nylas.auth.custom_authentication(stranger), 404, "api.not_found_error")


def policies_lists_rules():
    options = {"additional_folders": ["Receipts"], "use_cidr_aliasing": True}
    policy = r.call("policies.create", lambda: nylas.policies.create({"name": "Strict", "options": options,
        "limits": {"limit_attachment_count_limit": 5}, "spam_detection": {"spam_sensitivity": 2.0}})).data
    r.expect(policy.options.additional_folders == ["Receipts"] and policy.options.use_cidr_aliasing is True, "options kept")
    r.expect(r.call("policies.find", lambda: nylas.policies.find(policy.id)).data.options.use_cidr_aliasing is True, "options found")
    r.expect(any(p.id == policy.id for p in r.call("policies.list", lambda: nylas.policies.list()).data), "listed")
    updated = r.call("policies.update", lambda: nylas.policies.update(policy.id, {"name": "Stricter"})).data
    r.expect(updated.name == "Stricter" and updated.options.additional_folders == ["Receipts"], "partial update")
    r.api_error("policies.create unknown option", lambda: nylas.policies.create({"name": "X", "options": {"colour": 1}}), 400)
    state["policy"] = policy.id

    blocked = r.call("lists.create", lambda: nylas.lists.create({"name": "Blocked", "type": "domain"})).data
    added = r.call("lists.add_items", lambda: nylas.lists.add_items(blocked.id, {"items": ["Evil.Example", "spam.example"]}))
    r.expect(added.data.items_count == 2, "items_count")
    items = r.call("lists.list_items", lambda: nylas.lists.list_items(blocked.id)).data
    r.expect(sorted(i.value for i in items) == ["evil.example", "spam.example"], "items lowercased")
    r.call("lists.remove_items", lambda: nylas.lists.remove_items(blocked.id, {"items": ["spam.example"]}))
    r.expect(r.call("lists.find", lambda: nylas.lists.find(blocked.id)).data.items_count == 1, "one left")
    r.call("lists.update", lambda: nylas.lists.update(blocked.id, {"description": "senders we refuse"}))
    r.expect(any(l.id == blocked.id for l in r.call("lists.list", lambda: nylas.lists.list()).data), "listed")

    block = r.call("rules.create", lambda: nylas.rules.create({"name": "Blocklist", "priority": 1,
        "match": {"conditions": [{"field": "from.domain", "operator": "in_list", "value": [blocked.id]}]},
        "actions": [{"type": "block"}]})).data
    star = r.call("rules.create", lambda: nylas.rules.create({"name": "VIP", "match": {"operator": "any",
        "conditions": [{"field": "from.domain", "operator": "is", "value": "vip.example"}]},
        "actions": [{"type": "mark_as_starred"}, {"type": "mark_as_read"}]})).data
    r.expect(star.priority == 10 and star.enabled is True and star.trigger == "inbound", "defaults")
    rules = r.call("rules.list", lambda: nylas.rules.list()).data
    r.expect({x.id for x in rules} >= {block.id, star.id}, "rules listed")
    r.expect(r.call("rules.find", lambda: nylas.rules.find(star.id)).data.name == "VIP", "found")
    r.call("rules.update", lambda: nylas.rules.update(star.id, {"description": "bosses"}))
    r.api_error("rules.create block combined", lambda: nylas.rules.create({"name": "Bad",
        "match": {"conditions": [{"field": "from.tld", "operator": "is", "value": "zz"}]},
        "actions": [{"type": "block"}, {"type": "archive"}]}), 400)
    state["rules"] = [block.id, star.id]


def workspaces_and_evaluations():
    bots = r.call("workspaces.create (no domain)", lambda: nylas.workspaces.create({"name": "Bots", "auto_group": False})).data
    r.expect(bots.domain == "" and bots.auto_group is False, f"domain {bots.domain!r}")
    r.api_error("workspaces.create auto_group without domain",
        lambda: nylas.workspaces.create({"name": "Nope", "auto_group": True}), 400)
    acme = r.call("workspaces.create", lambda: nylas.workspaces.create({"name": "Acme", "domain": DOMAIN,
        "auto_group": False, "policy_id": state["policy"], "rule_ids": state["rules"]})).data
    r.expect(acme.domain == DOMAIN and acme.rule_ids == state["rules"], "attached")
    r.expect(len(r.call("workspaces.list", lambda: nylas.workspaces.list()).data) == 3, "default + 2")
    r.expect(r.call("workspaces.find(id)", lambda: nylas.workspaces.find(bots.workspace_id)).data.name == "Bots", "by id")
    r.expect(r.call("workspaces.find(domain)", lambda: nylas.workspaces.find(DOMAIN)).data.workspace_id == acme.workspace_id, "by domain")
    same = r.call("workspaces.update", lambda: nylas.workspaces.update(bots.workspace_id, {"name": "Bots 2", "domain": ""})).data
    r.expect(same.name == "Bots 2" and same.domain == "", "\"\" is no change of domain")
    r.api_error("workspaces.update by domain", lambda: nylas.workspaces.update(DOMAIN, {"name": "X"}), 404)
    assigned = r.call("workspaces.manual_assign", lambda: nylas.workspaces.manual_assign(DOMAIN, {"assign_grants": [state["grant"]]})).data
    r.expect(assigned.grants_assigned == [state["grant"]], "assigned")
    r.call("workspaces.auto_group", lambda: nylas.workspaces.auto_group({"specific_domain": DOMAIN}))

    # Deliveries through the test hook, judged by the workspace's rules.
    hook("POST", "/__emulator/messages", {"grant": state["grant"], "from": {"name": "M", "email": "m@evil.example"}, "subject": "buy"})
    vip = hook("POST", "/__emulator/messages", {"grant": state["grant"], "from": {"name": "Boss", "email": "boss@vip.example"},
        "subject": "Hello", "body": "Hi there"})["message"]
    page = r.call("rules.list_evaluations", lambda: nylas.rules.list_evaluations(state["grant"], {"limit": 1}))
    first = page.data[0]
    r.expect(first.message_id == vip["id"] and first.matched_rule_ids == [state["rules"][1]], "newest first")
    r.expect(first.applied_actions.marked_starred and first.applied_actions.marked_as_read, "actions recorded")
    r.expect(first.evaluation_input.from_domain == "vip.example" and first.evaluation_stage == "inbox_processing", "input")
    r.expect(bool(page.next_cursor), "a next page")
    older = r.call("rules.list_evaluations page 2", lambda: nylas.rules.list_evaluations(f"bot@{DOMAIN}",
        {"limit": 1, "page_token": page.next_cursor}))
    blocked = older.data[0]
    r.expect(blocked.applied_actions.blocked and blocked.message_id is None and blocked.evaluation_stage == "smtp_rcpt", "block")
    r.expect(older.next_cursor is None, "last page")
    state["message"] = vip["id"]

    messages = r.call("messages.list", lambda: nylas.messages.list(state["grant"], {"limit": 10})).data
    r.expect([m.id for m in messages] == [vip["id"]], "the blocked message was never stored")
    r.expect(messages[0].starred is True and messages[0].unread is False, "rule actions applied")
    found = r.call("messages.find", lambda: nylas.messages.find(state["grant"], vip["id"])).data
    r.expect(found.subject == "Hello" and found.from_[0]["email"] == "boss@vip.example", "message fields")
    unread = r.call("messages.list unread", lambda: nylas.messages.list(f"bot@{DOMAIN}", {"unread": True})).data
    r.expect(unread == [], "filter")
    folders = r.call("folders.list", lambda: nylas.folders.list(state["grant"])).data
    r.expect({f.id for f in folders} >= {"inbox", "sent", "trash"}, "system folders")

    r.call("workspaces.destroy(domain)", lambda: nylas.workspaces.destroy(DOMAIN))
    r.call("workspaces.destroy(id)", lambda: nylas.workspaces.destroy(bots.workspace_id))
    r.api_error("workspaces.find deleted", lambda: nylas.workspaces.find(bots.workspace_id), 404, "api.not_found_error")


def domains():
    with open(SERVICE_ACCOUNT_FILE) as f:
        account = json.load(f)
    signer = ServiceAccountSigner(account["private_key"], account["private_key_id"])
    d = r.call("domains.create", lambda: nylas.domains.create({"name": "Corp", "domain_address": "corp.example"}, signer=signer)).data
    r.expect(d.domain_address == "corp.example" and d.verified_ownership is False, "new domain")
    r.expect(any(x.id == d.id for x in r.call("domains.list", lambda: nylas.domains.list(signer=signer)).data), "listed")
    r.expect(r.call("domains.find", lambda: nylas.domains.find(d.id, signer=signer)).data.name == "Corp", "found")
    r.expect(r.call("domains.update", lambda: nylas.domains.update(d.id, {"name": "Corp 2"}, signer=signer)).data.name == "Corp 2", "renamed")
    info = r.call("domains.get_info", lambda: nylas.domains.get_info(d.id, {"type": "ownership"}, signer=signer)).data
    r.expect(info.domain_id == d.id and info.attempt.verification_type == "ownership", "info")
    hook("POST", "/__emulator/dns/corp.example/publish-expected")
    r.known_bug("domains.verify status", lambda: nylas.domains.verify(d.id, {"type": "ownership"}, signer=signer),
        lambda res: not isinstance(res, Exception) and res.data.domain_id == d.id and res.data.attempt.status is None)
    r.expect(r.call("domains.find verified", lambda: nylas.domains.find(d.id, signer=signer)).data.verified_ownership, "verified")
    r.call("domains.destroy", lambda: nylas.domains.destroy(d.id, signer=signer))
    r.api_error("domains.find unsigned", lambda: nylas.domains.find(d.id, overrides={"headers": {
        "X-Nylas-Kid": "nope", "X-Nylas-Nonce": "a" * 20, "X-Nylas-Timestamp": "1", "X-Nylas-Signature": "eA=="}}), 401)


def webhooks():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/hook"
        hook_ = r.call("webhooks.create", lambda: nylas.webhooks.create({"trigger_types": ["message.created"],
            "webhook_url": url, "description": "py"})).data
        secret = hook_.webhook_secret
        r.expect(bool(secret), "a secret at create")
        r.expect(any(w.id == hook_.id for w in r.call("webhooks.list", lambda: nylas.webhooks.list()).data), "listed")
        r.expect(r.call("webhooks.find", lambda: nylas.webhooks.find(hook_.id)).data.webhook_url == url, "found")
        r.call("webhooks.update", lambda: nylas.webhooks.update(hook_.id, {"description": "py 2"}))
        hook("POST", "/__emulator/messages", {"grant": state["grant"], "from": "a@b.example", "subject": "ping"})
        r.label = "webhook delivery"
        r.expect(len(Receiver.deliveries) == 1, f"{len(Receiver.deliveries)} deliveries")
        body, signature = Receiver.deliveries[0]
        r.expect(hmac.compare_digest(hmac.new(secret.encode(), body, hashlib.sha256).hexdigest(), signature), "signature")
        r.expect(json.loads(body)["type"] == "message.created", "event type")
        r.known_bug("webhooks.rotate_secret", lambda: nylas.webhooks.rotate_secret(hook_.id),
            lambda e: isinstance(e, NylasApiError) and e.status_code in (404, 405))
        # The documented route, through the SDK's own HTTP client, works.
        rotated, _ = r.call("POST /v3/webhooks/rotate-secret/{id}",
            lambda: nylas.http_client._execute("POST", f"/v3/webhooks/rotate-secret/{hook_.id}", request_body={}))
        r.expect(rotated["data"]["webhook_secret"] not in ("", secret), "a new secret")
        r.known_bug("webhooks.create(message.delivered)", lambda: nylas.webhooks.create({"trigger_types": ["message.delivered"],
            "webhook_url": url}), lambda e: isinstance(e, ValueError) and "message.delivered" in str(e))
        listed, _ = r.call("GET /v3/webhooks", lambda: nylas.http_client._execute("GET", "/v3/webhooks"))
        for w in listed["data"]:
            r.call("webhooks.destroy", lambda: nylas.webhooks.destroy(w["id"]))
    finally:
        server.shutdown()


def errors_and_cleanup():
    wrong = Client(api_key="nyk_wrong", api_uri=URL, timeout=10)
    r.api_error("wrong API key", lambda: wrong.grants.list(), 401, "api.authentication_error")
    r.api_error("policies.find unknown", lambda: nylas.policies.find("00000000-0000-4000-8000-000000000000"), 404)
    r.api_error("grants.list limit 201", lambda: nylas.grants.list({"limit": 201}), 400)
    r.api_error("lists.create bad type", lambda: nylas.lists.create({"name": "L", "type": "colour"}), 400)
    for rule in state.get("rules", []):
        r.call("rules.destroy", lambda: nylas.rules.destroy(rule))
    r.call("policies.destroy", lambda: nylas.policies.destroy(state["policy"]))
    r.call("grants.destroy", lambda: nylas.grants.destroy(state["grant"]))
    r.api_error("grants.find deleted", lambda: nylas.grants.find(state["grant"]), 404, "api.not_found_error")


for section in (connectors, accounts, policies_lists_rules, workspaces_and_evaluations, domains, webhooks, errors_and_cleanup):
    r.section(section)

passed = r.calls - len(r.failed) - len(r.known)
print(f"python SDK (nylas 6.18.0) against the emulator: {r.calls} calls, {passed} passed, "
      f"{len(r.known)} known SDK bugs, {len(r.failed)} failed")
for name in r.known:
    print(f"  known SDK bug: {name}: {KNOWN_SDK_BUGS[name]}")
for failure in r.failed:
    print(f"  FAILED {failure}")
sys.exit(1 if r.failed else 0)
