"""The Python API over the C++ one: Extractor, Document, spans, errors, extract_many."""
import datetime
import json
import pickle
import subprocess

import pytest

from conftest import MEETING, MEETING_ACCENTED, SOURCE


def met(doc):
    return [r for r in doc.relations if r.type == "met"]


def test_extract_gives_objects_with_attributes(jumpa, extractor):
    doc = extractor.extract(MEETING, id="a1")
    assert isinstance(doc, jumpa.Document)
    assert doc.id == "a1" and doc.lang == "id" and doc.published == "2025-03-03"
    [r] = met(doc)
    assert r.type is jumpa.RelationType.MET and r.status == jumpa.MeetingStatus.HAPPENED
    assert sorted(e.name for e in r.entities) == ["Hun Manet", "Sugiono"]
    assert r.date == "2025-03-03"
    assert r.args == [e.id for e in r.entities]
    hun_manet = next(e for e in doc.entities if e.name == "Hun Manet")
    assert hun_manet.type == "person" and hun_manet.type is jumpa.EntityType.PERSON
    assert hun_manet.ref.startswith("person:") and hun_manet.country == "KH"
    assert any(role.id == "prime_minister" for role in hun_manet.roles)


def test_spans_as_str_indices_and_utf8_bytes(extractor):
    doc = extractor.extract(MEETING_ACCENTED)
    data = MEETING_ACCENTED.encode("utf-8")
    assert doc.has_text_indices
    mentions = [m for e in doc.entities for m in e.mentions]
    assert mentions
    for m in mentions:
        assert MEETING_ACCENTED[m.start:m.end] == m.text
        assert data[m.start_byte:m.end_byte].decode("utf-8") == m.text
    # The accented prefix makes the two differ.
    assert any(m.start != m.start_byte for m in mentions)
    for r in doc.relations:
        s = r.evidence.sentence
        assert MEETING_ACCENTED[s.start:s.end].encode("utf-8") == data[s.start_byte:s.end_byte]
        if r.evidence.trigger is not None:
            t = r.evidence.trigger
            assert MEETING_ACCENTED[t.start:t.end] == r.evidence.trigger_text


def test_to_dict_equals_the_jsonl_line(extractor):
    for text in (MEETING, MEETING_ACCENTED, "Tidak ada nama di sini.", ""):
        doc = extractor.extract(text, id="x", explain=True)
        assert doc.to_dict() == json.loads(doc.to_jsonl())


def test_to_dict_equals_the_cli_output(extractor, cli, articles):
    lines = [json.dumps({"id": p.name, "text": p.read_text(encoding="utf-8")}) for p in articles]
    run = subprocess.run([cli, "-q", "--input-format", "jsonl"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True)
    from_cli = [json.loads(x) for x in run.stdout.splitlines()]
    from_python = [extractor.extract(p.read_text(encoding="utf-8"), id=p.name).to_dict() for p in articles]
    assert len(from_cli) == len(articles) >= 5
    assert from_python == from_cli


def test_published_accepts_text_and_dates(extractor):
    text = "Menlu RI Sugiono bertemu dengan Perdana Menteri Kamboja Hun Manet pada Senin."
    assert extractor.extract(text, published="2025-03-03").published == "2025-03-03"
    assert extractor.extract(text, published=datetime.date(2024, 1, 2)).published == "2024-01-02"
    with pytest.raises(ValueError, match="published: not a date"):
        extractor.extract(text, published="2025-02-30")


def test_extract_many_keeps_input_order_for_any_jobs(extractor, articles):
    texts = [p.read_text(encoding="utf-8") for p in articles] * 7
    inputs = [{"text": t, "id": f"d{i}"} for i, t in enumerate(texts)]
    one = [d.to_jsonl() for d in extractor.extract_many(inputs, jobs=1)]
    two = [d.to_jsonl() for d in extractor.extract_many(iter(inputs), jobs=2, chunk_size=4)]
    alone = [extractor.extract(x["text"], id=x["id"]).to_jsonl() for x in inputs]
    assert one == two == alone
    assert [json.loads(x)["doc"] for x in one] == [f"d{i}" for i in range(len(texts))]


def test_extract_many_is_lazy(extractor):
    def endless():
        while True:
            yield MEETING
    results = extractor.extract_many(endless(), jobs=2, chunk_size=3)
    first = [next(results) for _ in range(5)]
    assert all(len(met(d)) == 1 for d in first)


def test_extract_many_rejects_bad_inputs(extractor):
    with pytest.raises(TypeError, match="input 1"):
        list(extractor.extract_many([MEETING, 42]))
    with pytest.raises(ValueError):
        list(extractor.extract_many([MEETING], jobs=0))


def test_extract_releases_the_gil(extractor):
    # Threads extracting at once must give the same documents as one thread.
    import concurrent.futures
    texts = [MEETING, MEETING_ACCENTED] * 20
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(lambda t: extractor.extract(t).to_jsonl(), texts))
    assert threaded == [extractor.extract(t).to_jsonl() for t in texts]


