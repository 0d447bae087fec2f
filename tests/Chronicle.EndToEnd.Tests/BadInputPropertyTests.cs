using System.Net;
using System.Text;
using System.Text.Json;
using Chronicle.Testing;
using CsCheck;
using Xunit.Abstractions;

namespace Chronicle.EndToEnd.Tests;

/// <summary>
/// Generated bad input thrown at the gateway of a running suite: every request is answered 4xx
/// with problem+json, never 5xx, and nothing is stored. Each property prints how many inputs it tried.
/// </summary>
public sealed class BadInputPropertyTests(SuiteFixture fixture, ITestOutputHelper output) : IClassFixture<SuiteFixture>
{
    private const int TwoMegabytes = 2 * 1024 * 1024;
    private SuiteProcesses Suite => fixture.Suite;

    /// <summary>A request as sent: method, path and query, body bytes (or none), content type.</summary>
    public sealed record BadRequest(string Method, string Path, byte[]? Body, string ContentType = "application/json")
    {
        public override string ToString() =>
            $"{Method} {Truncate(Path)} {(Body is null ? "" : $"({Body.Length} bytes) {Truncate(Encoding.UTF8.GetString(Body))}")}";

        private static string Truncate(string text) => text.Length <= 160 ? text : text[..160] + "…";
    }

    private static readonly Gen<string> Ascii = Gen.Char['a', 'z'].Array[0, 40].Select(c => new string(c));

    private static byte[] Json(object body) => JsonSerializer.SerializeToUtf8Bytes(body);

    private static BadRequest PostDocument(byte[] body) => new("POST", "/api/v1/documents", body);

    /// <summary>A JSON body whose text holds a byte sequence that is not UTF-8.</summary>
    private static readonly Gen<BadRequest> InvalidUtf8 =
        Gen.Select(Ascii, Ascii, Gen.OneOf(
                Gen.Byte[0x80, 0xBF].Select(b => new[] { b }),              // continuation byte alone
                Gen.Byte[0xC0, 0xC1].Select(b => new[] { b, (byte)0x80 }),  // overlong
                Gen.Byte[0xF5, 0xFF].Select(b => new[] { b }),              // never in UTF-8
                Gen.Const(new byte[] { 0xE1, 0xBB }),                       // cut short
                Gen.Const(new byte[] { 0xED, 0xA0, 0x80 })),                // surrogate
            (before, after, bad) => PostDocument([.. "{\"text\":\""u8, .. Encoding.UTF8.GetBytes(before), .. bad, .. Encoding.UTF8.GetBytes(after), .. "\"}"u8]));

    /// <summary>Over the 2 MB limit, declared or streamed.</summary>
    private static readonly Gen<BadRequest> Oversize =
        Gen.Int[1, 300_000].Select(extra => PostDocument(Json(new { text = new string('a', TwoMegabytes + extra) })));

    /// <summary>Markup nested thousands deep, scripts, styles and comments, but no text to read.</summary>
    private static readonly Gen<BadRequest> MarkupWithoutText =
        Gen.Select(Gen.Int[1, 20_000], Gen.OneOf(Gen.Const("div"), Gen.Const("span"), Gen.Const("section"), Gen.Const("b"), Gen.Const("td")),
            Gen.OneOf(Gen.Const("<script>document.write('Nguyễn Văn A, Bộ trưởng')</script>"), Gen.Const("<style>p{color:red}</style>"),
                Gen.Const("<!-- Ngày 11/1/2023 -->"), Gen.Const("<script>while(true){}</script><style></style>"), Gen.Const("")),
            (depth, tag, inner) => PostDocument(Json(new { html = string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + inner + string.Concat(Enumerable.Repeat($"</{tag}>", depth)) })));

    /// <summary>A good article with a publication date that is not a date.</summary>
    private static readonly Gen<BadRequest> AbsurdDate =
        Gen.OneOf(
                Gen.OneOf(Gen.Const("31/2/2023"), Gen.Const("2023-02-30"), Gen.Const("0000-00-00"), Gen.Const("99999-12-31"), Gen.Const("2023-13-01"),
                    Gen.Const("hôm qua"), Gen.Const("1e9"), Gen.Const("2023-01-01T25:61:00Z"), Gen.Const("-2023-01-01"), Gen.Const("0/13")),
                Gen.Int.Select(n => n.ToString()),
                Ascii.Where(s => s.Length > 0))
            .Select(date => PostDocument(Json(new { text = GoodText, publishedAt = date })));

    /// <summary>The body of the contract's shape with wrong JSON types, or not an object at all.</summary>
    private static readonly Gen<BadRequest> WrongTypes =
        Gen.OneOf(
            Gen.Int.Select(n => $"{{\"text\":{n}}}"),
            Gen.Bool.Select(b => $"{{\"text\":{(b ? "true" : "false")}}}"),
            Ascii.Select(s => $"{{\"text\":[\"{s}\"]}}"),
            Ascii.Select(s => $"{{\"text\":{{\"value\":\"{s}\"}}}}"),
            Gen.Int.Select(n => $"{{\"text\":\"{GoodTextEscaped}\",\"externalId\":{n}}}"),
            Gen.Int.Select(n => $"{{\"text\":\"{GoodTextEscaped}\",\"publishedAt\":{n}}}"),
            Ascii.Select(s => $"[\"{s}\"]"),
            Ascii.Select(s => $"\"{s}\""),
            Gen.Int.Select(n => n.ToString()),
            Ascii.Select(s => $"{{\"text\":\"{s}"),
            Gen.Const("null"),
            Gen.Const(""))
        .Select(body => PostDocument(Encoding.UTF8.GetBytes(body)));

