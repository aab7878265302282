#!/usr/bin/env python3
"""Derives data/iso3166.tsv from Debian's iso-codes package.

Run by hand when iso-codes changes; the build reads only the checked-in TSV
(through tools/gen_data.py), never the package.

    python3 tools/import_countries.py
"""
import json
import pathlib

SRC = pathlib.Path("/usr/share/iso-codes/json/iso_3166-1.json")
OUT = pathlib.Path(__file__).resolve().parent.parent / "data" / "iso3166.tsv"

rows = sorted(json.loads(SRC.read_text())["3166-1"], key=lambda c: c["alpha_2"])
with OUT.open("w") as f:
    f.write("# ISO 3166-1 assigned alpha-2 codes, from Debian iso-codes "
            "(/usr/share/iso-codes/json/iso_3166-1.json) by tools/import_countries.py\n")
    f.write("alpha_2\talpha_3\tname\n")
    for c in rows:
        f.write(f"{c['alpha_2']}\t{c['alpha_3']}\t{c['name']}\n")
print(f"{OUT}: {len(rows)} countries")
