using System.Text.Json;
using System.Text.Json.Nodes;

namespace Chronicle.Cli.Tests;

/// <summary>
/// The TimelineJS file against TimelineJS's documented JSON format: an object with an "events"
/// array (and optional "title" slide); each event a "start_date" object whose "year" is required
/// and "month" (1–12) and "day" (1–31) optional, an optional "end_date" of the same shape, a
/// "text" object with "headline" and "text", and optional "group" and "unique_id" strings.
/// </summary>
public sealed class TimelineJsExportTests
{
    private static readonly Evidence Quote = new("doc1", "Ông Trần Văn A giữ chức Giám đốc Sở Tư pháp từ tháng 3/2019.", "2019-03", "sentence", "started", "https://example.org/a");

    private static readonly ExportRow[] Rows =
    [
        new("role", "Trần Văn A", "Giám đốc Sở Tư pháp", "2019-03", "2023-12-05", "", [Quote]),
        new("role", "Trần Văn A", "Phó Chủ tịch <Ủy ban>", "2024", null, "acting", []),
        new("event", "Trần Văn A", "Hội nghị tổng kết năm 2023", "2024-01-10", null, null, [Quote with { Date = "2024-01-10" }]),
        new("event", "Trần Văn A", "undated", null, null, null, []),
    ];

    private static JsonObject Export() =>
        JsonNode.Parse(Exports.Write("timelinejs", "Chronicle: Trần Văn A", Rows))!.AsObject();

    [Fact]
    public void Every_dated_fact_is_an_event_with_the_documented_shape()
    {
        var timeline = Export();
        var events = timeline["events"]!.AsArray();
        Assert.Equal(3, events.Count);
        foreach (var item in events.Select(node => node!.AsObject()))
        {
            AssertDate(item["start_date"]);
            if (item["end_date"] is { } end)
            {
                AssertDate(end);
                Assert.True(Comparable(end) >= Comparable(item["start_date"]!), "an end_date before its start_date");
            }
            var text = item["text"]!.AsObject();
            Assert.Equal(JsonValueKind.String, text["headline"]!.GetValueKind());
            Assert.Equal(JsonValueKind.String, text["text"]!.GetValueKind());
            Assert.Equal(JsonValueKind.String, item["group"]!.GetValueKind());
            Assert.Equal(JsonValueKind.String, item["unique_id"]!.GetValueKind());
            Assert.All(item.Select(property => property.Key), key =>
                Assert.Contains(key, new[] { "start_date", "end_date", "text", "group", "unique_id", "media", "display_date", "background", "autolink" }));
        }
        Assert.Equal(events.Count, events.Select(item => (string)item!["unique_id"]!).Distinct().Count());
        Assert.Equal(JsonValueKind.String, timeline["title"]!["text"]!["headline"]!.GetValueKind());
    }

    [Fact]
    public void Dates_keep_their_granularity_and_spans_their_end()
    {
        var events = Export()["events"]!.AsArray();
        var post = events[0]!;
        Assert.Equal(2019, (int)post["start_date"]!["year"]!);
        Assert.Equal(3, (int)post["start_date"]!["month"]!);
        Assert.Null(post["start_date"]!["day"]);
        Assert.Equal(5, (int)post["end_date"]!["day"]!);
        var yearOnly = events[1]!;
        Assert.Null(yearOnly["start_date"]!["month"]);
        Assert.Null(yearOnly["end_date"]);
    }

    [Fact]
    public void Text_is_escaped_html_carrying_the_quote_its_date_basis_and_source()
    {
        var events = Export()["events"]!.AsArray();
        Assert.Equal("Phó Chủ tịch &lt;Ủy ban&gt; (acting)", (string)events[1]!["text"]!["headline"]!);
        var body = (string)events[0]!["text"]!["text"]!;
        Assert.Contains("<blockquote>Ông Trần Văn A giữ chức Giám đốc Sở Tư pháp từ tháng 3/2019.</blockquote>", body, StringComparison.Ordinal);
        Assert.Contains("(sentence)", body, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/a\"", body, StringComparison.Ordinal);
    }

    private static void AssertDate(JsonNode? date)
    {
        var fields = date!.AsObject();
        Assert.Equal(JsonValueKind.Number, fields["year"]!.GetValueKind());
        if (fields["month"] is { } month)
        {
            Assert.InRange((int)month, 1, 12);
        }
        if (fields["day"] is { } day)
        {
            Assert.NotNull(fields["month"]);
            Assert.InRange((int)day, 1, 31);
        }
    }

    private static int Comparable(JsonNode date) =>
        ((int)date["year"]! * 100 + ((int?)date["month"] ?? 1)) * 100 + ((int?)date["day"] ?? 1);
}
