"""jumpa — who met whom in news articles, from Python.

    >>> import jumpa
    >>> ex = jumpa.Extractor()                      # the builtin gazetteer
    >>> doc = ex.extract("...", id="a1", published="2025-03-03")
    >>> [(r.kind, [e.name for e in r.entities]) for r in doc.relations]
    >>> graph = jumpa.Graph.from_documents(ex.extract_many(texts, jobs=4))
    >>> graph.to_graphml(), graph.to_dot(), graph.to_networkx()

Everything is a thin layer over jumpa's C++ library (module ``jumpa._jumpa``):
extractors are immutable and thread-safe, extraction releases the GIL, and
``Document.to_dict()`` is exactly the JSON Lines object ``jumpa-extract`` writes.
Spans come as Python ``str`` indices (``start``, ``end``) and UTF-8 byte offsets
(``start_byte``, ``end_byte``; the JSON Lines ``start``/``end``).
"""
from __future__ import annotations

import itertools
import os
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Union

from ._enums import (EdgeRelation, EntitySource, EntityType, MeetingStatus, MentionKind, RelationKind,
                     RelationType)
from ._jumpa import (Document, Edge, Entity, Error, Evidence, Extractor, Gazetteer, Graph, Mention, Problem,
                     Relation, Role, Span, Vertex, __version__)

__all__ = [
    "Document", "Edge", "EdgeRelation", "Entity", "EntitySource", "EntityType", "Error", "Evidence", "Extractor",
    "Gazetteer", "Graph", "MeetingStatus", "Mention", "MentionKind", "Problem", "Relation", "RelationKind",
    "RelationType", "Role", "Span", "Vertex", "__version__",
]

# --- Document.to_dict: the JSON Lines object, built from the attributes ------------


def _entity_dict(e: Entity) -> Dict[str, Any]:
    d: Dict[str, Any] = {"id": e.id, "type": str(e.type), "name": e.name}
    if e.type == EntityType.COUNTRY:
        d["code"] = e.country
    if e.country:
        d["country"] = e.country
    if e.ref:
        d["ref"] = e.ref
    d["source"] = str(e.source)
    if e.kind:
        d["kind"] = e.kind
    if e.parent:
        d["parent"] = e.parent
    if e.aliases:
        d["aliases"] = list(e.aliases)
    if e.type == EntityType.PERSON:
        d["roles"] = [r.label for r in e.roles]
        details = []
        for r in e.roles:
            x: Dict[str, Any] = {"role": r.id}
            if r.country:
                x["country"] = r.country
            if r.org:
                x["org"] = r.org
            x["from_text"] = r.from_text
            details.append(x)
        d["role_details"] = details
    d["mentions"] = [{"start": m.start_byte, "end": m.end_byte, "text": m.text, "kind": str(m.kind)}
                     for m in e.mentions]
    return d


def _evidence_dict(r: Relation) -> Dict[str, Any]:
    ev = r.evidence
    d: Dict[str, Any] = {"start": ev.sentence.start_byte, "end": ev.sentence.end_byte}
    if r.type == RelationType.MET and ev.trigger is not None:
        d["trigger"] = {"start": ev.trigger.start_byte, "end": ev.trigger.end_byte}
    if ev.rule:
        d["rule"] = ev.rule
    if ev.cues:
        d["cues"] = list(ev.cues)
    return d


def _relation_dict(r: Relation) -> Dict[str, Any]:
    d: Dict[str, Any] = {"type": str(r.type), "args": list(r.args)}
    if r.type == RelationType.MET:
        d["kind"] = str(r.kind)
        d["status"] = str(r.status)
        d["date"] = r.date
        d["place"] = r.place.id if r.place is not None else None
        d["trigger"] = r.evidence.trigger_text
    elif r.type == RelationType.COUNTRY_RELATION:
        d["kind"] = str(r.kind)
    else:
        d["role"] = r.role
    d["evidence"] = _evidence_dict(r)
    return d


def _document_to_dict(self: Document) -> Dict[str, Any]:
    """The JSON Lines object of this document (what ``json.loads(self.to_jsonl())`` gives)."""
    d: Dict[str, Any] = {"doc": self.id, "lang": self.lang, "published": self.published,
                         "entities": [_entity_dict(e) for e in self.entities],
                         "relations": [_relation_dict(r) for r in self.relations]}
    if self.problems:
        d["problems"] = []
        for p in self.problems:
            x: Dict[str, Any] = {"code": p.code, "message": p.message}
            if p.byte is not None:
                x["byte"] = p.byte
            d["problems"].append(x)
    return d


