using System.Resources;
using TenderHall.Grains.Contracts.Licensing;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of the gate check page and the department's desk of joint sub-cases.</summary>
public sealed partial class PortalText
{
    private static readonly ResourceManager GateStrings = Strings("Gate");

    public string GateCheckTitle => S(GateStrings, "GateCheckTitle");
    public string GateCheckIntro => S(GateStrings, "GateCheckIntro");
    public string TradeCertificateFile => S(GateStrings, "TradeCertificateFile");
    public string UploadCertificate => S(GateStrings, "UploadCertificate");
    public string CheckCertificate => S(GateStrings, "CheckCertificate");
    public string GatePassed => S(GateStrings, "GatePassed");
    public string GateRefused => S(GateStrings, "GateRefused");
    public string GateRule => S(GateStrings, "GateRule");
    public string GateReason => S(GateStrings, "GateReason");
    public string GateDetail => S(GateStrings, "GateDetail");
    public string GateTender => S(GateStrings, "GateTender");
    public string GateExemption => S(GateStrings, "GateExemption");
    public string GateLogEntry => S(GateStrings, "GateLogEntry");

    public string JointDeskTitle => S(GateStrings, "JointDeskTitle");
    public string JointDeskIntro => S(GateStrings, "JointDeskIntro");
    public string JointParts => S(GateStrings, "JointParts");
    public string JointOwnDue => S(GateStrings, "JointOwnDue");
    public string JointDecide => S(GateStrings, "JointDecide");
    public string JointOpinion => S(GateStrings, "JointOpinion");
    public string JointOpinionRequired => S(GateStrings, "JointOpinionRequired");
    public string JointGrant => S(GateStrings, "JointGrant");
    public string JointDeny => S(GateStrings, "JointDeny");
    public string JointEscalated => S(GateStrings, "JointEscalated");
    public string NoSubCases => S(GateStrings, "NoSubCases");

    public string Of(SubCaseStatus status) => status switch
    {
        SubCaseStatus.Open => S(GateStrings, "SubCaseStatus_Open"),
        SubCaseStatus.Approved => S(GateStrings, "SubCaseStatus_Approved"),
        _ => S(GateStrings, "SubCaseStatus_Other"),
    };
}
