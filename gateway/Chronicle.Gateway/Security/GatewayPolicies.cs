namespace Chronicle.Gateway.Security;

/// <summary>
/// The authorization policies routes name (YARP <c>AuthorizationPolicy</c>, endpoint metadata).
/// A route that names none gets the fallback policy, which is <see cref="Writes"/>: closed until
/// someone opens it on purpose.
/// </summary>
public static class GatewayPolicies
{
    /// <summary>Reads: open unless <c>Gateway:ReadsRequireKey</c> is true.</summary>
    public const string Reads = "reads";

    /// <summary>Writes: an API key or, when configured, a JWT bearer token.</summary>
    public const string Writes = "writes";
}
