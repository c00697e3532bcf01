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

    /// <summary>Like <see cref="AssertCurrent"/> for the part of a hand-written document between <c>&lt;!-- generated: name --&gt;</c> and <c>&lt;!-- end generated --&gt;</c>.</summary>
    public static void AssertSection(string relativePath, string name, string generated)
    {
        var begin = $"<!-- generated: {name} -->\n";
        const string End = "<!-- end generated -->";
        var text = File.ReadAllText(Path.Combine(RepoRoot(), relativePath)).ReplaceLineEndings("\n");
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = start < 0 ? -1 : text.IndexOf(End, start, StringComparison.Ordinal);
        Assert.True(stop > start, $"{relativePath} has no '{begin.TrimEnd()}' ... '{End}' section.");
        AssertCurrent(relativePath, string.Concat(text.AsSpan(0, start + begin.Length), generated, text.AsSpan(stop)));
    }

    /// <summary>The repository's root directory (where TenderHall.sln is).</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TenderHall.sln"))) return dir.FullName;
        throw new InvalidOperationException("TenderHall.sln not found above " + AppContext.BaseDirectory);
    }
}
