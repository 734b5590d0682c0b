"""A body stored where other code may reach it is open from there (review round 3, finding 5): kept in an attribute,
placed in a container or a literal, passed through `*`/`.apply`, a default argument, a global or a nonlocal given a
value in a function. No finding may rest on a member being absent then; each shape below sends a flowId when run."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import UUID, check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
FILL_PY = f'def fill(b, flow_id="{UUID}"):\n    b["flowId"] = flow_id\n'

PYTHON = {
    "attribute.py": f"""\
class Launcher:
    def launch(self, flow_id):
        body = {{"inputData": {{}}}}
        self.pending = body
        self.fill(flow_id)
        return requests.post("{API}", json=body)
    def fill(self, flow_id):
        self.pending["flowId"] = flow_id
SENT = lambda: Launcher().launch("{UUID}")
""",
    "holder.py": f"""\
def launch(flow_id):
    body = {{"inputData": {{}}}}
    holder = {{"b": body}}
    fill(holder["b"], flow_id)
    return requests.post("{API}", json=body)
{FILL_PY}SENT = lambda: launch("{UUID}")
""",
    "splat.py": f"""\
def launch(flow_id):
    body = {{"inputData": {{}}}}
    fill(*[body])
    return requests.post("{API}", json=body)
{FILL_PY}SENT = lambda: launch("{UUID}")
""",
    "comprehension.py": f"""\
def launch(flow_id):
    body = {{"inputData": {{}}}}
    [fill(b, flow_id) for b in [body]]
    return requests.post("{API}", json=body)
{FILL_PY}SENT = lambda: launch("{UUID}")
""",
    "default.py": f"""\
def launch(flow_id):
    body = {{"inputData": {{}}}}
    def fill(b=body):
        b["flowId"] = flow_id
    fill()
    return requests.post("{API}", json=body)
SENT = lambda: launch("{UUID}")
""",
    "nonlocal.py": f"""\
def launch(flow_id):
    body = {{"inputData": {{}}}}
    def fill():
        nonlocal body
        body = {{**body, "flowId": flow_id}}
    fill()
    return requests.post("{API}", json=body)
SENT = lambda: launch("{UUID}")
""",
    "global.py": f"""\
body = None
def prepare(flow_id):
    global body
    body = {{"inputData": {{}}}}
    fill(body, flow_id)
def send():
    return requests.post("{API}", json=body)
{FILL_PY}SENT = lambda: (prepare("{UUID}"), send())[1]
""",
}

# requests stubbed: what each shape posts, when run
RUN_PY = """\
import json, sys, types
sent = []
sys.modules["requests"] = types.SimpleNamespace(post=lambda url, json=None: sent.append(json))
namespace = {"requests": sys.modules["requests"]}
exec(open(sys.argv[1]).read(), namespace)
namespace["SENT"]()
print(json.dumps(sent[-1]))
"""


@pytest.mark.parametrize("name", sorted(PYTHON))
def test_a_python_body_stored_where_other_code_reaches_it_is_open(tmp_path: Path, name: str) -> None:
    text = "import requests\n" + PYTHON[name]
    (tmp_path / "run.py").write_text(RUN_PY)
    (tmp_path / name).write_text(text)
    ran = subprocess.run([sys.executable, str(tmp_path / "run.py"), str(tmp_path / name)], capture_output=True, text=True,
                         timeout=60, check=True)
    assert json.loads(ran.stdout)["flowId"] == UUID  # the code does send a flowId
    assert check_file(tmp_path, name, text, contract_findings=False) == []
    # reached: the same launch with the body never stored is read as certain (FL103: no flowId)
    plain = text.replace("self.pending = body", "pass").replace('{"b": body}', '{"b": {}}').replace("*[body]", "*[{}]") \
        .replace("in [body]", "in [{}]").replace("b=body", "b={}").replace("nonlocal body", "pass") \
        .replace("body = {**body,", "other = {**body,").replace("global body", "pass")
    said = [d["code"] for d in check_file(tmp_path, "plain_" + name, plain, contract_findings=False)]
    assert said == ["FL103"], plain  # (global.py: the module's body is None there, and json=None sends no body)


JAVASCRIPT = {
    "attribute.js": """\
function launch(id) {
  const body = { inputData: {} };
  const ctx = { id };
  ctx.body = body;
  prepare(ctx);
  return axios.post('%(api)s', body);
}
function prepare(ctx) { ctx.body.flowId = ctx.id; }
""",
    "holder.js": """\
function launch(id) {
  const body = { inputData: {} };
  const holder = { body };
  fill(holder, id);
  return axios.post('%(api)s', body);
}
function fill(h, id) { h.body.flowId = id; }
""",
    "apply.js": """\
function launch(id) {
  const body = { inputData: {} };
  fill.apply(null, [body, id]);
  return axios.post('%(api)s', body);
}
function fill(b, id) { b.flowId = id; }
""",
    "default.js": """\
function launch(id) {
  const body = { inputData: {} };
  function fill(b = body) { b.flowId = id; }
  fill();
  return axios.post('%(api)s', body);
}
""",
}

RUN_JS = """\
let sent; const axios = { post: async (u, b) => { sent = b; } };
eval(require('fs').readFileSync(process.argv[2], 'utf8'));
launch('%s').then(() => console.log(JSON.stringify(sent)));
""" % UUID


@pytest.mark.parametrize("name", sorted(JAVASCRIPT))
def test_a_javascript_body_stored_where_other_code_reaches_it_is_open(tmp_path: Path, name: str) -> None:
    text = JAVASCRIPT[name] % {"api": API}
    if shutil.which("node"):
        (tmp_path / "run.js").write_text(RUN_JS)
        (tmp_path / name).write_text(text)
        ran = subprocess.run(["node", str(tmp_path / "run.js"), str(tmp_path / name)], capture_output=True, text=True,
                             timeout=60, check=True)
        assert json.loads(ran.stdout)["flowId"] == UUID
    assert check_file(tmp_path, name, text, contract_findings=False) == []
    plain = text.replace("ctx.body = body;", "").replace("{ body }", "{ body: {} }").replace("[body, id]", "[{}, id]") \
        .replace("b = body", "b = {}")
    assert "FL103" in [d["code"] for d in check_file(tmp_path, "plain_" + name, plain, contract_findings=False)], plain


def test_a_body_only_given_to_the_launch_in_a_literal_stays_certain(tmp_path: Path) -> None:
    # The launch's own options literal is where the body is read, not a place it is stored.
    js = f"function launch() {{\n  const body = {{ inputData: {{}} }};\n" \
         f"  return axios({{ url: '{API}', method: 'post', data: body }});\n}}\n"
    assert "FL103" in [d["code"] for d in check_file(tmp_path, "a.js", js, contract_findings=False)]
    # A literal given only to a call that reads it (a log line) stores nothing.
    py = f"import requests\ndef launch():\n    body = {{'inputData': {{}}}}\n    log.info({{'sending': [body]}})\n" \
         f"    return requests.post('{API}', json=body)\n"
    assert "FL103" in [d["code"] for d in check_file(tmp_path, "a.py", py, contract_findings=False)]
