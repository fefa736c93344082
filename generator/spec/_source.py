"""Reading an OpenAPI document: YAML or JSON text into plain data, and JSON pointers back to lines and columns.

JSON is read with :mod:`json`, which decodes surrogate-pair escapes (``"\\ud83d\\ude80"``) into the characters
they stand for; YAML is read with PyYAML (libyaml when available), whose lone surrogates are then paired up.
Positions are only needed when something is reported, so they are indexed on first use.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.findings import Finding, Severity, relative
from generator.spec._pointer import pointer

__all__ = ["Source", "SpecError", "read"]

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abAB]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class SpecError(Exception):
    """A document could not be read or parsed; carries the findings that say why."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__("\n".join(str(finding) for finding in findings))


@dataclass
class Source:
    """A document's text, its file name for messages, and a lazily built index of node positions."""

    name: str
    text: str
    is_json: bool
    _positions: dict[str, tuple[int, int]] | None = field(default=None, repr=False)
    _line_starts: list[int] | None = field(default=None, repr=False)

    def position(self, at: str) -> tuple[int, int]:
        """Return the (line, column) of the node at a pointer, or of its nearest ancestor; (0, 0) if unknown."""
        if self._positions is None:
            self._positions = self._index()
        while True:
            found = self._positions.get(at)
            if found is not None or not at:
                return found or (0, 0)
            at = at.rsplit("/", 1)[0]

    def finding(self, at: str, rule: str, message: str, severity: Severity = "error") -> Finding:
        """Return a finding at a pointer of this document, with its line and column."""
        line, column = self.position(at)
        return Finding(self.name, at, rule, message, line, column, severity)

    def _index(self) -> dict[str, tuple[int, int]]:
        if not self.text.strip():
            return {}  # a document made in memory has no positions
        try:
            return self._json_positions() if self.is_json else self._yaml_positions()
        except (ValueError, IndexError, yaml.YAMLError, RecursionError):
            return {}

    def _yaml_positions(self) -> dict[str, tuple[int, int]]:
        positions: dict[str, tuple[int, int]] = {}
        root = yaml.compose(self.text, Loader=_loader_for(self.text))
        pending: list[tuple[str, Any]] = [("", root)] if root is not None else []
        while pending:
            at, node = pending.pop()
            positions.setdefault(at, (node.start_mark.line + 1, node.start_mark.column + 1))
            if isinstance(node, yaml.MappingNode):
                for key, value in node.value:
                    child = at + pointer(key.value)
                    positions[child] = (key.start_mark.line + 1, key.start_mark.column + 1)
                    pending.append((child, value))
            elif isinstance(node, yaml.SequenceNode):
                pending.extend((at + pointer(index), value) for index, value in enumerate(node.value))
        return positions

    def _json_positions(self) -> dict[str, tuple[int, int]]:
        positions: dict[str, tuple[int, int]] = {}
        _JsonScanner(self.text, positions, self._offset_to_position).value(_skip(self.text, 0), "")
        return positions

    def _offset_to_position(self, offset: int) -> tuple[int, int]:
        if self._line_starts is None:
            self._line_starts = [0] + [match.end() for match in re.finditer("\n", self.text)]
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


def _skip(text: str, index: int) -> int:
    while index < len(text) and text[index] in " \t\r\n":
        index += 1
    return index


_scanstring: Any = getattr(json.decoder, "scanstring")  # noqa: B009 - untyped in typeshed
_LITERAL = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null")


@dataclass
class _JsonScanner:
    """Walk JSON text (already known to parse) and record where each pointer's node starts."""

    text: str
    positions: dict[str, tuple[int, int]]
    locate: Any

    def value(self, index: int, at: str, key_offset: int | None = None) -> int:
        self.positions[at] = self.locate(index if key_offset is None else key_offset)
        char = self.text[index]
        if char == "{":
            return self._object(index + 1, at)
        if char == "[":
            return self._array(index + 1, at)
        if char == '"':
            return int(_scanstring(self.text, index + 1)[1])
        match = _LITERAL.match(self.text, index)
        if match is None:
            raise ValueError(f"unexpected character at {index}")
        return match.end()

    def _object(self, index: int, at: str) -> int:
        index = _skip(self.text, index)
        if self.text[index] == "}":
            return index + 1
        while True:
            key, end = _scanstring(self.text, index + 1)
            after_colon = _skip(self.text, _skip(self.text, end) + 1)
            index = _skip(self.text, self.value(after_colon, at + pointer(key), key_offset=index))
            if self.text[index] == "}":
                return index + 1
            index = _skip(self.text, index + 1)

    def _array(self, index: int, at: str) -> int:
        index = _skip(self.text, index)
        if self.text[index] == "]":
            return index + 1
        count = 0
        while True:
            index = _skip(self.text, self.value(index, at + pointer(count)))
            count += 1
            if self.text[index] == "]":
                return index + 1
            index = _skip(self.text, index + 1)


def read(path: Path) -> tuple[Source, dict[str, Any]]:
    """Read a YAML or JSON OpenAPI document; return its source and its data, every mapping key a string.

    Raises:
        SpecError: The file is missing, not YAML or JSON, or not a mapping.
    """
    name = relative(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise SpecError([Finding(name, "", "spec-unreadable", f"cannot read the file: {reason}")]) from None
    is_json = path.suffix.lower() == ".json" or text.lstrip().startswith("{")
    source = Source(name, text, is_json)
    document = _parse_json(source) if is_json else _parse_yaml(source)
    if not isinstance(document, dict):
        raise SpecError([Finding(name, "", "spec-not-a-mapping", "the document must be a YAML or JSON object")])
    return source, document


def _parse_json(source: Source) -> Any:
    try:
        return json.loads(source.text)
    except json.JSONDecodeError as exc:
        if not source.name.lower().endswith(".json"):
            source.is_json = False  # YAML that happens to start with "{"
            return _parse_yaml(source)
        finding = Finding(source.name, "", "json-syntax", exc.msg, exc.lineno, exc.colno)
        raise SpecError([finding]) from None


def _parse_yaml(source: Source) -> Any:
    try:
        document = yaml.load(source.text, Loader=_loader_for(source.text))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        problem = getattr(exc, "problem", None) or str(exc)
        context = getattr(exc, "context", None)
        message = f"{problem} ({context})" if context else str(problem)
        raise SpecError([Finding(source.name, "", "yaml-syntax", " ".join(message.split()), line, column)]) from None
    document = _string_keys(document)
    return _pair_surrogates(document) if _SURROGATE_ESCAPE.search(source.text) else document


def _loader_for(text: str) -> Any:
    """libyaml, unless the text has surrogate escapes: libyaml refuses them, PyYAML's own parser reads them."""
    return yaml.SafeLoader if _SURROGATE_ESCAPE.search(text) else _LOADER


def _string_keys(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(key): _string_keys(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_string_keys(value) for value in node]
    return node


def _pair_surrogates(node: Any) -> Any:
    """Join the surrogate pairs PyYAML leaves in strings (``"\\ud83d\\ude80"`` escapes) into characters."""
    if isinstance(node, str):
        return node.encode("utf-16", "surrogatepass").decode("utf-16", "replace") if _SURROGATE.search(node) else node
    if isinstance(node, dict):
        return {_pair_surrogates(key): _pair_surrogates(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_pair_surrogates(value) for value in node]
    return node
