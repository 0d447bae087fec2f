namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A day inside what a holder reports ('cho biết … vụ lũ hôm 3-9') dates the thing reported; the post
/// is held when it is said. A time right after the verb ('cho biết sáng 5/9') is when it was said.
/// </summary>
public sealed class ReportedDayDatingTests
{
    [Fact]
    public void A_day_in_what_the_holder_reports_does_not_date_the_post()
    {
        var roles = DatedRoles.Read("Sáng 6/9, huyện tiếp tục tìm kiếm người mất tích.\n\nÔng Hoàng Văn Khiêm - Chủ tịch UBND huyện Bát Xát cho hay, lực lượng cứu hộ đã tìm thấy thêm một nạn nhân của trận lũ quét hôm 3-9.", "2024-09-06");
        Assert.Contains("Hoàng Văn Khiêm | Chủ tịch UBND huyện Bát Xát | held 2024-09-06", roles);
    }

    [Fact]
    public void A_time_right_after_the_verb_is_when_it_was_said()
    {
        var roles = DatedRoles.Read("Sáng 6/9, huyện tiếp tục tìm kiếm người mất tích.\n\nÔng Hoàng Văn Khiêm - Chủ tịch UBND huyện Bát Xát cho biết sáng 5/9, huyện đã sơ tán thêm 200 hộ dân.", "2024-09-06");
        Assert.Contains("Hoàng Văn Khiêm | Chủ tịch UBND huyện Bát Xát | held 2024-09-05", roles);
    }
}
