using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Chronicle.Gateway.Proxy;

/// <summary>
/// gRPC clients speak HTTP/2 without TLS (h2c), which Kestrel cannot offer on the HTTP/1.1 +
/// HTTP/2 endpoint (without TLS there is no ALPN to choose), so gRPC pass-through gets its own
/// HTTP/2-only endpoint at <c>Gateway:GrpcUrl</c> (default http://127.0.0.1:8081; empty turns it off).
/// </summary>
public static class GrpcPassThroughEndpoint
{
    public static void AddGrpcPassThroughEndpoint(this WebApplicationBuilder builder)
    {
        var url = builder.Configuration["Gateway:GrpcUrl"];
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return;
        }
        var address = uri.Host is "localhost" ? IPAddress.Loopback : IPAddress.Parse(uri.Host);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Test processes and parallel suites start several gateways on one machine: a taken
            // port turns pass-through off with a warning instead of stopping the REST gateway.
            if (uri.Port != 0 && !IsFree(address, uri.Port))
            {
                Console.Error.WriteLine($"warn: gRPC pass-through is off: {url} is in use (set Gateway:GrpcUrl to a free address).");
                return;
            }
            kestrel.Listen(address, uri.Port, listen => listen.Protocols = HttpProtocols.Http2);
        });
    }

    private static bool IsFree(IPAddress address, int port)
    {
        try
        {
            using var listener = new TcpListener(address, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