def test_gazetteer_load_errors_carry_file_line_column(jumpa):
    bad = SOURCE / "tests" / "fixtures" / "gazetteers" / "malformed-row"
    with pytest.raises(jumpa.Error) as info:
        jumpa.Gazetteer.load(bad)
    e = info.value
    assert e.file and e.line and str(e).startswith(f"{e.file}:{e.line}:")
    assert e.code == "parse_error" or e.code == "invalid_data"
    with pytest.raises(jumpa.Error) as info2:
        jumpa.Extractor(gazetteers=[bad])
    assert str(info2.value) == str(e)


def test_gazetteer_check_lists_every_problem(jumpa):
    report = jumpa.Gazetteer.check([SOURCE / "tests" / "fixtures" / "gazetteers" / "several-problems"])
    assert not report["ok"] and len(report["problems"]) >= 2
    assert all(":" in p for p in report["problems"])
    assert jumpa.Gazetteer.check()["ok"]


def test_gazetteer_objects(jumpa):
    g = jumpa.Gazetteer.builtin()
    assert len(g) > 1000 and "id" in g.languages
    assert g.find("country:kh")["name"] == "Cambodia"
    assert g.find("nope:nothing") is None
    extra = jumpa.Gazetteer.load(SOURCE / "tests" / "fixtures" / "gazetteers" / "extra")
    assert len(extra) >= len(g)
    ex = jumpa.Extractor(gazetteer=extra)
    assert met(ex.extract(MEETING))


def test_extractor_options(jumpa):
    auto = jumpa.Extractor()
    assert auto.lang == "auto" and auto.extract(MEETING).lang == "id"  # detected
    english = "Cambodian Prime Minister Hun Manet met Vietnamese Prime Minister Pham Minh Chinh in Hanoi."
    assert auto.extract(english).lang == "en"
    assert auto.extract(english, lang="id").lang == "id"  # asked for
    assert jumpa.Extractor(lang="id").extract(MEETING).to_jsonl() == auto.extract(MEETING).to_jsonl()
    assert jumpa.Extractor(engine="re2").extract(MEETING).to_jsonl() == jumpa.Extractor().extract(MEETING).to_jsonl()
    with pytest.raises(ValueError, match="engine"):
        jumpa.Extractor(engine="fast")
    with pytest.raises(jumpa.Error):
        jumpa.Extractor(lang="xx")


def test_document_from_jsonl_round_trips(jumpa, extractor):
    doc = extractor.extract(MEETING_ACCENTED, id="r")
    back = jumpa.Document.from_jsonl(doc.to_jsonl())
    assert back.to_jsonl() == doc.to_jsonl() and back.to_dict() == doc.to_dict()
    assert not back.has_text_indices
    assert all(m.start is None and m.start_byte >= 0 for e in back.entities for m in e.mentions)
    with pytest.raises(jumpa.Error, match="7"):
        jumpa.Document.from_jsonl("{not json", 7)
    unpickled = pickle.loads(pickle.dumps(doc))
    assert unpickled.to_jsonl() == doc.to_jsonl() and not unpickled.has_text_indices


def test_graph_from_documents_merge_and_pickle(jumpa, extractor, articles):
    docs = [extractor.extract(p.read_text(encoding="utf-8"), id=p.name) for p in articles]
    whole = jumpa.Graph.from_documents(docs)
    a, b = jumpa.Graph.from_documents(docs[:2]), jumpa.Graph.from_documents(docs[2:])
    b.merge(a)
    assert b.to_dot() == whole.to_dot() and b.to_graphml() == whole.to_graphml()
    shards = jumpa.Graph.from_jsonl([d.to_jsonl() for d in reversed(docs)])
    assert shards.to_summary() == whole.to_summary()
    again = pickle.loads(pickle.dumps(whole))
    assert again.to_graphml() == whole.to_graphml() and whole.vertex_count > 10
    persons = whole.filtered(entity_types=["person"], relations=[jumpa.EdgeRelation.MET])
    assert persons.vertex_count > 0 and all(v.type == "person" for v in persons.vertices)
    assert all(e.relation == "met" for e in persons.edges)
    with pytest.raises(TypeError):
        pickle.dumps(persons)
    with pytest.raises(ValueError, match="entity_types"):
        whole.filtered(entity_types=["planet"])
    [hun_manet] = whole.find("Hun Manet")
    assert whole.ego(hun_manet, 1).vertex_count >= 2
    assert whole.meetings_of(hun_manet)


def test_graph_to_networkx(jumpa, extractor, articles):
    nx = pytest.importorskip("networkx")
    g = jumpa.Graph.from_documents(extractor.extract(p.read_text(encoding="utf-8"), id=p.name) for p in articles)
    n = g.to_networkx()
    assert isinstance(n, nx.MultiGraph)
    assert sorted(n.nodes) == [v.id for v in g.vertices]
    assert n.number_of_edges() == g.edge_count
    e = next(e for e in g.edges if e.relation == "met")
    assert n.edges[e.source, e.target, "met"]["count"] == e.count
