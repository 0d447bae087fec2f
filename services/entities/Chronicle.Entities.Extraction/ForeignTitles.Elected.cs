namespace Chronicle.Entities.Extraction;

internal static partial class ForeignTitles
{
    /// <summary>Heads of state the press calls 'đắc cử' (elect) between the vote and the oath.</summary>
    private static readonly string[] ElectedHeads = ["Phó Tổng thống", "Tổng thống"];

    private const string Elect = "đắc cử";

    /// <summary>
    /// 'Tổng thống đắc cử Mỹ Donald Trump', 'Tổng thống Mỹ đắc cử Donald Trump', 'Tổng thống đắc cử Trump': a
    /// president-elect holds a post of their own until sworn in, named with the country the text writes on either
    /// side of 'đắc cử', or the one of the leader named after it. Read only with a holder named right after: 'ông
    /// đắc cử Tổng thống' tells of a vote, and 'Tổng thống đắc cử' alone of no one in particular. Where the sentence
    /// tells of the oath, the post is the office the elect takes.
    /// </summary>
    private static TitleMatch? ElectedHead(IReadOnlyList<Token> tokens, int i)
    {
        if (Phrase.Longest(tokens, i, ElectedHeads) is not ({ } head, var n))
        {
            return null;
        }
        var j = i + n;
        var (before, b) = Country(tokens, j);
        if (Phrase.Length(tokens, j + b, Elect) is not { } e)
        {
            return null;
        }
        var end = j + b + e;
        var (after, a) = before is null ? Country(tokens, end) : (null, 0);
        end += a;
        var named = ForeignLeaders.At(tokens, end);
        var country = before ?? after ?? named?.Country;
        if (country is null || country == "Việt Nam" || (named is null && !ForeignNameAt(tokens, end)))
        {
            return null;
        }
        // A sentence on the oath ('… tuyên thệ nhậm chức của Tổng thống đắc cử Mỹ X …'): at the oath the elect takes the office itself.
        return TellsOfTheOath(tokens)
            ? new TitleMatch($"{head} {country}", head, country, "", i, end, false) { Country = country }
            : new TitleMatch($"{head} {Elect} {country}", $"{head} {Elect}", country, "", i, end, false) { Country = country };
    }

    /// <summary>Whether the sentence tells of taking office: 'nhậm chức', 'tuyên thệ'.</summary>
    private static bool TellsOfTheOath(IReadOnlyList<Token> tokens)
    {
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if ((tokens[k].Key, tokens[k + 1].Key) is ("nhậm", "chức") or ("tuyên", "thệ"))
                return true;
        }
        return false;
    }
}