    /// <summary>A good article with a field the contract does not have.</summary>
    private static readonly Gen<BadRequest> UnknownField =
        Gen.Select(Gen.Char['a', 'z'].Array[1, 12].Select(c => "x" + new string(c)), Ascii,
            (field, value) => PostDocument(Encoding.UTF8.GetBytes($"{{\"text\":\"{GoodTextEscaped}\",\"{field}\":\"{value}\"}}")));

    /// <summary>
    /// Thousands of names: as a document over the limit, or as a search far longer than any name
    /// (up to ~60 KB of query; beyond Kestrel's 64 KB request line it refuses with a bare 414).
    /// </summary>
    private static readonly Gen<BadRequest> HugeNumbersOfNames =
        Gen.OneOf(
            Gen.Int[90_000, 120_000].Select(n => PostDocument(Json(new { text = string.Join(", ", Enumerable.Range(0, n).Select(i => $"Nguyễn Văn {i}")) }))),
            Gen.Int[250, 1_500].Select(n => new BadRequest("GET", "/api/v1/entities?type=person&q=" + Uri.EscapeDataString(string.Join(", ", Enumerable.Range(0, n).Select(i => $"Trần Thị {i}"))), null)));

    /// <summary>
    /// Ids that try to climb out of their path or carry control characters. (An encoded NUL never
    /// reaches the application: Kestrel refuses the request line itself with a bare 400.)
    /// </summary>
    private static readonly Gen<BadRequest> PathTraversal =
        Gen.Select(
            Gen.OneOf(Gen.Const("../../etc/passwd"), Gen.Const("..%2F..%2Fetc%2Fpasswd"), Gen.Const("%2e%2e%2f%2e%2e%2f"), Gen.Const("..\\..\\windows\\win.ini"),
                Gen.Const("doc%01.txt"), Gen.Const("%0d%0aSet-Cookie:x"), Gen.Const("%252e%252e%252f"), Gen.Const("....//....//"), Ascii.Select(s => "../" + s)),
            Gen.OneOf(Gen.Const("GET /api/v1/documents/{0}"), Gen.Const("GET /api/v1/entities/{0}/roles"), Gen.Const("GET /api/v1/entities/{0}/timeline"),
                Gen.Const("POST /api/v1/documents/{0}:reprocess")),
            (id, template) =>
            {
                var parts = string.Format(template, id).Split(' ', 2);
                return new BadRequest(parts[0], parts[1], parts[0] == "POST" ? "{}"u8.ToArray() : null);
            });

    private const string GoodText = "Bộ trưởng tiếp khách\n\nNgày 5/3/2023, tại Hà Nội, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn tiếp Đại sứ mới.";
    private static readonly string GoodTextEscaped = GoodText.Replace("\n", "\\n");

    [Fact]
    public Task Invalid_utf8_is_refused() => CheckAsync(nameof(InvalidUtf8), InvalidUtf8, 300);

    [Fact]
    public Task Bodies_over_the_limit_are_refused() => CheckAsync(nameof(Oversize), Oversize, 20);

    [Fact]
    public Task Markup_without_text_is_refused_however_deep() => CheckAsync(nameof(MarkupWithoutText), MarkupWithoutText, 100);

    [Fact]
    public Task Publication_dates_that_are_not_dates_are_refused() => CheckAsync(nameof(AbsurdDate), AbsurdDate, 300);

    [Fact]
    public Task Wrong_json_types_are_refused() => CheckAsync(nameof(WrongTypes), WrongTypes, 300);

    [Fact]
    public Task Unknown_fields_are_refused() => CheckAsync(nameof(UnknownField), UnknownField, 200);

    [Fact]
    public Task Huge_numbers_of_names_are_refused() => CheckAsync(nameof(HugeNumbersOfNames), HugeNumbersOfNames, 20);

    [Fact]
    public Task Path_traversal_in_ids_is_refused() => CheckAsync(nameof(PathTraversal), PathTraversal, 200);

    private async Task CheckAsync(string name, Gen<BadRequest> generator, long inputs)
    {
        var tried = 0;
        await generator.SampleAsync(async request =>
        {
            Interlocked.Increment(ref tried);
            await AssertRefusedAsync(request);
        }, iter: inputs, threads: 2);

        var counts = await Suite.GetJsonAsync("/api/v1/pipeline");
        var documents = (await Suite.GetJsonAsync("/api/v1/documents")).GetProperty("items").GetArrayLength();
        var summary = $"{name}: {tried} inputs tried, all 4xx problem+json; stored documents afterwards: {documents}";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.Equal(0, counts.GetProperty("accepted").GetInt32());
        Assert.Equal(0, documents);
    }

    private async Task AssertRefusedAsync(BadRequest bad)
    {
        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Path);
        request.Headers.Add("X-Api-Key", SuiteProcesses.ApiKey);
        if (bad.Body is not null)
        {
            request.Content = new ByteArrayContent(bad.Body);
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(bad.ContentType);
        }
        using var response = await Suite.Client.SendAsync(request);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status is >= 400 and < 500, $"{bad} answered {status} {body}");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
        var type = response.Content.Headers.ContentType?.MediaType;
        Assert.True(type == "application/problem+json", $"{bad} answered {status} as {type ?? "no content type"}: {body}");
    }
}
