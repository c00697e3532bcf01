namespace TenderHall.Api.Tests.Platform;

/// <summary>
/// Compares a document generated from code with its committed copy under docs/. With TENDERHALL_UPDATE_DOCS=1 the
/// committed copy is rewritten instead, so the fix for a failing drift test is one command.
/// </summary>
internal static class GeneratedDoc
{
    public static void AssertCurrent(string relativePath, string generated)
    {
        var path = Path.Combine(RepoRoot(), relativePath);
        if (Environment.GetEnvironmentVariable("TENDERHALL_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }

        Assert.True(File.Exists(path), $"{relativePath} is missing; run the tests once with TENDERHALL_UPDATE_DOCS=1.");
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(committed == generated.ReplaceLineEndings("\n"),
            $"{relativePath} no longer matches the code; run the tests with TENDERHALL_UPDATE_DOCS=1 and commit the result.");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TenderHall.sln"))) return dir.FullName;
        throw new InvalidOperationException("TenderHall.sln not found above " + AppContext.BaseDirectory);
    }
}
