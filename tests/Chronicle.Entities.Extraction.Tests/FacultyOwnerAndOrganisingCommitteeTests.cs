using Chronicle.Entities.Extraction;
using Chronicle.Text.Dates;

namespace Chronicle.Entities.Extraction.Tests;

/// <summary>
/// A hospital's or school's department ('khoa') read with the hospital or school written after it, and a festival's
/// organising committee ('Ban Tổ chức Giỗ Tổ …') not taken for the Party's Central Organisation Commission. Each beside
/// the nearby shape that must be left as it was.
/// </summary>
public sealed class FacultyOwnerAndOrganisingCommitteeTests
{
    private static readonly AnchorDate June2024 =
        new(2024, 6, 3, DateGranularity.Day, YearBasis.Publication, [2024], "publication", null);

    private static List<(string Person, string Role)> Roles(string text) =>
        ArticleAnalyzer.Analyze("", text, June2024).Roles.Select(r => (r.PersonName, r.Role)).Distinct().ToList();

    [Fact]
    public void A_hospital_department_after_a_comma_is_read_with_its_hospital()
    {
        var roles = Roles("Bác sĩ Trịnh Văn Khải, Trưởng khoa Ngoại tổng hợp, Bệnh viện Bạch Mai, cho biết ca mổ kéo dài ba giờ.");

        Assert.Contains(("Trịnh Văn Khải", "Trưởng khoa Ngoại tổng hợp, Bệnh viện Bạch Mai"), roles);
    }

    [Fact]
    public void A_deputy_head_of_a_department_after_a_dash_is_read_with_its_hospital()
    {
        var roles = Roles("Bác sĩ Đoàn Thị Mai - Phó trưởng khoa Hô hấp, Bệnh viện Chợ Rẫy cho biết trẻ đã khỏe.");

        Assert.Contains(("Đoàn Thị Mai", "Phó Trưởng khoa Hô hấp, Bệnh viện Chợ Rẫy"), roles);
    }

    [Fact]
    public void A_university_department_is_read_with_its_university()
    {
        var roles = Roles("Tiến sĩ Lâm Quốc Việt, Trưởng khoa Kinh tế, Đại học Quốc gia Hà Nội, nhận định thị trường sẽ hồi phục.");

        Assert.Contains(("Lâm Quốc Việt", "Trưởng khoa Kinh tế, Đại học Quốc gia Hà Nội"), roles);
    }

    [Fact]
    public void A_second_post_after_the_comma_is_no_owner_of_the_department()
    {
        var roles = Roles("Bác sĩ Trịnh Văn Khải, Trưởng khoa Ngoại tổng hợp, Phó Giám đốc Bệnh viện Bạch Mai, cho biết ca mổ kéo dài ba giờ.");

        Assert.Contains(("Trịnh Văn Khải", "Phó Giám đốc Bệnh viện Bạch Mai"), roles);
        Assert.DoesNotContain(roles, r => r.Role.StartsWith("Trưởng khoa Ngoại tổng hợp, Phó", StringComparison.Ordinal));
    }

    [Fact]
    public void A_department_and_hospital_followed_by_the_next_person_of_a_list_give_that_person_no_post()
    {
        var roles = Roles("Hội đồng chuyên môn gồm PGS.TS Hà Minh Đức: nguyên Trưởng khoa Nội, Bệnh viện Bạch Mai TS.BS Vương Thị Lan: "
            + "Phó Trưởng khoa Tim mạch, Bệnh viện E.");

        Assert.DoesNotContain(roles, r => r.Person == "Vương Thị Lan" && r.Role.StartsWith("Trưởng khoa Nội", StringComparison.Ordinal));
    }

    [Fact]
    public void The_head_of_a_festival_organising_committee_is_no_head_of_the_central_commission()
    {
        var roles = Roles("Sáng 12/4, ông Phan Quốc Bảo, Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức Giỗ Tổ Hùng Vương, chủ trì cuộc họp.");

        Assert.DoesNotContain(roles, r => r.Role == "Trưởng Ban Tổ chức Trung ương");
        Assert.DoesNotContain(roles, r => r.Person.StartsWith("Giỗ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_head_of_the_central_commission_is_still_read()
    {
        var roles = Roles("Ông Mai Văn Chính, Trưởng Ban Tổ chức Trung ương, dự hội nghị.");

        Assert.Contains(("Mai Văn Chính", "Trưởng Ban Tổ chức Trung ương"), roles);
    }
}
