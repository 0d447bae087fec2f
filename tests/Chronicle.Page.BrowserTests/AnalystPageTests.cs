using System.Text.RegularExpressions;
using Chronicle.Testing;
using Microsoft.Playwright;

namespace Chronicle.Page.BrowserTests;

/// <summary>
/// The analysts' page as a person uses it: search, a person's bars and their evidence, a post's
/// succession, a document, pasting an article; found by role and label, as a screen reader would.
/// </summary>
public sealed partial class AnalystPageTests(BrowserSuiteFixture fixture) : IClassFixture<BrowserSuiteFixture>
{
    private const string SearchLabel = "Search a person, post, organisation or document";

    private async Task<IPage> OpenAsync(string path = "/app/?lang=en", int width = 1280, int height = 900)
    {
        Skip.If(BrowserSuiteFixture.SkipReason is not null, BrowserSuiteFixture.SkipReason);
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Suite.Gateway.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync(path);
        return page;
    }

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSuiteFixture.ScreenshotFolder, name + ".png"), FullPage = true });

    private static async Task OpenPersonBySearchAsync(IPage page)
    {
        // Typed without diacritics and in lower case; the suggestion carries them.
        await page.GetByRole(AriaRole.Combobox, new() { Name = SearchLabel }).PressSequentiallyAsync("le hoai trung", new() { Delay = 30 });
        var suggestion = page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("Lê Hoài Trung") });
        await suggestion.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = new Regex("Lê Hoài Trung") })).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task Search_suggests_as_you_type_and_opens_a_person_with_posts_as_bars()
    {
        var page = await OpenAsync();
        await OpenPersonBySearchAsync(page);

        var bars = page.Locator(".vis-item.vis-range");
        await Assertions.Expect(bars.First).ToBeVisibleAsync();
        Assert.True(await bars.CountAsync() >= 2, "each post should be one bar on the time axis");
        await Assertions.Expect(page.Locator(".vis-item", new() { HasText = "Trưởng Ban Đối ngoại Trung ương" }).First).ToBeVisibleAsync();
        // The same facts as a table for keyboards and screen readers.
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Posts" })).ToContainTextAsync("Trưởng Ban Đối ngoại Trung ương");
        await ScreenshotAsync(page, "person");
    }

    [SkippableFact]
    public async Task Clicking_a_bar_shows_the_quote_marked_in_the_article_with_its_date_basis()
    {
        var page = await OpenAsync();
        await OpenPersonBySearchAsync(page);

        await page.Locator(".vis-item.vis-range", new() { HasText = "Trưởng Ban Đối ngoại Trung ương" }).First.ClickAsync();

        var evidence = page.Locator("#evidence");
        await Assertions.Expect(evidence.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("Evidence for: Trưởng Ban Đối ngoại Trung ương") })).ToBeVisibleAsync();
        var marked = evidence.Locator("blockquote mark").First;
        await Assertions.Expect(marked).ToContainTextAsync("Lê Hoài Trung");
        await Assertions.Expect(evidence.GetByText("Basis of the date").First).ToBeVisibleAsync();
        await Assertions.Expect(evidence.GetByText("Source").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "evidence");
        // The view the README shows: the axis above, the first evidence below.
        await page.SetViewportSizeAsync(1280, 1000);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSuiteFixture.ScreenshotFolder, "overview.png") });

        // From the evidence to the whole article: the same quote marked in the clean text.
        await evidence.GetByRole(AriaRole.Link, new() { Name = "Open the whole article" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Clean text" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("processed", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Anchor date")).ToBeVisibleAsync();
        // The names the entities service knows are marked as links to their own views.
        await Assertions.Expect(page.Locator(".clean-text a.entity-person").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".clean-text a.entity-position", new() { HasText = "Trưởng Ban Đối ngoại Trung ương" }).First).ToBeVisibleAsync();
        // The quote stays marked; entity links may cut it into several marks.
        var quote = string.Concat(await page.Locator(".clean-text mark.evidence").AllInnerTextsAsync());
        Assert.Contains("Lê Hoài Trung", quote, StringComparison.Ordinal);
        await ScreenshotAsync(page, "document");
    }

    [SkippableFact]
    public async Task A_post_shows_its_succession_and_who_held_it_on_a_day()
    {
        var page = await OpenAsync("/app/?lang=en#/post/Tr%C6%B0%E1%BB%9Fng%20Ban%20%C4%90%E1%BB%91i%20ngo%E1%BA%A1i%20Trung%20%C6%B0%C6%A1ng");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = new Regex("Trưởng Ban Đối ngoại Trung ương") })).ToBeVisibleAsync();
        var succession = page.GetByRole(AriaRole.Table, new() { Name = "Succession" });
        await Assertions.Expect(succession).ToContainTextAsync("Hoàng Bình Quân");
        await Assertions.Expect(succession).ToContainTextAsync("Lê Hoài Trung");
        await Assertions.Expect(page.Locator(".vis-item.vis-range").First).ToBeVisibleAsync();

        await page.GetByLabel("Date", new() { Exact = true }).FillAsync("2023-03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Look up" }).ClickAsync();
        await Assertions.Expect(page.Locator(".holders-on")).ToContainTextAsync("Lê Hoài Trung");
        await ScreenshotAsync(page, "post");
    }

    [SkippableFact]
    public async Task An_organisation_leads_to_its_posts()
    {
        var page = await OpenAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = SearchLabel }).PressSequentiallyAsync("ban doi ngoai", new() { Delay = 30 });
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("^Ban Đối ngoại Trung ương.*organisation$") }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = new Regex("Ban Đối ngoại Trung ương") })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Trưởng Ban Đối ngoại Trung ương", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Succession" })).ToContainTextAsync("Lê Hoài Trung");
    }

    [SkippableFact]
    public async Task Labels_switch_to_Vietnamese_and_the_page_fits_a_phone()
    {
        var page = await OpenAsync("/app/?lang=vi", width: 390, height: 844);
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Tìm người, chức vụ, tổ chức hoặc văn bản" })).ToBeVisibleAsync();
        Assert.Equal("vi", await page.Locator("html").GetAttributeAsync("lang"));

        await OpenPersonOnPhoneAsync(page);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 1, $"the page is {overflow}px wider than a phone screen");
        await ScreenshotAsync(page, "person-phone");

        await page.GetByLabel("Ngôn ngữ").SelectOptionAsync("en");
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = SearchLabel })).ToBeVisibleAsync();
    }

    private static async Task OpenPersonOnPhoneAsync(IPage page)
    {
        var search = page.GetByRole(AriaRole.Combobox, new() { Name = "Tìm người, chức vụ, tổ chức hoặc văn bản" });
        await search.PressSequentiallyAsync("le hoai", new() { Delay = 30 });
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("Lê Hoài Trung") })).ToBeVisibleAsync();
        // Keyboard only: the first suggestion is active, Enter opens it.
        await search.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = new Regex("Lê Hoài Trung") })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".vis-item.vis-range").First).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task A_pasted_article_is_followed_through_the_stages()
    {
        var page = await OpenAsync("/app/?lang=en#/ingest");
        await page.GetByLabel("Write key (X-Api-Key)").FillAsync(SuiteProcesses.ApiKey);
        await page.GetByLabel("Article (text or HTML)").FillAsync(
            "Hà Nội, ngày 14/3/2023 – Sáng nay, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn đã có buổi gặp với đoàn đại biểu thanh niên của tỉnh Quảng Trị tại trụ sở Bộ.\n\n" +
            "Tại buổi gặp, Bộ trưởng Bùi Thanh Sơn trao đổi về công tác đối ngoại nhân dân và vai trò của thanh niên trong thời kỳ mới.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Accepted and stored")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Cleaned and dated")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".stage-done", new() { HasText = "Through entities and the timeline" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await ScreenshotAsync(page, "ingest");
    }

    [SkippableFact]
    public async Task The_page_and_the_api_docs_load_nothing_from_another_origin()
    {
        var page = await OpenAsync("/app/?lang=en");
        var origin = fixture.Suite.Gateway.GetLeftPart(UriPartial.Authority);
        var foreign = new List<string>();
        var refused = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };
        await page.GotoAsync("/docs/");
        await Assertions.Expect(page.GetByText("Chronicle REST API").First).ToBeVisibleAsync();
        await page.GotoAsync("/app/?lang=en");
        await OpenPersonBySearchAsync(page);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(foreign);
        Assert.Empty(refused);
    }
}
