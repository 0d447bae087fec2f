using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Timeline.V1;
using Grpc.Core;

namespace Chronicle.Services.Tests;

public sealed class TimelineServiceTests : IAsyncLifetime
{
    private readonly InMemorySuite _suite = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _suite.DisposeAsync();

    private static RecordDocumentFactsRequest Facts(string documentId, string date, string person)
    {
        var request = new RecordDocumentFactsRequest
        {
            DocumentId = documentId,
            ContentHash = "hash-" + documentId,
            Title = "t",
            Anchor = new AnchorDate { Basis = "written", Date = new PartialDate { Value = date, Granularity = "day" } },
        };
        request.Roles.Add(new RoleFact
        {
            Person = new EntityRef { Id = "per_" + person.ToLowerInvariant(), Name = person },
            Role = "Bộ trưởng Bộ Thử nghiệm",
            Title = "Bộ trưởng",
            Organization = "Bộ Thử nghiệm",
            Evidence = new Evidence { DocumentId = documentId, Start = 0, End = 10, Quote = $"Bộ trưởng {person}" },
        });
        return request;
    }

    [Fact]
    public async Task Holders_whose_names_differ_only_in_diacritics_are_two_people()
    {
        var client = _suite.TimelineClient;

        await client.RecordDocumentFactsAsync(Facts("d1", "2021-05-02", "Nguyễn Văn Hùng"));
        await client.RecordDocumentFactsAsync(Facts("d2", "2021-05-02", "Nguyễn Văn Hưng"));
        var holders = await client.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = "Bộ trưởng Bộ Thử nghiệm" });
        var onDay = await client.GetHoldersOnAsync(new GetHoldersOnRequest { Role = "Bộ trưởng Bộ Thử nghiệm", Date = "2021-05-02" });

        Assert.Equal(["Nguyễn Văn Hùng", "Nguyễn Văn Hưng"], holders.Items.Select(h => h.Person).Order(StringComparer.Ordinal));
        Assert.Equal(["Nguyễn Văn Hùng", "Nguyễn Văn Hưng"], onDay.Items.Select(h => h.Person).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_sighting_keeps_the_date_its_sentence_gives_and_its_aspect()
    {
        var client = _suite.TimelineClient;
        var facts = Facts("d1", "2024-06-10", "Nguyễn Văn Hùng");
        facts.Roles[0].Date = new PartialDate { Value = "2019-04", Granularity = "month" };
        facts.Roles[0].DateBasis = "sentence";
        facts.Roles[0].Aspect = "started";

        await client.RecordDocumentFactsAsync(facts);
        var roles = await client.GetRolesAsync(new GetRolesRequest { EntityId = "per_nguyễn văn hùng" });

        var observation = Assert.Single(Assert.Single(roles.Items).Observations);
        Assert.Equal(("2019-04", "month"), (observation.Date, observation.Granularity));
        Assert.Equal(("sentence", "started"), (observation.DateBasis, observation.Aspect));
    }

    [Fact]
    public async Task A_post_left_before_the_article_is_not_held_on_its_day()
    {
        var client = _suite.TimelineClient;
        var holding = Facts("d1", "2024-03-01", "An");
        var leaving = Facts("d2", "2024-06-10", "An");
        leaving.Roles[0].Aspect = "ended";
        leaving.Roles[0].DateBasis = "publication";

        await client.RecordDocumentFactsAsync(holding);
        await client.RecordDocumentFactsAsync(leaving);
        var holders = await client.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = "Bộ trưởng Bộ Thử nghiệm" });
        var onDay = await client.GetHoldersOnAsync(new GetHoldersOnRequest { Role = "Bộ trưởng Bộ Thử nghiệm", Date = "2024-06-10" });

        Assert.Equal("2024-03-01", Assert.Single(holders.Items).LastSeen);
        Assert.DoesNotContain(onDay.Items, h => h.Person == "An" && h.Certainty == "seen");
    }

    [Fact]
    public async Task Recording_the_same_document_twice_changes_nothing()
    {
        var client = _suite.TimelineClient;

        await client.RecordDocumentFactsAsync(Facts("d1", "2021-05-02", "An"));
        await client.RecordDocumentFactsAsync(Facts("d1", "2021-05-02", "An"));
        var roles = await client.GetRolesAsync(new GetRolesRequest { EntityId = "per_an" });

        Assert.Single(Assert.Single(roles.Items).Observations);
    }

    [Fact]
    public async Task Every_participant_of_every_event_is_kept_once()
    {
        var client = _suite.TimelineClient;
        var facts = Facts("d1", "2022-09-14", "An");
        EntityRef Person(int i) => new() { Id = $"per_{i}", Name = $"Đại biểu {i:00}" };
        var evidence = new Evidence { DocumentId = "d1", Start = 20, End = 40, Quote = "hội nghị khai mạc" };
        // More participants than one statement takes, the chair among them, and one named twice.
        var congress = new EventFact { Id = "evt_congress", Name = "Hội nghị thử nghiệm", Chair = Person(1), Evidence = evidence };
        congress.Participants.AddRange(Enumerable.Range(1, 40).Select(Person).Append(Person(7)));
        var visit = new EventFact { Id = "evt_visit", Name = "Chuyến thăm thử nghiệm", Evidence = evidence };
        visit.Participants.AddRange([Person(7), Person(41)]);
        facts.Events.AddRange([congress, visit]);

        await client.RecordDocumentFactsAsync(facts);
        await client.RecordDocumentFactsAsync(facts);
        var events = (await client.ListEventsAsync(new ListEventsRequest())).Items.ToDictionary(e => e.Id);
        var ofSeven = await client.ListEventsAsync(new ListEventsRequest { Entity = "per_7" });
        var ofFortyOne = await client.ListEventsAsync(new ListEventsRequest { Entity = "per_41" });

        Assert.Equal(Enumerable.Range(1, 40).Select(i => $"Đại biểu {i:00}"), events["evt_congress"].Participants);
        Assert.Equal(["Đại biểu 07", "Đại biểu 41"], events["evt_visit"].Participants);
        Assert.Equal(["evt_congress", "evt_visit"], ofSeven.Items.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal("evt_visit", Assert.Single(ofFortyOne.Items).Id);
    }

    [Fact]
    public async Task Role_history_spans_first_and_last_sighting()
    {
        var client = _suite.TimelineClient;

        await client.RecordDocumentFactsAsync(Facts("d2", "2023-03-01", "An"));
        await client.RecordDocumentFactsAsync(Facts("d1", "2021-05-02", "An"));
        var role = (await client.GetRolesAsync(new GetRolesRequest { EntityId = "per_an" })).Items.Single();

        Assert.Equal("2021-05-02", role.FirstSeen);
        Assert.Equal("2023-03-01", role.LastSeen);
        Assert.Equal(["2021-05-02", "2023-03-01"], role.Observations.Select(o => o.Date));
    }

    [Fact]
    public async Task Holders_are_paged()
    {
        var client = _suite.TimelineClient;
        await client.RecordDocumentFactsAsync(Facts("d1", "2020-01-01", "An"));
        await client.RecordDocumentFactsAsync(Facts("d2", "2021-01-01", "Binh"));
        await client.RecordDocumentFactsAsync(Facts("d3", "2022-01-01", "Chi"));

        var first = await client.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = "Bộ trưởng Bộ Thử nghiệm", Page = new PageRequest { Size = 2 } });
        var second = await client.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = "Bộ trưởng Bộ Thử nghiệm", Page = new PageRequest { Size = 2, Token = first.Page.NextToken } });

        Assert.Equal(["An", "Binh"], first.Items.Select(h => h.Person));
        Assert.Equal(["Chi"], second.Items.Select(h => h.Person));
        Assert.Equal("", second.Page.NextToken);
    }

    [Theory]
    [InlineData("2022-1-5", "")]
    [InlineData("", "last year")]
    [InlineData("2023", "2022")]
    public async Task Bad_date_windows_are_refused_with_a_reason(string from, string to)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _suite.TimelineClient.ListEventsAsync(new ListEventsRequest { From = from, To = to }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task Holders_span_every_sighting_of_each_person()
    {
        var client = _suite.TimelineClient;
        await client.RecordDocumentFactsAsync(Facts("d2", "2022-06-01", "An"));
        await client.RecordDocumentFactsAsync(Facts("d1", "2021-05-02", "An"));
        await client.RecordDocumentFactsAsync(Facts("d3", "2023-03-01", "An"));
        await client.RecordDocumentFactsAsync(Facts("d4", "2024-01-10", "Binh"));

        var holders = await client.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = "Bộ trưởng Bộ Thử nghiệm" });

        Assert.Equal(["An", "Binh"], holders.Items.Select(h => h.Person));
        Assert.Equal(("2021-05-02", "2023-03-01"), (holders.Items[0].FirstSeen, holders.Items[0].LastSeen));
        Assert.Equal(("2023-03-01", "2024-01-10"), (holders.Items[1].HandoverFrom, holders.Items[1].HandoverTo));
    }

    [Fact]
    public async Task Succession_comes_from_the_reference_table_when_news_is_silent()
    {
        var holders = await _suite.TimelineClient.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = "tong bi thu" });

        var names = holders.Items.Select(h => h.Person).ToList();
        Assert.True(names.IndexOf("Nguyễn Phú Trọng") < names.IndexOf("Tô Lâm"));
        var toLam = holders.Items.Single(h => h.Person == "Tô Lâm");
        Assert.Equal("reference", toLam.KnownFrom);
        Assert.Equal("2024-08-03", toLam.StartedAt);
        Assert.Equal("Nguyễn Phú Trọng", toLam.PreviousPerson);
        Assert.Equal("2024-07-19", toLam.HandoverFrom);
    }

    [Fact]
    public async Task Who_held_a_post_on_a_day_says_how_sure_it_is()
    {
        var client = _suite.TimelineClient;
        await client.RecordDocumentFactsAsync(Facts("d1", "2021-05-02", "An"));
        await client.RecordDocumentFactsAsync(Facts("d2", "2023-03-01", "An"));

        var seen = await client.GetHoldersOnAsync(new GetHoldersOnRequest { Role = "Bộ trưởng Bộ Thử nghiệm", Date = "2021-05-02" });
        var between = await client.GetHoldersOnAsync(new GetHoldersOnRequest { Role = "Bộ trưởng Bộ Thử nghiệm", Date = "2022-06-01" });
        var beyond = await client.GetHoldersOnAsync(new GetHoldersOnRequest { Role = "Bộ trưởng Bộ Thử nghiệm", Date = "2023-05-15" });
        var unknown = await client.GetHoldersOnAsync(new GetHoldersOnRequest { Role = "Bộ trưởng Bộ Thử nghiệm", Date = "2030-01-01" });
        var byReference = await client.GetHoldersOnAsync(new GetHoldersOnRequest { Role = "Thủ tướng Chính phủ", Date = "2022-06-01" });

        Assert.Equal("seen", Assert.Single(seen.Items).Certainty);
        Assert.Single(seen.Items[0].Evidence);
        Assert.Equal("interval", Assert.Single(between.Items).Certainty);
        Assert.Equal("extrapolated", Assert.Single(beyond.Items).Certainty);
        Assert.Empty(unknown.Items);
        var primeMinister = Assert.Single(byReference.Items);
        Assert.Equal(("Phạm Minh Chính", "reference"), (primeMinister.Person, primeMinister.Certainty));
    }

    [Fact]
    public async Task Posts_held_on_a_day_are_answered_per_person()
    {
        var client = _suite.TimelineClient;
        await client.RecordDocumentFactsAsync(Facts("d1", "2021-05-02", "An"));

        var held = await client.GetRolesAsync(new GetRolesRequest { EntityId = "per_an", AsOf = "2021-05-02" });
        var notYet = await client.GetRolesAsync(new GetRolesRequest { EntityId = "per_an", AsOf = "2010-01-01" });

        Assert.Equal("seen", Assert.Single(held.Items).Certainty);
        Assert.Empty(notYet.Items);
    }

    [Fact]
    public async Task A_user_row_extends_the_reference_and_news_that_disagrees_is_flagged()
    {
        var client = _suite.TimelineClient;
        await client.PutReferenceHolderAsync(new ReferenceHolder { Role = "Bộ trưởng Bộ Thử nghiệm", Person = "Binh", Start = "2020-01", End = "2024", Source = "test decree" });
        await client.RecordDocumentFactsAsync(Facts("d1", "2021-05-02", "An"));

        var rows = await client.ListReferenceHoldersAsync(new ListReferenceHoldersRequest { Role = "bo truong bo thu nghiem" });
        var holders = await client.GetPositionHoldersAsync(new GetPositionHoldersRequest { Role = "Bộ trưởng Bộ Thử nghiệm" });

        var roles = await client.GetRolesAsync(new GetRolesRequest { EntityId = "per_an" });

        Assert.Equal("user", Assert.Single(rows.Items).Origin);
        // An is seen inside Binh's reference term: a conflict on Binh's tenure and on An's role, not a second holder.
        var binh = Assert.Single(holders.Items);
        Assert.Equal("Binh", binh.Person);
        Assert.Contains(binh.Conflicts, c => c.Contains("An seen") && c.Contains("d1"));
        Assert.Contains(Assert.Single(roles.Items).Conflicts, c => c.Contains("Binh"));
    }

    [Theory]
    [InlineData("", "Ngô Văn A", "2020", "law")]
    [InlineData("Bộ trưởng", "Ngô Văn A", "20-20", "law")]
    [InlineData("Bộ trưởng", "Ngô Văn A", "2020", "")]
    public async Task Reference_rows_need_a_role_a_valid_start_and_a_source(string role, string person, string start, string source)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _suite.TimelineClient.PutReferenceHolderAsync(
            new ReferenceHolder { Role = role, Person = person, Start = start, Source = source }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task Holders_need_a_role()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _suite.TimelineClient.GetPositionHoldersAsync(new GetPositionHoldersRequest()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("?role=", error.Status.Detail);
    }
}
