#!/usr/bin/env python3
"""Mines title phrases next to names in the wider news feed (the trends repository's _posts: business,
society and foreign news as well as politics).

Each post is read as the real-text test reads it (front matter, opening link and pictures dropped,
links reduced to their words) and mined with the patterns of mine_titles.py, widened for the feed:
- heads the wider news opens titles with ('CEO', 'Hiệu trưởng', 'Thống đốc', 'Ngoại trưởng' ...);
- foreign names after a title ('Tổng thống Mỹ Joe Biden'), besides Vietnamese ones;
- the title after a name set off by a comma, a bracket or a dash ('Name, Title', 'Name (Title)',
  'Name - Title').
Only counts are written: title phrases seen at least three times, with how often each pattern
found them. Posts listed in the excluded file (the untouched sets) are not read. Development tool,
not shipped.

Usage: mine_titles_wider.py <output file> <folder holding _posts> <excluded paths file>
"""
import collections
import os
import re
import sys

import mine_titles
from mine_titles import NAME, SURNAMES, TITLE_BEFORE, lexical, nfc, title_part, title_start

# Ranks and honorifics as whole words ('ông' must not cut 'Giao thông'), as for the general corpus.
mine_titles.RANKS = re.compile(mine_titles.RANKS.pattern.replace(r"\s*(?:,\s*)?(?:", r"(?:^|\s+|,\s*)(?:", 1))
# Heads the wider news uses besides the political ones.
# A title found must open with one of the political head words or with one of these phrases.
WIDER_HEADS = ("CEO", "Hiệu trưởng", "Hiệu phó", "Thống đốc", "Ngoại trưởng", "Thị trưởng", "Người phát ngôn",
               "Nhà sáng lập", "Đồng sáng lập", "Nữ hoàng", "Quốc vương", "Hoàng tử", "Vua", "Cựu", "Nguyên",
               "Huấn luyện viên", "HLV", "Chuyên gia", "Luật sư", "Bác sĩ", "Thư ký", "Nhà báo", "Đội trưởng",
               "Founder", "Điều tra viên", "Kiểm sát viên", "Thẩm phán", "Nghệ sĩ", "Trụ trì", "Hòa thượng")
POLITICAL_HEADS = mine_titles.HEAD_WORDS
mine_titles.HEAD_WORDS = POLITICAL_HEADS + tuple(h.split()[0] for h in WIDER_HEADS)
# Lower-case words of business and foreign titles ('Tổng giám đốc điều hành', 'Tổng thống Mỹ').
mine_titles.TITLE_LOWER |= set("""điều hành quản trị thành viên sáng lập kiêm phụ trách thống ngoại giao
tập đoàn công ty cổ phần ngân hàng bệnh viện trường đại học sở viện hiệp hội trưởng phòng khoa""".split())

MIN_COUNT = 3

# A foreign name: two to four capitalised words written without Vietnamese tone marks.
LATIN = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
FOREIGN = re.compile(r"(?<![\w])(?P<name>%s(?: %s){1,3})(?![\w])" % (LATIN, LATIN))
AFTER = {
    "comma": re.compile(r"^,\s*(?P<title>[^,.;:()\"“”\n]{3,160})"),
    "bracket": re.compile(r"^\s*\((?P<title>[^,.;:()\"“”\n]{3,160})\)"),
    "dash": re.compile(r"^\s+[-–]\s+(?P<title>[^,.;:()\"“”\n]{3,160})"),
}

OPENING_LINK = re.compile(r"^\[.*?\]\(https?://[^)]+\)", re.M)
PICTURE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def post_text(post):
    """The post as the real-text test reads it (FreshSample.PostText)."""
    if post.startswith("---") and (end := post.find("\n---", 3)) > 0:
        post = post[end + 4:]
    if link := OPENING_LINK.search(post):
        post = post[link.end():]
    return LINK.sub(r"\1", PICTURE.sub("", post)).strip()


def headed(title):
    first = title.split()[0]
    return first.startswith(POLITICAL_HEADS) or any(
        title == h or title.startswith(h + " ") for h in WIDER_HEADS)


def titles_in(text, titles, patterns):
    def found(title, pattern):
        words = title.split()
        # 'Bộ trưởng Lương' + 'Tam Quang': a Vietnamese name cut by the foreign-name pattern.
        if not headed(title) or words[-1] in SURNAMES:
            return
        titles[title] += 1
        patterns[title][pattern] += 1

    spans = []
    for match in NAME.finditer(text):
        spans.append(range(match.start(), match.end()))
        before = TITLE_BEFORE.search(text[max(0, match.start() - 160):match.start()].rstrip())
        if before and (title := title_part(before.group("title"))):
            found(title, "before")
        rest = text[match.end():match.end() + 200]
        for pattern, after in AFTER.items():
            if (m := after.search(rest)) and (title := title_start(m.group("title"))):
                found(title, pattern)
    for match in FOREIGN.finditer(text):
        if any(match.start() in span for span in spans):
            continue
        before = TITLE_BEFORE.search(text[max(0, match.start() - 160):match.start()].rstrip())
        if before and (title := title_part(before.group("title"))):
            found(title, "before foreign")


def main(output, checkout, excluded):
    with open(excluded, encoding="utf-8") as f:
        skip = {line.strip() for line in f if line.strip()}
    titles, patterns, used = collections.Counter(), collections.defaultdict(collections.Counter), 0
    folder = os.path.join(checkout, "_posts")
    for name in sorted(os.listdir(folder)):
        if f"_posts/{name}" in skip:
            continue
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
            titles_in(nfc(post_text(f.read())), titles, patterns)
        used += 1
    with open(output, "w", encoding="utf-8") as f:
        f.write(f"# title phrases written next to a name in {used} posts of the wider feed (seen at least {MIN_COUNT} times)\n"
                "# count\ttitle\tpatterns that found it ('before': Title Name; 'comma', 'bracket', 'dash': Name, Title)\n")
        f.writelines(f"{count}\t{title}\t{' '.join(f'{p}:{n}' for p, n in patterns[title].most_common())}\n"
                     for title, count in titles.most_common() if count >= MIN_COUNT and lexical(title))
    print(f"{used} posts, {len(titles)} distinct titles, {sum(titles.values())} mentions")


if __name__ == "__main__":
    main(*sys.argv[1:4])
