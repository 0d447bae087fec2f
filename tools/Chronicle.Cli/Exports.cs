using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Chronicle.Cli;

/// <summary>Where a fact was read: the article, the quote, how its date is known, and the article's address.</summary>
internal sealed record Evidence(string DocumentId, string Quote, string? Date, string? DateBasis, string? Aspect, string? SourceUrl);

/// <summary>One fact of an export: a post held (role), a holder of a post, or an event; every row carries its evidence.</summary>
internal sealed record ExportRow(string Kind, string Subject, string Label, string? Start, string? End, string? Qualifier, IReadOnlyList<Evidence> Evidence)
{
    public string Id => $"{Kind}-{Slug(Subject)}-{Slug(Label)}-{Start}";

    private static string Slug(string value) =>
        new string(value.Normalize(NormalizationForm.FormD).Where(char.IsAsciiLetterOrDigit).Take(40).ToArray()).ToLowerInvariant();
}

internal static class Exports
{
    public static readonly string[] Formats = ["timelinejs", "vis", "csv", "jsonl"];

    public static string Write(string format, string title, IReadOnlyList<ExportRow> rows) => format switch
    {
        "timelinejs" => TimelineJs(title, rows).ToJsonString(Json.Indented),
        "vis" => Vis(rows).ToJsonString(Json.Indented),
        "csv" => Csv(rows),
        "jsonl" => string.Concat(rows.Select(row => JsonSerializer.Serialize(row, Json.Compact) + "\n")),
        _ => throw new CliException(ExitCodes.Usage, $"Unknown format '{format}'; use one of {string.Join(", ", Formats)}."),
    };

    /// <summary>
    /// TimelineJS's JSON: {title: {text}, events: [{start_date: {year, month?, day?}, end_date?,
    /// text: {headline, text}, group, unique_id}]}; its text fields take HTML, so everything is escaped.
    /// </summary>
    public static JsonObject TimelineJs(string title, IReadOnlyList<ExportRow> rows)
    {
        var events = new JsonArray();
        foreach (var row in rows.Where(row => Date(row.Start) is not null))
        {
            var item = new JsonObject
            {
                ["start_date"] = Date(row.Start),
                ["text"] = new JsonObject
                {
                    ["headline"] = Html(row.Qualifier is { Length: > 0 } qualifier ? $"{row.Label} ({qualifier})" : row.Label),
                    ["text"] = EvidenceHtml(row),
                },
                ["group"] = row.Kind == "event" ? "events" : row.Subject,
                ["unique_id"] = row.Id,
            };
            if (Date(row.End) is { } end && row.End != row.Start)
            {
                item["end_date"] = end;
            }
            events.Add(item);
        }
        return new JsonObject
        {
            ["title"] = new JsonObject { ["text"] = new JsonObject { ["headline"] = Html(title), ["text"] = "" } },
            ["events"] = events,
        };
    }

    /// <summary>An ISO date at its granularity as TimelineJS's date object (year, month and day as numbers).</summary>
    internal static JsonObject? Date(string? iso)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return null;
        }
        var parts = iso.Split('T')[0].Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }
        var date = new JsonObject { ["year"] = year };
        if (parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month))
        {
            date["month"] = month;
        }
        if (parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            date["day"] = day;
        }
        return date;
    }

    private static string EvidenceHtml(ExportRow row)
    {
        var html = new StringBuilder();
        foreach (var piece in row.Evidence)
        {
            html.Append("<blockquote>").Append(Html(piece.Quote)).Append("</blockquote><p>");
            html.Append(Html($"{piece.Date} ({piece.DateBasis ?? "unknown"}) — document {piece.DocumentId}"));
            if (piece.SourceUrl is { Length: > 0 } url)
            {
                html.Append(" — <a href=\"").Append(Html(url)).Append("\">").Append(Html(url)).Append("</a>");
            }
            html.Append("</p>");
        }
        return html.ToString();
    }

    /// <summary>vis-timeline's DataSet input: groups, and items as ranges (posts) or points (events).</summary>
    public static JsonObject Vis(IReadOnlyList<ExportRow> rows)
    {
        var groups = rows.Select(row => row.Kind == "event" ? "events" : row.Subject).Distinct().ToList();
        return new JsonObject
        {
            ["groups"] = new JsonArray(groups.Select(group => (JsonNode)new JsonObject { ["id"] = group, ["content"] = group }).ToArray()),
            ["items"] = new JsonArray(rows.Where(row => row.Start is not null).Select(row =>
            {
                var item = new JsonObject
                {
                    ["id"] = row.Id,
                    ["group"] = row.Kind == "event" ? "events" : row.Subject,
                    ["content"] = row.Label,
                    ["start"] = row.Start,
                    ["type"] = row.Kind == "event" || row.End is null ? "point" : "range",
                    ["className"] = row.Qualifier is { Length: > 0 } qualifier ? qualifier : row.Kind,
                    ["evidence"] = JsonSerializer.SerializeToNode(row.Evidence, Json.Compact),
                };
                if (row.Kind != "event" && row.End is not null)
                {
                    item["end"] = row.End;
                }
                return (JsonNode)item;
            }).ToArray()),
        };
    }

    /// <summary>RFC 4180 CSV, one line per piece of evidence (a fact without evidence still gets one line).</summary>
    public static string Csv(IReadOnlyList<ExportRow> rows)
    {
        var csv = new StringBuilder("kind,subject,label,start,end,qualifier,document_id,quote,date,date_basis,aspect,source_url\r\n");
        foreach (var row in rows)
        {
            foreach (var piece in row.Evidence.Count > 0 ? row.Evidence : [new Evidence("", "", null, null, null, null)])
            {
                string[] cells = [row.Kind, row.Subject, row.Label, row.Start ?? "", row.End ?? "", row.Qualifier ?? "",
                    piece.DocumentId, piece.Quote, piece.Date ?? "", piece.DateBasis ?? "", piece.Aspect ?? "", piece.SourceUrl ?? ""];
                csv.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
            }
        }
        return csv.ToString();
    }

    /// <summary>Escapes only what HTML needs escaped, so Vietnamese letters stay readable in the file.</summary>
    private static string Html(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}

