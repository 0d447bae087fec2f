using Chronicle.Text.Articles;
using Chronicle.Text.Dates;

namespace Chronicle.Text.Tests;

/// <summary>
/// Checks against the real seed articles in shared/seeds (outside the repository). The seeds are
/// read at run time only; when the folder is absent these tests return early.
/// </summary>
public class SeedArticleTests
{
    private static readonly string? SeedDirectory = FindUp(Path.Combine("shared", "seeds"));

    private static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
                return candidate;
        }
        return null;
    }

    private static ExtractedArticle? Seed(string prefix)
    {
        if (SeedDirectory is null)
            return null;
        var file = Directory.GetFiles(SeedDirectory, prefix + "_*.txt").SingleOrDefault();
        return file is null ? null : ArticleExtractor.FromText(File.ReadAllText(file));
    }

    [SkippableTheory]
    [InlineData("000", 2022, 1, 11)]
    [InlineData("001", 2023, 1, 13)]
    [InlineData("003", 2020, 12, 29)]
    public void Year_end_reviews_are_dated_from_context(string seed, int year, int month, int day)
    {
        var article = Seed(seed);
            Skip.If(article is null, "../shared/seeds is not beside the checkout");
        var anchor = AnchorDateResolver.Resolve(article.CleanText, null);
        Assert.Equal(new DateOnly(year, month, day).ToString("yyyy-MM-dd"), anchor.ToIso());
        Assert.Equal(YearBasis.Context, anchor.Basis);
    }

    [SkippableFact]
    public void Seed_002_is_dated_by_the_post_its_lead_names_with_its_holder()
    {
        var article = Seed("002");
            Skip.If(article is null, "../shared/seeds is not beside the checkout");
        var anchor = AnchorDateResolver.Resolve(article.CleanText, null);
        // Its cited resolution bounds the year from 2023; 'Thường trực Ban Bí thư Lương Cường' was held in 2024 only.
        Assert.Equal("2024-07-04", anchor.ToIso());
        Assert.Equal(YearBasis.Inferred, anchor.Basis);
    }

    [SkippableFact]
    public void Seed_004_has_no_year_and_candidates_start_at_2022()
    {
        var article = Seed("004");
            Skip.If(article is null, "../shared/seeds is not beside the checkout");
        var anchor = AnchorDateResolver.Resolve(article.CleanText, null);
        Assert.Null(anchor.Year);
        Assert.Equal((11, 24), (anchor.Month, anchor.Day));
        Assert.Equal([2022, 2023, 2024, 2025], anchor.CandidateYears);
    }

    [SkippableFact]
    public void Seed_000_title_caption_and_credit()
    {
        var article = Seed("000");
            Skip.If(article is null, "../shared/seeds is not beside the checkout");
        Assert.Equal("Nang cao hieu qua hoat dong doi ngoai dang, doi ngoai nhan dan", article.Title);
        Assert.Equal("(TTXVN/Vietnam+)", article.SourceLine);
        Assert.DoesNotContain("hinh anh", article.CleanText);
        Assert.DoesNotContain("[", article.CleanText);
        Assert.StartsWith("Đại biểu dự hội nghị.", article.CleanText);
    }

    [SkippableFact]
    public void Seed_001_ends_before_the_related_articles()
    {
        var article = Seed("001");
            Skip.If(article is null, "../shared/seeds is not beside the checkout");
        Assert.Equal("Chu Văn", article.Byline);
        Assert.Equal("Ban Đối ngoại Trung ương tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023", article.Title);
        Assert.DoesNotContain("Tăng cường trao đổi về triển khai công tác ngoại giao kinh tế", article.CleanText);
        foreach (var absent in new[] { "2026", "Tô Lâm", "Trump", "Putin", "Đỗ Hùng Việt", "Phạm Minh Chính", "Nguyễn Minh Vũ", "Theo dõi", "Đọc thêm" })
            Assert.DoesNotContain(absent, article.CleanText);
        Assert.Single(Occurrences(article.CleanText, "Quang cảnh hội nghị. (Nguồn: TTXVN)"));
    }

    [SkippableFact]
    public void Seed_002_keeps_each_caption_once_per_place()
    {
        var article = Seed("002");
            Skip.If(article is null, "../shared/seeds is not beside the checkout");
        Assert.Equal("Công tác đối ngoại của Đảng đã đạt được nhiều thành tựu có ý nghĩa lịch sử", article.Title);
        var paragraphs = article.CleanText.Split("\n\n");
        for (var i = 1; i < paragraphs.Length; i++)
            Assert.NotEqual(paragraphs[i - 1], paragraphs[i]);
        foreach (var absent in new[] { "Phản hồi", "Các tin khác", "Mới nhất", "Xem nhiều nhất" })
            Assert.DoesNotContain(absent, article.CleanText);
    }

    [SkippableFact]
    public void Seed_004_loses_its_page_furniture()
    {
        var article = Seed("004");
            Skip.If(article is null, "../shared/seeds is not beside the checkout");
        Assert.Equal("Nâng cao hiệu quả công tác đối ngoại Đảng, đối ngoại nhân dân", article.Title);
        foreach (var absent in new[] { "Advertisement", "About admin", "Check Also", "năm 2024" })
            Assert.DoesNotContain(absent, article.CleanText);
        Assert.StartsWith("Sáng 24/11", article.CleanText);
    }

    [SkippableFact]
    public void Seed_003_has_no_title_and_no_table_bars()
    {
        var article = Seed("003");
            Skip.If(article is null, "../shared/seeds is not beside the checkout");
        Assert.Equal("", article.Title);
        Assert.StartsWith("Ngày 29/12", article.CleanText);
        Assert.DoesNotContain("|", article.CleanText);
    }

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
            yield return at;
    }
}
