using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Timeline.V1;
using Chronicle.ServiceDefaults;
using Chronicle.Timeline.Data;
using Grpc.Core;

namespace Chronicle.Timeline.Grpc;

public sealed class TimelineService(FactStore facts, TimelineQueries queries) : Contracts.Timeline.V1.Timeline.TimelineBase
{
    public override Task<RecordDocumentFactsResponse> RecordDocumentFacts(RecordDocumentFactsRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.DocumentId))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "document_id is required."));
        }
        return Task.FromResult(new RecordDocumentFactsResponse { Facts = facts.Record(request) });
    }

    public override Task<GetRolesResponse> GetRoles(GetRolesRequest request, ServerCallContext context)
    {
        var page = Paging.Read(request.Page);
        var roles = queries.Roles(RequireId(request.EntityId));
        var response = new GetRolesResponse { EntityId = request.EntityId, Page = Paging.Next(page, roles.Count - page.Offset) };
        response.Items.AddRange(roles.Skip(page.Offset).Take(page.Size).Select(role =>
        {
            var history = new RoleHistory
            {
                Role = role.Role,
                Title = role.Title,
                Organization = role.Organization,
                Qualifier = role.Qualifier,
                FirstSeen = role.FirstSeen,
                LastSeen = role.LastSeen,
            };
            history.Observations.AddRange(role.Observations.Select(o => new RoleObservation
            {
                Date = o.Date,
                Granularity = o.Granularity,
                DocumentId = o.DocumentId,
                Quote = o.Quote,
                Start = o.Start,
                End = o.End,
            }));
            return history;
        }));
        return Task.FromResult(response);
    }

    public override Task<GetEntityTimelineResponse> GetEntityTimeline(GetEntityTimelineRequest request, ServerCallContext context)
    {
        var entityId = RequireId(request.EntityId);
        var window = Window(request.From, request.To);
        var page = Paging.Read(request.Page);

        var items = new List<(string? Low, TimelineItem Item)>();
        foreach (var group in queries.ObservationsOf(entityId, window).GroupBy(o => (o.DocumentId, o.RoleKey, o.Qualifier)))
        {
            var first = group.First();
            items.Add((first.DateLow, Item(first.Date, first.Granularity, "role", Qualified(first.Role, first.Qualifier),
                group.DistinctBy(o => o.Quote).Select(o => Evidence(o.DocumentId, o.Start, o.End, o.Quote)))));
        }
        foreach (var report in queries.EventReportsOf(entityId, window))
        {
            items.Add((report.DateLow, Item(report.Date, report.Granularity, "event", report.Name,
                [Evidence(report.DocumentId, report.Start, report.End, report.Quote)])));
        }
        foreach (var cited in queries.LegalDocument(entityId, window))
        {
            var text = cited.Issuer is null ? cited.Name : $"{cited.Name} ({cited.Issuer})";
            items.Add((cited.DateLow, Item(cited.Issued, cited.Granularity, "legal_document", text,
                [Evidence(cited.DocumentId, cited.Start, cited.End, cited.Quote)])));
        }

        var ordered = items
            .OrderBy(i => i.Low is null)
            .ThenBy(i => i.Low, StringComparer.Ordinal)
            .ThenBy(i => i.Item.Kind, StringComparer.Ordinal)
            .Select(i => i.Item)
            .ToList();
        var response = new GetEntityTimelineResponse { EntityId = entityId, Page = Paging.Next(page, ordered.Count - page.Offset) };
        response.Items.AddRange(ordered.Skip(page.Offset).Take(page.Size));
        return Task.FromResult(response);
    }

    public override Task<GetPositionHoldersResponse> GetPositionHolders(GetPositionHoldersRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.Role))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument,
                "Give the position as ?role=, for example ?role=Trưởng Ban Đối ngoại Trung ương."));
        }
        var page = Paging.Read(request.Page);
        var holders = queries.Holders(FactStore.RoleKey(request.Role));
        var response = new GetPositionHoldersResponse { Role = request.Role.Trim(), Page = Paging.Next(page, holders.Count - page.Offset) };
        response.Items.AddRange(holders.Skip(page.Offset).Take(page.Size).Select(h => new PositionHolder
        {
            PersonId = h.PersonId,
            Person = h.Person,
            FirstSeen = h.FirstSeen,
            LastSeen = h.LastSeen,
        }));
        return Task.FromResult(response);
    }

    public override Task<ListEventsResponse> ListEvents(ListEventsRequest request, ServerCallContext context)
    {
        var window = Window(request.From, request.To);
        var page = Paging.Read(request.Page);
        var entity = string.IsNullOrWhiteSpace(request.Entity) ? null : request.Entity.Trim();
        var events = queries.Events(window, entity);
        var response = new ListEventsResponse { Page = Paging.Next(page, events.Count - page.Offset) };
        response.Items.AddRange(events.Skip(page.Offset).Take(page.Size).Select(e =>
        {
            var item = new Event
            {
                Id = e.Id,
                Name = e.Name,
                Date = e.Date,
                Granularity = e.Granularity,
                Place = e.Place,
                Organizer = e.Organizer,
                Chair = e.Chair,
            };
            item.Participants.AddRange(e.Participants);
            item.DocumentIds.AddRange(e.DocumentIds);
            return item;
        }));
        return Task.FromResult(response);
    }

    private static string RequireId(string id) =>
        string.IsNullOrWhiteSpace(id)
            ? throw new RpcException(new Status(StatusCode.InvalidArgument, "An entity id is required."))
            : id.Trim();

    private static DateWindow Window(string from, string to)
    {
        string? Check(string value, string name) =>
            string.IsNullOrWhiteSpace(value) ? null
            : DateRange.IsIsoPartialDate(value.Trim()) ? value.Trim()
            : throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"'{name}' must be an ISO 8601 date at any precision, such as 2022, 2022-01 or 2022-01-11; got '{value}'."));
        var window = new DateWindow(Check(from, "from"), Check(to, "to"));
        if (window is { From: not null, To: not null } && string.CompareOrdinal(DateRange.Low(window.From), DateRange.High(window.To)) > 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"'from' ({window.From}) is after 'to' ({window.To})."));
        }
        return window;
    }

    private static string Qualified(string role, string qualifier) => qualifier switch
    {
        "acting" => $"{role} (quyền)",
        "former" => $"nguyên {role}",
        _ => role,
    };

    private static TimelineItem Item(string? date, string granularity, string kind, string text, IEnumerable<Evidence> evidence)
    {
        var item = new TimelineItem { Date = date, Granularity = granularity, Kind = kind, Text = text };
        item.Evidence.AddRange(evidence);
        return item;
    }

    private static Evidence Evidence(string documentId, int start, int end, string quote) =>
        new() { DocumentId = documentId, Start = start, End = end, Quote = quote };
}
