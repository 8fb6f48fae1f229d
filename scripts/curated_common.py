# What the three curated-*.py scripts share: the bundled copy of Wikipedia's "Syrian Civil War detailed map" module,
# distances, and the nearest OCHA community (whose governorate a curated point takes). Imported, not run.
import csv, math

SRC = 'https://en.wikipedia.org/wiki/Module:Syrian_Civil_War_detailed_map'
MODULE_CSV = 'gazetteer/control/syria_control_2017.csv'

def module_marks(kind=None):
    """The module's marks (dicts with src_line, kind, label, lat, lon), of one kind when given."""
    return [r for r in csv.DictReader(open(MODULE_CSV, encoding='utf-8')) if kind is None or r['kind'] == kind]

def km(lat1, lon1, lat2, lon2):
    """Kilometres between two points, flat-earth: exact enough at the few-km scale these rules use."""
    return 111.2 * math.hypot(lat1 - lat2, (lon1 - lon2) * math.cos(math.radians(lat1)))

def nearest(rows, lat, lon, lat_at=0):
    """The row nearest (lat, lon), its latitude at index lat_at and its longitude just after it."""
    return min(rows, key=lambda p: (p[lat_at] - lat) ** 2 + ((p[lat_at + 1] - lon) * math.cos(math.radians(lat))) ** 2)

def ocha_communities(db):
    """(name, lat, lon, admin1) of every OCHA community in the built gazetteer."""
    return db.execute("select name,lat,lon,admin1 from places where id like 'ocha:%'").fetchall()

def nearest_community(communities, lat, lon):
    """The OCHA community nearest (lat, lon) and its distance in km."""
    best = nearest(communities, lat, lon, lat_at=1)
    return best, km(lat, lon, best[1], best[2])
