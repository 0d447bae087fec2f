using System.Globalization;
using Chronicle.Gateway.Errors;
using Microsoft.AspNetCore.Http.Features;

namespace Chronicle.Gateway.Security;

/// <summary>
/// Size limits with answers a client can act on: a body over <c>Gateway:Limits:MaxRequestBodyBytes</c>
/// is 413 problem+json (checked on Content-Length up front; a chunked body is cut by Kestrel at the
/// same limit and the proxy error is reported as 413), headers over
/// <c>Gateway:Limits:MaxRequestHeadersBytes</c> are 431, a path and query over
/// <c>Gateway:Limits:MaxRequestTargetBytes</c> are 414. Kestrel's own, larger limits stay the hard
/// stop (its refusals carry no problem body, so ours must come first). A path segment that could
/// climb out of its place ('..', an encoded '/' or '\', a control character, however many times
/// encoded) is 400: no id ever looks like that.
/// </summary>
public sealed class RequestLimitsMiddleware(RequestDelegate next, IConfiguration configuration)
{
    private readonly long _maxBody = configuration.GetValue<long?>("Gateway:Limits:MaxRequestBodyBytes") ?? 2 * 1024 * 1024;
    private readonly int _maxHeaders = configuration.GetValue<int?>("Gateway:Limits:MaxRequestHeadersBytes") ?? 16 * 1024;
    private readonly int _maxTarget = configuration.GetValue<int?>("Gateway:Limits:MaxRequestTargetBytes") ?? 8 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var headerBytes = 0;
        foreach (var (name, values) in context.Request.Headers)
        {
            headerBytes += name.Length;
            foreach (var value in values)
            {
                headerBytes += value?.Length ?? 0;
            }
        }
        if (headerBytes > _maxHeaders)
        {
            await ProblemResponses.WriteAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, ProblemResponses.TitleFor(431),
                $"The request headers take {headerBytes.ToString(CultureInfo.InvariantCulture)} bytes; the limit is {_maxHeaders.ToString(CultureInfo.InvariantCulture)}.");
            return;
        }
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "";
        if (target.Length > _maxTarget)
        {
            await ProblemResponses.WriteAsync(context, StatusCodes.Status414UriTooLong, ProblemResponses.TitleFor(414),
                $"The path and query take {target.Length.ToString(CultureInfo.InvariantCulture)} characters; the limit is {_maxTarget.ToString(CultureInfo.InvariantCulture)}.");
            return;
        }
        if (UnsafeSegment(target) is { } segment)
        {
            await ProblemResponses.WriteAsync(context, StatusCodes.Status400BadRequest, ProblemResponses.TitleFor(400),
                $"The path segment '{segment}' is not a valid name or id: ids never contain '..', '/', '\\' or control characters.");
            return;
        }
        if (context.Request.ContentLength > _maxBody)
        {
            await ProblemResponses.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, ProblemResponses.TitleFor(413),
                $"The body has {context.Request.ContentLength?.ToString(CultureInfo.InvariantCulture)} bytes; the limit is {_maxBody.ToString(CultureInfo.InvariantCulture)}.");
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = _maxBody;
        }
        await next(context);
    }

    /// <summary>The first segment of the path that decodes (up to three times) to a traversal or a control character.</summary>
    internal static string? UnsafeSegment(string target)
    {
        var query = target.IndexOf('?');
        var path = query < 0 ? target : target[..query];
        foreach (var raw in path.Split('/'))
        {
            var segment = raw;
            for (var round = 0; round < 3 && segment.Contains('%'); round++)
            {
                segment = Uri.UnescapeDataString(segment);
            }
            if (segment.Trim('.').Length == 0 && segment.Length >= 2
                || segment.Contains('/') || segment.Contains('\\') || segment.Any(char.IsControl))
            {
                return raw.Length <= 80 ? raw : raw[..80] + "…";
            }
        }
        return null;
    }
}
