using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A post someone is only put forward for ('ứng viên', 'được đề cử làm', 'dự kiến bầu … làm') is read, with the
/// qualifier 'nominee', so the timeline can tell that the person was proposed for it and show the sentence; it is
/// never read as held. The vote, when the article tells it, still reads the post held.
/// </summary>
public sealed class NomineeReadingsKeptTests
{
    private static readonly AnchorDate March2025 =
        new(2025, 3, 18, DateGranularity.Day, YearBasis.Publication, [2025], "publication", null);

    private static IReadOnlyList<RoleMention> Read(string text) => ArticleAnalyzer.Analyze("", text, March2025).Roles;

    [Theory]
    [InlineData("Ông Hà Quang Lịch dự kiến sẽ được bầu làm Chủ tịch UBND tỉnh Yên Bái trong phiên chiều nay.",
        "Hà Quang Lịch", "Chủ tịch UBND tỉnh Yên Bái")]
    [InlineData("Theo nguồn tin, bà Kiều Thị Nhàn được đề cử làm Bộ trưởng Bộ Tài chính.", "Kiều Thị Nhàn", "Bộ trưởng Bộ Tài chính")]
    [InlineData("Ứng viên Thủ tướng Đức Karl Brenner phát biểu trước cử tri ở Hamburg.", "Karl Brenner", "Thủ tướng Đức")]
    public void A_post_only_put_forward_is_read_as_a_nomination(string sentence, string person, string post)
    {
        var proposed = Read(sentence).Where(r => r.PersonName == person && r.Role == post).ToList();

        Assert.NotEmpty(proposed);
        Assert.All(proposed, r => Assert.Equal("nominee", r.Qualifier));
    }

    [Fact]
    public void A_nomination_keeps_the_sentence_that_tells_it()
    {
        const string text = "Theo nguồn tin, bà Kiều Thị Nhàn được đề cử làm Bộ trưởng Bộ Tài chính.";

        var proposed = Assert.Single(Read(text), r => r.Role == "Bộ trưởng Bộ Tài chính");

        Assert.Contains("được đề cử", text[proposed.Evidence.Start..proposed.Evidence.End], StringComparison.Ordinal);
    }

    [Fact]
    public void The_vote_after_the_nomination_reads_the_post_held_beside_it()
    {
        var roles = Read("Sáng 18/3, Thường trực HĐND tỉnh giới thiệu ông Hà Quang Lịch để HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh Yên Bái.\n\n"
            + "Chiều 18/3, HĐND tỉnh đã bầu ông Hà Quang Lịch giữ chức Chủ tịch UBND tỉnh Yên Bái với số phiếu tuyệt đối.");
        var ofThePost = roles.Where(r => r.PersonName == "Hà Quang Lịch" && r.Role == "Chủ tịch UBND tỉnh Yên Bái").ToList();

        Assert.Contains(ofThePost, r => r.Qualifier == "nominee");
        Assert.Contains(ofThePost, r => r.Qualifier == "");
    }
}
