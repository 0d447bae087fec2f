namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A day closing the occasion a holder spoke on ('cho biết trong cuộc họp báo ngày 2/8') dates the post as a day right
/// after the verb does; a post is taken up when the person 'được cử giữ chức' it; posts told as held up to a death
/// ('Trước khi qua đời, ông X là …') and an acting post once held ('nguyên Quyền …') are left.
/// </summary>
public sealed class SayingOccasionAndLeavingTests
{
    [Fact]
    public void A_day_closing_the_press_conference_the_holder_spoke_at_dates_the_post()
    {
        var roles = DatedRoles.Read("Hai nước hoàn tất cuộc trao đổi tù nhân lớn nhất nhiều năm qua.\n\n"
            + "Số người được trả tự do sẽ sớm về nước, người phát ngôn Bộ Ngoại giao Ba Lan Tomasz Wrona cho biết trong cuộc họp báo ngày 2/8.", "2024-08-04");
        Assert.Contains("Tomasz Wrona | Người phát ngôn Bộ Ngoại giao Ba Lan | held 2024-08-02", roles);
    }

    [Fact]
    public void The_day_the_holder_spoke_on_wins_over_a_year_written_before_the_name()
    {
        var roles = DatedRoles.Read("Hai nước hoàn tất cuộc trao đổi tù nhân lớn nhất nhiều năm qua.\n\n"
            + "Người đàn ông bị bắt ở Gdansk vào năm 2019 là sĩ quan tình báo, người phát ngôn Bộ Ngoại giao Ba Lan Tomasz Wrona cho biết trong cuộc họp báo ngày 2/8.", "2024-08-04");
        Assert.Contains("Tomasz Wrona | Người phát ngôn Bộ Ngoại giao Ba Lan | held 2024-08-02", roles);
    }

    [Fact]
    public void A_day_closing_a_video_statement_dates_the_post()
    {
        var roles = DatedRoles.Read("Chính phủ Chile phản bác đề xuất của một công ty nước ngoài về cảng biển.\n\n"
            + "\"Cảng này thuộc về người dân\", Tổng thống Chile Mateo Rivas nói trong đoạn video đăng trên mạng xã hội hôm 22/12.", "2024-12-24");
        Assert.Contains("Mateo Rivas | Tổng thống Chile | held 2024-12-22", roles);
    }

    [Fact]
    public void A_day_in_what_the_holder_reports_still_does_not_date_the_post()
    {
        var roles = DatedRoles.Read("Mưa lớn kéo dài nhiều ngày ở các huyện miền núi.\n\n"
            + "Ông Lò Văn Pảng, Chủ tịch UBND huyện Mường Tè, cho biết trong cuộc họp báo rằng vụ sạt lở xảy ra hôm 8/9.", "2024-09-12");
        Assert.DoesNotContain("Lò Văn Pảng | Chủ tịch UBND huyện Mường Tè | held 2024-09-08", roles);
    }

    [Fact]
    public void A_post_the_person_is_sent_to_hold_is_taken_up()
    {
        var roles = DatedRoles.Read("Sáng 5/9, Ủy ban MTTQ Việt Nam tỉnh Hà Giang họp để bổ sung người đứng đầu.\n\n"
            + "Tại phiên họp, ông Sùng Mí Lử được tín nhiệm cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hà Giang.", "2024-09-06");
        Assert.Contains(roles, r => r.StartsWith("Sùng Mí Lử | Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Giang | started 2024-09-0", StringComparison.Ordinal));
    }

    [Fact]
    public void Posts_held_up_to_a_death_told_at_the_head_of_the_sentence_are_left()
    {
        var roles = DatedRoles.Read("Quỹ đầu tư Sao Mai thông báo tin buồn tới các cổ đông.\n\n"
            + "Trước khi qua đời, ông Trần Minh Khôi là Chủ tịch UBND huyện Tam Nông.", "2024-06-06");
        Assert.Contains(roles, r => r.StartsWith("Trần Minh Khôi | Chủ tịch UBND huyện Tam Nông", StringComparison.Ordinal) && r.Contains("| ended 2024-06-06", StringComparison.Ordinal));
    }

    [Fact]
    public void An_acting_post_once_held_is_left()
    {
        var roles = DatedRoles.Read("Tòa tuyên án các bị cáo trong vụ án tại ngân hàng.\n\n"
            + "- Đỗ Quang Vinh (nguyên Quyền Tổng giám đốc Ngân hàng ABC) mức án 12 năm.", "2024-04-11");
        Assert.Contains(roles, r => r.StartsWith("Đỗ Quang Vinh | ", StringComparison.Ordinal) && r.Contains("| ended 2024-04-11", StringComparison.Ordinal));
    }
}
