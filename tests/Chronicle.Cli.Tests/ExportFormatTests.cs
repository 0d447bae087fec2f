using System.Text.Json;
using System.Text.Json.Nodes;

namespace Chronicle.Cli.Tests;

public sealed class ExportFormatTests
{
    private static readonly ExportRow[] Rows =
    [
        new("holder", "Giám đốc Sở Tư pháp", "Trần Văn A", "2019-03", "2023-12", "acting",
        [
            new Evidence("doc1", "Ông Trần Văn A, quyền Giám đốc Sở, nói: \"sẽ làm ngay\",\nrồi rời hội trường.", "2019-03", "sentence", "held", null),
            new Evidence("doc2", "Quyền Giám đốc Sở Trần Văn A dự họp.", "2020", "article", "held", "https://example.org/b"),
        ]),
        new("event", "Trần Văn A", "Họp báo", "2021-05-02", null, null, []),
    ];

    [Fact]
    public void Csv_has_one_line_per_piece_of_evidence_and_quotes_what_needs_it()
    {
        var csv = Exports.Write("csv", "t", Rows);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("kind,subject,label,start,end,qualifier,document_id,quote,date,date_basis,aspect,source_url", lines[0]);
        Assert.Contains("\"Ông Trần Văn A, quyền Giám đốc Sở, nói: \"\"sẽ làm ngay\"\",\nrồi rời hội trường.\"", csv, StringComparison.Ordinal);
        Assert.Contains("holder,Giám đốc Sở Tư pháp,Trần Văn A,2019-03,2023-12,acting,doc2,Quyền Giám đốc Sở Trần Văn A dự họp.,2020,article,held,https://example.org/b", csv, StringComparison.Ordinal);
        Assert.EndsWith("event,Trần Văn A,Họp báo,2021-05-02,,,,,,,,\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_carry_every_fact_with_its_evidence()
    {
        var lines = Exports.Write("jsonl", "t", Rows).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var first = JsonNode.Parse(lines[0])!;
        Assert.Equal("Trần Văn A", (string)first["label"]!);
        Assert.Equal(2, first["evidence"]!.AsArray().Count);
        Assert.Equal("sentence", (string)first["evidence"]![0]!["dateBasis"]!);
    }

    [Fact]
    public void Vis_items_are_ranges_for_spans_and_points_for_events()
    {
        var vis = JsonNode.Parse(Exports.Write("vis", "t", Rows))!;
        var items = vis["items"]!.AsArray();
        Assert.Equal("range", (string)items[0]!["type"]!);
        Assert.Equal("2023-12", (string)items[0]!["end"]!);
        Assert.Equal("acting", (string)items[0]!["className"]!);
        Assert.Equal("point", (string)items[1]!["type"]!);
        Assert.Null(items[1]!["end"]);
        Assert.Equal(JsonValueKind.Array, vis["groups"]!.GetValueKind());
    }
}
