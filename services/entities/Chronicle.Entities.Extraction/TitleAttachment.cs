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
            else if (j >= 2 && items[j - 1].Kind is ItemKind.Comma or ItemKind.Dash && items[j - 2].Kind == ItemKind.Name)
            {
                yield return (chain, items[j - 2]);
            }
            else if (HolderBefore(items, j) is { } holder)
            {
                yield return (chain, holder);
            }
            j = last;
        }
    }

    /// <summary>'Bùi Thanh Sơn giữ chức Bộ trưởng …', 'ông X được bầu làm Chủ tịch …': the name before the verb holds the title.</summary>
    private static Item? HolderBefore(List<Item> items, int title)
    {
        if (title < 2 || items[title - 1].Key is not ("chức" or "làm"))
        {
            return null;
        }
        for (var k = title - 2; k >= Math.Max(0, title - 6); k--)
        {
            if (items[k].Kind == ItemKind.Name)
            {
                return items[k];
            }
            if (items[k].Kind is not ItemKind.Word)
            {
                return null;
            }
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
            var afterName = j >= 2 && items[j - 1].Kind is ItemKind.Comma or ItemKind.Dash && items[j - 2].Kind == ItemKind.Name;
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
