"""Which Python names have their headers changed after they were made: found where the member is written."""

from __future__ import annotations

from validator.sources.code import parsed
from validator.sources.python import PythonReader


def _reader(text: str) -> PythonReader:
    source, tree = parsed("python", text)
    return PythonReader(source, tree, 64, None)


def test_headers_touched_and_added_are_the_objects_of_those_members() -> None:
    reader = _reader("import requests\ns = requests.Session()\ns.headers.update({'A': 'b'})\n"
                     "req.add_header('X', 'y')\nother . add_unredirected_header('X', 'y')\nself.client.headers['Z'] = 'z'\n")
    assert reader.headers_touched == {"s", "self.client"}
    assert reader.headers_added == {"req", "other"}


def test_the_same_word_elsewhere_is_no_member() -> None:
    """A name, a string, a comment, a keyword argument or a longer name holding the word: no attribute's member."""
    reader = _reader("headers = {}\nx = 'a.headers'\n# b.headers\nrequests.post(u, headers=headers)\n"
                     "c.my_headers = 1\nd.éheaders = 2\ne.headersé = 3\nadd_header(f)\n")
    assert reader.headers_touched == set() and reader.headers_added == set()
    assert _reader("d.éheaders.x = 2\ng.headers = 1\n").headers_touched == {"g"}  # reached: a member after a non-ASCII one
