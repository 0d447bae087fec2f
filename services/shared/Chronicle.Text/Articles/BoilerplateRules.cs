using System.Text.RegularExpressions;

namespace Chronicle.Text.Articles;

/// <summary>Recognisers for the page furniture that news sites print around an article.</summary>
internal static partial class BoilerplateRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>A heading after which only other articles follow: the article ends before it.</summary>
    [GeneratedRegex(@"^(?:Đọc thêm|Tin liên quan|Bài liên quan|Bài viết liên quan|Có thể bạn quan tâm|Tin cùng chủ đề|Check Also|Các tin khác|Tin cùng chuyên mục|Tin khác|Xem thêm|Mới nhất|Xem nhiều nhất|Đọc nhiều nhất|Tin mới nhất|Phản hồi|Bình luận|Ý kiến bạn đọc|About admin|Phiên bản di động|Related(?: posts| articles)?)\s*:?$", Options)]
    public static partial Regex EndOfArticleHeading();

    /// <summary>Single lines that are never content.</summary>
    [GeneratedRegex(
        @"^(?:Advertisement|Quảng cáo|In bài|Chia sẻ|Share|Lưu|Bình luận|Sao chép liên kết|Copy link)\s*:?$" +
        @"|^Chia sẻ(?: bài viết)?\s*:.{0,100}$" +
        @"|^(?:Facebook|Twitter|Zalo|Email|Linkedin|Pinterest|In bài|Chia sẻ|Sao chép liên kết|Copy link)(?:[\s|,·/]+(?:Facebook|Twitter|Zalo|Email|Linkedin|Pinterest|In bài|Chia sẻ|Sao chép liên kết|Copy link))+$" +
        @"|Trình duyệt của bạn không hỗ trợ|^Video đang được tải|^Nghe bài viết|^A-\s*A\+" +
        @"|^(?:Xem thêm|Đọc thêm|Đọc tiếp|Tin liên quan|Bài liên quan|Video|Clip)\s*[:>»]\s*.{1,200}$|^Đọc tiếp$" +
        @"|^(?:Từ khóa|Từ khoá|Tags?|Chủ đề)\s*:.{0,300}$" +
        @"|^.{0,40}(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|Chủ nhật)\s*[,-]?\s*(?:ngày\s+)?[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}.{0,40}$" +
        @"|(?:Tử vi|Giá vàng|Lịch âm|Lịch vạn niên) hôm nay" +
        @"|^\[[^\[\]]{3,300}\]$",
        Options)]
    public static partial Regex NoiseLine();

    /// <summary>'Theo dõi Baoquocte.vn trên' (a follow-us button): names the outlet, is not content.</summary>
    [GeneratedRegex(@"^Theo dõi (?<outlet>\S.{0,60}?) trên(?:\s+\S+){0,2}$", Options)]
    public static partial Regex FollowUs();

    /// <summary>A credit at the very end: '(TTXVN/Vietnam+)', 'Theo Báo Quốc tế', 'Nguồn: VOV'.</summary>
    [GeneratedRegex(@"^\((?<credit>[^()]{2,60})\)$|^(?:Theo|Nguồn\s*:)\s+(?<credit>[^.!?]{2,80})\.?$", Options)]
    public static partial Regex SourceCredit();

    /// <summary>The photo marker that glues a caption to a repeated title: '... hinh anh 1Đại biểu dự hội nghị'.</summary>
    [GeneratedRegex(@"\s*(?:hinh anh|hình ảnh)\s+[0-9]+(?=\p{Lu}|\s|$)\s*", Options)]
    public static partial Regex PhotoMarker();

    /// <summary>A photo credit closing a caption: '(Ảnh: TTXVN)', '(Nguồn: TTXVN)', 'Ảnh: Thu Trang'.</summary>
    [GeneratedRegex(@"\((?:Ảnh|Nguồn|Photo|Ảnh chụp)[^()]*\)\s*\.?$|(?:^|\.\s+)(?:Ảnh|Nguồn)\s*:\s*[^.()]{1,60}$|(?:phát biểu|trình bày báo cáo|chủ trì)[^.]{0,30}(?:hội nghị|buổi làm việc|lễ|sự kiện)\.?$", Options)]
    public static partial Regex CaptionCredit();

    /// <summary>A line that opens with a date ('Ngày 29/12, ...'), so it is a lead, not a title.</summary>
    [GeneratedRegex(@"^(?:(?:sáng|chiều|trưa|tối|đêm|hôm)\s+)?(?:ngày\s+)?[0-9]{1,2}\s*[/-]\s*[0-9]{1,2}", Options)]
    public static partial Regex DateLead();

    /// <summary>A table-cell separator left after a caption: 'phát biểu tại hội nghị. |'.</summary>
    [GeneratedRegex(@"\s*\|\s*$")]
    public static partial Regex TrailingBar();

    /// <summary>The end-of-article mark some outlets print: '... nhiệm vụ./.'.</summary>
    [GeneratedRegex(@"\s*/\.\s*$")]
    public static partial Regex EndMark();

    /// <summary>'Bài, ảnh: Thanh Trúc', 'Tin, ảnh: Minh Anh', 'Tác giả: Lê Hà': the author with the label outlets print.</summary>
    [GeneratedRegex(@"^(?:Bài(?:\s*(?:và|,)\s*ảnh)?|Tin(?:\s*(?:và|,)\s*ảnh)?|Tác giả|Nhóm phóng viên|PV)\s*:\s*(?<name>\p{L}[\p{L} .]{1,40})$", Options)]
    public static partial Regex BylinePrefix();

    /// <summary>' (TTXVN)' after an author's name: the agency credit.</summary>
    [GeneratedRegex(@"\s*\([^()]{2,30}\)$")]
    public static partial Regex TrailingCredit();

    public static bool IsCaption(string line) => CaptionCredit().IsMatch(line);

    public static bool EndsWithEllipsis(string line) => line.EndsWith("...", StringComparison.Ordinal) || line.EndsWith('…');
}
