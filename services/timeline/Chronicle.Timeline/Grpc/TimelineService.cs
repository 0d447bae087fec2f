using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Timeline.V1;
using Chronicle.Timeline.Data;
using Chronicle.Timeline.Knowledge;
using Chronicle.Storage;
using Grpc.Core;

namespace Chronicle.Timeline.Grpc;

/// <summary>
/// The timeline's gRPC (and transcoded REST) face: validates each request, asks the stores and
/// <see cref="PositionKnowledge"/>, and maps the answers to the contract. The reasoning about
/// posts lives in Chronicle.Timeline.Knowledge, the queries in Data.
/// </summary>
public sealed class TimelineService(
    FactStore facts, TimelineQueries queries, ReferenceStore reference, DocumentDating dating, Chronology chronology, EntityDirectory directory,
    Outbox outbox, ILogger<TimelineService> logger)
    : Contracts.Timeline.V1.Timeline.TimelineBase
{
    public override Task<RecordDocumentFactsResponse> RecordDocumentFacts(RecordDocumentFactsRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.DocumentId))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, MissingDocumentId));
        }
        // One transaction, so at most one disk sync per document (shared with the documents recorded
        // at the same time).
        var (stored, queued) = facts.Store.InSharedTransaction((connection, transaction) => Record(connection, transaction, request));
        if (queued)
        {
            dating.NotifyQueued();
        }
        outbox.NotifyAfterCommit();
        return Task.FromResult(new RecordDocumentFactsResponse { Facts = stored });
    }

    /// <summary>
    /// Several documents' facts in one call and one shared transaction, each document in a
    /// savepoint of its own: one that cannot be recorded is answered "try again" alone, one
    /// without an id is refused, and the others are kept.
    /// </summary>
    public override Task<RecordDocumentFactsBatchResponse> RecordDocumentFactsBatch(RecordDocumentFactsBatchRequest request, ServerCallContext context)
    {
        var queued = false;
        var results = HandOffBatch.Answer(request.Documents, document => string.IsNullOrWhiteSpace(document.DocumentId) ? MissingDocumentId : null,
            documents => facts.Store.InSharedTransactionEach(documents.Select(document =>
                (Func<System.Data.Common.DbConnection, System.Data.Common.DbTransaction, (int Stored, bool Queued)>)((connection, transaction) =>
                    Record(connection, transaction, document))).ToList()),
            (document, error) => logger.LogError(error, "Recording document {DocumentId} failed", document.DocumentId), "recording failed",
            (_, recorded) => queued |= recorded.Queued);
        if (queued)
        {
            dating.NotifyQueued();
        }
        outbox.NotifyAfterCommit();
        var response = new RecordDocumentFactsBatchResponse();
        response.Results.AddRange(results);
        return Task.FromResult(response);
    }

    private const string MissingDocumentId = "document_id is required.";

    /// <summary>
    /// The facts, the document's date, the people whose new evidence may re-date others, and the
    /// report to ingestion, in the caller's transaction. Answers how many facts were stored and
    /// whether anyone was queued for re-dating.
    /// </summary>
    private (int Stored, bool Queued) Record(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, RecordDocumentFactsRequest request)
    {
        var stored = FactStore.Record(connection, transaction, request);
        // New dated facts can settle the year of articles recorded earlier, and this one may need dating.
        var dated = dating.DateRecorded(connection, transaction, request, stored);
        // Ingestion learns the document is processed, with the anchor as dated just now.
        OutcomeReport.EnqueueProcessed(connection, transaction, request.DocumentId, request.Revision, dated.Anchor, stored.Facts);
        return (stored.Facts, dated.Queued);
    }

    public override async Task<GetRolesResponse> GetRoles(GetRolesRequest request, ServerCallContext context)
    {
        var entityId = RequireId(request.EntityId);
        var asOf = string.IsNullOrWhiteSpace(request.AsOf) ? null : RequireDay(request.AsOf, "asOf");
        var page = Paging.Read(request.Page);
        var roles = queries.Roles(entityId);
        if (roles.Count == 0 && !queries.Knows(entityId))
        {
            await directory.EnsureExistsAsync(entityId, context.CancellationToken);
        }
        var termsByRole = reference.All().ToLookup(t => t.RoleKey);
        var histories = new List<RoleHistory>();
        foreach (var role in roles)
        {
            var roleKey = FactStore.RoleKey(role.Role);
            var termsOfRole = termsByRole[roleKey].ToList();
            var standing = PositionKnowledge.Standing(role.Role, role.Qualifier, role.Observations, termsOfRole);
            string? certainty = null;
            if (asOf is not null)
            {
                // A former, late or nominee line is the person's history, never a post held on a day.
                if (!Qualifiers.Holds(role.Qualifier))
                {
                    continue;
                }
                var post = new SightingIndex(queries.HoldingSightingsOfRole(roleKey));
                if (PositionKnowledge.HeldOn(asOf, role.Observations, standing.OwnTerms, post, Positions.IsSingleHolder(role.Role), termsOfRole) is not { } held)
                {
                    continue;
                }
                certainty = held.Certainty;
            }
            histories.Add(ToContract(role, standing, certainty));
        }
        var (items, next) = Paging.Slice(page, histories);
        var response = new GetRolesResponse { EntityId = entityId, Page = next };
        response.Items.AddRange(items);
        return response;
    }

    public override Task<GetHoldersOnResponse> GetHoldersOn(GetHoldersOnRequest request, ServerCallContext context)
    {
        var role = RequireRole(request.Role);
        var day = RequireDay(request.Date, "date");
        var key = FactStore.RoleKey(role);
        var terms = reference.List(key).Select(row => row.Term).ToList();
        var holders = PositionKnowledge.HoldersOn(role, day, queries.HoldingSightingsOfRole(key), queries.ObservationsOfRoleOn(key, day), terms);
        if (holders.Count == 0)
        {
            RequireKnownPost(role, key, terms);
        }
        var response = new GetHoldersOnResponse { Role = role, Date = day };
        response.Items.AddRange(holders.Select(h =>
        {
            var holder = new HolderOnDay { PersonId = h.PersonId, Person = h.Person, Certainty = h.Certainty, Reason = h.Reason };
            holder.Evidence.AddRange(h.Evidence.Select(ToContract));
            return holder;
        }));
        return Task.FromResult(response);
    }

    public override Task<ListReferenceHoldersResponse> ListReferenceHolders(ListReferenceHoldersRequest request, ServerCallContext context)
    {
        var page = Paging.Read(request.Page);
        var rows = reference.List(string.IsNullOrWhiteSpace(request.Role) ? null : FactStore.RoleKey(request.Role));
        var (items, next) = Paging.Slice(page, rows);
        var response = new ListReferenceHoldersResponse { Page = next };
        response.Items.AddRange(items.Select(row => ToContract(row.Term, row.Origin)));
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

    private static RoleHistory ToContract(RoleSummary role, RoleStanding standing, string? certainty)
    {
        var history = new RoleHistory
        {
            Role = role.Role,
            Title = role.Title,
            Organization = role.Organization,
            Qualifier = role.Qualifier,
            FirstSeen = role.FirstSeen,
            LastSeen = role.LastSeen,
            StartedAt = standing.StartedAt,
            EndedAt = standing.EndedAt,
        };
        if (certainty is not null)
        {
            history.Certainty = certainty;
        }
        history.Observations.AddRange(role.Observations.Select(ToContract));
        history.StartClaims.AddRange(standing.StartClaims.Select(ToContract));
        history.EndClaims.AddRange(standing.EndClaims.Select(ToContract));
        history.Conflicts.AddRange(standing.Conflicts);
        return history;
    }

    private static DateClaim ToContract(SourcedDate claim)
    {
        var contract = new DateClaim { Date = claim.Date, Source = claim.Source, Note = claim.Note };
        contract.DocumentIds.AddRange(claim.DocumentIds);
        return contract;
    }

    private static PositionHolder ToContract(Tenure tenure, Handover? handover)
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
        if (handover is not null)
        {
            holder.PreviousPerson = handover.PreviousPerson;
            holder.HandoverFrom = handover.From;
            holder.HandoverTo = handover.To;
        }
        return holder;
    }

    private static TimelineItem ToContract(ChronologyEntry entry)
    {
        var item = new TimelineItem { Date = entry.Date, Granularity = entry.Granularity, Kind = entry.Kind, Text = entry.Text };
        item.Evidence.AddRange(entry.Evidence.Select(e => new Evidence { DocumentId = e.DocumentId, Start = e.Start, End = e.End, Quote = e.Quote }));
        return item;
    }

    private static Event ToContract(EventSummary e)
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
    }

    public override async Task<GetEntityTimelineResponse> GetEntityTimeline(GetEntityTimelineRequest request, ServerCallContext context)
    {
        var entityId = RequireId(request.EntityId);
        var window = Window(request.From, request.To);
        var page = Paging.Read(request.Page);
        var entries = chronology.Of(entityId, window);
        if (entries.Count == 0 && !queries.Knows(entityId))
        {
            await directory.EnsureExistsAsync(entityId, context.CancellationToken);
        }
        var (items, next) = Paging.Slice(page, entries);
        var response = new GetEntityTimelineResponse { EntityId = entityId, Page = next };
        response.Items.AddRange(items.Select(ToContract));
        return response;
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
        if (succession.Count == 0)
        {
            RequireKnownPost(role, key, terms);
        }
        var holders = succession.Select((tenure, i) => ToContract(tenure, i > 0 ? PositionKnowledge.HandoverBetween(succession[i - 1], tenure) : null)).ToList();
        var (items, next) = Paging.Slice(page, holders);
        var response = new GetPositionHoldersResponse { Role = role, Page = next };
        response.Items.AddRange(items);
        return Task.FromResult(response);
    }

    public override async Task<ListEventsResponse> ListEvents(ListEventsRequest request, ServerCallContext context)
    {
        var window = Window(request.From, request.To);
        var page = Paging.Read(request.Page);
        var entity = string.IsNullOrWhiteSpace(request.Entity) ? null : request.Entity.Trim();
        var events = queries.Events(window, entity);
        if (events.Count == 0 && entity is not null && !queries.Knows(entity))
        {
            await directory.EnsureExistsAsync(entity, context.CancellationToken);
        }
        var (items, next) = Paging.Slice(page, events);
        var response = new ListEventsResponse { Page = next };
        response.Items.AddRange(items.Select(ToContract));
        return response;
    }

    /// <summary>
    /// A post nobody answers for must at least be one the timeline knows of: named in the news
    /// (in any sense, former holders included) or in the reference table. Otherwise the question
    /// names nothing, and an empty list would read as "nobody held it".
    /// </summary>
    private void RequireKnownPost(string role, string key, IReadOnlyList<OfficeTerm> terms)
    {
        if (terms.Count == 0 && !queries.KnowsRole(key))
        {
            throw new RpcException(new Status(StatusCode.NotFound,
                $"No post '{role}' is known: neither the news nor the reference table names it. Find posts with /api/v1/entities?type=position&q=<words>."));
        }
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
}
