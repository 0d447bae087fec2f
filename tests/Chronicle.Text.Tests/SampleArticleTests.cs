using Chronicle.Text.Articles;
using Chronicle.Text.Dates;

namespace Chronicle.Text.Tests;

/// <summary>The repository's own sample articles (samples/, gold list in samples/README.md).</summary>
public class SampleArticleTests
{
    private static readonly string? SampleDirectory = FindUp("samples");

    private static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(Path.Combine(candidate, "README.md")))
                return candidate;
        }
        return null;
    }

    /// <summary>The samples are part of the repository: a missing one fails the test, never passes it.</summary>
    private static ExtractedArticle Sample(string prefix)
    {
        Assert.True(SampleDirectory is not null, "samples/ not found above the test assembly");
        var file = Directory.GetFiles(SampleDirectory, prefix + "-*").SingleOrDefault();
        Assert.True(file is not null, $"sample {prefix} not found in {SampleDirectory}");
        var content = File.ReadAllText(file);
        return file.EndsWith(".html", StringComparison.Ordinal) ? ArticleExtractor.FromHtml(content) : ArticleExtractor.FromText(content);
    }

    [Theory]
    [InlineData("01", "2022-01-11", YearBasis.Context)]
    [InlineData("02", "2023-01-13", YearBasis.Context)]
    [InlineData("03", "2024-01-10", YearBasis.Context)]
    [InlineData("04", "2024-01-23", YearBasis.CitedDocument)]
    [InlineData("07", "2020-12-29", YearBasis.Written)]
    [InlineData("08", "2023-03-22", YearBasis.Written)]
    [InlineData("09", "2022-01-05", YearBasis.Written)]
    public void Samples_with_a_knowable_year_are_dated(string sample, string iso, YearBasis basis)
    {
        var article = Sample(sample);
        var anchor = AnchorDateResolver.Resolve(article.CleanText, null);
        Assert.Equal(iso, anchor.ToIso());
        Assert.Equal(basis, anchor.Basis);
    }

    [Fact]
    public void Sample_05_is_dated_by_the_post_its_lead_names_with_its_holder()
    {
        // 'Thường trực Ban Bí thư Lương Cường' held from May to October 2024 only.
        var anchor = AnchorDateResolver.Resolve(Sample("05").CleanText, null);
        Assert.Equal("2024-07-04", anchor.ToIso());
        Assert.Equal(YearBasis.Inferred, anchor.Basis);
    }

    [Theory]
    [InlineData("06", 11, 24, 2022)]
    public void Samples_that_need_world_knowledge_keep_the_year_open(string sample, int month, int day, int firstCandidate)
    {
        var article = Sample(sample);
        var anchor = AnchorDateResolver.Resolve(article.CleanText, null);
        Assert.Null(anchor.Year);
        Assert.Equal((month, day), (anchor.Month, anchor.Day));
        Assert.Equal(firstCandidate, anchor.CandidateYears[0]);
    }

    [Fact]
    public void Sample_10_is_a_range_with_an_open_year()
    {
        var article = Sample("10");
        var anchor = AnchorDateResolver.Resolve(article.CleanText, null);
        Assert.Null(anchor.Year);
        Assert.Equal(26, anchor.Day);
        Assert.Equal(29, anchor.Mention?.EndDay);
        Assert.DoesNotContain("2026", article.CleanText.Replace("2021-2026", "", StringComparison.Ordinal));
    }

    [Fact]
    public void The_html_sample_loses_navigation_scripts_and_related_links()
    {
        var article = Sample("02");
        Assert.Equal("Thu Trang", article.Byline);
        foreach (var absent in new[] { "Tô Lâm", "2026", "gtag", "Trang chủ", "Chia sẻ", "pháo hoa" })
            Assert.DoesNotContain(absent, article.CleanText);
    }

    [Fact]
    public void The_repeated_caption_sample_keeps_each_caption_once_and_drops_teasers()
    {
        var article = Sample("03");
        Assert.DoesNotContain("Trần Hồng Hà", article.CleanText);
        Assert.DoesNotContain("2026", article.CleanText);
        var paragraphs = article.CleanText.Split("\n\n");
        Assert.Equal(paragraphs.Length, paragraphs.Distinct().Count());
    }

    [Fact]
    public void The_eth_sample_normalises_to_d_with_stroke()
    {
        var article = Sample("04");
        Assert.DoesNotContain('\u00D0', article.CleanText);
        Assert.Contains("Ban Đối ngoại", article.CleanText);
    }
}
