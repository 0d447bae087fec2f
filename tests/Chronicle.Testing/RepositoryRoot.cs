namespace Chronicle.Testing;

/// <summary>Where the repository and its build output are, seen from the test assembly.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The configuration the tests were built in (Debug or Release); the hosts were built the same way.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    /// <summary>The shared folder beside the checkout (../shared), when present.</summary>
    public static string? Shared =>
        System.IO.Path.Combine(Path, "..", "shared") is var shared && Directory.Exists(System.IO.Path.Combine(shared, "seeds"))
            ? System.IO.Path.GetFullPath(shared)
            : null;

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Microservices.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Microservices.sln not found above " + AppContext.BaseDirectory);
    }
}
