#!/usr/bin/env python3
"""Mines title phrases next to Vietnamese names in a word-segmented news corpus (one article a file).

The corpus writes the syllables of a word joined by '_' ('Thủ_tướng Nguyễn_Xuân_Phúc') and spaces
punctuation (' , '); each file is turned back into plain text and read with the patterns of
mine_titles.py. Only counts are written (mined-titles-vietnews.tsv: title phrases seen at least
three times). Development tool, not shipped.

Usage: mine_titles_vietnews.py <output file> <corpus folder>...
"""
import collections
import os
import re
import sys

import mine_titles
from mine_titles import NAME, TITLE_AFTER, TITLE_BEFORE, lexical, nfc, title_part, title_start

# The ranks and honorifics, taken as whole words: 'ông' must not cut 'Giao thông' to 'Giao th'.
mine_titles.RANKS = re.compile(mine_titles.RANKS.pattern.replace(r"\s*(?:,\s*)?(?:", r"(?:^|\s+|,\s*)(?:", 1))

MIN_COUNT = 3
SPACE_BEFORE_PUNCTUATION = re.compile(r" ([,.;:)!?”])")
SPACE_AFTER_OPENING = re.compile(r"([(“]) ")


def plain(segmented):
    text = segmented.replace("_", " ")
    text = SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    return SPACE_AFTER_OPENING.sub(r"\1", text)


def titles_in(text, titles):
    for match in NAME.finditer(text):
        before = TITLE_BEFORE.search(text[max(0, match.start() - 160):match.start()].rstrip())
        if before and (title := title_part(before.group("title"))):
            titles[title] += 1
        after = TITLE_AFTER.search(text[match.end():match.end() + 200])
        if after and (title := title_start(after.group("title"))):
            titles[title] += 1


def main(output, *folders):
    titles, used = collections.Counter(), 0
    for folder in folders:
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                titles_in(plain(nfc(f.read())), titles)
            used += 1
    with open(output, "w", encoding="utf-8") as f:
        f.write(f"# title phrases written next to a name in {used} general news articles (seen at least {MIN_COUNT} times)\n# count\ttitle\n")
        f.writelines(f"{count}\t{title}\n" for title, count in titles.most_common() if count >= MIN_COUNT and lexical(title))
    print(f"{used} articles, {len(titles)} distinct titles, {sum(titles.values())} mentions")


if __name__ == "__main__":
    main(*sys.argv[1:])
