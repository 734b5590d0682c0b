"""What this distribution is called and where its documentation lives (re-exported by `validator`)."""

from __future__ import annotations

__version__ = "0.1.0"

#: The distribution name, as pip knows it: `flowlint` on PyPI is an unrelated project. The command,
#: the config keys and the pre-commit hook id stay `flowlint`; the import package stays `validator`.
DISTRIBUTION = "genesys-flowlint"
#: Where this project's documentation is published: nowhere yet (it ships with the package: README, docs/).
#: None rather than a URL that does not exist; SARIF then names no informationUri.
DOCS_URL: str | None = None
