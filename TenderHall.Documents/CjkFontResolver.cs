using PdfSharp.Fonts;

namespace TenderHall.Documents;

/// <summary>
/// Serves one CJK-capable TrueType font for every family name PDFsharp asks for; bold is simulated on the same face.
/// </summary>
public sealed class CjkFontResolver : IFontResolver
{
    /// <summary>The Debian package that provides <see cref="DebianFontPath"/>; <c>eng/fonts.sh</c> installs it.</summary>
    public const string DebianPackage = "fonts-arphic-gbsn00lp";

    /// <summary>AR PL SungtiL GB (Song style), a plain .ttf: PDFsharp 6.2.4 cannot load TrueType collections (.ttc).</summary>
    public const string DebianFontPath = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";

    private const string FaceName = "TenderHallCjk";
    private static readonly Lock RegistrationLock = new();
    private static CjkFontResolver? registered;
    private readonly byte[] font;

    /// <summary>Loads the first existing font of <paramref name="fontPaths"/> (default: <see cref="DebianFontPath"/>).</summary>
    /// <exception cref="InvalidOperationException">No font found, or the first one found is a collection.</exception>
    public CjkFontResolver(IEnumerable<string>? fontPaths = null)
    {
        var candidates = (fontPaths ?? [DebianFontPath]).ToList();
        FontPath = candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            $"No CJK TrueType font for PDF documents was found (looked at: {string.Join(", ", candidates)}). " +
            $"Install it with `apt-get install -y {DebianPackage}` (or run eng/fonts.sh), or configure the path of a .ttf font.");
        font = File.ReadAllBytes(FontPath);
        // 'ttcf' starts a TrueType collection, which PDFsharp fails on with a NullReferenceException much later.
        if (font.AsSpan().StartsWith("ttcf"u8))
            throw new InvalidOperationException($"{FontPath} is a TrueType collection (.ttc), which PDFsharp cannot load: extract one face to a .ttf or use {DebianFontPath}.");
    }

    /// <summary>The font file in use.</summary>
    public string FontPath { get; }

    /// <summary>
    /// Installs a resolver as PDFsharp's process-wide font resolver once; later calls return the installed one and
    /// ignore <paramref name="fontPaths"/>, because PDFsharp allows setting it only before the first font is used.
    /// </summary>
    public static CjkFontResolver Register(IEnumerable<string>? fontPaths = null)
    {
        lock (RegistrationLock)
        {
            if (registered is not null)
                return registered;
            if (GlobalFontSettings.FontResolver is { } other)
                throw new InvalidOperationException($"PDFsharp already uses the font resolver {other.GetType().Name}; TenderHall's PDF documents need {nameof(CjkFontResolver)}.");
            var resolver = new CjkFontResolver(fontPaths);
            GlobalFontSettings.FontResolver = resolver;
            registered = resolver;
            return resolver;
        }
    }

    /// <inheritdoc/>
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(FaceName, bold, italic);

    /// <inheritdoc/>
    public byte[] GetFont(string faceName) => font;
}
