"""An HTTP client for Genesys Cloud: one connection pool per run, OAuth, retries, and errors in one sentence.

Tokens and secrets live only in request headers: they never reach messages, logs or exceptions.
"""

from __future__ import annotations

import base64
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from ..core.clock import Clock, default
from . import redact
from .regions import Endpoints
from .transport import ACCEPT_ENCODING, Deadline, DeadlineExceeded, ReplyRefused, bounded_transport, exchange

log = logging.getLogger("flowlint.genesys")

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 60.0  # seconds: wait at most this long for one Retry-After
MAX_TOTAL_WAIT = 90.0  # seconds: all waits between retries in one run, together
RUN_BUDGET = 600.0  # seconds: all exchanges with Genesys Cloud in one run, together


class GenesysError(Exception):
    """A request to Genesys Cloud failed; the message is one sentence for the user.

    Known secrets and anything shaped like a credential are removed from it, and it is one safe line.
    """

    def __init__(self, message: str) -> None:
        super().__init__(redact.server_text(message, limit=2000))


class MissingCredentials(GenesysError):
    """No usable credentials in the environment or options (a usage error)."""


@dataclass(frozen=True)
class Credentials:
    """Either an access token, or an OAuth client's id and secret. `repr` hides the secrets."""

    client_id: str | None = None
    client_secret: str | None = None
    access_token: str | None = None

    def __repr__(self) -> str:
        return f"Credentials(client_id={self.client_id!r}, client_secret=***, access_token=***)"

    def __post_init__(self) -> None:
        redact.remember(self.access_token, self.client_secret)
        if self.client_id and self.client_secret:
            redact.remember_basic(self.client_id, self.client_secret)

    @classmethod
    def from_env(cls, env: dict[str, str]) -> Credentials:
        token = env.get("GENESYSCLOUD_ACCESS_TOKEN")
        if token:
            return cls(access_token=token)
        client_id, secret = env.get("GENESYSCLOUD_OAUTHCLIENT_ID"), env.get("GENESYSCLOUD_OAUTHCLIENT_SECRET")
        if not client_id or not secret:
            raise MissingCredentials(
                "no Genesys Cloud credentials: set GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET "
                "(an OAuth client-credentials client whose role has architect:flow:view), or GENESYSCLOUD_ACCESS_TOKEN")
        return cls(client_id=client_id, client_secret=secret)


