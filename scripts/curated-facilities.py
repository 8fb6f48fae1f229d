# Writes gazetteer/curated/facilities-{airbases,oil-gas,dams,border-crossings}.tsv from the bundled copy of Wikipedia's
# "Syrian Civil War detailed map" module (gazetteer/control/syria_control_2017.csv): every named mark of those kinds,
# with the names and transliteration variants chosen below. Needs a built gazetteer/gazetteer.db (the governorate of
# each point is that of the nearest OCHA community). Run from the checkout root: python3 scripts/curated-facilities.py
import sqlite3
from curated_common import SRC, module_marks, nearest_community, ocha_communities
rows = {int(r['src_line']): r for r in module_marks()}
db = sqlite3.connect('gazetteer/gazetteer.db')
ocha = ocha_communities(db)
# src_line: (id, name, alt_names, feature_code)
AIR = {
 389: ('sarrin-airstrip-septe', 'Septe Airbase', 'Septe airstrip', 'AIRB'),
 460: ('ramla-airstrip', 'Ramla Airstrip', 'Ramla airbase', 'AIRB'),
 986: ('hammam-airstrip', 'Hammam Airstrip', 'Hammam airbase', 'AIRB'),
 1291: ('lafarge-helicopter-airfield', 'Lafarge airfield', 'Lafarge helicopter airfield|Lafarge helicopter base', 'AIRB'),
 1666: ('tilife-airbase', 'Tilife Airbase', 'Tilifê airbase|Tilife airstrip', 'AIRB'),
 2205: ('menagh-airbase', 'Menagh Air Base', 'Minakh airbase|Menagh airbase|Mennagh airbase|Meng airbase|Minnigh airbase|Menagh military airport|Minakh military airport', 'AIRB'),
 2206: ('kuweires-airbase', 'Kuweires Military Airbase', 'Kuweires airbase|Kweires airbase|Kuwayris airbase|Kuweiris airbase|Kuwayres airbase|Kweiris airbase', 'AIRB'),
 2210: ('jirah-airbase', 'Jirah Military Airbase', 'Jirah airbase|Al-Jarrah airbase|Jarrah airbase|al-Jirah airbase|Jira airbase', 'AIRB'),
 2233: ('qabr-al-sitt-heliport', 'Qabr al-Sitt Air Base', 'Qabr as Sitt airbase|Qabr al-Sit airbase', 'AIRB'),
 2258: ('mezzeh-airbase', 'Mezzeh Military Airport', 'Mezzeh airbase|Mazzeh airbase|al-Mezzeh airbase|Mezze airbase|Mazzah airbase', 'AIRB'),
 2527: ('marj-al-sultan-heliport', 'Marj al-Sultan Military Heliport', 'Marj al-Sultan airbase|Marj as Sultan airbase|Marj al-Sultan heliport|Marj al-Sultan airport', 'AIRB'),
 2545: ('marj-ruhayyil-airbase', 'Marj Ruhayyil Air Base', 'Marj Ruhayyil airbase|Marj al-Ruhayyil airbase|Marj Rhayyel airbase|Marj Ruhayil airbase', 'AIRB'),
 2866: ('hamdan-airbase', 'Hamdan Air Base', 'Hamdan airbase|Hamdan airport|al-Hamdan airbase|al-Hamdan airport', 'AIRB'),
 2867: ('mayadin-airport', 'Mayadin Airport', 'Mayadin airbase|al-Mayadin airport|al-Mayadin airbase|Mayadeen airport|Mayadeen airbase', 'AIRB'),
 2872: ('t2-airport', 'T2 Airport', 'T-2 airport|T2 airbase|T-2 airbase|T2 airfield', 'AIRB'),
 2875: ('kahara-airstrip', 'Kahara Airstrip', 'Kahara airbase', 'AIRB'),
 3388: ('qahira-airfield', 'Qahira Airfield', 'Qahira airbase|al-Qahira airfield', 'AIRB'),
 3478: ('hama-airbase', 'Hama Military Airport', 'Hama airbase|Hama military airbase|Hama air base', 'AIRB'),
 3559: ('tall-kahf-airstrip', 'Tall Kahf Airstrip', 'Tal Kahf airstrip|Tall Kahf airbase', 'AIRB'),
 3795: ('rmelan-airbase', 'Rmelan Airbase', 'Abu Hajar airport|Abu Hajar airbase|Rumeilan airbase|Rmeilan airbase|Rmelan airport|Rumaylan airbase|Rmeilan airport', 'AIRB'),
 4681: ('shayrat-airbase', 'Shayrat Airbase', 'Shayrat military airport|Shairat airbase|al-Shayrat airbase|Shu\'ayrat airbase|Shueirat airbase|al-Shuayrat airbase', 'AIRB'),
 4875: ('t3-airbase', 'T3 Airbase', 'T-3 airbase|T3 airport|T-3 airport', 'AIRB'),
 5158: ('taftanaz-airbase', 'Taftanaz Air Base', 'Taftanaz airbase|Taftanaz military airport|Taftanaz helicopter base|Taftanaz airport', 'AIRB'),
 5423: ('hmeimim-airbase', 'Khmeimim Air Base', 'Hmeimim airbase|Khmeimim airbase|Hmeimim air base|Humaymim airbase|Hmaymim airbase', 'AIRB'),
 5513: ('tell-dehlis-airstrip', 'Tell Dehlis Airstrip', 'Tal Dehlis airstrip', 'AIRB'),
 5610: ('umm-tlalil-airstrip', 'Umm Tlalil Airstrip', '', 'AIRB'),
 5945: ('tabqa-airbase', 'Tabqa Airbase', 'Tabqa military airport|al-Tabqa airbase|Tabaqa airbase|Taqba airbase|Tabqa air base', 'AIRB'),
 6080: ('east-sayqal-airstrip', 'East Sayqal Airstrip', '', 'AIRB'),
 6081: ('raj-al-issa-airbase', 'Raj al-Issa Military Airbase', 'Raj al Issa airbase', 'AIRB'),
 6158: ('thalah-airbase', 'Tha\'lah Airbase', 'Thaala airbase|Thaalah airbase|Tha\'la airbase|al-Thaala airbase', 'AIRB'),
 6179: ('hamidiyah-airbase', 'Hamidiyah Air Base', 'Hamidiyah airbase|al-Hamidiyah airbase|Hamidiyeh airbase', 'AIRB'),
}
OIL = {
 69: ('mazrur-oil-field', 'Mazrur oil field', 'Mazrour oil field', 'OILF'),
 936: ('kharta-oil-facility', 'Kharta oil facility', 'Kharrata oil facility|Kharata oil field', 'GOSP'),
 941: ('maliha-oil-field', 'Maliha oil field', 'al-Maliha oil field|Malha oil field', 'OILF'),
 2819: ('jafra-oil-field', 'Jafra oil field', 'al-Jafra oil field|Jafrah oil field', 'OILF'),
 2820: ('al-ward-oil-field', 'al-Ward oil field', 'Ward oil field|al-Warid oil field', 'OILF'),
 2821: ('al-omar-oil-field', 'al-Omar oil field', 'Omar oil field|al-Umar oil field', 'OILF'),
 2827: ('sijan-oil-field', 'Sijan oil field', 'Sajan oil field', 'OILF'),
 2828: ('shudayha-oil-field', 'Shudayha oil field', 'Shdayha oil field', 'OILF'),
 2829: ('abu-hardan-oil-field', 'Abu Hardan oil field', '', 'OILF'),
 2830: ('tanak-oil-field', 'Tanak oil field', 'al-Tanak oil field|Tanak processing plant', 'OILF'),
 2831: ('thayyem-oil-field', 'Thayyem oil field', 'al-Taym oil field|Taym oil field|Tayyem oil field|al-Tayyem oil field|Thayyem processing facility', 'OILF'),
 2833: ('conoco-gas-field', 'Conoco gas field', 'Conoco gas plant|Koniko gas field|Koneko gas field|Coneco gas field|Conoco Tabieh gas plant|Conoco field', 'GASF'),
 2834: ('al-shola-oil-field', 'al-Shola oil field', 'Ash Shola oil field|Shula oil field|al-Shula oil field', 'OILF'),
 2835: ('al-mahash-oil-field', 'al-Mahash oil field', 'El Mahash oil field|Mahash oil field', 'OILF'),
 2873: ('t2-pumping-station', 'T2 pumping station', 'T-2 pumping station|T2 station|T-2 station', 'PMPO'),
 2884: ('al-ahmar-oil-field', 'al-Ahmar oil field', 'Ahmar oil field', 'OILF'),
 2885: ('ratka-oil-field', 'Ratka oil field', 'al-Ratka oil field', 'OILF'),
 2886: ('akash-oil-field', 'Akash oil field', 'Akkas oil field', 'OILF'),
 2994: ('al-isba-gathering-station', 'al-Isba gathering station', 'El-Isba gathering station|Isba gathering station', 'GOSP'),
 3003: ('juweif-oil-station', 'Juweif oil station', 'Juwayf oil station', 'GOSP'),
 3796: ('al-hawl-oil-field', 'al-Hawl oil field', 'Hawl oil field|Tishreen oil field|Tishrin oil field', 'OILF'),
 3797: ('suwaydiyah-gas-plant', 'Suwaydiyah gas plant', 'Swediyah gas plant|Suwaydiyah gas field|Swediyeh gas plant', 'GOSP'),
 3799: ('najaf-oil-plant', 'Najaf oil plant', '', 'GOSP'),
 3800: ('rmelan-oil-field', 'Rmelan oil field', 'Rmeilan oil field|Rumeilan oil field|Rumaylan oil field', 'OILF'),
 4034: ('jabisah-oil-field', 'Jabisah oil field', 'Jbeisa oil field|Jabsa oil field|Jbeisah oil field', 'OILF'),
 4035: ('kabibah-oil-field', 'Kabibah oil field', 'Kbeibeh oil field', 'OILF'),
 4404: ('palmyra-gas-fields', 'Palmyra gas fields', '', 'GASF'),
 4617: ('ebla-gas-plant', 'Ebla gas plant', 'Ebla gas treatment plant', 'GOSP'),
 4819: ('mustadira-gas-field', 'Mustadira gas field', 'Mustadirah gas field', 'GASF'),
 4820: ('arak-gas-field', 'Arak gas field', 'Araq gas field|al-Arak gas field', 'GASF'),
 4821: ('homs-refinery', 'Homs refinery', 'Homs oil refinery|Homs petroleum refinery', 'OILR'),
 4822: ('hayan-gas-company', 'Hayan gas company', 'Hayan gas plant|Hayyan gas plant|Hayan gas field|Hayyan gas field|Hayyan gas company', 'GASF'),
 4823: ('shaer-gas-field', 'Shaer gas field', 'al-Shaer gas field|Shair gas field|al-Shair gas field|Sha\'er gas field|Al-Sha\'er gas field|Shaer gas fields', 'GASF'),
 4826: ('abu-rabah-gas-station', 'Abu Rabah gas gathering station', '', 'GOSP'),
 4827: ('jazal-oil-field', 'Jazal oil field', 'Jazl oil field|al-Jazal oil field|Jazal oil fields', 'OILF'),
 4828: ('najib-gas-field', 'Najib gas field', '', 'GASF'),
 4829: ('jihar-gas-field', 'Jihar gas field', 'Jihar oil field|Jhar gas field|Jahar gas field', 'GASF'),
 4830: ('jihar-oil-station', 'Jihar oil station', 'Jhar oil station', 'GOSP'),
 4831: ('al-mahr-gas-field', 'al-Mahr gas field', 'Mahr gas field|al-Mahr oil field|Mahr oil field', 'GASF'),
 4832: ('sukhna-gas-field', 'Sukhna gas field', 'al-Sukhna gas field|Sukhnah gas field|Sukhna oil field', 'GASF'),
 4833: ('tuweinan-gas-field', 'Tuweinan gas field', 'Tuwaynan gas field|Tuweinan oil field|Twinan gas field', 'GASF'),
 4834: ('west-tuweinan-gas-field', 'West Tuweinan gas field', '', 'GASF'),
 4835: ('abu-rabah-gas-field', 'Abu Rabah gas field', 'Abu Rabbah gas field', 'GASF'),
 4836: ('sadad-gas-field', 'Sadad gas field', '', 'GASF'),
 4837: ('qomqom-gas-field', 'Qomqom gas field', 'Qumqum gas field', 'GASF'),
 4838: ('al-hayl-gas-field', 'al-Hayl gas field', 'al-Hail gas field|Hail gas field|Hayl gas field', 'GASF'),
 4840: ('arak-gas-plant', 'Arak gas treatment plant', 'Arak gas plant', 'GOSP'),
 4851: ('thawrah-oil-field', 'Thawrah oil field', 'al-Thawra oil field|Thawra oil field', 'OILF'),
 4852: ('sfaiyeh-oil-field', 'Sfaiyeh oil field', 'Sufayyah oil field|Sfayyeh oil field', 'OILF'),
 4854: ('habbari-oil-field', 'Habbari oil field', 'Ithriyah oil field', 'OILF'),
 4855: ('waheb-oil-field', 'Waheb oil field', 'Wahab oil field', 'OILF'),
 4856: ('ammala-oil-field', 'Ammala oil field', '', 'OILF'),
 4876: ('t3-pumping-station', 'T3 pumping station', 'T-3 pumping station|T3 station|T-3 station', 'PMPO'),
 4877: ('t4-pumping-station', 'T4 pumping station', 'T-4 pumping station', 'PMPO'),
 5500: ('ukayrishah-refinery', 'Ukayrishah oil refinery', 'Ukayrishah refinery', 'OILR'),
}
DAM = {
 98: ('arak-dam', 'Arak Dam', '', 'DAM'),
 973: ('shahba-dam', 'Shahba Dam', '', 'DAM'),
 1413: ('maydanki-dam', 'Maydanki Dam', 'Maydankay Dam|Midanki Dam', 'DAM'),
 1709: ('sajur-dam', 'Sajur Dam', 'Sajour Dam', 'DAM'),
 2216: ('tishrin-dam', 'Tishrin Dam', 'Tishreen Dam|Teshreen Dam', 'DAM'),
 2317: ('makhoul-dam', 'Makhoul Dam', '', 'DAM'),
 2318: ('risha-dam', 'Risha Dam', '', 'DAM'),
 2335: ('zalaf-dam', 'Zalaf Dam', '', 'DAM'),
 2716: ('saham-dam', 'Saham Dam', 'Sahem Dam|Saham al-Jawlan Dam', 'DAM'),
 2717: ('adwan-dam', 'Adwan Dam', '', 'DAM'),
 3062: ('aqarib-dam', 'Aqarib Dam', '', 'DAM'),
 4118: ('south-hasakah-dam', 'South Hasakah Dam', 'Southern Hasakah Dam|Hasakah South Dam', 'DAM'),
 4745: ('al-waer-dam', 'al-Waer Dam', 'Waer Dam', 'DAM'),
 4811: ('abu-qilla-dam', 'Abu Qilla Dam', '', 'DAM'),
 4814: ('houla-dam', 'Houla Dam', 'Hula Dam|al-Houla Dam', 'DAM'),
 4980: ('darkush-dam', 'Darkush Dam', 'Darkoush Dam', 'DAM'),
 5332: ('baradun-dam', 'Baradun Dam', 'Baroudan Dam', 'DAM'),
 5627: ('abu-shaaf-dam', 'Abu Shaaf Dam', 'Abu Sha\'af Dam', 'DAM'),
 5944: ('tabqa-dam', 'Tabqa Dam', 'Euphrates Dam|al-Thawra Dam|Thawra Dam|Tabaqa Dam|Taqba Dam|al-Tabqa Dam', 'DAM'),
 5956: ('baath-dam', 'Baath Dam', 'Ba\'ath Dam|al-Baath Dam', 'DAM'),
}
BORDER = {
 1034: ('bab-al-salama-crossing', 'Bab al-Salama crossing', 'Bab al-Salameh crossing|Bab al-Salam crossing|Bab al-Salame crossing|Bab as-Salama crossing', 'PSTB'),
 1995: ('al-rai-crossing', 'al-Rai crossing', 'Rai crossing|al-Raee crossing|al-Ra\'i crossing', 'PSTB'),
 2546: ('masnaa-crossing', 'Masnaa crossing', 'al-Masnaa crossing', 'PSTB'),
 2548: ('hamra-crossing', 'Hamra crossing', '', 'PSTB'),
 2552: ('daraa-crossing', 'Daraa crossing', 'Daraa border crossing|Daraa customs crossing|Ramtha crossing', 'PSTB'),
 2785: ('nasib-crossing', 'Nasib crossing', 'Nassib crossing|Naseeb crossing|Jaber crossing|Nasib-Jaber crossing', 'PSTB'),
 4227: ('qamishli-crossing', 'Qamishli crossing', 'Nusaybin crossing', 'PSTB'),
 4462: ('dabbousiyah-crossing', 'Dabbousiyah crossing', 'Dabousieh crossing|Dabusiyah crossing', 'PSTB'),
 4609: ('jusiyah-crossing', 'Jusiyah crossing', 'Jawsiyah crossing|Jousieh crossing', 'PSTB'),
 4730: ('rukban-crossing', 'Rukban crossing', 'al-Rukban crossing|Rukban camp crossing', 'PSTB'),
 4732: ('alzaawih-crossing', 'Alzaawih crossing', '', 'PSTB'),
 4736: ('al-tanf-crossing', 'al-Tanf crossing', 'Tanf crossing|al-Tanaf crossing|al-Waleed crossing|al-Walid crossing', 'PSTB'),
 4930: ('bab-al-hawa-crossing', 'Bab al-Hawa crossing', 'Bab al-Hawa border crossing|Cilvegozu crossing', 'PSTB'),
 5318: ('kasab-crossing', 'Kasab crossing', 'Kessab crossing|Kesab crossing|Yayladagi crossing', 'PSTB'),
 5430: ('quneitra-crossing', 'Quneitra crossing', '', 'PSTB'),
 6161: ('al-ruwayshid-crossing', 'al-Ruwayshid crossing', 'Ruwayshid crossing|al-Ruwashid crossing', 'PSTB'),
 6190: ('arida-crossing', 'Arida crossing', 'al-Arida crossing|Areeda crossing', 'PSTB'),
}
HDR = "id\tname\talt_names\tfeature_code\tlat\tlon\twkt\tcountry\tadmin1\tparent_id\tsource\tnote"
def write(fname, table, comment):
    out = [HDR] + ['# ' + c for c in comment]
    for line, (pid, name, alts, code) in sorted(table.items()):
        r = rows[line]
        lat, lon = float(r['lat']), float(r['lon'])
        (pn, _, _, adm), d = nearest_community(ocha, lat, lon)
        note = f"reference gives coordinates (module line {line}, label '{r['label']}'); governorate of the nearest OCHA community ({pn}, {d:.0f} km)"
        out.append('\t'.join([pid, name, alts, code, r['lat'], r['lon'], '', 'SY', adm or '', '', SRC, note]))
    open(fname, 'w').write('\n'.join(out) + '\n')
    print(fname, len(table))
