#!/usr/bin/env python3
"""Mines which province each district, town or provincial city belongs to, from news that writes
them together: 'huyện Đại Lộc, tỉnh Quảng Nam', 'thị xã Điện Bàn (tỉnh Quảng Nam)', 'thành phố Hội
An, Quảng Nam'.

Reads the politics corpus (articles of the hold-out and the untouched dev-real set left out) and the
wider feed's _posts (paths in the excluded file left out). Writes only counts: for each district name
the province it is written with, kept when seen at least twice and with that province in at least
nine of ten of its pairs (a name shared by two provinces, 'Châu Thành', is dropped). Development tool,
not shipped.

Usage: mine_districts.py <output tsv> <corpus json> <holdout json> <dev-real folder> <folder holding _posts> <excluded paths file> <output tags tsv>
"""
import collections
import glob
import json
import os
import re
import sys
import unicodedata

# The 63 provinces before the 2025 mergers, as the extractor's lexicon names them.
PROVINCES = """Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|An Giang|Bà Rịa - Vũng Tàu|Bắc Giang|Bắc Kạn|Bạc Liêu|Bắc Ninh|
Bến Tre|Bình Định|Bình Dương|Bình Phước|Bình Thuận|Cà Mau|Cao Bằng|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|Gia Lai|
Hà Giang|Hà Nam|Hà Tĩnh|Hải Dương|Hậu Giang|Hòa Bình|Hưng Yên|Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|Lạng Sơn|
Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|Quảng Ninh|Quảng Trị|
Sóc Trăng|Sơn La|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Tiền Giang|Trà Vinh|Tuyên Quang|Vĩnh Long|
Vĩnh Phúc|Yên Bái""".replace("\n", "").split("|")
SPELLINGS = {"Bà Rịa-Vũng Tàu": "Bà Rịa - Vũng Tàu", "Đăk Lăk": "Đắk Lắk", "Đăk Nông": "Đắk Nông", "Thanh Hoá": "Thanh Hóa",
             "Khánh Hoà": "Khánh Hòa", "Hoà Bình": "Hòa Bình", "Huế": "Thừa Thiên Huế", "TP.HCM": "Hồ Chí Minh",
             "TP HCM": "Hồ Chí Minh", "TPHCM": "Hồ Chí Minh"}
PROVINCE = "|".join(sorted((re.escape(p) for p in PROVINCES + list(SPELLINGS)), key=len, reverse=True))
# A district's name: one to three capitalised words ('Đại Lộc', 'Krông Pắc', 'Bảo Lâm').
NAME = r"(?P<name>\p{Lu}[\p{Ll}']*(?:[ -]\p{Lu}[\p{Ll}']*){0,2})"
LEVEL = r"(?P<level>huyện|thị xã|quận|thành phố|TP\.?)"
PAIR = re.compile(
    rf"\b{LEVEL} {NAME}\s*(?:,|\(|-|–)\s*(?:(?:tỉnh|thành phố|TP\.?)\s+)?(?P<province>{PROVINCE})\b"
    .replace(r"\p{Lu}", "[A-ZĐÀ-ỸÂĂÊÔƠƯ]").replace(r"\p{Ll}", "a-zà-ỹđ"))
MIN_COUNT = 2
MIN_SHARE = 0.9
# A provincial paper's tag before its dateline ('(QNO) - Ngày 23/7', 'BTO- Sáng 5/3') or its site's
# name written in the text ('Baoquangnam.vn'); the province is the one the post names after 'tỉnh'
# most, and a tag is kept when at least three posts name one, nine in ten of them the same.
TAG = re.compile(r"(?:^|\n|[.!?] )[^\n]{0,200}?(?:\((?P<tag>[A-Z]{2,5})\)\s*[-–]|\b(?P<bare>[A-Z]{2,4})\s?[-–]\s(?=\p{Lu}))"
                 .replace(r"\p{Lu}", "[A-ZĐÀ-ỸÂĂÊÔƠƯ]"))
