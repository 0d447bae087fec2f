using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Chronicle.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>Tag of the health checks that say the process is alive (not whether it can serve).</summary>
    public const string LiveTag = "live";

    /// <summary>
    /// Structured logging, OpenTelemetry (exported only when OTEL_EXPORTER_OTLP_ENDPOINT is set)
    /// and health checks. Every host calls this first.
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
        });
        builder.ConfigureOpenTelemetry();
        builder.Services.AddSingleton(TimeProvider.System);
        // Graceful shutdown: in-flight requests and hand-offs get this long after SIGTERM. The
        // Kubernetes grace period is set above it (deploy/k8s).
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout =
            TimeSpan.FromSeconds(builder.Configuration.GetValue("Chronicle:ShutdownTimeoutSeconds", 20)));
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>gRPC with JSON transcoding, reflection and grpc.health.v1, for the three services.</summary>
    public static TBuilder AddGrpcDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddGrpc()
            // Write empty lists and zero counts too: REST clients rely on every field being present.
            .AddJsonTranscoding(options => options.JsonSettings.IgnoreDefaultValues = false);
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks();
        return builder;
    }

    /// <summary>
    /// Health endpoints in every environment: /health/live (process up) and /health/ready
    /// (every check).
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) });
        app.MapHealthChecks("/health/ready");
        return app;
    }

    /// <summary>grpc.health.v1 (backed by the same health checks) and server reflection.</summary>
    public static WebApplication MapGrpcDefaultEndpoints(this WebApplication app)
    {
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return app;
    }

    /// <summary>
    /// Logs, metrics and traces through OpenTelemetry, when there is somewhere to export them. Without an
    /// exporter nothing reads what the providers collect, yet their listeners still ran on every request
    /// and call (an activity with its tags per request, per gRPC and HTTP call, a histogram entry each, and
    /// every log record formatted once more): 0.5–2.4 % of each service's CPU in the ingest benchmark's
    /// profiles. With OTEL_EXPORTER_OTLP_ENDPOINT set (docs/deploy.md) everything is collected and exported as before.
    /// </summary>
    private static void ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            return;
        }
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentationIfAvailable())
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddAspNetCoreInstrumentation(options =>
                    // Probes would drown the traces that matter.
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddGrpcClientInstrumentation()
                .AddHttpClientInstrumentation())
            .UseOtlpExporter();
    }

    private static MeterProviderBuilder AddRuntimeInstrumentationIfAvailable(this MeterProviderBuilder metrics) =>
        // .NET publishes runtime metrics on this meter itself; no extra package needed.
        metrics.AddMeter("System.Runtime");
}
