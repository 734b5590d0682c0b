"""A deterministic code tree: JavaScript, TypeScript and Python modules, 1% of them launching a flow
(each launch with a mistake: a wrong member, the flow ID in the path or a web-app host)."""

from __future__ import annotations

import random
from pathlib import Path

_JS_FILLER = '''
import {{ logger }} from './log{n}';

export async function load{n}(id, options = {{}}) {{
  const url = `${{process.env.API_BASE}}/api/v2/users/${{id}}?expand=presence`;
  const response = await fetch(url, {{ headers: {{ Authorization: `Bearer ${{options.token}}` }} }});
  if (!response.ok) {{
    logger.warn('user %s not found (%d)', id, response.status);
    return null;
  }}
  const user = await response.json();
  return {{ id: user.id, name: user.name, email: user.email, division: user.division?.name ?? 'Home' }};
}}

export function summarize{n}(users) {{
  return users.filter(Boolean).map((u) => `${{u.name}} <${{u.email}}>`).join('\\n');
}}
'''
_TS_FILLER = '''
interface Queue{n} {{ id: string; name: string; memberCount?: number }}

export class QueueCache{n} {{
  private readonly entries = new Map<string, Queue{n}>();

  constructor(private readonly client: {{ get: (path: string) => Promise<Queue{n}> }}) {{}}

  async get(id: string): Promise<Queue{n}> {{
    const cached = this.entries.get(id);
    if (cached) return cached;
    const queue = await this.client.get(`/api/v2/routing/queues/${{id}}`);
    this.entries.set(id, queue);
    return queue;
  }}
}}
'''
_PY_FILLER = '''
import logging

import requests

LOG = logging.getLogger(__name__)


def fetch_conversation_{n}(session: requests.Session, base: str, conversation_id: str) -> dict:
    """Read a conversation; None when it is gone."""
    reply = session.get(f"{{base}}/api/v2/conversations/{{conversation_id}}", timeout=10)
    if reply.status_code == 404:
        LOG.info("conversation %s is gone", conversation_id)
        return {{}}
    reply.raise_for_status()
    return {{"id": reply.json()["id"], "participants": len(reply.json().get("participants", []))}}
'''
_JS_LAUNCH = '''
export async function launch{n}(contactId, token) {{
  const response = await fetch(`https://{host}/api/v2/flows/executions{suffix}`, {{
    method: 'POST',
    headers: {{ Authorization: `Bearer ${{token}}`, 'Content-Type': 'application/json' }},
    body: JSON.stringify({{
      flowId: '8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90', {member}: 'flow', inputData: {{ 'Flow.contactId': contactId }},
    }}),
  }});
  return response.json();
}}
'''
_PY_LAUNCH = '''

def launch_{n}(contact_id: str, token: str) -> dict:
    reply = requests.post(
        "https://{host}/api/v2/flows/executions{suffix}",
        headers={{"Authorization": f"Bearer {{token}}"}},
        json={{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", "{member}": "flow", "inputData": {{"Flow.contactId": contact_id}}}},
    )
    return reply.json()
'''


def write_code_tree(root: Path, count: int, *, launch_share: float = 0.01, seed: int = 8) -> list[Path]:
    """`count` modules under `root` (100 per directory); returns the files that launch a flow."""
    rng = random.Random(seed)
    launches: list[Path] = []
    for n in range(count):
        directory = root / f"pkg{n // 100:03d}"
        directory.mkdir(parents=True, exist_ok=True)
        kind = ("js", "ts", "py")[n % 3]
        filler = {"js": _JS_FILLER, "ts": _TS_FILLER, "py": _PY_FILLER}[kind]
        text = "".join(filler.format(n=f"{n}_{k}") for k in range(rng.randint(2, 5)))
        if rng.random() < launch_share:
            template = _PY_LAUNCH if kind == "py" else _JS_LAUNCH
            text += template.format(n=n, host=rng.choice(["api.mypurecloud.com", "myorg.mypurecloud.com"]),
                                    suffix=rng.choice(["", "/8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"]),
                                    member=rng.choice(["type", "flowVersion"]))
            launches.append(directory / f"module{n}.{kind}")
        (directory / f"module{n}.{kind}").write_text(text, encoding="utf-8")
    return launches


#: Launches whose fixes need one operation (a key renamed) or two (a member moved into the `inputData` after it).
_FIXABLE_BODIES = ("inputData: {{ contactId: contactId }}", "flow_version: '2.0', inputData: {{}}",
                   "inputs: {{ 'Flow.contactId': 'c{n}' }}", "'Flow.note': 'n{n}', inputData: {{ 'Flow.a': contactId }}")
_FIXABLE_LAUNCH = '''
export async function launch{n}(contactId, token) {{
  const response = await fetch('https://api.mypurecloud.com/api/v2/flows/executions', {{
    method: 'POST',
    headers: {{ Authorization: `Bearer ${{token}}`, 'Content-Type': 'application/json' }},
    body: JSON.stringify({{ flowId: '8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90', {body} }}),
  }});
  return response.json();
}}
'''


#: The same mistakes in an Artillery script's steps (a YAML body below each step: block or flow style, commented).
_ARTILLERY_FIXABLE_BODIES = (" {{flowId: '8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90', inputData: {{contactId: c{n}}}}}",
                             "\n            flowId: 8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90  # step {n}\n"
                             "            flow_version: '2.0'\n            inputData: {{}}",
                             " {{flowId: '8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90', inputs: {{Flow.contactId: c{n}}}}}",
                             "\n            flowId: 8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\n            Flow.note: n{n}\n"
                             "            inputData: {{Flow.a: '{{{{ contactId }}}}'}}")
_ARTILLERY_FIXABLE_STEP = """\
      - post:
          url: /api/v2/flows/executions
          json:{body}
"""


#: The same mistakes in Python, each body bound to a name the launch sends (the fix traces who else reads it), keys quoted.
_PY_FIXABLE_BODIES = ('"inputData": {{"contactId": contact_id}}', '"flow_version": "2.0", "inputData": {{}}',
                      '"inputs": {{"Flow.contactId": "c{n}"}}', '"Flow.note": "n{n}", "inputData": {{"Flow.a": contact_id}}')
_PY_FIXABLE_LAUNCH = '''

def launch{n}(contact_id, token):
    body = {{"flowId": "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", {body}}}
    return requests.post("https://api.mypurecloud.com/api/v2/flows/executions", json=body,
                         headers={{"Authorization": f"Bearer {{token}}"}})
'''


def write_many_launches(path: Path, count: int) -> None:
    """One module with `count` launches, each with a mistake a fix can write (what `--format json` renders): JavaScript,
    Python for a `.py` path, an Artillery script's steps for a `.yml` path."""
    if path.suffix == ".yml":
        text = "config:\n  target: https://api.mypurecloud.com\nscenarios:\n  - flow:\n" + "".join(
            _ARTILLERY_FIXABLE_STEP.format(n=n, body=_ARTILLERY_FIXABLE_BODIES[n % 4].format(n=n)) for n in range(count))
    elif path.suffix == ".py":
        text = "import requests\n" + "".join(_PY_FIXABLE_LAUNCH.format(n=n, body=_PY_FIXABLE_BODIES[n % 4].format(n=n))
                                             for n in range(count))
    else:
        text = "".join(_FIXABLE_LAUNCH.format(n=n, body=_FIXABLE_BODIES[n % 4].format(n=n)) for n in range(count))
    path.write_text(text, encoding="utf-8")
