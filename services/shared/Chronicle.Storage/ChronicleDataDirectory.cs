using Microsoft.Extensions.Configuration;

namespace Chronicle.Storage;

/// <summary>Where a service keeps its files: CHRONICLE_DATA_DIR, else ./data.</summary>
public static class ChronicleDataDirectory
{
    public static string Resolve(IConfiguration configuration)
    {
        var configured = configuration["CHRONICLE_DATA_DIR"];
        var path = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured);
        Directory.CreateDirectory(path);
        return path;
    }
}
