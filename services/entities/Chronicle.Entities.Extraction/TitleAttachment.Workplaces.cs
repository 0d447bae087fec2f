namespace Chronicle.Entities.Extraction;

/// <summary>
/// A career told as the places one worked at: 'ông X từng công tác tại Phòng Y, Trưởng Công an huyện Z, Phó Giám đốc
/// Công an tỉnh W'. The list opens on a workplace that is no post, and the posts after it are the same person's, held
/// before ('từng'), so left. Without 'từng' or 'đã' the words tell of a trip or a present posting ('nhân chuyến công tác
/// tại huyện X, Bí thư Tỉnh ủy Y …'), and the post after the comma is the next person's.
/// </summary>
internal static partial class TitleAttachment
{
    /// <summary>The holder of a chain of posts that goes on a list opened by 'từng công tác tại' and a workplace.</summary>
    private static Item? WorkplaceListHolder(List<Item> items, int j)
    {
        var verb = WorkedAtBefore(items, j);
        return verb >= 0 ? NameBeforeVerb(items, verb + 1) : null;
    }

    /// <summary>
    /// Where 'từng' stands in 'từng công tác tại / ở &lt;workplace&gt;,' right before the chain at j: the workplace written in
    /// words only (no post, no name, no clause break) and closed by a comma. -1 otherwise.
    /// </summary>
    private static int WorkedAtBefore(List<Item> items, int j)
    {
        if (j < 6 || items[j - 1].Kind != ItemKind.Comma)
            return -1;
        for (var k = j - 2; k >= 4 && j - k <= MaxWorkplaceItems; k--)
        {
            // Brackets may hold the workplace's owner ('Phòng Cảnh sát hình sự (Công an tỉnh X)'); any other break ends the search.
            if (items[k].Kind is ItemKind.Title or ItemKind.Name || (items[k].Kind == ItemKind.Separator && items[k].Key is not ("(" or ")"))
                || items[k].Key is ";" or ":" or ".")
                return -1;
            if (items[k].Key is "tại" or "ở" && items[k - 1].Key == "tác" && items[k - 2].Key == "công")
            {
                // A workplace of at least one word between 'tại' and the comma.
                if (k + 1 >= j - 1)
                    return -1;
                var former = k - 3;
                while (former >= 0 && items[former].Key is "có" or "nhiều" or "năm" or "đã")
                    former--;
                return former >= 1 && items[former].Key is "từng" ? former : -1;
            }
        }
        return -1;
    }

    /// <summary>A workplace named with its owner in brackets ('Phòng Cảnh sát hình sự (Công an tỉnh X)') runs to about twenty words.</summary>
    private const int MaxWorkplaceItems = 24;
}
