"""A Genesys project against a plain code repository: issue 16's speed target.

    python benchmarks/genesys.py --runs 5

Generates two 10,000-file trees (seeded): the JavaScript/TypeScript/Python tree of
benchmarks/sources.py, and the same with 405 of its files replaced by what a CX-as-Code
repository holds: 200 Terraform files shaped like Genesys blueprints' modules (data actions, one
in ten launching a workflow, genesyscloud_flow resources, variables), 200 Architect flow YAML files
(workflows with inputs, inbound call flows) and 5 GitHub workflows (one with a curl launch); each
launch has one mistake (an input without the `Flow.` prefix), which flowlint must find. Runs
`flowlint check --no-cache` on each in turn and prints medians and the ratio (target: <= 1.2x).
Compare ratios from one run: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from code_corpus import write_code_tree
from run import tool
from sources import alternate

ACTION = '''resource "genesyscloud_integration_action" "action_{n}" {{
  name           = var.action_name
  category       = var.action_category
  integration_id = var.integration_id
  secure         = false
  contract_input = jsonencode({{
    "title" = "source",
    "type" = "object",
    "properties" = {{
{props}
    }}
  }})
  contract_output = jsonencode({{ "type" = "object", "properties" = {{ "id" = {{ "type" = "string" }} }} }})
  config_request {{
    request_url_template = "{url}"
    request_type         = "{method}"
    request_template     = "{template}"
    headers = {{
      Content-Type = "application/json"
    }}
  }}
  config_response {{
    translation_map  = {{ id = "$.id" }}
    success_template = "{{\\"id\\": $${{id}}}}"
  }}
}}
'''
FLOW = '''resource "genesyscloud_flow" "flow_{n}" {{
  filepath          = "${{path.module}}/flow_{n}.yaml"
  file_content_hash = filesha256("${{path.module}}/flow_{n}.yaml")
  substitutions = {{
    flow_name = var.flow_name
    division  = var.division
  }}
}}

output "flow_id" {{
  value = genesyscloud_flow.flow_{n}.id
}}
'''
VARIABLE = 'variable "{name}" {{\n  type        = string\n  description = "The {name} of the deployment"\n  default     = "x"\n}}\n'
INPUT = ("    - stringVariable:\n        name: Flow.{name}\n        initialValue:\n          noValue: true\n"
         "        isInput: true\n        isOutput: false\n")
STATE = '''      - state:
          name: State {i}
          refId: State {i}_{n}
          actions:
            - callData:
                name: Call Data Action {i}
                category:
                  Salesforce:
                    dataAction:
                      Get Contact:
                        inputs:
                          PHONE_NUMBER:
                            exp: Flow.phone
                        successOutputs:
                          Id:
                            var: Flow.contactId
                outputs:
                  success:
                    actions:
                      - decision:
                          name: Decision {i}
                          condition:
                            exp: IsSet(Flow.contactId)
                          outputs:
                            yes:
                              actions:
                                - endWorkflow:
                                    name: End {i}
                                    exitReason:
                                      noValue: true
'''
LAUNCH_STEP = ("      - name: Smoke test\n        run: |\n"
               "          curl -sf -X POST https://api.mypurecloud.com/api/v2/flows/executions \\\n"
               "            -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\\n"
               "            -d '{\"flowId\": \"${{ vars.FLOW_ID }}\", \"inputData\": {\"customerName\": \"smoke\"}}'\n")


def _terraform(n: int, rng: random.Random) -> str:
    kind = n % 4
    if kind < 2:
        launch = n % 20 == 0
        props = "\n".join(f'      "field{i}" = {{ "type" = "string" }},' for i in range(rng.randint(3, 15)))
        template = ('{\\"flowId\\": \\"$${input.flowId}\\", \\"inputData\\": {\\"customerName\\": \\"$${input.name}\\"}}'
                    if launch else "$${input.rawRequest}")
        return ACTION.format(n=n, props=props, template=template, method="POST" if launch else "GET",
                             url="/api/v2/flows/executions" if launch else "/services/data/v57.0/query/?q=SELECT+Id")
    if kind == 2:
        return FLOW.format(n=n)
    return "".join(VARIABLE.format(name=f"var_{i}") for i in range(rng.randint(3, 12)))


def _flow_yaml(n: int, rng: random.Random) -> str:
    if n % 2:
        inputs = "".join(INPUT.format(name=name) for name in ["customerName", "phone", "contactId",
                                                                *(f"note{i}" for i in range(rng.randint(3, 10)))])
        states = "".join(STATE.format(i=i, n=n) for i in range(rng.randint(2, 8)))
        return (f"workflow:\n  name: {{{{flow_name}}}}\n  division: {{{{division}}}}\n"
                f"  startUpRef: \"/workflow/states/state[State 0_{n}]\"\n  defaultLanguage: en-us\n"
                f"  variables:\n{inputs}  states:\n{states}")
    menus = "".join(f"    - menu:\n        name: Menu {i}\n        refId: Menu {i}_{n}\n        audio:\n          tts: Press {i}\n"
                    f"        choices:\n          - menuTransferToAcd:\n              name: Transfer {i}\n"
                    f"              queue:\n                lit:\n                  name: Queue {i}\n" for i in range(rng.randint(2, 9)))
    return (f"inboundCall:\n  name: Main IVR {n}\n  division: Home\n  startUpRef: \"/inboundCall/menus/menu[Menu 0_{n}]\"\n"
            f"  defaultLanguage: en-us\n  initialGreeting:\n    tts: Welcome\n  menus:\n{menus}")


def _workflow(steps: int, launch: bool) -> str:
    lines = ["name: Deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest",
             "    steps:"]
    for i in range(steps):
        lines += [f"      - name: Step {i}", "        run: |", f"          terraform plan -var-file=dev.tfvars -out plan{i}",
                  "          curl -s https://example.com/health", "        env:", f"          STEP: \"{i}\""]
    return "\n".join(lines) + "\n" + (LAUNCH_STEP if launch else "")


def write_genesys_tree(root: Path, count: int, seed: int = 16) -> None:
    """The code tree with 200 .tf, 200 Architect YAML and 5 GitHub workflow files in place of as many modules."""
    rng = random.Random(seed)
    write_code_tree(root, count - 405)
    for n in range(200):
        module = root / "terraform" / "modules" / f"m{n // 4}"
        module.mkdir(parents=True, exist_ok=True)
        (module / f"f{n}.tf").write_text(_terraform(n, rng))
        flows = root / "flows" / f"g{n // 10}"
        flows.mkdir(parents=True, exist_ok=True)
        (flows / f"flow_{n}.yaml").write_text(_flow_yaml(n, rng))
    workflows = root / ".github" / "workflows"
    workflows.mkdir(parents=True)
    for n, steps in enumerate((10, 20, 40, 80, 80)):
        (workflows / f"deploy{n}.yml").write_text(_workflow(steps, launch=n == 4))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5, help="runs per tree (medians are reported)")
    args = parser.parse_args()
    flowlint = tool("flowlint")
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # measure flowlint as installed, from compiled bytecode
    work = Path(tempfile.mkdtemp(prefix="flowlint-genesys-"))
    try:
        plain, genesys = work / "plain", work / "genesys"
        write_code_tree(plain, args.files)
        write_genesys_tree(genesys, args.files)
        check = [flowlint, "check", "--no-cache", "--quiet", "--format", "json"]
        # Sanity: each launch (its inputs lack the Flow. prefix) is found, and no other Genesys file gets a finding.
        found = json.loads(subprocess.run([*check, str(genesys)], capture_output=True, text=True, check=False).stdout)
        flagged = {Path(d["file"]).name for d in found["diagnostics"] if d["file"].endswith((".tf", ".yaml", ".yml"))}
        assert flagged == {*(f"f{n}.tf" for n in range(0, 200, 20)), "deploy4.yml"}, f"wrong findings: {sorted(flagged)}"
        results = alternate({"plain": [*check, str(plain)], "genesys": [*check, str(genesys)]}, args.runs, cwd=work)

        def med(name: str, index: int) -> float:
            return statistics.median(r[index] for r in results[name])

        print(f"load average {os.getloadavg()[0]:.1f}; {args.files:,} files each; medians of {args.runs} runs")
        print("| tree | wall | CPU |\n|---|---|---|")
        for name in results:
            print(f"| {name} | {med(name, 0):.2f} s | {med(name, 1):.2f} s |")
        print(f"ratio: {med('genesys', 0) / med('plain', 0):.2f}x wall, {med('genesys', 1) / med('plain', 1):.2f}x CPU (<= 1.2x)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