class GenesysClient:
    """GET JSON from the Genesys Cloud API, signing in once and retrying what is worth retrying."""

    def __init__(self, endpoints: Endpoints, credentials: Credentials, *, timeout: float = 10.0, max_attempts: int = 5,
                 transport: httpx.BaseTransport | None = None,
                 run_budget: float = RUN_BUDGET, max_total_wait: float = MAX_TOTAL_WAIT, clock: Clock | None = None) -> None:
        self.endpoints = endpoints
        self.credentials = credentials
        self.max_attempts = max_attempts
        self.clock = clock or default()  # retry waits, every exchange's deadline and the run budget read it
        self.timeout = timeout  # for one whole exchange: connect, send, every byte of the reply
        self.run_deadline = self.clock.monotonic() + run_budget
        self.run_budget = run_budget
        self.max_total_wait = max_total_wait
        self.waited = 0.0
        self._token = credentials.access_token
        self._timer = Deadline(self.clock)
        self._token_lock = threading.Lock()
        self._refused: GenesysError | None = None
        self._http = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)), verify=True,
                                  transport=transport or bounded_transport(self._timer), follow_redirects=False,
                                  headers={"Accept": "application/json", "User-Agent": "flowlint",
                                           "Accept-Encoding": ACCEPT_ENCODING})

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> GenesysClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, path: str, params: dict[str, Any] | None = None, *, what: str = "") -> Any:
        """The JSON reply to GET `path`; GenesysError with one clear sentence when it cannot be had."""
        url = self.endpoints.api_url + path
        refreshed = False
        for attempt in range(1, self.max_attempts + 1):
            response = self._send(lambda: self._http.build_request("GET", url, params=params, headers=self._auth()),
                                  path, attempt)
            if response is None:
                continue
            if response.status_code == 401 and self.credentials.client_id and not refreshed:
                self._token, refreshed = None, True  # the token may have expired: sign in again, once
                continue
            if self._should_retry(response, attempt, path):
                continue
            return self._json(response, path, what)
        raise GenesysError(f"Genesys Cloud did not answer GET {path} after {self.max_attempts} tries")

    def _auth(self) -> dict[str, str]:
        with self._token_lock:  # threads fetching flows at once sign in once
            if self._refused is not None:
                raise self._refused  # refused once: asking again with the same secret only repeats the refusal
            if self._token is None:
                self._token = self._sign_in()
            return {"Authorization": f"Bearer {self._token}"}

    def _sign_in(self) -> str:
        url = self.endpoints.login_url + "/oauth/token"
        assert self.credentials.client_id and self.credentials.client_secret
        basic = base64.b64encode(f"{self.credentials.client_id}:{self.credentials.client_secret}".encode()).decode()
        auth = {"Authorization": f"Basic {basic}"}
        for attempt in range(1, self.max_attempts + 1):
            response = self._send(lambda: self._http.build_request(
                "POST", url, data={"grant_type": "client_credentials"}, headers=auth), "/oauth/token", attempt)
            if response is None or self._should_retry(response, attempt, "/oauth/token"):
                continue
            if response.status_code in (400, 401, 403):
                raise self._refuse(f"Genesys Cloud refused to sign in the OAuth client {self.credentials.client_id!r} "
                                   f"at {self.endpoints.login_url} ({response.status_code}"
                                   f"{_oauth_error(response)}): check the client id, "
                                   f"the secret and the region{_context(response, oauth=True)}")
            reply = self._json(response, "/oauth/token", "")
            token = reply.get("access_token") if isinstance(reply, dict) else None
            if not isinstance(token, str) or not token:
                raise GenesysError("Genesys Cloud's sign-in reply holds no access_token")
            redact.remember(token)
            return token
        raise GenesysError(f"Genesys Cloud did not answer the sign-in at {self.endpoints.login_url} after {self.max_attempts} tries")

    def _refuse(self, message: str) -> GenesysError:
        self._refused = GenesysError(message)
        return self._refused

    def _send(self, build: Callable[[], httpx.Request], path: str, attempt: int) -> httpx.Response | None:
        """One request, bounded in time and size; None when a transport failure should be retried."""
        # A sign-in is a POST to the login host; everything else a GET to the API host.
        method, host = ("POST", self.endpoints.login_url) if path == "/oauth/token" else ("GET", self.endpoints.api_url)
        now = self.clock.monotonic()
        if now >= self.run_deadline:
            raise GenesysError(f"gave up on Genesys Cloud before {path}: this run's {self.run_budget:.0f} s for "
                               "talking to it are spent")
        try:
            response = exchange(self._http, build(), self._timer, min(now + self.timeout, self.run_deadline))
        except DeadlineExceeded:
            log.info("%s %s%s took longer than %g s (try %d)", method, host, path, self.timeout, attempt)
            if attempt == self.max_attempts:
                raise GenesysError(f"no answer from {host} for {path} within the timeout "
                                   f"({self.timeout:g} s for one whole reply, see --timeout), after {attempt} tries") from None
        except ReplyRefused as err:
            raise GenesysError(f"flowlint stopped reading the reply to {path}: {err}") from None
        except httpx.TimeoutException:
            log.info("%s %s%s timed out (try %d)", method, host, path, attempt)
            if attempt == self.max_attempts:
                raise GenesysError(f"no answer from {host} for {path} within the timeout, "
                                   f"after {attempt} tries") from None
        except httpx.InvalidURL as err:
            raise GenesysError(f"cannot call {host}: {err}") from None
        except httpx.TransportError as err:
            log.info("%s %s%s failed: %s (try %d)", method, host, path, type(err).__name__, attempt)
            if attempt == self.max_attempts:
                raise GenesysError(f"cannot reach {host}: {type(err).__name__}; check the region "
                                   "and the network") from None
        else:
            sent = response.request  # the real method and host: a sign-in is a POST to the login host
            port = f":{sent.url.port}" if sent.url.port else ""  # never userinfo: a URL may carry credentials
            log.info("%s %s://%s%s%s -> %d", sent.method, sent.url.scheme, sent.url.host, port, sent.url.path, response.status_code)
            return response
        self._wait(_backoff(attempt), path)
        return None

    def _wait(self, seconds: float, path: str) -> None:
        """Sleep before a retry, within the run's total budget for waiting."""
        if self.waited + seconds > self.max_total_wait:
            raise GenesysError(f"gave up on {path}: Genesys Cloud kept asking to retry, and waiting {seconds:.0f} s more "
                               f"would pass this run's {self.max_total_wait:.0f} s limit for waiting")
        self.waited += seconds
        self.clock.sleep(seconds)

    def _should_retry(self, response: httpx.Response, attempt: int, path: str) -> bool:
        if response.status_code not in RETRY_STATUSES or attempt == self.max_attempts:
            return False
        wait = _backoff(attempt)
        if response.status_code == 429:
            wait = _retry_after(response, default=wait)
        log.info("%s answered %d: retrying in %.1fs", path, response.status_code, wait)
        self._wait(wait, path)
        return True

    def _json(self, response: httpx.Response, path: str, what: str) -> Any:
        status = response.status_code
        if status >= 400:
            raise GenesysError(_error_sentence(status, path, what, self.endpoints.region) + _context(response))
        if not 200 <= status < 300:  # a redirect is never followed, and its body never stored
            where = redact.server_text(response.headers.get("Location", ""), limit=120)
            raise GenesysError(f"Genesys Cloud answered {status} to {path}{f' (to {where})' if where else ''}; "
                               "flowlint follows no redirects: check the region or --base-url")
        try:
            return response.json()
        except (ValueError, RecursionError, MemoryError) as err:
            why = "nests too deep" if isinstance(err, RecursionError) else "is too big" if isinstance(err, MemoryError) \
                else "is not JSON"
            raise GenesysError(f"Genesys Cloud sent a reply that {why} to {path} (status {status})") from None


