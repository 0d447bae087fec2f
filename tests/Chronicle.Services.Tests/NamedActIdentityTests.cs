using Chronicle.Contracts.Entities.V1;
using Chronicle.Contracts.Ingestion.V1;

namespace Chronicle.Services.Tests;

/// <summary>Acts known by name are told apart by the year they were passed, through the whole suite.</summary>
public sealed class NamedActIdentityTests : IAsyncLifetime
{
    private readonly InMemorySuite _suite = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    [Fact]
    public async Task One_name_with_two_years_is_stored_as_two_acts_each_named_once()
    {
        const string text = "Hà Nội, ngày 14/6/2024. Sở Tài nguyên và Môi trường cho biết, so với Luật Đất đai năm 2013, "
            + "Luật Đất đai năm 2024 mở rộng quyền của người sử dụng đất và thay đổi cách tính tiền bồi thường.";
        await _suite.IngestionClient.SubmitDocumentAsync(new SubmitDocumentRequest { Text = text });
        await _suite.WaitForPipelineAsync();

        var found = await _suite.EntitiesClient.SearchEntitiesAsync(new SearchEntitiesRequest { Q = "Luật Đất đai", Type = "legal_document" });

        Assert.Equal(["Luật Đất đai 2013", "Luật Đất đai 2024"], found.Items.Select(i => i.Name).Order(StringComparer.Ordinal));
        Assert.Equal(2, found.Items.Select(i => i.Id).Distinct().Count());
    }
}
