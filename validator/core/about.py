"""What this distribution is called and where its documentation lives (re-exported by `validator`)."""

from __future__ import annotations

__version__ = "0.1.0"

#: The distribution name, as pip knows it: `flowlint` on PyPI is an unrelated project. The command,
#: the config keys and the pre-commit hook id stay `flowlint`; the import package stays `validator`.
DISTRIBUTION = "genesys-flowlint"
#: This project's documentation (the README, as published with the distribution).
DOCS_URL = f"https://pypi.org/project/{DISTRIBUTION}/"
