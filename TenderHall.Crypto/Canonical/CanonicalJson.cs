using System.Globalization;
using System.Text;

namespace TenderHall.Crypto.Canonical;

/// <summary>Pieces of RFC 8785 (JCS) canonical JSON shared by every hashed or signed JSON the platform writes.</summary>
public static class CanonicalJson
{
    /// <summary>Appends <paramref name="value"/> as a JSON string: RFC 8785 §3.2.2.2 escapes only '"', '\' and U+0000..U+001F.</summary>
    public static StringBuilder AppendString(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\b': json.Append("\\b"); break;
                case '\f': json.Append("\\f"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                case < ' ': json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: json.Append(c); break;
            }
        }

        return json.Append('"');
    }
}
