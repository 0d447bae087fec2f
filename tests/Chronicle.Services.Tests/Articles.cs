namespace Chronicle.Services.Tests;

/// <summary>Short articles written for these tests.</summary>
public static class Articles
{
    /// <summary>A year-end review dated only '11/1': the review of 2021 puts it in January 2022.</summary>
    public const string ReviewJanuary2022 = """
        Ban Đối ngoại Trung ương nhìn lại một năm công tác

        Ngày 11/1, Ban Đối ngoại Trung ương họp tổng kết công tác năm 2021 tại trụ sở ở Hà Nội.

        Trưởng Ban Đối ngoại Trung ương, Ủy viên Trung ương Đảng Lê Hoài Trung chủ trì hội nghị. Các đại biểu thảo luận kỹ về phương hướng của năm mới.

        Theo báo cáo, trong năm qua Ban đã tham mưu nhiều chủ trương lớn theo chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng.
        """;

    /// <summary>A review held on 29/12 with the year written out, chaired by the previous head.</summary>
    public const string ReviewDecember2020 = """
        Tổng kết năm công tác 2020

        Ngày 29/12/2020, Ban Đối ngoại Trung ương họp tổng kết công tác năm 2020 tại Hà Nội.

        Trưởng Ban Đối ngoại Trung ương, Ủy viên Trung ương Đảng Hoàng Bình Quân chủ trì và phát biểu kết luận hội nghị.
        """;

    /// <summary>A profile that states when a post was taken up.</summary>
    public const string MinisterProfile = """
        Chân dung người đứng đầu ngành ngoại giao

        Ngày 8/4/2021, Quốc hội phê chuẩn việc bổ nhiệm tân Bộ trưởng Bộ Ngoại giao.

        Ông Bùi Thanh Sơn giữ chức Bộ trưởng Bộ Ngoại giao từ tháng 4/2021, sau nhiều năm công tác trong ngành.
        """;

    /// <summary>One outlet's report of a review conference.</summary>
    public const string OutletReport = """
        Ngày 11/1, Ban Đối ngoại Trung ương họp tổng kết công tác năm 2021 tại trụ sở ở Hà Nội.
        Trưởng Ban Đối ngoại Trung ương, Ủy viên Trung ương Đảng Lê Hoài Trung chủ trì hội nghị; dự có lãnh đạo các cơ quan, ban, ngành.
        Báo cáo tại hội nghị cho thấy khối lượng việc Ban xử lý trong năm rất lớn, khâu nghiên cứu và tham mưu chiến lược có nhiều chuyển biến.
        Trong năm 2022, Ban đặt mục tiêu dự báo sát hơn, làm mới cách triển khai đối ngoại đảng cùng đối ngoại nhân dân.
        """;

    /// <summary>The same story from another outlet, in slightly other words.</summary>
    public const string OtherOutletReport = """
        (Tin tổng hợp) Ngày 11/1, Ban Đối ngoại Trung ương họp tổng kết công tác năm 2021 tại trụ sở ở Hà Nội.
        Trưởng Ban Đối ngoại Trung ương, Ủy viên Trung ương Đảng Lê Hoài Trung chủ trì hội nghị; dự có lãnh đạo nhiều cơ quan, ban, ngành.
        Báo cáo tại hội nghị cho thấy khối lượng việc Ban xử lý trong năm rất lớn, khâu nghiên cứu và tham mưu chiến lược có nhiều chuyển biến.
        Năm 2022, Ban đặt mục tiêu dự báo sát hơn, làm mới cách triển khai đối ngoại đảng cùng đối ngoại nhân dân.
        """;
}
