namespace TenderHall.Grains.Contracts.Fees;

/// <summary>What a fee order pays for; the purpose decides the account the money goes to.</summary>
public enum FeePurpose
{
    /// <summary>Tender documents: printing and mailing cost only (BLR 16); paid to the treasury.</summary>
    DocumentFee = 1,

    /// <summary>Bid deposit, at most 2 % of the estimated price (BLR 26); held in the deposit escrow account, never the treasury.</summary>
    BidDeposit = 2,

    /// <summary>An administrative licensing fee, only as law provides and per the published standard (ALL 58-59); paid to the treasury.</summary>
    LicensingFee = 3,
}
