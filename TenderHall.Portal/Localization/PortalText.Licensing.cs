using System.Resources;
using TenderHall.Grains.Contracts.Licensing;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of licensing cases: the public progress query by case number (ALL 40).</summary>
public sealed partial class PortalText
{
    private static readonly ResourceManager LicensingStrings = Strings("Licensing");

    public string CaseProgressTitle => S(LicensingStrings, "CaseProgressTitle");
    public string CaseNumber => S(LicensingStrings, "CaseNumber");
    public string NoSuchCase => S(LicensingStrings, "NoSuchCase");
    public string LicensingItem => S(LicensingStrings, "LicensingItem");
    public string CaseStatusLabel => S(LicensingStrings, "CaseStatusLabel");
    public string DecisionDue => S(LicensingStrings, "DecisionDue");
    public string NeedsTradeCertificate => S(LicensingStrings, "NeedsTradeCertificate");
    public string FastTrack => S(LicensingStrings, "FastTrack");

    public string Of(CaseStatus status) => status switch
    {
        CaseStatus.Received => S(LicensingStrings, "CaseStatus_Received"),
        CaseStatus.AwaitingMaterials => S(LicensingStrings, "CaseStatus_AwaitingMaterials"),
        CaseStatus.NotAccepted => S(LicensingStrings, "CaseStatus_NotAccepted"),
        CaseStatus.Accepted => S(LicensingStrings, "CaseStatus_Accepted"),
        CaseStatus.Reviewed => S(LicensingStrings, "CaseStatus_Reviewed"),
        CaseStatus.ClockStopped => S(LicensingStrings, "CaseStatus_ClockStopped"),
        CaseStatus.Approved => S(LicensingStrings, "CaseStatus_Approved"),
        CaseStatus.Denied => S(LicensingStrings, "CaseStatus_Denied"),
        CaseStatus.JointReview => S(LicensingStrings, "CaseStatus_JointReview"),
        CaseStatus.Forwarded => S(LicensingStrings, "CaseStatus_Forwarded"),
        _ => S(LicensingStrings, "CaseStatus_Other"),
    };
}
