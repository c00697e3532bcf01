using System.Text;

namespace TenderHall.Crypto.Pdf.Syntax;

/// <summary>A parsed PDF object (ISO 32000-1 §7.3), enough to read and rewrite dictionaries of an incremental update.</summary>
internal abstract record PdfValue
{
    /// <summary>Writes the value in PDF syntax.</summary>
    public abstract void Write(StringBuilder output);

    /// <summary>The value in PDF syntax; equal values of the same structure write the same text.</summary>
    public sealed override string ToString()
    {
        var output = new StringBuilder();
        Write(output);
        return output.ToString();
    }

    /// <summary>A name, number, string, hex string, boolean or null, kept as its source text.</summary>
    public sealed record Atom(string Text) : PdfValue
    {
        public override void Write(StringBuilder output) => output.Append(Text);
    }

    /// <summary>An indirect reference "n g R".</summary>
    public sealed record Reference(int Number, int Generation) : PdfValue
    {
        public override void Write(StringBuilder output) => output.Append(Number).Append(' ').Append(Generation).Append(" R");
    }

    /// <summary>An array.</summary>
    public sealed record Array(List<PdfValue> Items) : PdfValue
    {
        public override void Write(StringBuilder output)
        {
            output.Append('[');
            for (var i = 0; i < Items.Count; i++)
            {
                if (i > 0) output.Append(' ');
                Items[i].Write(output);
            }

            output.Append(']');
        }
    }

    /// <summary>A dictionary; keys are names without the slash, in file order.</summary>
    public sealed record Dictionary(List<KeyValuePair<string, PdfValue>> Entries) : PdfValue
    {
        public PdfValue? this[string key] => Entries.FirstOrDefault(e => e.Key == key).Value;

        /// <summary>Sets <paramref name="key"/>, keeping its place when present.</summary>
        public void Set(string key, PdfValue value)
        {
            var index = Entries.FindIndex(e => e.Key == key);
            if (index < 0) Entries.Add(new(key, value));
            else Entries[index] = new(key, value);
        }

        /// <summary>The value of <paramref name="key"/> when it is the name <paramref name="name"/> (without slash).</summary>
        public bool Is(string key, string name) => this[key] is Atom atom && atom.Text == "/" + name;

        public override void Write(StringBuilder output)
        {
            output.Append("<<");
            foreach (var (key, value) in Entries)
            {
                output.Append('/').Append(key).Append(' ');
                value.Write(output);
            }

            output.Append(">>");
        }
    }
}
