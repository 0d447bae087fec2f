using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Gateway.Security;

/// <summary>
/// Checks API keys. Configuration holds SHA-256 hex hashes under <c>Gateway:ApiKeyHashes</c>
/// (what a deployment should use: the secret is never stored) and, for the local run, plain
/// keys under <c>Gateway:ApiKeys</c> and CHRONICLE_API_KEY. Only hashes are kept in memory,
/// compared in fixed time.
/// </summary>
public sealed class ApiKeyValidator
{
    private readonly List<byte[]> _hashes;

    public ApiKeyValidator(IConfiguration configuration, ILogger<ApiKeyValidator> logger)
    {
        var plain = (configuration.GetSection("Gateway:ApiKeys").Get<string[]>() ?? [])
            .Append(configuration["CHRONICLE_API_KEY"])
            .Where(key => !string.IsNullOrWhiteSpace(key))
            .Select(key => Hash(key!.Trim()));
        var hashed = (configuration.GetSection("Gateway:ApiKeyHashes").Get<string[]>() ?? [])
            .Where(hex => !string.IsNullOrWhiteSpace(hex))
            .Select(hex => ParseHash(hex.Trim()));
        _hashes = plain.Concat(hashed).ToList();
        if (_hashes.Count == 0)
        {
            // Closed, not open: a missing key configuration must never let writes through.
            logger.LogWarning("No API keys are configured (Gateway:ApiKeyHashes, Gateway:ApiKeys or CHRONICLE_API_KEY): keyed requests will be refused");
        }
    }

    public bool HasKeys => _hashes.Count > 0;

    /// <summary>Checks a presented key; on success <paramref name="keyId"/> names it without revealing it.</summary>
    public bool IsValid(string? presented, out string keyId)
    {
        keyId = "";
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }
        var hash = Hash(presented);
        var valid = false;
        foreach (var known in _hashes)
        {
            valid |= CryptographicOperations.FixedTimeEquals(hash, known);
        }
        if (valid)
        {
            // The first bytes of the hash: enough to tell keys apart in logs and rate limits.
            keyId = Convert.ToHexStringLower(hash.AsSpan(0, 6));
        }
        return valid;
    }

    public bool IsValid(string? presented) => IsValid(presented, out _);

    public static string HashHex(string key) => Convert.ToHexStringLower(Hash(key));

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static byte[] ParseHash(string hex)
    {
        if (hex.Length != 64)
        {
            throw new InvalidOperationException($"Gateway:ApiKeyHashes holds '{hex[..Math.Min(8, hex.Length)]}…', which is not a SHA-256 hex hash (64 hex digits).");
        }
        try
        {
            return Convert.FromHexString(hex);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("Gateway:ApiKeyHashes holds a value that is not hexadecimal; store SHA-256 hashes as 64 hex digits.");
        }
    }
}
