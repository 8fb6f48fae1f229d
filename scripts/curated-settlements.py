# Writes gazetteer/curated/settlements-module.tsv from the bundled copy of Wikipedia's "Syrian Civil War detailed map"
# module (gazetteer/control/syria_control_2017.csv): its settlement marks that no gazetteer place of a similar name lies
# near, chosen by the rules below (by category, never from any evaluation file). Names are compared with the project's
# own folding (`mapdash gazetteer fold`, the keys the build stores in gazetteer.db names.fold_key/skeleton_key) and its
# close-spelling notion (SpellingDistance.AtMostOne: one letter inserted, dropped or replaced in the fold key).
# Needs a built gazetteer/gazetteer.db and the CLI. Run from the checkout root: python3 scripts/curated-settlements.py
import collections, re, sqlite3, subprocess, sys, unicodedata
from curated_common import SRC, km, module_marks, nearest, nearest_community, ocha_communities

OUT = 'gazetteer/curated/settlements-module.tsv'
NEAR_KM = 8     # a gazetteer name this close stands for the mark (see the comment lines written below)
ID_PREFIX = 'stl-'
# Labels that describe rather than name (farms, camps, quarters, sites), or name two places at one point.
DESCRIPTION = re.compile(r"\d|#|&|\bfarms?\b|farmlands|\bcamp(ing)?\b|\barea\b|resort|\bbase\b|sector|\bpoint\b|punkt|valley|"
                         r"refugee|\bIDP\b|military|station|district|\bzone\b|\bcity\b|island|castle|\bsite\b|baths|reserve|"
                         r"security|houses|ancient|^new\b|^(qasr|qal.?at)\b", re.I)

def words(kind):
    return {r[1] for r in (l.rstrip('\n').split('\t') for l in open('src/MapDashboard.Core/Geoparsing/Data/geoparsing-words.tsv', encoding='utf-8'))
            if len(r) > 2 and r[0] == kind}
COMMON = words('common-word') | words('direction')
# Compass and size words (English and the Arabic forms of geoparsing-words.tsv name-qualifier): "East X" and "West X" are
# two villages, however alike their letters.
QUALIFIERS = words('direction') | {w for e in words('name-qualifier') for part in e.split(':') for w in part.split(',')}

def parts(label):
    """The label's name and its alternates: '/'-separated, parenthesised or comma-separated."""
    return [n.strip() for n in re.split(r'[/(),]', label) if n.strip()]

