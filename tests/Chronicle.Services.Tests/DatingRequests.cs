using Chronicle.Contracts.Common.V1;
using Chronicle.Contracts.Timeline.V1;

namespace Chronicle.Services.Tests;

/// <summary>Documents as the timeline receives them, for the dating tests: one person, one post each.</summary>
internal static class DatingRequests
{
    public const string Person = "Trần Văn Thử";

    /// <summary>Dated to the day by its own text.</summary>
    public static RecordDocumentFactsRequest Dated(string documentId, string date, string role)
    {
        var request = new RecordDocumentFactsRequest
        {
            DocumentId = documentId,
            ContentHash = "hash-" + documentId,
            Title = "t",
            Anchor = new AnchorDate { Basis = "written", Date = new PartialDate { Value = date, Granularity = "day" } },
        };
        request.Roles.Add(Role(documentId, role));
        return request;
    }

    /// <summary>Written on <paramref name="day"/>/<paramref name="month"/> of 2022 or 2023 (unless told otherwise), as far as its text tells.</summary>
    public static RecordDocumentFactsRequest Undated(string documentId, int month, int day, string role, int[]? candidateYears = null)
    {
        var anchor = new AnchorDate { Basis = "unknown", Month = month, Day = day };
        anchor.CandidateYears.AddRange(candidateYears ?? [2022, 2023]);
        var request = new RecordDocumentFactsRequest { DocumentId = documentId, ContentHash = "hash-" + documentId, Title = "t", Anchor = anchor };
        request.Roles.Add(Role(documentId, role));
        return request;
    }

    private static RoleFact Role(string documentId, string role) => new()
    {
        Person = new EntityRef { Id = "per_tran_van_thu", Name = Person },
        Role = role,
        Title = role,
        Evidence = new Evidence { DocumentId = documentId, Start = 0, End = 10, Quote = $"{role} {Person}" },
    };
}