/// <summary>Gathers export rows through the REST contract.</summary>
internal sealed class ExportCollector(GatewayClient gateway)
{
    private readonly Dictionary<string, string?> _sourceUrls = [];

    public async Task<IReadOnlyList<ExportRow>> PersonAsync(JsonObject person, CancellationToken cancellation)
    {
        var id = Uri.EscapeDataString(person.Text("id"));
        var name = person.Text("name");
        var roles = await gateway.GetAsync($"/api/v1/entities/{id}/roles?page.size=500", cancellation);
        var timeline = await gateway.GetAsync($"/api/v1/entities/{id}/timeline?page.size=500", cancellation);
        var rows = new List<ExportRow>();
        foreach (var role in roles.Items())
        {
            rows.Add(new ExportRow("role", name, role.Text("role"), Nullable(role.Text("startedAt")) ?? Nullable(role.Text("firstSeen")),
                Nullable(role.Text("endedAt")) ?? Nullable(role.Text("lastSeen")), Nullable(role.Text("qualifier")),
                await EvidenceAsync(role.Items("observations"), null, cancellation)));
        }
        foreach (var item in timeline.Items().Where(item => item.Text("kind") != "role"))
        {
            rows.Add(new ExportRow("event", name, item.Text("text"), Nullable(item.Text("date")), null, null,
                await EvidenceAsync(item.Items("evidence"), item.Text("date"), cancellation)));
        }
        return rows;
    }

    public async Task<IReadOnlyList<ExportRow>> PostAsync(string post, CancellationToken cancellation)
    {
        var holders = await gateway.GetAsync($"/api/v1/positions/holders?role={Uri.EscapeDataString(post)}&page.size=500", cancellation);
        var rows = new List<ExportRow>();
        foreach (var holder in holders.Items())
        {
            var evidence = new List<Evidence>();
            if (holder.Text("personId") is { Length: > 0 } personId)
            {
                // The succession answer has no quotes; the holder's own role history has them.
                var roles = await gateway.GetAsync($"/api/v1/entities/{Uri.EscapeDataString(personId)}/roles?page.size=500", cancellation);
                var role = roles.Items().FirstOrDefault(role => Names.Fold(role.Text("role")) == Names.Fold(post));
                if (role is not null)
                {
                    evidence.AddRange(await EvidenceAsync(role.Items("observations"), null, cancellation));
                }
            }
            rows.Add(new ExportRow("holder", post, holder.Text("person"), Nullable(holder.Text("startedAt")) ?? Nullable(holder.Text("firstSeen")),
                Nullable(holder.Text("endedAt")) ?? Nullable(holder.Text("lastSeen")), holder["acting"]?.GetValue<bool>() == true ? "acting" : null, evidence));
        }
        return rows;
    }

    public async Task<IReadOnlyList<ExportRow>> EventsAsync(string? from, string? to, CancellationToken cancellation)
    {
        var query = new List<string> { "page.size=500" };
        if (from is not null)
        {
            query.Add("from=" + Uri.EscapeDataString(from));
        }
        if (to is not null)
        {
            query.Add("to=" + Uri.EscapeDataString(to));
        }
        var events = await gateway.GetAsync("/api/v1/events?" + string.Join('&', query), cancellation);
        var rows = new List<ExportRow>();
        foreach (var item in events.Items())
        {
            var evidence = new List<Evidence>();
            foreach (var documentId in (item["documentIds"] as JsonArray ?? []).Select(node => (string?)node).OfType<string>())
            {
                evidence.Add(new Evidence(documentId, "", item.Text("date"), null, null, await SourceUrlAsync(documentId, cancellation)));
            }
            rows.Add(new ExportRow("event", string.Join(", ", (item["participants"] as JsonArray ?? []).Select(node => (string?)node)), item.Text("name"),
                Nullable(item.Text("date")), null, null, evidence));
        }
        return rows;
    }

    private async Task<List<Evidence>> EvidenceAsync(IEnumerable<JsonObject> pieces, string? date, CancellationToken cancellation)
    {
        var evidence = new List<Evidence>();
        foreach (var piece in pieces)
        {
            var documentId = piece.Text("documentId");
            evidence.Add(new Evidence(documentId, piece.Text("quote"), Nullable(piece.Text("date")) ?? date, Nullable(piece.Text("dateBasis")),
                Nullable(piece.Text("aspect")), await SourceUrlAsync(documentId, cancellation)));
        }
        return evidence;
    }

    private async Task<string?> SourceUrlAsync(string documentId, CancellationToken cancellation)
    {
        if (documentId.Length == 0)
        {
            return null;
        }
        if (!_sourceUrls.TryGetValue(documentId, out var url))
        {
            try
            {
                url = Nullable((await gateway.GetAsync($"/api/v1/documents/{Uri.EscapeDataString(documentId)}", cancellation)).Text("url"));
            }
            catch (GatewayException)
            {
                url = null;
            }
            _sourceUrls[documentId] = url;
        }
        return url;
    }

    private static string? Nullable(string value) => value.Length == 0 ? null : value;
}

internal static class Names
{
    /// <summary>Case and diacritics folded, as the suite's own search compares names.</summary>
    public static string Fold(string value)
    {
        var decomposed = value.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(character));
            }
        }
        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
