using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Registry;

namespace TenderHall.Api.Tests.Platform;

/// <summary>Fresh, valid unified social credit codes for organisations a test registers.</summary>
internal static class TestCreditCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>A random valid code; <paramref name="kind"/> is the registration office and type, e.g. <c>91</c> for an enterprise.</summary>
    public static string New(string kind = "91")
    {
        var body = string.Concat(Enumerable.Range(0, 9).Select(_ => Alphabet[Random.Shared.Next(Alphabet.Length)]));
        var first17 = kind + "460100" + body;
        return first17 + CreditCode.CheckCharacter(first17);
    }
}
