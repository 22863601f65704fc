#!/usr/bin/env python3
"""Writes macros/schema/catalogue.txt: every operation of Stytch's published OpenAPI descriptions
(Consumer and B2B) with its method, path template, parameters and request and response objects,
and every object they name, field by field (wire name, JSON type, required). The macro crate reads
it at compile time to check a declaration against Stytch's schema.

Run from the repository root after the descriptions change:
    python3 macros/schema/generate.py [DIR]     (DIR: where the .openapi.yml files are;
                                                 default ../shared/stytch-api/full)
    python3 macros/schema/generate.py --check   exits 1 when catalogue.txt is not what it writes

The format, one item a line (fields are separated by one space; names never hold one):
    # ...                                   a comment
    op METHOD PATH REQ RESP [host=HOST]     REQ/RESP: an object name, or - for none
    path NAME TYPE | query NAME TYPE[!] | header NAME TYPE[!]   a parameter of the op above
    obj NAME                                an object; its fields follow
    f NAME TYPE[!]                          a field of the object above; ! = required
    enum NAME V1,V2,...                     a string object with a closed list of values
TYPE is s (string), i (integer), n (number), b (boolean), o (any JSON object), a:TYPE (array),
@NAME (an obj or enum above or below), with >=N after an integer's TYPE for its minimum.
"""

import pathlib
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "macros" / "schema" / "catalogue.txt"
FILES = ["stytch-consumer.openapi.yml", "stytch-b2b.openapi.yml"]


def ref_name(ref):
    prefix = "#/components/schemas/"
    assert ref.startswith(prefix), ref
    return ref[len(prefix):]


def json_type(schema):
    if "$ref" in schema:
        return "@" + ref_name(schema["$ref"])
    kind = schema.get("type")
    if kind == "string":
        return "s"
    if kind == "integer":
        text = "i"
        if "minimum" in schema:
            text += ">=" + str(schema["minimum"])
        return text
    if kind == "number":
        return "n"
    if kind == "boolean":
        return "b"
    if kind == "array":
        return "a:" + json_type(schema.get("items", {"type": "object"}))
    if kind == "object" or kind is None:
        return "o"
    raise ValueError(f"unknown JSON type {kind!r}")


def body_ref(holder, what):
    for media, content in holder.get("content", {}).items():
        if media != "application/json":
            raise ValueError(f"{what}: media type {media}")
        return ref_name(content["schema"]["$ref"])
    return "-"


def object_lines(oname, schema):
    if "enum" in schema:
        return [f"enum {oname} " + ",".join(str(v) for v in schema["enum"])]
    required = set(schema.get("required", []))
    lines = [f"obj {oname}"]
    for field, prop in schema.get("properties", {}).items():
        if " " in field or "," in field:
            raise ValueError(f"{oname}.{field}: a space or comma in a name")
        lines.append(f"f {field} {json_type(prop)}{'!' if field in required else ''}")
    return lines


def generate(folder):
    ops, objects, sources = [], {}, []
    for name in FILES:
        doc = yaml.safe_load((folder / name).read_text())
        info = doc["info"]
        sources.append(f"{info['title']} {info['version']}")
        for path, item in doc["paths"].items():
            shared = item.get("parameters", [])
            host = item.get("servers")
            for method, op in item.items():
                if method in ("parameters", "servers"):
                    continue
                what = f"{method.upper()} {path}"
                request = body_ref(op.get("requestBody", {}), what)
                response = body_ref(op["responses"].get("200", {}), what)
                line = f"op {method.upper()} {path} {request} {response}"
                servers = op.get("servers", host)
                if servers:
                    line += " host=" + servers[0]["url"]
                params = []
                for p in shared + op.get("parameters", []):
                    mark = "!" if p.get("required") and p["in"] != "path" else ""
                    params.append(f"{p['in']} {p['name']} {json_type(p['schema'])}{mark}")
                ops.append((path, method.upper(), [line] + params))
        for oname, schema in doc["components"]["schemas"].items():
            lines = object_lines(oname, schema)
            if objects.setdefault(oname, lines) != lines:
                raise ValueError(f"object {oname} differs between the descriptions")
    out = [
        "# Stytch's published API, as #[stytch_endpoint] checks a declaration against it.",
        "# Written by macros/schema/generate.py from " + " and ".join(sources) + "; do not edit.",
    ]
    for _, _, lines in sorted(ops):
        out.extend(lines)
    for oname in sorted(objects):
        out.extend(objects[oname])
    return "\n".join(out) + "\n"


def main(args):
    check = "--check" in args
    rest = [a for a in args if a != "--check"]
    folder = pathlib.Path(rest[0]) if rest else ROOT.parent / "shared" / "stytch-api" / "full"
    text = generate(folder)
    if check:
        if OUT.read_text() != text:
            print(f"{OUT.relative_to(ROOT)} is stale: run python3 macros/schema/generate.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
