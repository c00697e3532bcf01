using System.Reflection;
using TenderHall.Portal.Localization;

namespace TenderHall.Api.Tests.Portal;

/// <summary>The Portal's strings come from .resx resources: every one exists in Chinese and English, and every typed string resolves.</summary>
public sealed class PortalResourcesTests
{
    private static readonly PortalText English = PortalText.For(new(true, true));

    [Fact]
    public void Every_Chinese_string_has_an_English_one_and_no_English_string_lacks_a_Chinese_one()
    {
        var chinese = PortalText.Chinese.GetAllStrings(false).ToList();
        var english = English.GetAllStrings(false).ToList();

        Assert.True(chinese.Count > 500, $"only {chinese.Count} strings found: are the resources embedded?");
        Assert.Equal(chinese.Select(s => s.Name), english.Select(s => s.Name));
        Assert.All(chinese.Concat(english), s => Assert.False(s.ResourceNotFound || string.IsNullOrWhiteSpace(s.Value), s.Name));
        Assert.All(chinese, s => Assert.DoesNotContain(s.Name, english.Where(e => e.Value == s.Value && s.Value.Any(c => c >= '\u4e00' && c <= '\u9fff')).Select(e => e.Name)));
    }

    [Fact]
    public void Every_string_property_resolves_in_both_languages()
    {
        var properties = typeof(PortalText).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string) && p.GetIndexParameters().Length == 0);
        foreach (var property in properties)
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)property.GetValue(PortalText.Chinese)), property.Name);
            Assert.False(string.IsNullOrWhiteSpace((string?)property.GetValue(English)), property.Name);
        }
    }

    [Fact]
    public void Every_enum_name_resolves_in_both_languages()
    {
        var methods = typeof(PortalText).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == "Of" && m.GetParameters() is [{ ParameterType.IsEnum: true }]);
        foreach (var method in methods)
        {
            foreach (var value in Enum.GetValues(method.GetParameters()[0].ParameterType))
            {
                Assert.False(string.IsNullOrWhiteSpace((string?)method.Invoke(PortalText.Chinese, [value])), $"{method} {value}");
                Assert.False(string.IsNullOrWhiteSpace((string?)method.Invoke(English, [value])), $"{method} {value}");
            }
        }
    }

    [Fact]
    public void A_format_string_is_filled_in_the_pages_language()
    {
        Assert.Equal("第 1–20 条，共 35 条", PortalText.Chinese.Showing(1, 20, 35));
        Assert.Equal("1–20 of 35", English.Showing(1, 20, 35));
        Assert.Equal("1–20 of 35", English["Common.Showing", 1, 20, 35].Value);
        Assert.True(English["Common.NoSuchString"].ResourceNotFound);
    }
}