common = ["Every entry of this category that Wikipedia's 'Syrian Civil War detailed map' module marks (about July 2017; the copy",
          "bundled as gazetteer/control/syria_control_2017.csv, CC BY-SA, Wikipedia contributors). Names are the module's labels",
          "without their annotations; alt_names are transliteration variants and the category word's variants are generated by",
          "the build from gazetteer/sources/facility_name_forms.tsv."]
write('gazetteer/curated/facilities-airbases.tsv', AIR, common + [
  "Left out (already in OurAirports or seeds.tsv): Aleppo International/Nayrab, Damascus International, Dumayr, Sayqal,",
  "al-Naseriyah, Khalkhalah, Qusayr (Dab'a), Tiyas (T4), Abu al-Duhur, Deir ez-Zor, Qamishli, Palmyra, Bassel al-Assad;",
  "unnamed: 'Russian helicopter base'."])
write('gazetteer/curated/facilities-oil-gas.tsv', OIL, common + [
  "Left out: 'Pipeline facility' (unnamed); second marks of one site (Thayyem processing facility, Shaer gathering station,",
  "Sfaiyeh processing facility, Suwaydiyah oil plant, al-Hail gathering station, Balasim oil storage) are alt names or left out."])
write('gazetteer/curated/facilities-dams.tsv', DAM, common + [
  "Left out: 'East Dam' and 'Southern Dam' (descriptions, not names)."])
write('gazetteer/curated/facilities-border-crossings.tsv', BORDER, common + [
  "Left out: the module's unlabelled border-post icons (no name given) and 'Syrian-Iraqi Border Crossing' (a description).",
  "Unsourced here (named by other references, no coordinates found in time): Jarablus, Tal Abyad, Ras al-Ain, Kobani,",
  "Atmeh, Darkush, al-Yarubiyah, Semalka, Abu Kamal/al-Qaim crossings; their towns stand in for them."])
