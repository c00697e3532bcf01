using TenderHall.Documents;

namespace TenderHall.Crypto.Tests.Pdf;

public sealed class CjkFontResolverTests
{
    [Fact]
    public void A_missing_font_names_the_package_to_install()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new CjkFontResolver(["/nonexistent/font.ttf"]));
        Assert.Contains("apt-get install -y fonts-arphic-gbsn00lp", e.Message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/font.ttf", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_font_collection_is_refused_with_a_reason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"th-{Guid.NewGuid():N}.ttc");
        File.WriteAllBytes(path, [.. "ttcf"u8, 0, 1, 0, 0]);
        try
        {
            var e = Assert.Throws<InvalidOperationException>(() => new CjkFontResolver([path]));
            Assert.Contains("TrueType collection", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_family_resolves_to_the_one_face_with_bold_simulated()
    {
        var resolver = new CjkFontResolver(["/nonexistent.ttf", CjkFontResolver.DebianFontPath]);
        Assert.Equal(CjkFontResolver.DebianFontPath, resolver.FontPath);
        var verdana = resolver.ResolveTypeface("Verdana", bold: true, italic: false);
        Assert.True(verdana.MustSimulateBold);
        Assert.Equal(resolver.ResolveTypeface("SimSun", false, false).FaceName, verdana.FaceName);
        Assert.NotEmpty(resolver.GetFont(verdana.FaceName));
    }

    [Fact]
    public void Registering_twice_keeps_the_first_resolver()
    {
        Assert.Same(CjkFontResolver.Register(), CjkFontResolver.Register(["/ignored.ttf"]));
    }
}
