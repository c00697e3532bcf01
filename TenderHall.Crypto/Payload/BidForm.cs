using System.Text.RegularExpressions;

namespace TenderHall.Crypto.Payload;

/// <summary>The structured bid form sealed inside the envelope beside the attachments.</summary>
public sealed partial record BidForm
{
    /// <summary>Creates a form, checking each field.</summary>
    public BidForm(string price, int durationDays, string qualityCommitment, string depositReference)
    {
        if (!DecimalPattern().IsMatch(price))
            throw new ArgumentException("The price is a plain decimal string such as \"1250000.00\" (no sign, exponent or grouping).", nameof(price));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(durationDays);
        Price = price;
        DurationDays = durationDays;
        QualityCommitment = qualityCommitment;
        DepositReference = depositReference;
    }

    /// <summary>Offered price as a decimal string, kept as text so no binary rounding ever touches it.</summary>
    public string Price { get; }

    /// <summary>Delivery or works duration in days.</summary>
    public int DurationDays { get; }

    /// <summary>Free-text quality commitment.</summary>
    public string QualityCommitment { get; }

    /// <summary>Reference of the bid deposit (guarantee or transfer).</summary>
    public string DepositReference { get; }

    [GeneratedRegex("^(0|[1-9][0-9]*)(\\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalPattern();
}
