"""Graphs that real clients open: NetworkX reads jumpa's GraphML with the same
nodes, edges and typed attributes; the keys are typed as Gephi and yEd expect;
DOT of 200+ vertices lays out readably."""
import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from conftest import SOURCE

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


@pytest.fixture(scope="module")
def graph(jumpa, extractor, articles):
    return jumpa.Graph.from_documents(extractor.extract(p.read_text(encoding="utf-8"), id=str(p)) for p in articles)


@pytest.fixture(scope="module")
def large_graph():
    spec = importlib.util.spec_from_file_location("large_graph", SOURCE / "examples" / "python" / "large_graph.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.graph()


def test_networkx_reads_the_graphml(graph, tmp_path):
    nx = pytest.importorskip("networkx")
    path = tmp_path / "g.graphml"
    path.write_text(graph.to_graphml(), encoding="utf-8")
    back = nx.read_graphml(path, force_multigraph=True)
    by_id = {data["id"]: node for node, data in back.nodes(data=True)}
    assert sorted(by_id) == [v.id for v in graph.vertices]
    for v in graph.vertices:
        data = back.nodes[by_id[v.id]]
        # An empty value is written as empty <data>, which NetworkX leaves out.
        assert data["name"] == v.name and data["type"] == v.type and data.get("country", "") == v.country
        assert data["documents"] == v.documents and type(data["documents"]) is int
        assert data["label"] == (v.name or v.id)
    assert back.number_of_edges() == graph.edge_count
    # jumpa's GraphML is undirected: compare endpoints as sorted pairs.
    got = sorted((tuple(sorted((back.nodes[a]["id"], back.nodes[b]["id"]))), d["relation"], d["count"], d["weight"],
                  d.get("kinds", ""), d.get("dates", ""), d.get("places", ""), d.get("documents", ""),
                  d.get("role", "")) for a, b, d in back.edges(data=True))
    want = []
    for e in graph.edges:
        kinds = ";".join(f"{k}:{n}" for k, n in sorted(e.kinds.items(), key=lambda kv: (-kv[1], kv[0])))
        want.append((tuple(sorted((e.source, e.target))), str(e.relation), e.count, float(e.count), kinds,
                     ";".join(e.dates), ";".join(e.places), ";".join(e.documents), e.role))
    assert got == sorted(want)
    assert all(type(d["count"]) is int and type(d["weight"]) is float for _, _, d in back.edges(data=True))


def test_graphml_keys_are_typed_for_gephi_and_yed(graph):
    root = ET.fromstring(graph.to_graphml())
    keys = root.findall("g:key", NS)
    types = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in keys}
    assert len(types) == len(keys)  # one key per name and domain
    assert set(types.values()) <= {"boolean", "int", "long", "float", "double", "string"}
    assert types[("node", "label")] == "string" and types[("edge", "label")] == "string"  # Gephi's labels
    assert types[("edge", "weight")] == "double"  # Gephi's edge weight
    assert types[("node", "documents")] == "long" and types[("edge", "count")] == "long"
    used = {d.get("key") for d in root.iter("{%s}data" % NS["g"])}
    assert used <= {k.get("id") for k in keys}


def test_networkx_graph_matches_the_graphml(graph, tmp_path):
    nx = pytest.importorskip("networkx")
    path = tmp_path / "g.graphml"
    path.write_text(graph.to_graphml(), encoding="utf-8")
    back = nx.read_graphml(path, force_multigraph=True)
    mine = graph.to_networkx()
    relabel = {node: data["id"] for node, data in back.nodes(data=True)}
    back = nx.relabel_nodes(back, relabel)
    assert set(back.nodes) == set(mine.nodes)
    assert sorted((min(a, b), max(a, b), d["relation"]) for a, b, d in back.edges(data=True)) == \
        sorted((min(a, b), max(a, b), k) for a, b, k in mine.edges(keys=True))


def test_small_dot_keeps_the_default_layout(graph):
    assert graph.vertex_count < 100 and "layout=sfdp" not in graph.to_dot()


def aspect(svg):
    w, h = (float(x) for x in re.search(r'width="([\d.]+)pt" height="([\d.]+)pt"', svg).groups())
    return max(w, h) / min(w, h)


def test_dot_of_200_vertices_lays_out_readably(large_graph, tmp_path):
    assert large_graph.vertex_count >= 200
    text = large_graph.to_dot()
    assert "layout=sfdp" in text and "overlap=prism" in text
    if not shutil.which("dot"):
        pytest.skip("Graphviz not installed")
    path = tmp_path / "large.dot"
    path.write_text(text, encoding="utf-8")
    svg = subprocess.run(["dot", "-Tsvg", str(path)], capture_output=True, text=True, check=True, timeout=300).stdout
    assert aspect(svg) < 3  # without the hint Graphviz draws a strip over 10 times wider than high
    assert svg.count('class="node"') == large_graph.vertex_count
