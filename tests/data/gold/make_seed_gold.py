#!/usr/bin/env python3
"""Writes seeds.jsonl from the hand annotation below: every toponym in the report text of the five seeds.

The annotation is the list ANNOTATIONS (surface form as written -> intended place); this script only finds the
character offsets of each occurrence inside the report text (boilerplate and the repeated body of seed 004 are out
of scope) so that original[start:end] == text. Re-run after editing: python3 tests/data/gold/make_seed_gold.py
"""
import json, os, re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

def place(gid, lat, lon, name): return {"kind": "place", "placeId": gid, "lat": lat, "lon": lon, "name": name}
def coords(lat, lon, name, ref): return {"kind": "place", "lat": lat, "lon": lon, "name": name, "ref": ref}
def region(name, admin1=None, lat=None, lon=None):
    d = {"kind": "region", "name": name}
    if admin1: d["admin1"] = admin1
    if lat is not None: d.update(lat=lat, lon=lon)
    return d
def country(code, name): return {"kind": "country", "country": code, "name": name}
UNRESOLVABLE = {"kind": "unresolvable"}

SY, TR, RU, IR, SA = country("SY", "Syria"), country("TR", "Turkey"), country("RU", "Russia"), country("IR", "Iran"), country("SA", "Saudi Arabia")
IDLIB_GOV, HAMA_GOV, LATAKIA_GOV = region("Idlib Governorate", "Idlib"), region("Hama Governorate", "Hama"), region("Latakia Governorate", "Latakia")
ALEPPO_GOV = region("Aleppo Governorate", "Aleppo")
DEIR_EZZOR = place("gn:170794", 35.33588, 40.14084, "Deir ez-Zor")
AL_BAB = place("gn:174018", 36.37051, 37.5157, "Al Bab")
PALMYRA = place("gn:163808", 34.5624, 38.28402, "Tadmur")
DAMASCUS = place("gn:170654", 33.5102, 36.29128, "Damascus")

