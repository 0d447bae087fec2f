using System.Globalization;
using Chronicle.Gateway.Errors;
using Microsoft.AspNetCore.Http.Features;

namespace Chronicle.Gateway.Security;

/// <summary>
/// Size limits with answers a client can act on: a body over <c>Gateway:Limits:MaxRequestBodyBytes</c>
/// is 413 problem+json (checked on Content-Length up front; a chunked body is cut by Kestrel at the
/// same limit and the proxy error is reported as 413), headers over
/// <c>Gateway:Limits:MaxRequestHeadersBytes</c> are 431. Kestrel's own, larger limits stay the hard stop.
/// </summary>
public sealed class RequestLimitsMiddleware(RequestDelegate next, IConfiguration configuration)
{
    private readonly long _maxBody = configuration.GetValue<long?>("Gateway:Limits:MaxRequestBodyBytes") ?? 2 * 1024 * 1024;
    private readonly int _maxHeaders = configuration.GetValue<int?>("Gateway:Limits:MaxRequestHeadersBytes") ?? 16 * 1024;

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
}
