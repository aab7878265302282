#!/usr/bin/env python3
"""Extracts translated country names from Debian iso-codes' gettext catalogs
into data/countries_i18n/<locale>.tsv, one per page locale.

Run by hand when iso-codes changes; the page build (tools/gen_countries.py)
reads only the checked-in TSVs, never the package.

    python3 tools/import_country_names.py
"""
import gettext
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
CATALOG = "/usr/share/locale/{dir}/LC_MESSAGES/iso_3166-1.mo"
# page locale tag -> the catalog's directory under /usr/share/locale
LOCALES = {
    "ar": "ar", "da": "da", "de": "de", "es": "es", "fi": "fi", "it": "it",
    "pt": "pt", "ru": "ru", "sv": "sv", "zh": "zh_CN",
}


def english_names():
    lines = [l for l in (ROOT / "data" / "iso3166.tsv").read_text().splitlines()
             if l and not l.startswith("#")]
    head = lines[0].split("\t")
    return [dict(zip(head, l.split("\t"))) for l in lines[1:]]


def main():
    rows = english_names()
    out_dir = ROOT / "data" / "countries_i18n"
    out_dir.mkdir(exist_ok=True)
    for tag, src in LOCALES.items():
        path = CATALOG.format(dir=src)
        with open(path, "rb") as f:
            catalog = gettext.GNUTranslations(f)
        missing = 0
        out = out_dir / f"{tag}.tsv"
        with out.open("w") as f:
            f.write(f"# Country names in '{tag}', from Debian iso-codes ({path}) "
                    "by tools/import_country_names.py; a name with no translation stays English\n")
            f.write("alpha_2\tname\n")
            for r in rows:
                name = catalog.gettext(r["name"])
                missing += name == r["name"]
                f.write(f"{r['alpha_2']}\t{name}\n")
        print(f"{out}: {len(rows)} countries, {missing} the same as in English")


if __name__ == "__main__":
    main()
