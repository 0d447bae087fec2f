using Grpc.Core;

namespace Chronicle.Gateway.Errors;

/// <summary>
/// One table between gRPC statuses and HTTP codes, used by the composite answers (gRPC → HTTP)
/// and by errors the gateway itself gives gRPC clients (HTTP → gRPC).
/// </summary>
public static class GrpcStatusMapping
{
    public static bool IsGrpcRequest(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The HTTP code a REST client should see for a gRPC status (as google.api.http maps them).</summary>
    public static int ToHttp(StatusCode code) => code switch
    {
        StatusCode.OK => StatusCodes.Status200OK,
        StatusCode.InvalidArgument or StatusCode.OutOfRange or StatusCode.FailedPrecondition => StatusCodes.Status400BadRequest,
        StatusCode.Unauthenticated => StatusCodes.Status401Unauthorized,
        StatusCode.PermissionDenied => StatusCodes.Status403Forbidden,
        StatusCode.NotFound => StatusCodes.Status404NotFound,
        StatusCode.AlreadyExists or StatusCode.Aborted => StatusCodes.Status409Conflict,
        StatusCode.ResourceExhausted => StatusCodes.Status429TooManyRequests,
        StatusCode.Cancelled => 499,
        StatusCode.Unimplemented => StatusCodes.Status501NotImplemented,
        StatusCode.Unavailable => StatusCodes.Status503ServiceUnavailable,
        StatusCode.DeadlineExceeded => StatusCodes.Status504GatewayTimeout,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>The gRPC status for an error the gateway answers on its own.</summary>
    public static StatusCode FromHttp(int status) => status switch
    {
        400 => StatusCode.InvalidArgument,
        401 => StatusCode.Unauthenticated,
        403 => StatusCode.PermissionDenied,
        404 => StatusCode.Unimplemented,
        413 or 431 or 429 => StatusCode.ResourceExhausted,
        499 => StatusCode.Cancelled,
        503 => StatusCode.Unavailable,
        504 => StatusCode.DeadlineExceeded,
        _ => StatusCode.Internal,
    };
}
