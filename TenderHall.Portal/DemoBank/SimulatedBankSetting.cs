namespace TenderHall.Portal.DemoBank;

/// <summary>
/// Whether the simulated bank's pages and server exist: only in a demo or a test platform whose designated bank and
/// guarantee issuer are the simulated bank (the embedded profile's key in the data directory). Anywhere else the bank
/// page answers 404 and its server is not mapped, so no one can sign a callback but the real bank.
/// </summary>
/// <param name="Enabled">True where the simulated bank plays the designated bank.</param>
public sealed record SimulatedBankSetting(bool Enabled);
