#!/usr/bin/env python3
"""Mines the titles written next to Vietnamese names in a news corpus.

Reads the unlabelled corpus (shared/corpus/trends-politics.json), finds every 'Title Name' and
'Name, Title' it can see, and counts the title phrases, their heads and the organisations after
the heads. The counts are the evidence behind TitleLexicon.tsv in the extractor; this script is a
development tool and is not shipped.

The real-text hold-out (dev-real articles whose number divides by three) is left out of the
counts: its urls are read only to skip those articles.

Usage: mine_titles.py <corpus.json> <dev-real folder> <output folder> [TitleLexicon.tsv]
With the lexicon given, its count column is rewritten from the corpus: for a head, the titles that
start with it (and with no longer head); for a body, the titles that hold one of its spellings.
"""
import collections
import json
import os
import re
import sys
import unicodedata

SURNAMES = set("""Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lương Đinh Trịnh Mai Tô
Trương Hà Đào Cao Lâm Chu Kiều Thái Tạ Quách Lưu Tăng Vương Triệu Đoàn Vi Lò Hầu Giàng Sùng Mạc Khổng Phùng
Tống La Thân Nông Âu Lại Đàm Mẫn Lục Quan Y Điểu Ksor Rơ Nay Siu Bế Hứa Từ Diệp Ninh Kim""".split())

# Words that open a title: heads of posts as the press writes them (longest first at match time).
HEAD_WORDS = ("Phó", "Chủ", "Bí", "Tổng", "Ủy", "Uỷ", "Trưởng", "Bộ", "Thứ", "Giám", "Chánh", "Viện",
              "Vụ", "Cục", "Thành", "Thường", "Đại", "Trợ", "Chỉ", "Kiểm", "Tư", "Thủ", "Quyền")

# Ranks and honorifics that stand between a title and a name: not part of the post.
RANKS = re.compile(r"\s*(?:,\s*)?(?:Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|"
                   r"Thiếu tá|Đô đốc|Phó Đô đốc|Chuẩn Đô đốc|GS\.?\s*TS\.?|PGS\.?\s*TS\.?|TS\.?|ThS\.?|GS\.?|PGS\.?|"
                   r"Nhà giáo Nhân dân|Anh hùng Lực lượng vũ trang nhân dân|đồng chí|ông|bà)\s*$")

WORD = r"[^\W\d_][^\s,.;:()\"“”]*"
CAP = r"[A-ZĐÀ-Ỹ][^\s,.;:()\"“”]*"
NAME = re.compile(r"(?<![\w])(?P<name>(?:%s)(?: %s){1,3})(?![\w])" % ("|".join(sorted(SURNAMES, key=len, reverse=True)), CAP))

# A title is a run of words with no sentence punctuation; commas split chains of titles.
TITLE_BEFORE = re.compile(r"(?P<title>[^,.;:()\"“”\n]{3,160})$")
TITLE_AFTER = re.compile(r"^,\s*(?P<title>[^,.;:()\"“”\n]{3,160})")


def nfc(text):
    return unicodedata.normalize("NFC", text)


def held_out_urls(dev_real):
    urls = set()
    folder = os.path.join(dev_real, "articles")
    for name in os.listdir(folder):
        number = os.path.splitext(name)[0]
        if number.isdigit() and int(number) % 3 == 0:
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                urls.add(json.load(f)["url"])
    return urls


# Lower-case words that occur inside official titles; any other lower-case word ends the title
# ('bổ nhiệm', 'phân công', 'đã' ... are verbs of the sentence, not part of the post).
TITLE_LOWER = set("""nhân dân tối cao và của nước thường trực dự khuyết tỉnh thành phố huyện quận xã phường trung ương
quốc gia khóa khoá đảng ủy uỷ ban hội đồng chính phủ thứ nhất số lễ tang an ninh tại vụ kiểm sát tư pháp các
quốc phòng hồ chí minh đối ngoại sự nhà môi trường công nghệ tổ chức
chủ tịch thư viên tướng trưởng đốc sứ ký lý giám tổng phó bí thủ án""".split())

