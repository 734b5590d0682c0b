"""Python launches handed to another call that makes them: `asyncio.to_thread(requests.post, URL, json=body)`,
`loop.run_in_executor(None, functools.partial(requests.post, URL, json=body))`, `executor.submit(session.post, URL, …)`,
and `functools.partial(httpx.post, URL)` bound to a name then called: the wrapped call's arguments are read as the
call's own."""

from __future__ import annotations

from pathlib import Path

from validator.core.unknown import Unknown
from validator.sources.extract import extract

from conftest import check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"


def _found(tmp_path: Path, text: str) -> list[tuple[str, int, str | None]]:
    return [(d["code"], d["line"], d["pointer"]) for d in check_file(tmp_path, "a.py", text, contract_findings=False)]


def test_a_launch_run_in_a_thread_or_executor_is_read(tmp_path: Path) -> None:
    text = (
        "import asyncio, functools, requests, httpx\n"
        "from concurrent.futures import ThreadPoolExecutor\n"
        f"URL = '{API}'\n"
        "async def a(flow_id):\n"
        "    body = {'flowId': flow_id, 'inputs': {}}\n"
        "    return await asyncio.to_thread(requests.post, URL, json=body)\n"
        "async def b(flow_id):\n"
        "    loop = asyncio.get_running_loop()\n"
        "    await loop.run_in_executor(None, functools.partial(requests.post, URL, json={'flowId': flow_id, 'type': 1}))\n"
        "def c(flow_id):\n"
        "    send = functools.partial(httpx.post, URL)\n"
        "    return send(json={'flowId': flow_id, 'configuration': {}})\n"
        "def d(flow_id):\n"
        "    session = requests.Session()\n"
        "    with ThreadPoolExecutor() as executor:\n"
        "        return executor.submit(session.post, URL, json={'flowId': flow_id, 'data': {}}).result()\n"
        "def e(flow_id):\n"
        "    return functools.partial(requests.post, URL)(json={'flowId': flow_id, 'inputs': {}})\n")
    assert _found(tmp_path, text) == [("FL101", 5, "/inputs"), ("FL101", 9, "/type"), ("FL101", 12, "/configuration"),
                                      ("FL101", 16, "/data"), ("FL101", 18, "/inputs")]


def test_a_body_handed_on_by_name_keeps_its_values(tmp_path: Path) -> None:
    # requests.post only reads the body it is handed: the runner or partial handing it on changes nothing of it.
    text = ("import asyncio, functools, requests\n"
            f"URL = '{API}'\n"
            "async def a():\n"
            "    body = {'flowId': 'not-a-flow-id'}\n"
            "    await asyncio.to_thread(requests.post, URL, json=body)\n"
            "def b():\n"
            "    body = {'flowId': 'not-a-flow-id'}\n"
            "    send = functools.partial(requests.post, URL)\n"
            "    send(json=body)\n"
            "def c():\n"
            "    body = {'flowId': 'not-a-flow-id'}\n"
            "    send = functools.partial(fill, URL)\n"  # a function of the file's own may change it
            "    send(json=body)\n"
            f"    requests.post('{API}', json=body)\n")
    assert _found(tmp_path, text) == [("FL104", 4, "/flowId"), ("FL104", 7, "/flowId")]


def test_positional_arguments_bound_by_partial_come_first(tmp_path: Path) -> None:
    # requests.post(url, data=None, json=None): the third positional is the JSON body, whichever call gives it.
    text = ("import functools, requests\n"
            f"send = functools.partial(requests.post, '{API}', None)\n"
            "send({'flowId': fid, 'inputs': {}})\n")
    assert _found(tmp_path, text) == [("FL101", 3, "/inputs")]


def test_what_is_not_known_stays_unknown(tmp_path: Path) -> None:
    text = (
        "import asyncio, functools, requests\n"
        f"URL = '{API}'\n"
        "async def a(flow_id, options):\n"
        "    await asyncio.to_thread(requests.post, URL, **options)\n"  # options may carry json=: not known
        "    await asyncio.to_thread(requests.post, URL, json=make())\n"
        "    await asyncio.to_thread(my_post, URL, json={'flowId': flow_id, 'inputs': {}})\n"  # not a client known here
        "    await asyncio.to_thread(*handlers, URL, json={'flowId': flow_id, 'inputs': {}})\n"
        "    send = functools.partial(requests.post, URL)\n"
        "    send = other\n"  # rebound: which function it is, is not known
        "    send(json={'flowId': flow_id, 'inputs': {}})\n"
        "    pool.submit(form.submit)\n")
    read = extract("python", text, "a.py")
    assert [(text.count("\n", 0, r.site[0]) + 1, type(r.body)) for r in read] == [(4, Unknown), (5, Unknown)]
    assert _found(tmp_path, text) == []


def test_a_method_named_as_a_partial_is_still_its_own_call(tmp_path: Path) -> None:
    text = ("import functools, requests\n"
            f"URL = '{API}'\n"
            "def a():\n"
            "    post = functools.partial(requests.post, URL)\n"
            "def b(flow_id):\n"
            "    session = requests.Session()\n"
            "    session.post(URL, json={'flowId': flow_id, 'inputs': {}})\n")
    assert _found(tmp_path, text) == [("FL101", 7, "/inputs")]


def test_a_partial_bound_in_one_function_is_not_the_same_name_in_another(tmp_path: Path) -> None:
    # b()'s `send` is `fill`, a function of the file that sets the flowId: the body escapes through it (unknown), and
    # a()'s partial (the same name in another scope) must not make it `requests.post`, which reads only (a false FL104).
    text = (
        "import functools, requests\n"
        f"URL = '{API}'\n"
        "def fill(body):\n"
        "    body['flowId'] = '3fa85f64-5717-4562-b3fc-2c963f66afa6'\n"
        "def a():\n"
        "    send = functools.partial(requests.post, URL)\n"
        "    send(json={})\n"
        "def b():\n"
        "    body = {'flowId': 'not-a-flow-id'}\n"
        "    send = fill\n"
        "    send(body)\n"
        "    requests.post(URL, json=body)\n"
    )
    found = _found(tmp_path, text)
    assert ("FL103", 7, "") in found  # a()'s partial launch was read (its empty body)
    assert [code for code, line, _ in found if line > 8] == [], found
