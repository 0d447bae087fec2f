using Chronicle.Fuzz;

namespace Chronicle.Text.Tests;

/// <summary>Every input the fuzzer ever crashed a parser with (tests/Chronicle.Fuzz/regressions/&lt;target&gt;/) now returns normally.</summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string, string> Crashes()
    {
        var data = new TheoryData<string, string>();
        var root = RegressionRoot();
        foreach (var target in FuzzTargets.All.Keys.Where(t => Directory.Exists(Path.Combine(root, t))))
        {
            foreach (var file in Directory.GetFiles(Path.Combine(root, target)).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
                data.Add(target, Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Crashes))]
    public void Former_crash_input_is_handled(string target, string file)
    {
        var input = File.ReadAllText(Path.Combine(RegressionRoot(), target, file));
        FuzzTargets.All[target](input);
    }

    private static string RegressionRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Microservices.sln")))
                return Path.Combine(dir.FullName, "tests", "Chronicle.Fuzz", "regressions");
        }
        throw new DirectoryNotFoundException("The repository root (Microservices.sln) was not found above the test folder.");
    }
}