# Words that open the organisation part of a title: what follows the head ('Phó Chủ tịch' + 'UBND tỉnh').
ORG_STARTS = ("Ban", "Bộ", "Ủy ban", "Uỷ ban", "UBND", "HĐND", "Hội đồng", "Hội", "Văn phòng", "Tòa án", "Toà án", "TAND",
              "VKSND", "Viện", "Đài", "Học viện", "Quân ủy", "Quân uỷ", "Đảng ủy", "Đảng uỷ", "Tỉnh ủy", "Tỉnh uỷ",
              "Thành ủy", "Thành uỷ", "Huyện ủy", "Quốc hội", "Chính phủ", "Tổng Liên đoàn", "Liên hiệp", "Liên đoàn",
              "Trung ương", "Cục", "Vụ", "Sở", "Công an", "Kiểm toán", "Thông tấn xã", "Mặt trận", "MTTQ", "Tổng cục",
              "Quân đội", "Thanh tra", "Đoàn", "Tập đoàn", "Ngân hàng", "Kiểm toán Nhà nước", "Đảng đoàn", "Ban Cán sự",
              "Tổng Thanh tra", "Chủ tịch nước", "Bộ Chính trị", "Ban Bí thư", "Đại học", "Trường", "Báo")

ABBREVIATIONS = [("UBND", "Ủy ban nhân dân"), ("HĐND", "Hội đồng nhân dân"), ("TAND", "Tòa án nhân dân"),
                 ("VKSND", "Viện Kiểm sát nhân dân"), ("UBTƯ MTTQ", "Ủy ban Trung ương Mặt trận Tổ quốc"),
                 ("MTTQ", "Mặt trận Tổ quốc"), ("T.Ư", "Trung ương"), ("TƯ", "Trung ương"), ("TW", "Trung ương"),
                 ("Uỷ", "Ủy"), ("uỷ", "ủy"), ("Toà", "Tòa"), ("khoá", "khóa")]


def title_word(words, k):
    """Capitalised words, the second syllable of one ('Chủ tịch'), and the lower-case words titles hold."""
    word = words[k]
    return (word[0].isupper() or word.isdigit() or word in TITLE_LOWER or word == "-"
            or (k > 0 and words[k - 1][0].isupper()))


def title_part(text):
    """The title at the end of a run of words: from its first head word to the end, title words only."""
    text = RANKS.sub("", text).strip()
    words = text.split()
    # Keep the longest tail made of title words.
    k = len(words)
    while k > 0 and title_word(words, k - 1):
        k -= 1
    words = words[k:]
    for k, word in enumerate(words):
        if word.startswith(HEAD_WORDS) and word[0].isupper():
            title = " ".join(words[k:])
            return title if 1 <= len(words) - k <= 14 else None
    return None


def title_start(text):
    """The title at the start of a run of words (after 'Name,'), title words only."""
    words = RANKS.sub("", text).strip().split()
    k = 0
    while k < len(words) and title_word(words, k):
        k += 1
    if k == 0 or not words[0].startswith(HEAD_WORDS):
        return None
    return " ".join(words[:k]) if k <= 14 else None


def canonical(phrase):
    for short, full in ABBREVIATIONS:
        phrase = re.sub(r"(?<!\w)%s(?!\w)" % re.escape(short), full, phrase)
    return phrase


def split(title):
    """'Phó Chủ tịch UBND tỉnh Quảng Nam' -> ('Phó Chủ tịch', 'UBND tỉnh Quảng Nam')."""
    words = title.split()
    for k in range(1, len(words)):
        rest = " ".join(words[k:])
        if any(rest == s or rest.startswith(s + " ") for s in ORG_STARTS):
            return " ".join(words[:k]), rest
    return title, ""


MAX_WORDS = 9


def lexical(phrase):
    """A title or body as a lexicon keeps it: short, and naming nobody (the corpus's wording stays there)."""
    return len(phrase.split()) <= MAX_WORDS and not NAME.search(phrase)


