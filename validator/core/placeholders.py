"""A template's placeholder: one recogniser of the syntaxes that fill a value in before it is sent.

A value written as `${FLOW_ID}`, `{{flowId}}`, `#{FlowId}#` or `%(flow_id)s` says where a tool puts the real one: what
is sent is not written in the file. Every judgement of such a value asks here: a flow ID's (core.ids: unknown in a
document, FL104's placeholder wording elsewhere) and a written credential's (core.credentials: a password or token
that is a hole is no secret).

Each syntax by its shape, an opening, a name or an expression, a closing; never by the words inside (`My Flow`, a JSON
text `{"a": 1}` hold none):

- a template engine's or a deploy tool's: `{{flowId}}` (Mustache, Handlebars, Jinja, Liquid, Go, Helm, Postman),
  `{{{flowId}}}`, `${FLOW_ID}` (shell, Terraform, CloudFormation, Velocity `$!{x}`, FreeMarker), `${{ vars.FLOW_ID }}`
  (GitHub Actions), `$(FLOW_ID)` (Azure Pipelines' macro, a shell's command), `$[variables.flowId]` (Azure's run-time
  expression), `#{FlowId}` (Ruby, Octopus) and `#{FlowId}#` (Azure Replace Tokens), `@{variables('flowId')}` (Logic
  Apps), `{$flowId}` (Smarty), `<flow-id>` and `<%= flow_id %>` (ERB, EJS);
- a variable's: `$FLOW_ID`, `$env:FLOW_ID` (PowerShell), `%FLOW_ID%` (Windows), `process.env.FLOW_ID`;
- a format string's: `{flow_id}`, `{0}`, `{}`, `%s`, `%(flow_id)s`;
- a command's, backquoted (`` `cat flow-id.txt` ``);
- and, as a whole value only (inside a text they are ordinary characters): `__FLOW_ID__` and `@@FLOW_ID@@`
  (token-replacing build steps), `@FLOW_ID@` (CMake, autoconf), `:flowId` (a route's or Postman's path variable),
  `[[${flowId}]]` (Thymeleaf), `[% flow_id %]` (Template Toolkit), `$FLOW_ID$`, `$1` and `%1` (a script's
  argument), `?` (a query's parameter), `@variables('flowId')` (a Logic Apps expression).

`MASK_TEXT` is what a sample writes where it leaves a value out (`...`, `…`, `***`): no template's, but no value either.
All bounded: each shape's inside at most 200 characters, a whole value at most 200 (its own length bounds the work).
"""

from __future__ import annotations

from .patterns import OnFirstUse as _Lazy

#: The shapes found anywhere in a text (`Bearer ${TOKEN}`, `flow-{{env}}`; Make's and Compose's `$$TOKEN`, `$${TOKEN}`:
#: the shell's variable, its `$` escaped); the last is one a scan cut at a quote inside it (`${System.getenv(` of
#: `"Bearer ${System.getenv("T")}"`): an opening and a name running to the value's end.
HOLE_TEXT = (r"<[^<>]*>|\$\{\{[^\n]{0,200}?\}\}|\$\$?!?\{[^}]{0,200}\}|\$\([^()\n]{1,200}\)|\$\[[^\[\]\n]{1,200}\]"
             r"|#\{[^{}\n]{1,200}\}#?|@\{[^{}\n]{1,200}\}"
             r"|(?:\$\{|\$\(|#\{)[A-Za-z_][^\n]{0,200}\Z"
             r"|`(?=[^`\n]{0,200}[ \t])[^`\n]{1,200}`|\$(?i:env):[A-Za-z_]\w*|\$\$?[A-Za-z_]\w*(?:\.\w+)*"
             r"|(?:process|import\.meta)\.env\.[A-Za-z_$][\w$]*|\{\{\{[^{}]{0,200}\}\}\}|\{\{[^}]{0,200}\}\}|\{\$?[A-Za-z_][\w.-]*\}"
             r"|%[A-Za-z_]\w*%|%\([A-Za-z_]\w*\)[-+ #0-9.]*[sdirfxr]|@@[A-Za-z_]\w*@@")
#: A format string's hole (`%s`, `{}`, `{0}`), where a value is put at run time.
FORMAT_TEXT = r"%[-+ #0-9.]*[sdirf]|\{\d*\}"
#: The shapes that are a placeholder only as the whole value.
_WHOLE_ONLY = (r"__[A-Za-z_]\w*__|@[A-Za-z_]\w*@|:[A-Za-z_][\w-]*|\[\[[^\[\]\n]{1,200}\]\]|\$[A-Za-z_]\w*\$"
               r"|\$\d{1,2}|%\d|%\w+%|\?|@[A-Za-z_][\w.]*\([^\n]{0,200}|\[%[^\n]{0,200}%\]")
#: What a sample writes where it leaves a value out, or hides it.
MASK_TEXT = r"\*{3,}|\.{3,}|…+"

#: A format string's hole anywhere in a text.
FORMAT_HOLE = _Lazy(FORMAT_TEXT)
#: A value that is one template's placeholder and nothing else (`${FLOW_ID}`, `#{FlowId}#`, `{flowId}`, `:flowId`,
#: `%(flow_id)s`; not `My Flow`, `{"a": 1}`, `flow-${env}`). One: a repetition of these shapes, some of which overlap,
#: would backtrack exponentially on a value that almost is one (Python 3.10 has no atomic group).
TEMPLATE_VALUE_TEXT = rf"(?=[^\n]{{1,200}}\Z)(?:{HOLE_TEXT}|{FORMAT_TEXT}|{_WHOLE_ONLY})"
