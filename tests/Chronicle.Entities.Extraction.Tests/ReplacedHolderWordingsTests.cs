using Chronicle.Text;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// The one a newcomer replaces ('giữ chức X thay ông B') leaves post X: also when the text calls him the
/// predecessor ('thay người tiền nhiệm là ông B') or adds an aside on him after a dash ('thay ông B – người
/// vừa nghỉ hưu'); a post only proposed ends his only when that aside says he has left. A hyphen inside a
/// name, a replacement only wondered about, and a name followed by more of the sentence give him nothing.
/// </summary>
public sealed class ReplacedHolderWordingsTests
{
    private static List<RoleMention> Read(string text) => [.. ArticleAnalyzer.Analyze("", VietnameseText.Normalize(text)).Roles];

    [Theory]
    [InlineData("Quốc hội đã bầu ông Hà Văn Lộc giữ chức Tổng Kiểm toán Nhà nước thay ông Đỗ Minh Khang – người đã xin thôi chức từ đầu tháng.")]
    [InlineData("Quốc hội đã bầu ông Hà Văn Lộc giữ chức Tổng Kiểm toán Nhà nước thay ông Đỗ Minh Khang - người đã nghỉ hưu.")]
    [InlineData("Quốc hội đã bầu ông Hà Văn Lộc giữ chức Tổng Kiểm toán Nhà nước thay người tiền nhiệm là ông Đỗ Minh Khang.")]
    [InlineData("Quốc hội đã bầu ông Hà Văn Lộc giữ chức Tổng Kiểm toán Nhà nước thay người tiền nhiệm ông Đỗ Minh Khang.")]
    public void The_one_replaced_leaves_the_post_however_the_text_points_at_him(string sentence)
    {
        var roles = Read(sentence);
        Assert.Contains(roles, r => r.PersonName == "Hà Văn Lộc" && r.Role == "Tổng Kiểm toán Nhà nước" && r.Aspect == "started");
        Assert.Contains(roles, r => r.PersonName == "Đỗ Minh Khang" && r.Role == "Tổng Kiểm toán Nhà nước" && r.Aspect == "ended");
    }

    [Theory]
    [InlineData("Báo chí hỏi ai sẽ thay người tiền nhiệm là ông Đỗ Minh Khang – người vừa nghỉ hưu.")]
    [InlineData("Quốc hội đã bầu ông Hà Văn Lộc giữ chức Tổng Kiểm toán Nhà nước thay ông Đỗ Minh Khang trong nhiệm kỳ mới.")]
    public void A_replacement_without_a_post_taken_up_or_with_more_words_after_the_name_ends_nothing(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), r => r.PersonName == "Đỗ Minh Khang" && r.Aspect == "ended");
    }

    [Theory]
    [InlineData("Ông Hà Văn Lộc được đề cử để Quốc hội bầu giữ chức Tổng Kiểm toán Nhà nước thay ông Đỗ Minh Khang – người đã bị miễn nhiệm tháng trước.")]
    [InlineData("Ông Hà Văn Lộc được đề cử để Quốc hội bầu giữ chức Tổng Kiểm toán Nhà nước thay ông Đỗ Minh Khang - người vừa nghỉ hưu.")]
    public void A_post_only_proposed_ends_the_one_replaced_when_the_aside_says_he_left(string sentence)
    {
        Assert.Contains(Read(sentence), r => r.PersonName == "Đỗ Minh Khang" && r.Role == "Tổng Kiểm toán Nhà nước" && r.Aspect == "ended");
    }

    [Theory]
    [InlineData("Ông Hà Văn Lộc được đề cử để Quốc hội bầu giữ chức Tổng Kiểm toán Nhà nước thay ông Đỗ Minh Khang – người từng công tác tại Bắc Ninh.")]
    [InlineData("Ông Hà Văn Lộc được đề cử để Quốc hội bầu giữ chức Tổng Kiểm toán Nhà nước thay ông Đỗ Minh Khang – người sẽ nghỉ hưu cuối năm.")]
    public void A_post_only_proposed_with_an_aside_that_does_not_say_he_left_ends_nothing(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), r => r.PersonName == "Đỗ Minh Khang" && r.Aspect == "ended");
    }

    [Fact]
    public void A_hyphen_inside_a_name_is_not_a_dash_opening_an_aside()
    {
        var roles = Read("Đại hội đồng đã bầu ông Hà Văn Lộc giữ chức Tổng thư ký Liên Hợp Quốc thay ông Ban Ki-moon.");
        Assert.DoesNotContain(roles, r => r.PersonName == "Ban Ki" && r.Aspect == "ended");
    }
}