def merge_case(counts):
    """'Phó chủ tịch' and 'Phó Chủ tịch' are one head: counted together under the most common spelling."""
    groups = collections.defaultdict(list)
    for phrase, count in counts.items():
        groups[phrase.lower()].append((count, sum(c.isupper() for c in phrase), phrase))
    return collections.Counter({max(group)[2]: sum(c for c, _, _ in group) for group in groups.values()})


def key(text):
    return canonical(text).lower()


def recount(lexicon, titles):
    """Rewrites the count column of the title lexicon from the mined titles."""
    with open(lexicon, encoding="utf-8") as f:
        lines = f.read().split("\n")
    entries = [line.split("\t") for line in lines if line and not line.startswith("#")]
    heads = sorted((e[2] for e in entries if e[0] == "head"), key=lambda h: -len(h.split()))
    keyed = [(key(title), count) for title, count in titles.items()]

    def head_count(head):
        h = key(head)
        total = 0
        for title, count in keyed:
            if title == h or title.startswith(h + " "):
                longest = next(x for x in heads if title == key(x) or title.startswith(key(x) + " "))
                total += count if longest == head else 0
        return total

    def body_count(fields):
        forms = [key(f) for f in [fields[2]] + (fields[3].split("|") if len(fields) > 3 else [])]
        return sum(count for title, count in keyed
                   if any(re.search(r"(?<!\w)%s(?!\w)" % re.escape(f), title) for f in forms))

    out = []
    for line in lines:
        fields = line.split("\t")
        if line and not line.startswith("#") and len(fields) >= 3:
            fields[1] = str(head_count(fields[2]) if fields[0] == "head" else body_count(fields))
            line = "\t".join(fields)
        out.append(line)
    with open(lexicon, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def main(corpus_path, dev_real, out, lexicon=None):
    with open(corpus_path, encoding="utf-8") as f:
        articles = json.load(f)["articles"]
    skip = held_out_urls(dev_real)
    titles, heads, organizations, forms = collections.Counter(), collections.Counter(), collections.Counter(), collections.defaultdict(collections.Counter)
    used = 0
    for article in articles:
        if article["url"] in skip:
            continue
        used += 1
        text = nfc(article["text"])
        for match in NAME.finditer(text):
            found = []
            before = TITLE_BEFORE.search(text[max(0, match.start() - 160):match.start()].rstrip())
            if before and (title := title_part(before.group("title"))):
                found.append(title)
            after = TITLE_AFTER.search(text[match.end():match.end() + 200])
            if after and (title := title_start(after.group("title"))):
                found.append(title)
            for title in found:
                titles[title] += 1
                head, organization = split(title)
                heads[canonical(head)] += 1
                if organization:
                    organizations[canonical(organization)] += 1
                    forms[canonical(organization)][organization] += 1
    heads = merge_case(heads)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "mined-titles.tsv"), "w", encoding="utf-8") as f:
        f.write(f"# title phrases written next to a name in {used} corpus articles\n# count\ttitle\n")
        f.writelines(f"{count}\t{title}\n" for title, count in titles.most_common() if count >= 2 and lexical(title))
    with open(os.path.join(out, "mined-heads.tsv"), "w", encoding="utf-8") as f:
        f.write(f"# title heads (the post before its organisation) in {used} corpus articles\n# count\thead\n")
        f.writelines(f"{count}\t{head}\n" for head, count in heads.most_common() if count >= 2 and lexical(head))
    with open(os.path.join(out, "mined-organizations.tsv"), "w", encoding="utf-8") as f:
        f.write(f"# organisations after a title head in {used} corpus articles, abbreviations spelled out\n# count\torganisation\tforms as written\n")
        f.writelines(f"{count}\t{org}\t{'|'.join(forms[org])}\n" for org, count in organizations.most_common() if count >= 2 and lexical(org))
    if lexicon:
        recount(lexicon, titles)
    print(f"{used} articles, {len(titles)} distinct titles, {sum(titles.values())} mentions, {len(heads)} heads, {len(organizations)} organisations")


if __name__ == "__main__":
    main(*sys.argv[1:5])
