"""Reads a GEXF 1.3 file with NetworkX and prints what it saw as JSON.

NetworkX's GEXF reader knows the 1.1draft and 1.2draft namespaces only; 1.3 keeps the same
elements under new namespace URIs, so we register them and let NetworkX's own parser do the rest.
"""
import json
import sys

import networkx as nx
from networkx.readwrite.gexf import GEXF

GEXF.versions["1.3"] = {
    **GEXF.versions["1.2draft"],
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
}

graph = nx.read_gexf(sys.argv[1], version="1.3")
nodes = {n: {"label": d.get("label"), "type": d.get("type"), "mentions": d.get("mentions"), "viz": d.get("viz")} for n, d in graph.nodes(data=True)}
edges = [{"source": s, "target": t, "label": d.get("label"), "type": d.get("type"), "weight": d.get("weight")} for s, t, d in graph.edges(data=True)]
print(json.dumps({"directed": graph.is_directed(), "multigraph": graph.is_multigraph(), "nodes": nodes, "edges": edges}))
