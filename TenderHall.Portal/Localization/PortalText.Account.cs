using System.Resources;
namespace TenderHall.Portal.Localization;

/// <summary>The strings of certificate sign-in (证书登录) and the bidder's own page (我的投标).</summary>
public sealed partial class PortalText
{
    private static readonly ResourceManager AccountStrings = Strings("Account");

    public string NavSignIn => S(AccountStrings, "NavSignIn");
    public string NavMyBids => S(AccountStrings, "NavMyBids");

    public string SignInTitle => S(AccountStrings, "SignInTitle");
    public string SignInIntro => S(AccountStrings, "SignInIntro");
    public string OrganizationId => S(AccountStrings, "OrganizationId");
    public string KeyFile => S(AccountStrings, "KeyFile");
    public string SignInButton => S(AccountStrings, "SignInButton");
    public string SignInP256Only => S(AccountStrings, "SignInP256Only");
    public string SignInSessionNote => S(AccountStrings, "SignInSessionNote");
    public string SignInMissing => S(AccountStrings, "SignInMissing");
    public string SignInWorking => S(AccountStrings, "SignInWorking");
    public string SignInSm2 => S(AccountStrings, "SignInSm2");
    public string SignInUnsupportedKey => S(AccountStrings, "SignInUnsupportedKey");
    public string SignInEncryptedKey => S(AccountStrings, "SignInEncryptedKey");
    public string SignInWrongChallenge => S(AccountStrings, "SignInWrongChallenge");
    public string SignedIn => S(AccountStrings, "SignedIn");
    public string CredentialsHint => S(AccountStrings, "CredentialsHint");
    public string NoWebCrypto => S(AccountStrings, "NoWebCrypto");
    public string StaffSignInTitle => S(AccountStrings, "StaffSignInTitle");
    public string StaffSignInIntro => S(AccountStrings, "StaffSignInIntro");
    public string UserName => S(AccountStrings, "UserName");
    public string Password => S(AccountStrings, "Password");
    public string StaffSignInButton => S(AccountStrings, "StaffSignInButton");
    public string StaffSignInMissing => S(AccountStrings, "StaffSignInMissing");

    public string MyBidsTitle => S(AccountStrings, "MyBidsTitle");
    public string MyLoading => S(AccountStrings, "MyLoading");
    public string MySignedOut => S(AccountStrings, "MySignedOut");
    public string SignedInAs => S(AccountStrings, "SignedInAs");
    public string SignOut => S(AccountStrings, "SignOut");
    public string Notifications => S(AccountStrings, "Notifications");
    public string NoNotifications => S(AccountStrings, "NoNotifications");
    public string MyTenders => S(AccountStrings, "MyTenders");
    public string NoMyBids => S(AccountStrings, "NoMyBids");
    public string BidStatus => S(AccountStrings, "BidStatus");
    public string Receipt => S(AccountStrings, "Receipt");
    public string BidSubmitted => S(AccountStrings, "BidSubmitted");
    public string BidWithdrawn => S(AccountStrings, "BidWithdrawn");
    public string BidNone => S(AccountStrings, "BidNone");
    public string OpeningHallShort => S(AccountStrings, "OpeningHallShort");
}
