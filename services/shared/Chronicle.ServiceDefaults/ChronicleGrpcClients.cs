using Grpc.Net.Client.Configuration;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Chronicle.ServiceDefaults;

/// <summary>How one service calls another: address from configuration, retries through the
/// channel's service config, deadlines set per call by the caller.</summary>
public static class ChronicleGrpcClients
{
    /// <summary>
    /// Registers a typed gRPC client whose address is read from <c>Services:{name}</c>
    /// (for example <c>Services:Entities=http://127.0.0.1:5102</c>).
    /// </summary>
    public static IHttpClientBuilder AddChronicleGrpcClient<TClient>(this IServiceCollection services, IConfiguration configuration, string name)
        where TClient : class
    {
        var address = configuration[$"Services:{name}"]
            ?? throw new InvalidOperationException($"Missing configuration 'Services:{name}': the address of the {name} service.");
        return services
            .AddGrpcClient<TClient>(options => options.Address = new Uri(address))
            .ConfigureChannel(channel => channel.ServiceConfig = new ServiceConfig { MethodConfigs = { RetryOnTransientFailure } });
    }

    /// <summary>
    /// Retries calls that never reached a healthy server. Every receiver is idempotent, so a
    /// retried hand-off cannot double anything.
    /// </summary>
    private static readonly MethodConfig RetryOnTransientFailure = new()
    {
        Names = { MethodName.Default },
        RetryPolicy = new RetryPolicy
        {
            MaxAttempts = 4,
            InitialBackoff = TimeSpan.FromMilliseconds(200),
            MaxBackoff = TimeSpan.FromSeconds(2),
            BackoffMultiplier = 2,
            RetryableStatusCodes = { Grpc.Core.StatusCode.Unavailable, Grpc.Core.StatusCode.ResourceExhausted },
        },
    };
}
