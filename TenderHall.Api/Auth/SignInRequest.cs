namespace TenderHall.Api.Auth;

/// <summary>Password sign-in of the embedded profile.</summary>
/// <param name="UserName">Account name, e.g. <c>agency1</c>.</param>
/// <param name="Password">Account password.</param>
public sealed record SignInRequest(string UserName, string Password);
