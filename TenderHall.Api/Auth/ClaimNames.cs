namespace TenderHall.Api.Auth;

/// <summary>Claim types TenderHall adds beyond the standard ones.</summary>
public static class ClaimNames
{
    /// <summary>The organisation (agency, bidder, department) or expert id the user acts for.</summary>
    public const string Organization = "org";
}