SITE = re.compile(r"\b(?P<site>[Bb]ao[a-z]{3,20}\.(?:vn|com\.vn|org\.vn))\b")
CUED = re.compile(rf"\btỉnh (?P<province>{PROVINCE})\b")
MIN_TAG_POSTS = 3


def nfc(text):
    return unicodedata.normalize("NFC", text)


def canonical_province(name):
    # Written as the extractor's lexicon writes the city in a post: 'TP. Hồ Chí Minh'.
    name = SPELLINGS.get(name, name)
    return "TP. Hồ Chí Minh" if name == "Hồ Chí Minh" else name


def corpus_texts(corpus_path, holdout_path, dev_folder):
    held = {a["url"] for a in json.load(open(holdout_path))["articles"]}
    for path in glob.glob(os.path.join(dev_folder, "*.json")):
        number = os.path.basename(path)[:-5]
        if number.isdigit() and int(number) % 3 == 0:
            held.add(json.load(open(path))["url"])
    for article in json.load(open(corpus_path))["articles"]:
        if article["url"] not in held:
            yield article["text"]


def feed_texts(posts_folder, excluded_path):
    excluded = {line.strip() for line in open(excluded_path) if line.strip()}
    for path in sorted(glob.glob(os.path.join(posts_folder, "_posts", "*.md"))):
        if "_posts/" + os.path.basename(path) not in excluded:
            yield open(path, encoding="utf-8", errors="replace").read()


def mine_tags(texts):
    """Counts, for each paper tag or site name, the province each post that writes it names most."""
    tags = collections.defaultdict(collections.Counter)
    for text in texts:
        named = collections.Counter(canonical_province(m["province"]) for m in CUED.finditer(text))
        if not named:
            continue
        province = named.most_common(1)[0][0]
        found = {m["tag"] or m["bare"] for m in TAG.finditer(text[:3000])} | {m["site"].lower() for m in SITE.finditer(text)}
        for tag in found:
            tags[tag][province] += 1
    rows = []
    for tag, provinces in tags.items():
        (province, count), total = provinces.most_common(1)[0], sum(provinces.values())
        if count >= MIN_TAG_POSTS and count / total >= MIN_SHARE:
            rows.append((tag, province, count, total))
    return rows


def main(out, corpus, holdout, dev, posts, excluded, tags_out):
    feed = [nfc(t) for t in feed_texts(posts, excluded)]
    with open(tags_out, "w", encoding="utf-8") as f:
        f.write("# tag or site\tprovince\tposts naming the province most\tposts in all\n")
        for row in sorted(mine_tags(feed), key=lambda r: (r[1], r[0])):
            f.write("\t".join(map(str, row)) + "\n")
    pairs = collections.defaultdict(collections.Counter)
    levels = collections.defaultdict(collections.Counter)
    for text in list(corpus_texts(corpus, holdout, dev)) + feed:
        for match in PAIR.finditer(nfc(text)):
            level = "thành phố" if match["level"].startswith("TP") else match["level"]
            name, province = match["name"], canonical_province(match["province"])
            if name == province or name in PROVINCES or name == "Hồ Chí Minh" or name in SPELLINGS:
                continue
            pairs[name][province] += 1
            levels[name][level] += 1
    rows = []
    for name, provinces in pairs.items():
        (province, count), total = provinces.most_common(1)[0], sum(provinces.values())
        if count >= MIN_COUNT and count / total >= MIN_SHARE:
            rows.append((name, province, levels[name].most_common(1)[0][0], count, total))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# district\tprovince\tlevel\tpairs with the province\tpairs in all\n")
        for row in sorted(rows, key=lambda r: (r[1], r[0])):
            f.write("\t".join(map(str, row)) + "\n")
    print(f"{len(rows)} districts kept of {len(pairs)} names seen", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
