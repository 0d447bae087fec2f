using System.Globalization;
using System.Text;
using Grpc.Core;

namespace Chronicle.Contracts.Common.V1;

/// <summary>
/// One reading of <see cref="PageRequest"/> for every list call: offset tokens, size limits, clear
/// errors. It belongs to the contract it reads, so hosts page alike without sharing anything else.
/// </summary>
public static class Paging
{
    public const int DefaultSize = 50;
    public const int MaxSize = 500;

    public readonly record struct Page(int Offset, int Size);

    public static Page Read(PageRequest? request)
    {
        var size = request?.Size ?? 0;
        if (size < 0 || size > MaxSize)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"page.size must be between 1 and {MaxSize}; got {size}."));
        }
        var offset = 0;
        if (!string.IsNullOrEmpty(request?.Token) && !TryDecode(request.Token, out offset))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "page.token is not a token this service issued; start again without it."));
        }
        return new Page(offset, size == 0 ? DefaultSize : size);
    }

    /// <summary>The next page's token, given that the query fetched one row more than the page size.</summary>
    public static PageInfo Next(Page page, int rowsFetched) =>
        new() { NextToken = rowsFetched > page.Size ? Encode(page.Offset + page.Size) : "" };

    /// <summary>One page of a list already complete in memory, and the token of the page after it.</summary>
    public static (IEnumerable<T> Items, PageInfo Info) Slice<T>(Page page, IReadOnlyList<T> all) =>
        (all.Skip(page.Offset).Take(page.Size), Next(page, all.Count - page.Offset));

    private static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes("o:" + offset.ToString(CultureInfo.InvariantCulture))).TrimEnd('=');

    private static bool TryDecode(string token, out int offset)
    {
        offset = 0;
        try
        {
            var padded = token.PadRight(token.Length + (4 - token.Length % 4) % 4, '=');
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(padded));
            return text.StartsWith("o:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
