namespace Chronicle.Entities.Extraction;

/// <summary>
/// Words the press writes between a foreign post and the name of its holder, which the post's readers do not
/// read themselves: 'của' before the country ('Bộ trưởng Ngoại giao của Anh David Lammy'), the post's scope
/// ('Phó Tổng thư ký Liên hợp quốc phụ trách các vấn đề chính trị Rosemary DiCarlo') and a name set off by dashes
/// ('Thị trưởng Paris - Anne Hidalgo - cho biết'). Each is crossed only where a foreign name follows at once, so
/// the post goes to that name and never to a principal, a body or a place.
/// </summary>
internal static partial class ForeignTitles
{
    /// <summary>How far after a post's head 'của' and its country may stand: a ministry's or a body's name in between.</summary>
    private const int OfCountryReach = 8;

    /// <summary>The most lower-case words a scope after 'phụ trách' may take before the holder's name.</summary>
    private const int ScopeReach = 8;

    /// <summary>
    /// 'Bộ trưởng Các vấn đề châu Âu của Hungary Janos Boka', 'Tổng thống đương nhiệm của Mexico Andres Manuel Lopez
    /// Obrador': 'của' between a post and its country, with a foreign holder named right after the country. The post
    /// is read as if 'của' were not written ('Bộ trưởng … Hungary'), the form the post is known by, and only where the
    /// post so read ends with that country. 'Người phát ngôn của Tổng thống Putin' names a principal, not a country,
    /// and is left alone.
    /// </summary>
    private static TitleMatch? ThroughOfCountry(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = i + 1; k < tokens.Count && k <= i + OfCountryReach; k++)
        {
            if (!tokens[k].IsWord)
                return null;
            if (tokens[k].Key != "của")
                continue;
            var (country, length) = Countries.At(tokens, k + 1);
            if (country is null || !ForeignNameAt(tokens, k + 1 + length))
                return null;
            var withoutOf = new TokensWithout(tokens, k);
            return ReadPost(withoutOf, i) is { Country: not null } post && post.End == k + length
                ? post with { End = post.End + 1 }
                : null;
        }
        return null;
    }

    /// <summary>
    /// 'Phó Tổng thư ký Liên hợp quốc phụ trách các hoạt động gìn giữ hòa bình Jean-Pierre Lacroix': the scope a
    /// post is given, in lower-case words after 'phụ trách', between the post and a foreign holder named right
    /// after it. The scope is part of the post, which several hold side by side, each with their own.
    /// </summary>
    private static TitleMatch WithScope(IReadOnlyList<Token> tokens, TitleMatch post)
    {
        if (Phrase.Length(tokens, post.End, "phụ trách") is not { } opening)
            return post;
        var end = post.End + opening;
        while (end < tokens.Count && end - post.End - opening < ScopeReach && tokens[end].IsWord && !tokens[end].IsCapitalized)
            end++;
        if (end == post.End + opening || !ForeignNameAt(tokens, end))
            return post;
        var scope = string.Join(' ', Enumerable.Range(post.End, end - post.End).Select(k => tokens[k].Text));
        return post with { Role = $"{post.Role} {scope}", End = end };
    }

    /// <summary>
    /// 'Thị trưởng thành phố Labrador - Belinda Adams - nói': a foreign name set off by dashes right after a post is
    /// its holder, as one set off by commas is (<see cref="NameSetOffByCommas"/>). The closing dash, or a comma,
    /// must follow: 'Tổng thống Trump - Ivanka Trump và …' names someone else after the dash.
    /// </summary>
    private static bool NameSetOffByDashes(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].Text is "-" or "–" or "—" && PersonNames.Cued(tokens, k + 1, afterTitle: true) is { } name
        && name.First == k + 1 && PersonNameCheck.LooksForeign(name.Name)
        && name.End < tokens.Count && tokens[name.End].Text is "-" or "–" or "—" or ",";

    /// <summary>
    /// 'Người phát ngôn của Tổng thống Nga Vladimir Putin': after 'của', a post whose holder the press names at once
    /// and whom the list of leaders knows is the principal's, and the name is his; the aide is left unnamed. 'Người
    /// phát ngôn của Tổng thống Palestine X' with X no leader is the aide's post, as written without 'của'.
    /// </summary>
    /// <param name="of">Where 'của' may stand, right after the aide's title.</param>
    /// <param name="first">The first word of the principal's post: after <paramref name="of"/> where 'của' is written.</param>
    /// <param name="end">The token after the principal's post.</param>
    private static bool PrincipalNamedAfter(IReadOnlyList<Token> tokens, int of, int first, int end) =>
        first > of && ForeignLeaders.At(tokens, end) is not null;

    /// <summary>Groups of states chaired by a member in turn, as the press writes them after 'Chủ tịch'.</summary>
    private static readonly string[] ChairedInTurn = ["ASEAN", "G20", "G7", "APEC", "AIPA", "EU", "Liên minh châu Âu"];

    /// <summary>
    /// 'Tổng thống Brazil, Chủ tịch G20 năm 2024 Luiz Inácio Lula da Silva': the chair of a group its members hold in
    /// turn, written between a head of state's post and the name, is the country's turn, not a post of the person's
    /// (as <see cref="InternationalPost"/> reads it); the post before it is the name's. The tokens from the comma
    /// to the name; 0 where no such chair stands there or no foreign name follows it.
    /// </summary>
    private static int ChairInTurnBefore(IReadOnlyList<Token> tokens, int k)
    {
        if (k >= tokens.Count || tokens[k].Text != "," || Phrase.Length(tokens, k + 1, "Chủ tịch") is not { } head
            || Phrase.Longest(tokens, k + 1 + head, ChairedInTurn) is not (not null, var group))
            return 0;
        var end = k + 1 + head + group;
        end += Phrase.Length(tokens, end, "năm") ?? 0;
        if (end < tokens.Count && tokens[end].Text.Length == 4 && tokens[end].Text.All(char.IsAsciiDigit))
            end++;
        return ForeignNameAt(tokens, end) ? end - k : 0;
    }

    /// <summary>The two parties of the US Congress, as the press writes them after a member's title.</summary>
    private static readonly string[] UnitedStatesParties = ["đảng Cộng hòa", "đảng Cộng hoà", "đảng Dân chủ", "Cộng hòa", "Cộng hoà", "Dân chủ"];

    /// <summary>
    /// 'Thượng nghị sĩ đảng Dân chủ bang Ohio X', 'Hạ nghị sĩ (Cộng hòa) bang Texas Y': the member's party, written
    /// between the title and the state, is no part of the post. The number of tokens it takes at j, brackets
    /// included; 0 where none is written. Read only before the state, which the post needs.
    /// </summary>
    private static int UnitedStatesPartyLength(IReadOnlyList<Token> tokens, int j)
    {
        var open = j < tokens.Count && tokens[j].Text == "(" ? 1 : 0;
        if (Phrase.LongestOf(tokens, j + open, UnitedStatesParties) is not (not null, var n))
            return 0;
        if (open == 0)
            return n;
        return j + open + n < tokens.Count && tokens[j + open + n].Text == ")" ? n + 2 : 0;
    }

    /// <summary>The tokens of a sentence with one left out, read in place: 'của' between a post and its country.</summary>
    private sealed class TokensWithout(IReadOnlyList<Token> tokens, int left) : IReadOnlyList<Token>
    {
        public Token this[int index] => tokens[index < left ? index : index + 1];

        public int Count => tokens.Count - 1;

        public IEnumerator<Token> GetEnumerator()
        {
            for (var k = 0; k < Count; k++)
                yield return this[k];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
