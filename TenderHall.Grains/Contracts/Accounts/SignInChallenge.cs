namespace TenderHall.Grains.Contracts.Accounts;

/// <summary>A one-time challenge an organisation signs with its registered certificate key to sign in (证书登录).</summary>
[GenerateSerializer, Alias("th.SignInChallenge")]
public sealed class SignInChallenge
{
    /// <summary>Challenge id (also the grain key).</summary>
    [Id(0)] public string Id { get; set; } = "";

    /// <summary>The organisation that may answer it.</summary>
    [Id(1)] public string OrganizationId { get; set; } = "";

    /// <summary>Random bytes, base64.</summary>
    [Id(2)] public string Nonce { get; set; } = "";

    /// <summary>When it stops being accepted.</summary>
    [Id(3)] public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The exact bytes to sign.</summary>
    public byte[] Message() => System.Text.Encoding.UTF8.GetBytes($"TenderHall sign-in v1\n{Id}\n{OrganizationId}\n{Nonce}\n");
}
