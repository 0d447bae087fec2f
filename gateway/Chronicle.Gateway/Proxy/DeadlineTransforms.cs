using System.Globalization;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Chronicle.Gateway.Proxy;

/// <summary>
/// Propagates the route's timeout downstream as a gRPC deadline (grpc-timeout), so the service
/// stops working on an answer nobody waits for. A gRPC client's own shorter deadline is kept.
/// </summary>
public sealed class DeadlineTransforms : ITransformProvider
{
    public void ValidateRoute(TransformRouteValidationContext context)
    {
    }

    public void ValidateCluster(TransformClusterValidationContext context)
    {
    }

    public void Apply(TransformBuilderContext context)
    {
        if (context.Route.Timeout is not { } timeout || timeout <= TimeSpan.Zero)
        {
            return;
        }
        context.AddRequestTransform(transform =>
        {
            var headers = transform.ProxyRequest.Headers;
            var budget = timeout;
            if (transform.HttpContext.Request.Headers.TryGetValue("grpc-timeout", out var sent) && TryParse(sent.ToString(), out var clientDeadline))
            {
                budget = clientDeadline < budget ? clientDeadline : budget;
            }
            headers.Remove("grpc-timeout");
            headers.TryAddWithoutValidation("grpc-timeout", Math.Max(1, (long)budget.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "m");
            return ValueTask.CompletedTask;
        });
    }

    /// <summary>grpc-timeout is digits and a unit: H, M, S, m (milli), u (micro), n (nano).</summary>
    public static bool TryParse(string value, out TimeSpan timeout)
    {
        timeout = default;
        if (value.Length < 2 || !long.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }
        timeout = value[^1] switch
        {
            'H' => TimeSpan.FromHours(amount),
            'M' => TimeSpan.FromMinutes(amount),
            'S' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMilliseconds(amount),
            'u' => TimeSpan.FromMicroseconds(amount),
            'n' => TimeSpan.FromTicks(amount / 100),
            _ => TimeSpan.MinValue,
        };
        return timeout != TimeSpan.MinValue;
    }
}
