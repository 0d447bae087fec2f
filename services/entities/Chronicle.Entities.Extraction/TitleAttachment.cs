namespace Chronicle.Entities.Extraction;

internal enum ItemKind { Title, Name, Comma, Separator, Dash, Word }

/// <summary>A title, a name, or another token of a sentence, in reading order.</summary>
internal sealed record Item(ItemKind Kind, TextSpan Span, TitleMatch? Title, NameMatch? Name, string Key);

/// <summary>
/// Decides which name each title belongs to. A chain of titles joined by commas or 'kiêm' belongs
/// to the name that follows it ('Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lương Cường'), or,
/// when no name follows, to the name it follows after a comma or dash ('đồng chí Hoàng Bình Quân,
/// Ủy viên Trung ương Đảng, Trưởng Ban chủ trì'). A semicolon ends every chain, so lists of
/// officials never lend a title to a neighbour.
/// </summary>
internal static class TitleAttachment
{
    public static IEnumerable<(List<Item> Chain, Item Person)> Attach(List<Item> items)
    {
        for (var j = 0; j < items.Count; j++)
        {
            if (items[j].Kind != ItemKind.Title)
            {
                continue;
            }
            var (chain, last) = Chain(items, j);
            if (last + 1 < items.Count && items[last + 1].Kind == ItemKind.Name)
            {
                yield return (chain, items[last + 1]);
            }
            else if (NameBeforeApposition(items, j) is { } named)
            {
                yield return (chain, named);
            }
            else if (HolderBefore(items, j) is { } holder)
            {
                yield return (chain, holder);
            }
            j = last;
        }
    }

    /// <summary>
    /// 'Bùi Thanh Sơn giữ chức Bộ trưởng …', 'ông X được bầu làm Chủ tịch …', 'A Khiêm được giao
    /// Quyền Chủ tịch', 'bổ nhiệm đồng chí Y, nguyên Đại sứ …, giữ chức …': the name before the verb
    /// holds the title, across the titles it already carries.
    /// </summary>
    private static Item? HolderBefore(List<Item> items, int title)
    {
        var verb = title >= 2 && (items[title - 1].Key is "chức" or "làm" or "giao" || (items[title - 1].Key is "nhiệm" && items[title - 2].Key is "bổ"));
        if (!verb)
        {
            return null;
        }
        for (var k = title - 2; k >= Math.Max(0, title - MaxItemsToHolder); k--)
        {
            if (items[k].Kind == ItemKind.Name)
            {
                return items[k];
            }
            if (items[k].Kind is ItemKind.Separator)
            {
                return null;
            }
        }
        return null;
    }

    private const int MaxItemsToHolder = 24;

    /// <summary>Words that open an aside between a name and its titles: 'X, sinh năm 1941, quê …, nguyên …'.</summary>
    private static readonly HashSet<string> AsideStarts = new(StringComparer.Ordinal) { "sinh", "quê", "người", "dân", "tuổi", "hiện", "trú", "tỉnh", "huyện", "xã", "thành", "quận", "phường", "thị" };

    private const int MaxAsides = 5;

    /// <summary>The name a title follows after a comma or dash, past asides such as birth year and home town.</summary>
    private static Item? NameBeforeApposition(List<Item> items, int j)
    {
        var k = j - 1;
        for (var asides = 0; k >= 1 && items[k].Kind is ItemKind.Comma or ItemKind.Dash && asides <= MaxAsides; asides++)
        {
            if (items[k - 1].Kind == ItemKind.Name)
            {
                return items[k - 1];
            }
            // Step back over one aside: a run of plain words opened by one of AsideStarts.
            var open = k - 1;
            while (open > 0 && items[open - 1].Kind is ItemKind.Word or ItemKind.Dash)
            {
                open--;
            }
            if (open == 0 || items[open - 1].Kind is not ItemKind.Comma || !AsideStarts.Contains(items[open].Key))
            {
                return null;
            }
            k = open - 1;
        }
        return null;
    }

    /// <summary>Titles that name nobody in their sentence: references back to someone named earlier.</summary>
    public static IEnumerable<Item> BareTitles(List<Item> items)
    {
        for (var j = 0; j < items.Count; j++)
        {
            if (items[j].Kind != ItemKind.Title)
            {
                continue;
            }
            var (chain, last) = Chain(items, j);
            var followedByName = last + 1 < items.Count && items[last + 1].Kind == ItemKind.Name;
            var afterName = NameBeforeApposition(items, j) is not null;
            if (!followedByName && !afterName && HolderBefore(items, j) is null)
            {
                foreach (var title in chain)
                {
                    yield return title;
                }
            }
            j = last;
        }
    }

    private static (List<Item> Chain, int Last) Chain(List<Item> items, int j)
    {
        var chain = new List<Item> { items[j] };
        var last = j;
        while (last + 2 < items.Count
            && (items[last + 1].Kind == ItemKind.Comma || items[last + 1].Key is "kiêm")
            && items[last + 2].Kind == ItemKind.Title)
        {
            chain.Add(items[last + 2]);
            last += 2;
        }
        return (chain, last);
    }
}
