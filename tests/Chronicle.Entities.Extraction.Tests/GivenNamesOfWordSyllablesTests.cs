using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// 'Đại' and 'Hội' open bodies and terms ('Đại học', 'Hội Nông dân'), yet they also end names ('Lê Văn Đại',
/// 'Đinh Thị Hội'): after a surname and a middle name, with no capitalised word after them, they are the name's last syllable.
/// </summary>
public sealed class GivenNamesOfWordSyllablesTests
{
    private static ExtractionResult Read(string text) => ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text));

    [Theory]
    [InlineData("Ông Lê Văn Đại, Phó Giám đốc Sở Tài chính Nghệ An, cho biết ngân sách đã được giao đủ.", "Lê Văn Đại")]
    [InlineData("Bà Đinh Thị Hội, Chủ tịch UBND xã Tân Lập, cho biết con đường sẽ xong trong tháng tới.", "Đinh Thị Hội")]
    public void A_name_ending_in_such_a_syllable_holds_its_post(string sentence, string person) =>
        Assert.Contains(Read(sentence).Roles, r => r.PersonName == person);

    [Theory]
    [InlineData("Ông Lê Văn Đại Học vừa chuyển công tác.", "Đại Học")]
    [InlineData("Đoàn của Nguyễn Văn Hội Nông dân tỉnh đã đến.", "Hội Nông")]
    public void Followed_by_a_capitalised_word_it_opens_a_body_and_stays_out_of_the_name(string sentence, string words) =>
        Assert.DoesNotContain(Read(sentence).Mentions, m => m.Type == EntityTypes.Person && m.CanonicalName.Contains(words, StringComparison.Ordinal));
}
