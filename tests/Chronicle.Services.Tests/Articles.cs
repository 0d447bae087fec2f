namespace Chronicle.Services.Tests;

/// <summary>Short articles written for these tests.</summary>
public static class Articles
{
    /// <summary>A year-end review dated only '11/1': the review of 2021 puts it in January 2022.</summary>
    public const string ReviewJanuary2022 = """
        Ban Đối ngoại Trung ương nhìn lại một năm công tác

        Ngày 11/1, tại Hà Nội, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác năm 2021 và triển khai nhiệm vụ năm 2022.

        Ủy viên Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung chủ trì hội nghị. Các đại biểu thảo luận kỹ về phương hướng của năm mới.

        Theo báo cáo, trong năm qua Ban đã tham mưu nhiều chủ trương lớn theo chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng.
        """;

    /// <summary>A review held on 29/12 with the year written out, chaired by the previous head.</summary>
    public const string ReviewDecember2020 = """
        Tổng kết năm công tác 2020

        Ngày 29/12/2020, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác năm 2020 và triển khai nhiệm vụ năm 2021.

        Ủy viên Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương Hoàng Bình Quân chủ trì và phát biểu tổng kết hội nghị.
        """;

    /// <summary>A profile that states when a post was taken up.</summary>
    public const string MinisterProfile = """
        Chân dung người đứng đầu ngành ngoại giao

        Ngày 8/4/2021, Quốc hội phê chuẩn việc bổ nhiệm tân Bộ trưởng Bộ Ngoại giao.

        Ông Bùi Thanh Sơn giữ chức Bộ trưởng Bộ Ngoại giao từ tháng 4/2021, sau nhiều năm công tác trong ngành.
        """;

    /// <summary>One outlet's report of a review conference.</summary>
    public const string OutletReport = """
        Ngày 11/1, tại Hà Nội, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác năm 2021 và triển khai nhiệm vụ năm 2022.
        Ủy viên Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung chủ trì hội nghị với sự tham dự của lãnh đạo các cơ quan, ban, ngành.
        Hội nghị đánh giá trong năm qua Ban đã hoàn thành khối lượng công việc lớn, công tác nghiên cứu và tham mưu chiến lược có bước chuyển quan trọng.
        Trong năm 2022, Ban tiếp tục nâng cao chất lượng dự báo, đổi mới hoạt động đối ngoại đảng và đối ngoại nhân dân.
        """;

    /// <summary>The same story from another outlet, in slightly other words.</summary>
    public const string OtherOutletReport = """
        (Tin tổng hợp) Ngày 11/1, tại Hà Nội, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác năm 2021 và triển khai nhiệm vụ năm 2022.
        Ủy viên Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung chủ trì hội nghị với sự tham dự của lãnh đạo nhiều cơ quan, ban, ngành.
        Hội nghị đánh giá trong năm qua Ban đã hoàn thành khối lượng công việc lớn, công tác nghiên cứu và tham mưu chiến lược có bước chuyển quan trọng.
        Năm 2022, Ban tiếp tục nâng cao chất lượng dự báo, đổi mới hoạt động đối ngoại đảng và đối ngoại nhân dân.
        """;
}
