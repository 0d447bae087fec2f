namespace Chronicle.Cli.Tests;

public sealed class IngestInputTests
{
    [Fact]
    public void A_corpus_file_with_an_articles_array_gives_one_article_each_with_its_metadata()
    {
        const string corpus = """
            {"source": "test", "articles": [
              {"url": "https://example.org/1", "title": "Tỉnh X có tân Chủ tịch", "published": "2024-04-08", "text": "Sáng nay, HĐND tỉnh X bầu ông Nguyễn Văn B làm Chủ tịch UBND tỉnh.", "source": "example"},
              {"title": "Không có địa chỉ", "text": "Tỉnh Y khai mạc kỳ họp thứ năm."}
            ]}
            """;
        var items = IngestInputs.FromContent("corpus.json", ".json", corpus).ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("https://example.org/1", items[0].ExternalId);
        Assert.Equal("2024-04-08", items[0].PublishedAt);
        Assert.Equal("example", items[0].Source);
        // The contract has no title field: the title opens the text.
        Assert.StartsWith("Tỉnh X có tân Chủ tịch\n\nSáng nay", items[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("sha256:", items[1].ExternalId, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_html_and_plain_text_are_told_apart_from_standard_input()
    {
        var lines = IngestInputs.FromContent("stdin", null, "{\"externalId\": \"a\", \"text\": \"Một.\"}\n{\"externalId\": \"b\", \"html\": \"<p>Hai.</p>\"}\n").ToList();
        Assert.Equal(["a", "b"], lines.Select(item => item.ExternalId));
        Assert.Equal("<p>Hai.</p>", lines[1].Html);
        Assert.Null(lines[1].Text);

        var html = Assert.Single(IngestInputs.FromContent("stdin", null, "  <html><body><p>Ba.</p></body></html>"));
        Assert.NotNull(html.Html);
        var text = Assert.Single(IngestInputs.FromContent("stdin", null, "Bốn câu văn."));
        Assert.Equal("Bốn câu văn.", text.Text);
        var single = Assert.Single(IngestInputs.FromContent("stdin", null, "{\n  \"text\": \"Năm.\",\n  \"url\": \"https://example.org/5\"\n}"));
        Assert.Equal("https://example.org/5", single.ExternalId);
    }

    [Fact]
    public void The_same_content_always_gets_the_same_external_id_so_a_rerun_resumes()
    {
        var first = Assert.Single(IngestInputs.FromContent("a.txt", ".txt", "Cùng một bài.\n"));
        var again = Assert.Single(IngestInputs.FromContent("b.txt", ".txt", "Cùng một bài."));
        Assert.Equal(first.ExternalId, again.ExternalId);
    }

    [Fact]
    public void Folders_are_read_recursively_and_a_missing_path_is_a_usage_error()
    {
        var folder = Directory.CreateTempSubdirectory("chronicle-cli-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "sub"));
            File.WriteAllText(Path.Combine(folder, "a.txt"), "Bài một.");
            File.WriteAllText(Path.Combine(folder, "sub", "b.html"), "<p>Bài hai.</p>");
            File.WriteAllText(Path.Combine(folder, "sub", "notes.md"), "not an article");
            var items = IngestInputs.Read([folder], TextReader.Null).ToList();
            Assert.Equal(2, items.Count);
            var error = Assert.Throws<CliException>(() => IngestInputs.Read([Path.Combine(folder, "missing")], TextReader.Null).ToList());
            Assert.Equal(ExitCodes.Usage, error.ExitCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_record_without_text_or_html_is_refused_with_its_place()
    {
        var error = Assert.Throws<CliException>(() => IngestInputs.FromContent("x.jsonl", ".jsonl", "{\"text\": \"ok\"}\n{\"title\": \"only\"}\n").ToList());
        Assert.Contains("x.jsonl:2", error.Message, StringComparison.Ordinal);
    }
}