def one_letter(a, b):
    """SpellingDistance.AtMostOne over fold keys."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) > 1:
        return False
    p = 0
    while p < len(b) and a[p] == b[p]:
        p += 1
    if p == len(b):
        return True
    return a[p + 1:] == b[p + 1:] if len(a) == len(b) else a[p + 1:] == b[p:]

marks = module_marks('settlement')
names = sorted({n for r in marks for n in parts(r['label'])})
fold_input = '/tmp/curated-settlements-names.txt'
open(fold_input, 'w', encoding='utf-8').write('\n'.join(names) + '\n')
cli = sys.argv[1:] or ['./mapdash']
folded = subprocess.run(cli + ['gazetteer', 'fold', '--file', fold_input], capture_output=True, text=True, check=True).stdout
keys = {}
for line in folded.splitlines():
    n, f, s = line.split('\t')
    keys[n] = (f, s)

db = sqlite3.connect('gazetteer/gazetteer.db')
near_rows = db.execute("select p.lat, p.lon, n.fold_key, n.skeleton_key, p.id from names n join places p on p.pid = n.pid "
                       "where p.lat between 31.5 and 38.2 and p.lon between 34.8 and 43 and p.id not like ?", ('cur:' + ID_PREFIX + '%',)).fetchall()
grid = collections.defaultdict(list)
for t in near_rows:
    grid[(int(t[0] * 10), int(t[1] * 10))].append(t)
# Syria's governorates, its capital and governorate and district seats: a mark named like one is the city's (or a mistake).
major = db.execute("select n.fold_key, n.skeleton_key from names n join places p on p.pid = n.pid where p.country = 'SY' "
                   "and p.feature_code in ('ADM1', 'PPLC', 'PPLA', 'PPLA2') and p.id not like 'cur:%'").fetchall()
major_folds = {f for f, _ in major}
countries = {f for (f,) in db.execute("select n.fold_key from names n join places p on p.pid = n.pid where p.feature_code like 'PCL%'")}
# Every fold key of a Syrian place of the gazetteer (the curated supplement aside), for the namesake rule.
syrian_folds = {f for (f,) in db.execute("select n.fold_key from names n join places p on p.pid = n.pid where p.country = 'SY' and p.id not like 'cur:%'")}
ocha = ocha_communities(db)
populated = db.execute("select lat, lon, country from places where feature_class = 'P' and country is not null "
                       "and lat between 31.5 and 38.2 and lon between 34.8 and 43 and id not like 'cur:%'").fetchall()

def similar_near(lat, lon, ks):
    for i in range(int(lat * 10) - 1, int(lat * 10) + 2):
        for j in range(int(lon * 10) - 2, int(lon * 10) + 3):
            for t in grid.get((i, j), ()):
                if any(f == t[2] or s == t[3] or one_letter(f, t[2]) for f, s in ks) and km(lat, lon, t[0], t[1]) <= NEAR_KM:
                    return t
    return None

skipped = collections.Counter()
kept = []
for r in marks:
    label = r['label'].strip()
    if not label:
        skipped['no label'] += 1
        continue
    if DESCRIPTION.search(label):
        skipped['description'] += 1
        continue
    ns = parts(label)
    lat, lon = float(r['lat']), float(r['lon'])
    if similar_near(lat, lon, [keys[n] for n in ns]):
        skipped['a gazetteer place of a similar name within %d km' % NEAR_KM] += 1
        continue
    # Alternates that are English words, a country's or a major city's name are annotations, not names of this village.
    good = [n for n in ns if keys[n][0] and not all(w in COMMON for w in n.lower().split())
            and keys[n][0] not in major_folds and keys[n][0] not in countries]
    if not good or good[0] != ns[0]:
        skipped['named as a word, a country or a major city'] += 1
        continue
    # A name the gazetteer gives a place elsewhere: a second reading of it makes the known one ambiguous (measured).
    if any(keys[n][0] in syrian_folds for n in good):
        skipped['named as a Syrian place elsewhere'] += 1
        continue
    if nearest(populated, lat, lon)[2] != 'SY':
        skipped['outside Syria'] += 1
        continue
    f0, s0 = keys[ns[0]]
    q0 = {w for w in f0.split() if w in QUALIFIERS}
    if any((k[0] == f0 or (one_letter(k[0], f0) and keys[k[4][0]][1] == s0)) and {w for w in k[0].split() if w in QUALIFIERS} == q0
           and km(lat, lon, k[1], k[2]) <= NEAR_KM for k in kept):
        skipped['second mark of the same place'] += 1
        continue
    kept.append((f0, lat, lon, r, good))

HDR = "id\tname\talt_names\tfeature_code\tlat\tlon\twkt\tcountry\tadmin1\tparent_id\tsource\tnote"
out = [HDR,
 "# Settlements (villages, hamlets, towns) that Wikipedia's 'Syrian Civil War detailed map' module marks (about July 2017;",
 "# the copy bundled as gazetteer/control/syria_control_2017.csv, CC BY-SA, Wikipedia contributors) and that the gazetteer",
 "# lacks: no gazetteer name of the same fold or skeleton key, or one letter apart (SpellingDistance), within %d km of the" % NEAR_KM,
 "# mark, for the label or any of its alternates. %d km: closer marks with a similar name are mostly the same village placed" % NEAR_KM,
 "# a little apart (3,662 of the 4,898 marks lie within 1 km of one, 350 more within 2-4 km, then about 7 a km: chance).",
 "# Names and coordinates are the module's; alt_names are the label's '/', parenthesised and comma-separated alternates.",
 "# Written by scripts/curated-settlements.py; admin filled by the build from the nearest community (CuratedAdminFill).",
 "# Left out (%d marks): %s." % (sum(skipped.values()), '; '.join(f'{k}: {v}' for k, v in skipped.most_common())),
 "# Descriptions: labels with a digit, '&' (two places at one mark), or a word such as farm(s), camp, area, resort, base,",
 "# sector, point, valley, refugee, IDP, military, station, district, zone, city, island, castle, site, baths, reserve,",
 "# security, houses, ancient, or 'New X' (a new quarter named after its old village), or a label opening with Qasr or Qal'at",
 "# (a castle or palace: the monument, not a village; the town of that name, where there is one, is the gazetteer's).",
 "# Names: a label whose own name is English words (geoparsing-words.tsv common-word and direction), or folds like a",
 "# country, a Syrian governorate or a governorate or district seat. Outside Syria: the nearest populated place of the gazetteer is in another country.",
 "# Named as a Syrian place elsewhere: the label or an alternate has the fold key of a Syrian place of the gazetteer",
 "# farther than %d km. A second reading of a known name makes the known one ambiguous: on the dev measurement such" % NEAR_KM,
 "# villages turned one event placed right into an unresolved one and two unplaced ones into points 80-570 km off, for one",
 "# gained; a village the text names near its own governorate is better left to 'near X' than put at a namesake.",
 "# Second marks: a mark named like one already taken within %d km (the same fold key, or one letter apart with the same" % NEAR_KM,
 "# skeleton), unless their compass or size words differ ('East X' and 'West X' are two villages)."]
ids = set()
for f0, lat, lon, r, good in kept:
    name = good[0]
    alts = [a for a in dict.fromkeys(good[1:]) if a != name]
    slug = re.sub(r'[^a-z0-9]+', '-', unicodedata.normalize('NFKD', name).encode('ascii', 'ignore').decode().lower()).strip('-') or 'x'
    pid = ID_PREFIX + slug
    if pid in ids:
        pid = f"{pid}-{r['src_line']}"
    ids.add(pid)
    (on, _, _, adm), odist = nearest_community(ocha, lat, lon)
    note = f"reference gives coordinates (module line {r['src_line']}, label '{r['label'].strip()}'); governorate of the nearest OCHA community ({on}, {odist:.0f} km)"
    out.append('\t'.join([pid, name, '|'.join(alts), 'PPL', r['lat'], r['lon'], '', 'SY', adm or '', '', SRC, note]))
open(OUT, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(OUT, len(kept), dict(skipped))
