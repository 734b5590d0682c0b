"""Opening a client from the command line's options and the environment."""

from __future__ import annotations

import os

from .client import Credentials, GenesysClient
from .regions import Endpoints, resolve


def endpoints_from(region: str | None, base_url: str | None, env: dict[str, str] | None = None,
                   login_url: str | None = None) -> Endpoints:
    """The endpoints named by options, else by GENESYSCLOUD_REGION / FLOWLINT_BASE_URL / FLOWLINT_LOGIN_URL
    (UnknownRegion if none)."""
    env = dict(os.environ) if env is None else env
    return resolve(region or env.get("GENESYSCLOUD_REGION"), base_url or env.get("FLOWLINT_BASE_URL"),
                   login_url or env.get("FLOWLINT_LOGIN_URL"))


def open_client(region: str | None, base_url: str | None, *, timeout: float = 10.0,
                env: dict[str, str] | None = None, login_url: str | None = None) -> GenesysClient:
    """A client for one run (MissingCredentials or UnknownRegion when the user must fix something)."""
    env = dict(os.environ) if env is None else env
    endpoints = endpoints_from(region, base_url, env, login_url)
    return GenesysClient(endpoints, Credentials.from_env(env), timeout=timeout)
