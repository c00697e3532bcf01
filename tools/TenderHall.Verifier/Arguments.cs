namespace TenderHall.Verifier;

/// <summary>Positional arguments and <c>--name value</c> options of one command.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, List<string>> options = new(StringComparer.Ordinal);
    private readonly List<string> positional = [];

    /// <summary>Splits <paramref name="args"/> (after the command name).</summary>
    public Arguments(IEnumerable<string> args)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            if (e.Current.StartsWith("--", StringComparison.Ordinal))
            {
                var name = e.Current[2..];
                var value = e.MoveNext() ? e.Current : throw new UsageException($"--{name} needs a value.");
                if (options.TryGetValue(name, out var values)) values.Add(value);
                else options[name] = [value];
            }
            else
            {
                positional.Add(e.Current);
            }
        }
    }

    /// <summary>The option's value (the last one when repeated), or null.</summary>
    public string? Option(string name) => options.TryGetValue(name, out var values) ? values[^1] : null;

    /// <summary>Every value of a repeatable option, in order.</summary>
    public IReadOnlyList<string> All(string name) => options.TryGetValue(name, out var values) ? values : [];

    /// <summary>The option's value; a usage error when absent.</summary>
    public string Required(string name) => Option(name) ?? throw new UsageException($"--{name} is required.");

    /// <summary>Positional argument <paramref name="index"/>; a usage error when absent.</summary>
    public string Positional(int index, string what) =>
        index < positional.Count ? positional[index] : throw new UsageException($"{what} is required.");

    /// <summary>An option's text: the value itself, or the content of the file when it starts with <c>@</c>.</summary>
    public string? Text(string name) => Option(name) is { } value ? Read(value) : null;

    /// <summary>The value itself, or the content of a file named <c>@path</c>.</summary>
    public static string Read(string value) => value.StartsWith('@') ? File.ReadAllText(value[1..]) : value;
}
