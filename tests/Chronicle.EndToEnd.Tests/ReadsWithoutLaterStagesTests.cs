using Chronicle.Testing;

namespace Chronicle.EndToEnd.Tests;

/// <summary>The reads of documents and of the pipeline with entities and the timeline stopped, on SQLite.</summary>
public sealed class SqliteReadsWithoutLaterStagesTests() : ReadsWithoutLaterStagesTests(postgres: false);

/// <summary>The same with every service storing in PostgreSQL.</summary>
public sealed class PostgresReadsWithoutLaterStagesTests() : ReadsWithoutLaterStagesTests(postgres: true);

/// <summary>
/// Ingestion answers GET /documents, /documents/{id} and /pipeline from its own store: the later
/// stages pushed each document's outcome back, so stopping them changes no answer, and a document
/// submitted meanwhile waits as pending until they return.
/// </summary>
public abstract class ReadsWithoutLaterStagesTests(bool postgres)
{
    private const string Article = """
        Bộ Ngoại giao gặp mặt báo chí đầu năm

        Sáng 11/1/2022, tại Hà Nội, Bộ Ngoại giao tổ chức buổi gặp mặt các cơ quan báo chí nhân dịp đầu năm mới.

        Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn cảm ơn các phóng viên đã đồng hành cùng ngành trong năm qua.

        Các đại biểu trao đổi về kế hoạch thông tin đối ngoại, cách phối hợp giữa cơ quan báo chí với các vụ, cục và những sự kiện lớn dự kiến diễn ra trong năm mới.
        """;

    private const string LaterArticle = """
        Ủy ban nhân dân thành phố họp phiên thường kỳ

        Chiều 20/3/2023, Ủy ban nhân dân thành phố Hà Nội họp phiên thường kỳ tháng Ba để bàn về tiến độ các công trình giao thông.

        Chủ tịch Ủy ban nhân dân thành phố Trần Sỹ Thanh chủ trì phiên họp và yêu cầu các sở đẩy nhanh việc giải ngân.
        """;

    [Fact]
    public async Task Documents_and_the_pipeline_are_read_while_entities_and_the_timeline_are_stopped()
    {
        await using var suite = await SuiteProcesses.StartAsync(postgres);
        var id = await suite.SubmitAsync(new { text = Article, source = "e2e" });
        await suite.WaitForPipelineAsync(TimeSpan.FromSeconds(60));

        await suite.KillAsync("entities");
        await suite.KillAsync("timeline");

        var document = await suite.GetJsonAsync($"/api/v1/documents/{id}");
        Assert.Equal("processed", document.GetProperty("status").GetString());
        Assert.Equal("2022-01-11", document.GetProperty("anchorDate").GetString());
        Assert.Equal("vi", document.GetProperty("language").GetString());
        var listed = await suite.GetJsonAsync("/api/v1/documents?status=processed");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetString() == id);
        var counts = await suite.GetJsonAsync("/api/v1/pipeline");
        Assert.Equal((1, 0), (counts.GetProperty("processed").GetInt32(), counts.GetProperty("pending").GetInt32()));

        // Accepted while they are down: pending, and read like any other document.
        var later = await suite.SubmitAsync(new { text = LaterArticle, source = "e2e" });
        Assert.Equal("pending", (await suite.GetJsonAsync($"/api/v1/documents/{later}")).GetProperty("status").GetString());
        Assert.Equal(1, (await suite.GetJsonAsync("/api/v1/pipeline")).GetProperty("pending").GetInt32());

        await suite.RestartAsync("timeline");
        await suite.RestartAsync("entities");
        var settled = await suite.WaitForPipelineAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(2, settled.GetProperty("processed").GetInt32());
        Assert.Equal("processed", (await suite.GetJsonAsync($"/api/v1/documents/{later}")).GetProperty("status").GetString());
    }
}
