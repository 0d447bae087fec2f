using System.Text.RegularExpressions;

namespace Chronicle.Entities.Extraction;

/// <summary>
/// Readings that are not a post someone holds, left out once every other rule has had its say: a local post that
/// ends on its level with no unit named ('Bí thư Huyện ủy', 'Phó Chủ tịch UBND tỉnh', 'Ủy viên Ban Chấp hành Đảng
/// bộ tỉnh'). <see cref="LocalUnits"/> and the province rules have already named the unit wherever the article
/// settles it, so a post still bare says neither which district nor which province, and is no fact about the person.
/// A post only put forward ('được giới thiệu để bầu làm …', 'ứng viên Tổng thống …') is kept with its qualifier
/// 'nominee': it tells that the person was proposed, with its evidence, and the timeline never counts it a holding.
/// A post whose last word the page cut off ('Phó Viện trưởng Viện Kiểm s') names no body either.
/// </summary>
internal static partial class PostsLeftUnread
{
    public static void Drop(List<RoleMention> roles) =>
        roles.RemoveAll(r => UnitNotNamed().IsMatch(r.Role) || CutOffByThePage(r.Role));

    /// <summary>
    /// 'Phó Viện trưởng Viện Kiểm s': the page ends inside the body's last word. A written Vietnamese syllable holds a
    /// vowel, so a last word in lower case with none is a fragment; a short form is written in capitals ('TP', 'HĐND')
    /// and 'y' is a vowel ('Viện Pháp y').
    /// </summary>
    private static bool CutOffByThePage(string role)
    {
        var last = role[(role.LastIndexOf(' ') + 1)..];
        return last.Length > 0 && last.All(char.IsLower) && !last.Any(IsVowel);
    }

    /// <remarks>
    /// Characters up to the end of Latin Extended Additional (U+1EFF), where every Vietnamese letter is written, are looked
    /// up in a table made once by the same test; any other is decomposed as it is met. Decomposing a letter makes a new
    /// string each time, and the last word of every post read is tested letter by letter.
    /// </remarks>
    private static bool IsVowel(char c) =>
        c < VowelTable.Length && VowelTable[c] != Unknown ? VowelTable[c] == Vowel : IsVowelLetter(c);

    private static bool IsVowelLetter(char c) =>
        "aeiouy".Contains(BaseLetter(c), StringComparison.Ordinal);

    private const byte Unknown = 0;
    private const byte Vowel = 1;
    private const byte NoVowel = 2;

    private static readonly byte[] VowelTable = MakeVowelTable();

    /// <summary>Each character's answer, or <see cref="Unknown"/> where the test cannot be asked ahead (it is then asked at the call, as before).</summary>
    private static byte[] MakeVowelTable()
    {
        var table = new byte[0x1F00];
        for (var c = 0; c < table.Length; c++)
        {
            try
            {
                table[c] = IsVowelLetter((char)c) ? Vowel : NoVowel;
            }
            catch (ArgumentException)
            {
                table[c] = Unknown;
            }
        }
        return table;
    }

    /// <summary>The letter without its tone and vowel marks: 'ể' is 'e', 'ư' is 'u'; 'đ' stays a consonant.</summary>
    private static char BaseLetter(char c) =>
        c.ToString().Normalize(System.Text.NormalizationForm.FormD)[0];

    /// <summary>A post that ends on a level of local government or its Party committee, with no name after it; not 'Hợp tác xã'.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:[Hh]uyện|[Qq]uận|[Tt]ỉnh|[Tt]hành phố|[Tt]hị xã|(?<!tác )[Xx]ã|[Pp]hường|[Tt]hị trấn|(?:Huyện|Quận|Thị|Tỉnh|Thành|Đảng) [uủ]y)$")]
    private static partial Regex UnitNotNamed();
}
