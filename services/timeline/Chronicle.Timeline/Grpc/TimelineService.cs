using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Timeline.V1;
using Chronicle.ServiceDefaults;
using Chronicle.Text;
using Chronicle.Timeline.Data;
using Chronicle.Timeline.Knowledge;
using Grpc.Core;

namespace Chronicle.Timeline.Grpc;

public sealed class TimelineService(FactStore facts, TimelineQueries queries, ReferenceStore reference, DocumentDating dating)
    : Contracts.Timeline.V1.Timeline.TimelineBase
{
    public override Task<RecordDocumentFactsResponse> RecordDocumentFacts(RecordDocumentFactsRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.DocumentId))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "document_id is required."));
        }
        var stored = facts.Record(request);
        // New dated facts can settle the year of articles recorded earlier, and this one may need dating.
        dating.RedateAfter(request);
        return Task.FromResult(new RecordDocumentFactsResponse { Facts = stored });
    }

    public override Task<GetRolesResponse> GetRoles(GetRolesRequest request, ServerCallContext context)
    {
        var entityId = RequireId(request.EntityId);
        var asOf = string.IsNullOrWhiteSpace(request.AsOf) ? null : RequireDay(request.AsOf, "asOf");
        var page = Paging.Read(request.Page);
        var terms = reference.All();
        var histories = new List<RoleHistory>();
        foreach (var role in queries.Roles(entityId))
        {
            var personKey = VietnameseText.MatchKey(role.Observations[0].PersonName);
            var termsOfRole = terms.Where(t => t.RoleKey == FactStore.RoleKey(role.Role)).ToList();
            // Acting sightings answer to the person's acting terms only.
            var ownTerms = termsOfRole.Where(t => t.PersonKey == personKey && (role.Qualifier != "acting" || t.Acting)).ToList();
            var history = new RoleHistory
            {
                Role = role.Role,
                Title = role.Title,
                Organization = role.Organization,
                Qualifier = role.Qualifier,
                FirstSeen = role.FirstSeen,
                LastSeen = role.LastSeen,
            };
            history.Observations.AddRange(role.Observations.Select(ToContract));
            AddClaims(history.StartClaims, role.Observations.Select(o => (o.StatedStart, o.DocumentId)), ownTerms.Select(t => (t.Start, t.Source)));
            AddClaims(history.EndClaims, role.Observations.Select(o => (o.StatedEnd, o.DocumentId)), ownTerms.Where(t => t.End is not null).Select(t => (t.End!, t.Source)));
            // The reference table's dates stand; a date the news states otherwise stays among the claims and is noted.
            history.StartedAt = ownTerms.Count > 0 ? PositionKnowledge.StartOf(ownTerms[0], role.Observations) : PositionKnowledge.StatedStart(role.Observations);
            history.EndedAt = ownTerms.Count > 0 && ownTerms[^1].End is { } end ? end : PositionKnowledge.StatedEnd(role.Observations);
            history.Conflicts.AddRange(PositionKnowledge.Conflicts(role.Role, role.Observations, termsOfRole));
            history.Conflicts.AddRange(PositionKnowledge.StartConflicts(role.Role, role.Observations, ownTerms));

            if (asOf is not null)
            {
                var post = new SightingIndex(queries.ObservationsOfRole(FactStore.RoleKey(role.Role)));
                if (PositionKnowledge.HeldOn(asOf, role.Observations, ownTerms, post, Positions.IsSingleHolder(role.Role), termsOfRole) is not { } held)
                {
                    continue;
                }
                history.Certainty = held.Certainty;
            }
            histories.Add(history);
        }
        var response = new GetRolesResponse { EntityId = entityId, Page = Paging.Next(page, histories.Count - page.Offset) };
        response.Items.AddRange(histories.Skip(page.Offset).Take(page.Size));
        return Task.FromResult(response);
    }

    public override Task<GetHoldersOnResponse> GetHoldersOn(GetHoldersOnRequest request, ServerCallContext context)
    {
        var role = RequireRole(request.Role);
        var day = RequireDay(request.Date, "date");
        var key = FactStore.RoleKey(role);
        var sightings = queries.ObservationsOfRole(key);
        var terms = reference.List(key).Select(row => row.Term).ToList();
        var single = Positions.IsSingleHolder(role);

        var post = new SightingIndex(sightings);
        var byPerson = PositionKnowledge.ByPerson(sightings);
        var candidates = byPerson.Select(p => (p.Key, p.Value[0].PersonId, Name: p.Value[0].PersonName))
            .Concat(terms.Where(t => !byPerson.ContainsKey(t.PersonKey)).Select(t => (t.PersonKey, PersonId: "", Name: t.Person)))
            .DistinctBy(c => c.Item1);
        var rank = new Dictionary<string, int> { ["seen"] = 0, ["interval"] = 1, ["reference"] = 2, ["extrapolated"] = 3 };
        var holders = new List<(HolderOnDay Holder, int Rank)>();
        foreach (var (personKey, personId, name) in candidates)
        {
            var own = byPerson.GetValueOrDefault(personKey, []);
            if (PositionKnowledge.HeldOn(day, own, terms.Where(t => t.PersonKey == personKey).ToList(), post, single, terms) is not { } held)
            {
                continue;
            }
            var holder = new HolderOnDay { PersonId = personId, Person = name, Certainty = held.Certainty, Reason = held.Reason };
            holder.Evidence.AddRange(own.Where(o => o.Date == day).Select(ToContract));
            holders.Add((holder, rank[held.Certainty]));
        }
        var response = new GetHoldersOnResponse { Role = role, Date = day };
        response.Items.AddRange(holders.OrderBy(h => h.Rank).ThenBy(h => h.Holder.Person, StringComparer.Ordinal).Select(h => h.Holder));
        return Task.FromResult(response);
    }

    public override Task<ListReferenceHoldersResponse> ListReferenceHolders(ListReferenceHoldersRequest request, ServerCallContext context)
    {
        var page = Paging.Read(request.Page);
        var rows = reference.List(string.IsNullOrWhiteSpace(request.Role) ? null : FactStore.RoleKey(request.Role));
        var response = new ListReferenceHoldersResponse { Page = Paging.Next(page, rows.Count - page.Offset) };
        response.Items.AddRange(rows.Skip(page.Offset).Take(page.Size).Select(row => ToContract(row.Term, row.Origin)));
        return Task.FromResult(response);
    }

    public override Task<ReferenceHolder> PutReferenceHolder(ReferenceHolder request, ServerCallContext context)
    {
        var missing = new[] { ("role", request.Role), ("person", request.Person), ("start", request.Start), ("source", request.Source) }
            .Where(f => string.IsNullOrWhiteSpace(f.Item2)).Select(f => f.Item1).ToList();
        if (missing.Count > 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"Required: {string.Join(", ", missing)} (every row says where it comes from)."));
        }
        var start = request.Start.Trim();
        var end = string.IsNullOrWhiteSpace(request.End) ? null : request.End.Trim();
        foreach (var (name, value) in new[] { ("start", start), ("end", end) })
        {
            if (value is not null && !OfficeHolderTable.IsPartialDate(value))
            {
                throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{name}' must be an ISO date such as 2021, 2021-04 or 2021-04-05; got '{value}'."));
            }
        }
        if (end is not null && PartialDates.Before(PartialDates.High(end), PartialDates.Low(start)))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"'end' ({end}) is before 'start' ({start})."));
        }
        var term = new OfficeTerm(request.Role.Trim(), request.Person.Trim(), start, end, request.Acting, request.Source.Trim());
        reference.Put(term);
        // Re-dating every undated document is background work: the answer does not wait for it.
        dating.RedateAllLater();
        return Task.FromResult(ToContract(term, ReferenceStore.User));
    }

    public override Task<DocumentAnchor> GetDocumentAnchor(GetDocumentAnchorRequest request, ServerCallContext context)
    {
        var (anchor, known) = queries.DocumentAnchor(request.DocumentId);
        return Task.FromResult(new DocumentAnchor { Known = known, Anchor = anchor });
    }

    private static RoleObservation ToContract(Observation o) => new()
    {
        Date = o.Date,
        Granularity = o.Granularity,
        DocumentId = o.DocumentId,
        Quote = o.Quote,
        Start = o.Start,
        End = o.End,
        DateBasis = o.DateBasis,
        Aspect = o.Aspect,
    };

    private static ReferenceHolder ToContract(OfficeTerm term, string origin) => new()
    {
        Role = term.Role,
        Person = term.Person,
        Start = term.Start,
        End = term.End ?? "",
        Acting = term.Acting,
        Source = term.Source,
        Origin = origin,
    };

    /// <summary>Start or end dates as each source gives them, side by side; never averaged.</summary>
    private static void AddClaims(Google.Protobuf.Collections.RepeatedField<DateClaim> claims,
        IEnumerable<(string? Date, string DocumentId)> stated, IEnumerable<(string Date, string Source)> referenced)
    {
        claims.AddRange(stated.Where(c => c.Date is not null).GroupBy(c => c.Date!).Select(g =>
        {
            var claim = new DateClaim { Date = g.Key, Source = "document" };
            claim.DocumentIds.AddRange(g.Select(c => c.DocumentId).Distinct());
            return claim;
        }));
        claims.AddRange(referenced.Select(r => new DateClaim { Date = r.Date, Source = "reference", Note = r.Source }));
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
        var role = RequireRole(request.Role);
        var page = Paging.Read(request.Page);
        var key = FactStore.RoleKey(role);
        var terms = reference.List(key).Select(row => row.Term).ToList();
        // With reference rows every sighting matters (coverage of each term, conflicts); without, the bounds suffice.
        var sightings = terms.Count > 0 ? queries.ObservationsOfRole(key) : queries.SuccessionSightingsOfRole(key);
        var succession = PositionKnowledge.Succession(role, sightings, terms);
        var holders = new List<PositionHolder>();
        Tenure? previous = null;
        foreach (var tenure in succession)
        {
            var holder = new PositionHolder
            {
                PersonId = tenure.PersonId,
                Person = tenure.Person,
                FirstSeen = tenure.FirstSeen,
                LastSeen = tenure.LastSeen,
                StartedAt = tenure.StartedAt,
                EndedAt = tenure.EndedAt,
                KnownFrom = tenure.KnownFrom,
                Acting = tenure.Acting,
            };
            holder.Conflicts.AddRange(tenure.Conflicts);
            if (previous is not null)
            {
                holder.PreviousPerson = previous.Person;
                holder.HandoverFrom = previous.LastSeen ?? previous.EndedAt;
                holder.HandoverTo = tenure.FirstSeen ?? tenure.StartedAt;
            }
            holders.Add(holder);
            previous = tenure;
        }
        var response = new GetPositionHoldersResponse { Role = role, Page = Paging.Next(page, holders.Count - page.Offset) };
        response.Items.AddRange(holders.Skip(page.Offset).Take(page.Size));
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

    private static string RequireRole(string role) =>
        string.IsNullOrWhiteSpace(role)
            ? throw new RpcException(new Status(StatusCode.InvalidArgument, "Give the position as ?role=, for example ?role=Trưởng Ban Đối ngoại Trung ương."))
            : role.Trim();

    private static string RequireDay(string value, string name) =>
        value.Trim() is { Length: 10 } day && PartialDates.IsIso(day) && DateOnly.TryParseExact(day, "yyyy-MM-dd", out _)
            ? day
            : throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{name}' must be a day such as 2023-06-01; got '{value}'."));

    private static string RequireId(string id) =>
        string.IsNullOrWhiteSpace(id)
            ? throw new RpcException(new Status(StatusCode.InvalidArgument, "An entity id is required."))
            : id.Trim();

    private static DateWindow Window(string from, string to)
    {
        string? Check(string value, string name) =>
            string.IsNullOrWhiteSpace(value) ? null
            : PartialDates.IsIso(value.Trim()) ? value.Trim()
            : throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"'{name}' must be an ISO 8601 date at any precision, such as 2022, 2022-01 or 2022-01-11; got '{value}'."));
        var window = new DateWindow(Check(from, "from"), Check(to, "to"));
        if (window is { From: not null, To: not null } && string.CompareOrdinal(PartialDates.Low(window.From), PartialDates.High(window.To)) > 0)
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
