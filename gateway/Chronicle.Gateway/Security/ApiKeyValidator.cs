using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Gateway.Security;

/// <summary>
/// Checks write keys. Keys come from <c>Gateway:ApiKeys</c> (a list) and, for the local run,
/// from CHRONICLE_API_KEY. Only their SHA-256 hashes are kept in memory, compared in fixed time.
/// </summary>
public sealed class ApiKeyValidator
{
    private readonly List<byte[]> _hashes;

    public ApiKeyValidator(IConfiguration configuration, ILogger<ApiKeyValidator> logger)
    {
        var keys = configuration.GetSection("Gateway:ApiKeys").Get<string[]>() ?? [];
        _hashes = keys.Append(configuration["CHRONICLE_API_KEY"])
            .Where(key => !string.IsNullOrWhiteSpace(key))
            .Select(key => Hash(key!.Trim()))
            .ToList();
        if (_hashes.Count == 0)
        {
            // Closed, not open: a missing key configuration must never let writes through.
            logger.LogWarning("No API keys are configured (Gateway:ApiKeys or CHRONICLE_API_KEY): every write will be refused");
        }
    }

    public bool HasKeys => _hashes.Count > 0;

    public bool IsValid(string? presented)
    {
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
        return valid;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
