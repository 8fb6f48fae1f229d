# Writes gazetteer/curated/facilities-hills.tsv from the bundled copy of the "Syrian Civil War detailed map" module:
# its strategic hills, without labels that are numbers or descriptions and without hills named as a gazetteer place
# within 10 km. Needs a built gazetteer/gazetteer.db. Run from the checkout root: python3 scripts/curated-hills.py
import sqlite3, re, unicodedata
from curated_common import SRC, module_marks, nearest_community, ocha_communities
rows = module_marks('hill')
db = sqlite3.connect('gazetteer/gazetteer.db')
ocha = ocha_communities(db)
ART = {'al','el','ash','as','ad','ar','at','an','az','adh','ath','aз'}
def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[’‘`'ʿʾ]", '', s.lower())
    toks = [t for t in re.split(r'[\s\-]+', s) if t]
    out = []
    for t in toks:
        if t in ART: continue
        if t in ('tell','tel','tal','tall'): t = 'tall'
        if t in ('jebel','jabal','jaball','mount'): t = 'jabal'
        if t in ('hill','mountain','mountains'): continue
        out.append(t)
    return ' '.join(out)
GENERIC = re.compile(r'\d|quarr|radio|facility|position|ridge|point|oil hill|u\.n\.|volcano|summit|burial', re.I)
HDR = "id\tname\talt_names\tfeature_code\tlat\tlon\twkt\tcountry\tadmin1\tparent_id\tsource\tnote"
out = [HDR,
 "# Every hill and mountain Wikipedia's 'Syrian Civil War detailed map' module marks as a strategic hill (about July 2017;",
 "# the copy bundled as gazetteer/control/syria_control_2017.csv, CC BY-SA, Wikipedia contributors), names as its labels",
 "# without elevations or notes. alt_names: the generic word's usual transliterations (Tall/Tal/Tell, Jabal/Jebel/Mount).",
 "# Left out: labels that are numbers or descriptions (Hill 500, Height 1154, Point 1, quarries, 'Army position'), and hills",
 "# named as a gazetteer place within 10 km of them (the village or town of that name stands for the hill: no second",
 "# reading to choose between), and hills named as another Syrian place anywhere or marked twice (a hill 'Tell Abyad'",
 "# took the town of Tal Abyad 240 km off in a composed gold report: a wrong point is worse than a hill left unknown)."]
skipped = {'generic':0, 'village':0, 'dup':0, 'namesake':0}
allsy = set(norm(n) for (n,) in db.execute("select n.name from names n join places p on p.pid=n.pid where p.country='SY' and p.id not like 'cur:%'"))
hillkeys = {}
for r0 in rows:
    k0 = norm(re.split(r'[/()]', r0['label'])[0].strip()) if r0['label'].strip() else ''
    hillkeys[k0] = hillkeys.get(k0, 0) + 1
seen = set(); ids = set()
for r in rows:
    label = r['label'].strip()
    if not label or GENERIC.search(label):
        skipped['generic'] += 1; continue
    names = [n.strip() for n in re.split(r'[/()]', label) if n.strip()]
    name = names[0]
    lat, lon = float(r['lat']), float(r['lon'])
    key = norm(name)
    if not key or (key, round(lat,2), round(lon,2)) in seen:
        skipped['dup'] += 1; continue
    seen.add((key, round(lat,2), round(lon,2)))
    d = 0.1
    local = db.execute("select n.name from names n join places p on p.pid=n.pid where p.id not like 'cur:%' and p.lat between ? and ? and p.lon between ? and ?", (lat-d, lat+d, lon-d*1.25, lon+d*1.25)).fetchall()
    if any(norm(n) == key for (n,) in local) or any(norm(n) == key for n in names[1:] for (n2,) in [] ):
        skipped['village'] += 1; continue
    if any(norm(alt) == norm(n) for alt in names[1:] for (n,) in local):
        skipped['village'] += 1; continue
    if key in allsy or hillkeys.get(key, 0) > 1:
        skipped["namesake"] += 1; continue

    first = name.split()[0].lower()
    mountain = first in ('jabal','jebel','mount','jaball') or re.search(r'mountain', name, re.I)
    code = 'MT' if mountain else 'HLL'
    alts = []
    for n in names:
        m = re.match(r"(?i)(jabal|jebel|mount|jaball)\s+(.*)", n)
        if m:
            alts += [f"Jabal {m.group(2)}", f"Jebel {m.group(2)}", f"Mount {m.group(2)}"]
        m = re.match(r"(?i)(tall|tell|tal|tel)\s+(.*)", n)
        if m:
            alts += [f"Tall {m.group(2)}", f"Tell {m.group(2)}", f"Tal {m.group(2)}"]
        m = re.match(r"(?i)(.*\S)\s+(mountain|hill)$", n)
        if m and code == 'MT':
            alts += [f"Jabal {m.group(1)}", f"Mount {m.group(1)}"]
        if n != name: alts.append(n)
    alts = [a for a in dict.fromkeys(alts) if a != name]
    pid = re.sub(r'[^a-z0-9]+', '-', unicodedata.normalize('NFKD', name).encode('ascii','ignore').decode().lower()).strip('-') + '-' + code.lower()
    base = pid; k = 2
    while pid in ids: pid = f"{base}-{k}"; k += 1
    ids.add(pid)
    (pn, _, _, adm), dist = nearest_community(ocha, lat, lon)
    note = f"reference gives coordinates (module line {r['src_line']}, label '{label}'); governorate of the nearest OCHA community ({pn}, {dist:.0f} km)"
    out.append('\t'.join([pid, name, '|'.join(alts), code, r['lat'], r['lon'], '', 'SY', adm or '', '', SRC, note]))
open('gazetteer/curated/facilities-hills.tsv','w').write('\n'.join(out)+'\n')
print(len(out)-7, skipped)
