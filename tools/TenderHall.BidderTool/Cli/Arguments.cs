using System.Globalization;

namespace TenderHall.BidderTool.Cli;

/// <summary>
/// A command's arguments: <c>--name value</c> or <c>--name=value</c> options (repeatable), flags, and positional words.
/// Anything after <c>--</c> is positional, so a file named "--x" can still be given.
/// </summary>
public sealed class Arguments
{
    private readonly Dictionary<string, List<string>> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);
    private readonly List<string> positional = [];

    private Arguments()
    {
    }

    /// <summary>Parses <paramref name="args"/>; an option the command does not know is a usage error.</summary>
    public static Arguments Parse(IEnumerable<string> args, IReadOnlyCollection<string> options, IReadOnlyCollection<string> flagNames)
    {
        var parsed = new Arguments();
        var optionsEnded = false;
        using var words = args.GetEnumerator();
        while (words.MoveNext())
        {
            var word = words.Current;
            if (optionsEnded || !word.StartsWith("--", StringComparison.Ordinal))
            {
                parsed.positional.Add(word);
                continue;
            }

            if (word == "--")
            {
                optionsEnded = true;
                continue;
            }

            var equals = word.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? word[2..] : word[2..equals];
            if (flagNames.Contains(name))
            {
                if (equals >= 0) throw new UsageException($"--{name} takes no value.");
                parsed.flags.Add(name);
            }
            else if (options.Contains(name))
            {
                var value = equals >= 0 ? word[(equals + 1)..]
                    : words.MoveNext() ? words.Current
                    : throw new UsageException($"--{name} needs a value.");
                if (!parsed.values.TryGetValue(name, out var list)) parsed.values[name] = list = [];
                list.Add(value);
            }
            else
            {
                throw new UsageException($"unknown option --{name}.");
            }
        }

        return parsed;
    }

    /// <summary>The option's value (the last one when repeated), or null when absent.</summary>
    public string? Value(string name) => values.TryGetValue(name, out var list) ? list[^1] : null;

    /// <summary>Every value of a repeatable option, in the order given.</summary>
    public IReadOnlyList<string> Values(string name) => values.TryGetValue(name, out var list) ? list : [];

    /// <summary>The option's value; a usage error when absent.</summary>
    public string Required(string name) => Value(name) ?? throw new UsageException($"--{name} is required.");

    /// <summary>True when the flag was given.</summary>
    public bool Flag(string name) => flags.Contains(name);

    /// <summary>True when the option was given.</summary>
    public bool Has(string name) => values.ContainsKey(name);

    /// <summary>The only positional argument; a usage error when there is none or more than one.</summary>
    public string Single(string what) => positional.Count switch
    {
        1 => positional[0],
        0 => throw new UsageException($"{what} is required."),
        _ => throw new UsageException($"give one {what}, not {positional.Count} ('{string.Join("', '", positional)}')."),
    };

    /// <summary>Fails when positional arguments were given to a command that takes none.</summary>
    public void NoPositional()
    {
        if (positional.Count > 0) throw new UsageException($"unexpected argument '{positional[0]}'.");
    }

    /// <summary>A positive whole number option, or <paramref name="fallback"/> when absent.</summary>
    public int PositiveInt(string name, int? fallback = null)
    {
        var text = fallback is null ? Required(name) : Value(name);
        if (text is null) return fallback!.Value;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new UsageException($"--{name} is a whole number above zero, not '{text}'.");
    }

    /// <summary>The value itself, or the trimmed content of the file when it starts with <c>@</c>.</summary>
    public static string Inline(string value) => value.StartsWith('@') ? File.ReadAllText(value[1..]).Trim() : value;
}