Document.to_dict = _document_to_dict  # type: ignore[attr-defined]


def _document_reduce(self: Document):
    # Pickles as its JSON Lines line: byte offsets survive, str indices do not
    # (the text is not kept), so an unpickled Document has has_text_indices False.
    return (_document_from_jsonl, (self.to_jsonl(),))


def _document_from_jsonl(line: str) -> Document:
    return Document.from_jsonl(line)


Document.__reduce__ = _document_reduce  # type: ignore[assignment]

# --- Extractor.extract_many: chunks extracted on C++ threads, in input order --------

Input = Union[str, bytes, Mapping[str, Any]]


def _as_item(x: Input, n: int) -> tuple:
    if isinstance(x, (str, bytes)):
        return (x, None, None)
    if isinstance(x, Mapping):
        if not isinstance(x.get("text"), (str, bytes)):
            raise TypeError(f"extract_many: input {n}: expected a str or a mapping with a str \"text\"")
        return (x["text"], x.get("id"), x.get("published"))
    raise TypeError(f"extract_many: input {n}: expected a str or a mapping with \"text\", got {type(x).__name__}")


def _extract_many(self: Extractor, texts: Iterable[Input], jobs: int = 1, explain: bool = False,
                  chunk_size: Optional[int] = None) -> Iterator[Document]:
    """Extracts many texts on `jobs` C++ threads with the GIL released; yields
    Documents in input order (the same for any `jobs`).

    Each input is a str (or UTF-8 bytes) or a mapping with "text" and optional "id" and
    "published" (the JSON Lines input objects). Inputs are read lazily, in
    chunks of `chunk_size` (default 64 per job), so `texts` may be endless.
    """
    if jobs < 1:
        raise ValueError("extract_many: jobs must be at least 1")
    size = chunk_size or 64 * jobs
    it = iter(texts)
    n = 0
    while True:
        chunk = [_as_item(x, n + i) for i, x in enumerate(itertools.islice(it, size))]
        if not chunk:
            return
        n += len(chunk)
        yield from self._extract_chunk(chunk, jobs, explain)


Extractor.extract_many = _extract_many  # type: ignore[attr-defined]

# --- Graph: constructors and NetworkX ----------------------------------------------


def _from_documents(documents: Iterable[Document]) -> Graph:
    """A Graph of these Documents."""
    g = Graph()
    for d in documents:
        g.add(d)
    return g


def _from_jsonl(source: Union[str, "os.PathLike[str]", Iterable[str]]) -> Graph:
    """A Graph rebuilt from JSON Lines result shards (a path, or an iterable of
    lines), as ``jumpa-extract --merge`` does. Blank lines are skipped; a bad
    line raises jumpa.Error naming its line number."""
    g = Graph()
    if isinstance(source, (str, os.PathLike)):
        with open(source, encoding="utf-8") as f:
            _add_lines(g, f)
    else:
        _add_lines(g, source)
    return g


def _add_lines(g: Graph, lines: Iterable[str]) -> None:
    for n, line in enumerate(lines, 1):
        if line.strip():
            g.add_jsonl(line, n)


def _to_networkx(self: Graph):
    """A ``networkx.MultiGraph``: nodes keyed by vertex id (attributes name,
    type, country, documents), one edge per jumpa edge keyed by its relation
    (attributes relation, source, target, count, kinds, dates, places,
    documents, role). Needs NetworkX (Debian python3-networkx)."""
    try:
        import networkx as nx
    except ImportError as e:  # pragma: no cover - depends on the installation
        raise ImportError("Graph.to_networkx() needs NetworkX (apt install python3-networkx)") from e
    g = nx.MultiGraph()
    for v in self.vertices:
        g.add_node(v.id, name=v.name, type=str(v.type), country=v.country, documents=v.documents)
    for e in self.edges:
        g.add_edge(e.source, e.target, key=str(e.relation), relation=str(e.relation), source=e.source,
                   target=e.target, count=e.count, kinds=dict(e.kinds), dates=list(e.dates),
                   places=list(e.places), documents=list(e.documents), role=e.role)
    return g


Graph.from_documents = staticmethod(_from_documents)  # type: ignore[attr-defined]
Graph.from_jsonl = staticmethod(_from_jsonl)  # type: ignore[attr-defined]
Graph.to_networkx = _to_networkx  # type: ignore[attr-defined]
