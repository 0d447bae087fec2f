namespace Chronicle.Entities.Extraction;

internal static partial class TitleAttachment
{
    /// <summary>
    /// 'ý kiến của Chủ tịch Fed Cleveland, bà Beth Hammack, được …', 'theo Bộ trưởng Giáo dục Indonesia, ông
    /// Muhadjir Effendy, …': after a preposition a title and the name after its comma are usually two people ('Theo Bộ
    /// trưởng, ông X cho biết'), but a foreign post with its country, then 'ông' or 'bà' and a foreign name closed by
    /// a comma, a dash or the sentence's end, is the post and its holder: the speaker such a clause opens on is not
    /// named so after another country's post. <paramref name="last"/> is the chain's last title.
    /// </summary>
    private static bool ForeignHolderSetOff(List<Item> items, int last)
    {
        var name = last + 3;
        return items[last].Title is { Country: { } country } && country != "Việt Nam"
            && name < items.Count && items[last + 1].Kind == ItemKind.Comma && items[last + 2].Key is "ông" or "bà"
            && items[name].Kind == ItemKind.Name && items[name].Name is { } holder && PersonNameCheck.LooksForeign(holder.Name)
            && (name + 1 == items.Count || items[name + 1].Kind is ItemKind.Comma or ItemKind.Dash or ItemKind.Separator || items[name + 1].Key == ".");
    }
}