# seed prefix -> (report text end marker, excluded ranges as (start marker, end marker), [(surface, target)])
ANNOTATIONS = {
    "000": ("*If you're able", [("Region:", "\n\n*ISIS"), ("Jaish al-Islam (Idlib branch)", ", Shamia")], [
        ("Syria", SY),
        ("al-Sin air base", coords(33.68222, 37.21389, "al-Sin (Sayqal) air base", "Wikipedia: List of Syrian Air Force bases")),
        ("Qalamoun", region("Qalamoun Mountains", lat=34.00158, lon=36.82261)),
        ("Dumayr", place("gn:170589", 33.64389, 36.69376, "Ad Dumayr")),
        ("Palmyra", PALMYRA), ("al-Bab", AL_BAB), ("Deir Ezzor", DEIR_EZZOR),
        ("Tiyas Airbase", coords(34.5225, 37.62972, "Tiyas Airbase (T4)", "Wikipedia: Tiyas Military Airbase")),
        ("Hawsh Salihyah", UNRESOLVABLE),
        ("Eastern Ghouta", region("Eastern Ghouta", lat=33.5, lon=36.42083)),
        ("Nasabiyah", place("gn:173178", 33.51051, 36.48569, "An Nashabiyah")),
        ("al-Brije", UNRESOLVABLE), ("Sheikh Dan", UNRESOLVABLE), ("Mushayrifa", UNRESOLVABLE), ("Tuman", UNRESOLVABLE),
        ("Aleppo", ALEPPO_GOV), ("Aran", UNRESOLVABLE), ("Tadef", place("gn:163811", 36.34814, 37.5309, "Tadif")),
        ("Ayn al-Fijah", place("gn:172232", 33.61529, 36.18285, "Ayn al Fijah")), ("Damascus", DAMASCUS),
        ("Wadi Barada", coords(33.62417, 36.10556, "Wadi Barada", "Wikipedia (ru): Barada valley")),
        ("Idlib", IDLIB_GOV),
        ("Tehran", place("gn:112931", 35.69439, 51.42151, "Tehran")),
        ("Moscow", place("gn:524901", 55.75222, 37.61556, "Moscow")),
        ("Ankara", place("gn:323786", 39.91987, 32.85427, "Ankara")),
    ]),
    "001": ("\n*\n\nNote to readers", [("Region:", "In-depth Report: [SYRIA]")], [
        ("Idlib", IDLIB_GOV),
        ("al-Bara", coords(35.683, 36.533, "al-Bara", "Wikipedia: Al-Bara")),
        ("Deir Sunbul", UNRESOLVABLE), ("Turkey", TR),
        ("Tanjarah", UNRESOLVABLE), ("Fattirah", UNRESOLVABLE),
        ("M4 highway", {"kind": "road", "name": "M4 highway"}),
        ("Farkia", UNRESOLVABLE), ("Bsanqul", UNRESOLVABLE), ("Kafer Shalaya", UNRESOLVABLE), ("Urum al-Jawz", UNRESOLVABLE),
        ("Mareian", coords(35.73944, 36.56194, "Marayan", "Wikipedia: Marayan")),
        ("Salqin", place("gn:164898", 36.13865, 36.45244, "Salqin")),
        ("Ma`arat al-Nu`man", place("gn:167611", 35.6483, 36.67693, "Maarrat an Numan")),
        ("Uqayribat", place("gn:162803", 35.0431, 37.46442, "Uqayribat")),
        ("Hama", HAMA_GOV),
    ]),
    "002": ("Syrian Talks May Result", [("© AP Photo", "Get short URL")], [
        ("Syria", SY), ("Idlib", IDLIB_GOV), ("Saudi Arabia", SA), ("Turkey", TR), ("Latakia", LATAKIA_GOV),
        ("Deir ez-Zor", DEIR_EZZOR),
    ]),
    "003": ("All images in this article", [("Region:", "On January 11")], [
        ("Idlib", IDLIB_GOV),
        ("Abu al-Duhur", place("gn:174611", 35.74058, 37.0448, "Abu ad Duhur")),
        ("Tell Salmo", UNRESOLVABLE), ("Atshan", coords(35.40583, 36.82333, "Atshan", "Wikipedia: Atshan")),
        ("Khuwayn al-Kabir", UNRESOLVABLE), ("Zarzour", UNRESOLVABLE), ("Umm al-Khalakhi", UNRESOLVABLE),
        ("Abu al-Duhur Airbase", coords(35.7322, 37.1042, "Abu al-Duhur Air Base", "OurAirports OS57")),
        ("Turkey", TR), ("Astana", place("gn:1526273", 51.1801, 71.44598, "Astana")), ("Syria", SY), ("Iran", IR), ("Russia", RU),
    ]),
    "004": ("territories elsewhere.\n", [("Syria's biggest rebel groups 'set up joint operations room' to defend Idlib from regime advance\nSyria's", "\nSyria's biggest rebel groups have")], [
        ("Syria", SY), ("Idlib", IDLIB_GOV), ("Hama", HAMA_GOV), ("Russia", RU),
        ("Aleppo", place("gn:170063", 36.20124, 37.16117, "Aleppo")),
    ]),
}

def main():
    out = []
    for name in sorted(os.listdir(os.path.join(ROOT, "seeds"))):
        prefix = name[:3]
        text = open(os.path.join(ROOT, "seeds", name), encoding="utf-8").read()
        end_marker, excluded_markers, items = ANNOTATIONS[prefix]
        end = text.index(end_marker)
        excluded = []
        for a, b in excluded_markers:
            s = text.index(a)
            # the second line of seed 004 repeats the title: exclude from the second copy's start
            if prefix == "004":
                s = text.index("\n", s) + 1
                e = text.index(b, s)
            else:
                e = text.index(b, s) + (len(b) if b.startswith(",") else 0)
            excluded.append((s, e))
        spans = []
        # longest surface forms first so "Abu al-Duhur Airbase" wins over "Abu al-Duhur"
        for surface, target in sorted(items, key=lambda it: -len(it[0])):
            for m in re.finditer(r"(?<![\w])" + re.escape(surface) + r"(?![\w])", text[:end]):
                s, e = m.start(), m.end()
                if any(a <= s < b for a, b in excluded) or any(s < ee and e > ss for ss, ee, _ in spans):
                    continue
                spans.append((s, e, {"text": surface, "start": s, "end": e, **target}))
        spans.sort()
        for s, e, m in spans:
            assert text[s:e] == m["text"]
        out.append({"source": f"seeds/{name}", "mentions": [m for _, _, m in spans]})
    with open(os.path.join(ROOT, "tests", "data", "gold", "seeds.jsonl"), "w", encoding="utf-8") as f:
        for line in out:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    for line in out:
        print(line["source"], len(line["mentions"]), sorted({m["text"] for m in line["mentions"]}))

main()
