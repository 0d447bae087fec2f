namespace Chronicle.Entities.Extraction;

internal static partial class PersonNames
{
    /// <summary>
    /// Saints' names as Vietnamese Catholics write them, taken at baptism and written before the full name of a
    /// priest or a bishop ('Giám mục Phaolô Nguyễn Văn A'); 'Giuse Maria' is two of them.
    /// </summary>
    private static readonly HashSet<string> BaptismalNames = new(StringComparer.Ordinal)
    {
        "Giuse", "Phêrô", "Phaolô", "Gioan", "Giacôbê", "Anrê", "Antôn", "Đaminh", "Phanxicô", "Micae", "Tôma", "Luca",
        "Máccô", "Matthêu", "Mátthêu", "Gioakim", "Stêphanô", "Inhaxiô", "Augustinô", "Martinô", "Lôrensô", "Batôlômêô",
        "Philípphê", "Vinhsơn", "Maria", "Anna", "Têrêsa", "Catarina", "Cêcilia", "Rôsa",
    };

    /// <summary>Words of the Catholic clergy and their sees and parishes, one of which names the person after it a cleric.</summary>
    private static readonly (string First, string Second)[] ClergyWords =
    [
        ("giám", "mục"), ("linh", "mục"), ("hồng", "y"), ("giáo", "phận"), ("giáo", "xứ"), ("chánh", "xứ"), ("quản", "xứ"), ("đức", "cha"), ("nữ", "tu"),
    ];

    private const int ClergyWordReach = 8;

    /// <summary>
    /// 'Tổng Giám mục Giáo phận X Giuse Vũ Văn A', 'linh mục Giuse Maria Ngô Văn B': a cleric's baptismal name, one or
    /// two, before a Vietnamese full name is part of the name the Church and the press write. Only after a word of
    /// the clergy close before it in the sentence: a lay Catholic's name is written either way.
    /// </summary>
    public static NameMatch? WithBaptismalName(IReadOnlyList<Token> tokens, int i)
    {
        if (!BaptismalNames.Contains(tokens[i].Text) || !ClergyWordBefore(tokens, i))
            return null;
        var next = i + 1;
        if (next < tokens.Count && BaptismalNames.Contains(tokens[next].Text))
            next++;
        return At(tokens, next, afterTitle: true) is { } name && name.First == next
            ? new NameMatch($"{Tokens.Joined(tokens, i, next)} {name.Name}", i, name.End)
            : null;
    }

    private static bool ClergyWordBefore(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 1 && k >= i - ClergyWordReach; k--)
        {
            if (tokens[k].Text is "." or "!" or "?")
                return false;
            foreach (var (first, second) in ClergyWords)
            {
                if (tokens[k].Key == second && tokens[k - 1].Key == first)
                    return true;
            }
        }
        return false;
    }
}