def _backoff(attempt: int) -> float:
    return float(min(0.5 * 2 ** (attempt - 1), 8.0))


def _retry_after(response: httpx.Response, default: float) -> float:
    try:
        return min(max(float(int(response.headers.get("Retry-After", ""))), 0.0), MAX_RETRY_AFTER)
    except ValueError:
        return default


def _oauth_error(response: httpx.Response) -> str:
    """`: invalid_client: <description>` from an OAuth error reply, as server text (redacted, capped, escaped)."""
    try:
        body = response.json()
    except (ValueError, RecursionError, MemoryError):
        return ""
    if not isinstance(body, dict):
        return ""
    parts = [body[key] for key in ("error", "error_description") if isinstance(body.get(key), str) and body[key].strip()]
    text = redact.server_text(": ".join(parts))
    return f"; the sign-in service says {text!r}" if text else ""


def _context(response: httpx.Response, *, oauth: bool = False) -> str:
    """What an error reply says, as server text: redacted, capped, escaped (an OAuth reply's error is said apart)."""
    try:
        body = response.json()
    except (ValueError, RecursionError, MemoryError):
        return ""
    if not isinstance(body, dict):
        return ""
    parts = []
    message = body.get("message") or (None if oauth else body.get("error_description")) or body.get("description")
    if isinstance(message, str) and message:
        parts.append(f"the platform says: {redact.server_text(message)}")
    if isinstance(body.get("contextId"), str):
        parts.append(f"contextId {redact.server_text(body['contextId'], limit=64)}")
    return f" ({'; '.join(parts)})" if parts else ""


def _error_sentence(status: int, path: str, what: str, region: str) -> str:
    subject = what or f"GET {path}"
    if status == 401:
        return f"Genesys Cloud did not accept the credentials for {subject} (401): the token is invalid or expired"
    if status == 403:
        need = "architect:flow:view"  # GET /api/v2/flows and /api/v2/flows/{id}; architect:flow:search is for divisionviews
        return f"the OAuth client is not allowed to read {subject} (403): its role needs the permission {need}"
    if status == 404:
        return f"{subject} was not found in {region} (404): check the flow ID and the region"
    if status == 429:
        return f"Genesys Cloud kept rate-limiting {subject} (429); try again later"
    return f"Genesys Cloud answered {status} to {subject}"
