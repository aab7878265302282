#!/usr/bin/env python3
"""Generates the demo page's country lists, www/countries/<locale>.json, from
the checked-in data/iso3166.tsv (English) and data/countries_i18n/<locale>.tsv.

Each file is one JSON object, alpha-2 code -> name, in code order; the page
sorts the names for display with the locale's collation.

    python3 tools/gen_countries.py          # rewrite the generated files
    python3 tools/gen_countries.py --check  # fail if they are out of date (CI)
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def read_tsv(path):
    lines = [l for l in path.read_text().splitlines() if l and not l.startswith("#")]
    head = lines[0].split("\t")
    return [dict(zip(head, l.split("\t"))) for l in lines[1:]]


def lists():
    english = read_tsv(ROOT / "data" / "iso3166.tsv")
    codes = [r["alpha_2"] for r in english]
    out = {"en": {r["alpha_2"]: r["name"] for r in english}}
    for tsv in sorted((ROOT / "data" / "countries_i18n").glob("*.tsv")):
        names = {r["alpha_2"]: r["name"] for r in read_tsv(tsv)}
        if sorted(names) != sorted(codes):
            sys.exit(f"{tsv}: its codes differ from data/iso3166.tsv; rerun tools/import_country_names.py")
        out[tsv.stem] = {c: names[c] for c in codes}
    return out


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    for tag, names in lists().items():
        path = ROOT / "www" / "countries" / f"{tag}.json"
        text = json.dumps(names, ensure_ascii=False, indent=0) + "\n"
        if check:
            if not path.exists() or path.read_text() != text:
                stale.append(str(path))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
    if stale:
        sys.exit("out of date (run python3 tools/gen_countries.py): " + ", ".join(stale))


if __name__ == "__main__":
    main()
