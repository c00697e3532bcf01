using System.Resources;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of the agency's pages (代理机构工作台): sign-in, projects, scheduling, publication, clarifications, objections, termination, fees.</summary>
public sealed partial class PortalText
{
    private static readonly ResourceManager AgencyStrings = Strings("Agency");

    public string AgencyNav => S(AgencyStrings, "AgencyNav");
    public string AgencyHomeTitle => S(AgencyStrings, "AgencyHomeTitle");
    public string AgencyBackHome => S(AgencyStrings, "AgencyBackHome");
    public string AgencyErrorsTitle => S(AgencyStrings, "AgencyErrorsTitle");

    /// <summary>The <c>lang</c> value the scripts put on links (null when the language came from the browser).</summary>
    public string? AgencyLinkLanguage() => Language.FromQuery ? Language.QueryValue : null;

    /// <summary>What every agency page's script needs: the words of its problems and clocks.</summary>
    public object AgencyCommon => new
    {
        required = S(AgencyStrings, "AgencyCommon_required"),
        amount = S(AgencyStrings, "AgencyCommon_amount"),
        network = S(AgencyStrings, "AgencyCommon_network"),
        error = S(AgencyStrings, "AgencyCommon_error"),
        overdue = S(AgencyStrings, "AgencyCommon_overdue"),
        left = S(AgencyStrings, "AgencyCommon_left"),
        agencyOnly = S(AgencyStrings, "AgencyCommon_agencyOnly"),
    };

    // --- Sign-in ---
    public string AgencySignInTitle => S(AgencyStrings, "AgencySignInTitle");
    public string AgencySignInIntro => S(AgencyStrings, "AgencySignInIntro");
    public string AgencyUserName => S(AgencyStrings, "AgencyUserName");
    public string AgencyPassword => S(AgencyStrings, "AgencyPassword");
    public string AgencySignInButton => S(AgencyStrings, "AgencySignInButton");
    public string AgencySignInSession => S(AgencyStrings, "AgencySignInSession");
    public string AgencySignedIn => S(AgencyStrings, "AgencySignedIn");

    // --- Home ---
    public string AgencySignedInAs => S(AgencyStrings, "AgencySignedInAs");
    public string AgencySignOut => S(AgencyStrings, "AgencySignOut");
    public string AgencyTasks => S(AgencyStrings, "AgencyTasks");
    public string AgencyTendersHeading => S(AgencyStrings, "AgencyTendersHeading");
    public string AgencyTendersCaption => S(AgencyStrings, "AgencyTendersCaption");
    public string AgencyTender => S(AgencyStrings, "AgencyTender");
    public string AgencyProject => S(AgencyStrings, "AgencyProject");
    public string AgencyState => S(AgencyStrings, "AgencyState");
    public string AgencyNextDeadline => S(AgencyStrings, "AgencyNextDeadline");
    public string AgencyNoTenders => S(AgencyStrings, "AgencyNoTenders");
    public string AgencyProjectsHeading => S(AgencyStrings, "AgencyProjectsHeading");
    public string AgencyProjectsCaption => S(AgencyStrings, "AgencyProjectsCaption");
    public string AgencyNoProjects => S(AgencyStrings, "AgencyNoProjects");
    public string AgencyApproval => S(AgencyStrings, "AgencyApproval");

    /// <summary>The next deadline of a tender, by the schedule field it comes from.</summary>
    public object AgencyNextNames => new
    {
        saleStart = S(AgencyStrings, "AgencyNextNames_saleStart"),
        saleEnd = S(AgencyStrings, "AgencyNextNames_saleEnd"),
        objectionCutoff = S(AgencyStrings, "AgencyNextNames_objectionCutoff"),
        clarificationCutoff = S(AgencyStrings, "AgencyNextNames_clarificationCutoff"),
        bidDeadline = S(AgencyStrings, "AgencyNextNames_bidDeadline"),
    };

    /// <summary>The links of the home page's task column.</summary>
    public object AgencyTaskNames => new
    {
        publish = S(AgencyStrings, "AgencyTaskNames_publish"),
        clarify = S(AgencyStrings, "AgencyTaskNames_clarify"),
        objections = S(AgencyStrings, "AgencyTaskNames_objections"),
        terminate = S(AgencyStrings, "AgencyTaskNames_terminate"),
        opening = S(AgencyStrings, "AgencyTaskNames_opening"),
        @public = S(AgencyStrings, "AgencyTaskNames_public"),
        schedule = S(AgencyStrings, "AgencyTaskNames_schedule"),
    };

    public object AgencyRegimeNames => Enum.GetValues<LegalRegime>().ToDictionary(r => r.ToString(), Of);

    public object AgencyMethodNames => Enum.GetValues<ProcurementMethod>().ToDictionary(m => m.ToString(), AgencyOf);

    public object AgencyOrganisationNames => Enum.GetValues<TenderOrganisation>().ToDictionary(o => o.ToString(), AgencyOf);

    public object AgencyPurposeNames => Enum.GetValues<FeePurpose>().ToDictionary(p => p.ToString(), p => p switch
    {
        FeePurpose.DocumentFee => S(AgencyStrings, "FeePurpose_DocumentFee"),
        FeePurpose.BidDeposit => S(AgencyStrings, "FeePurpose_BidDeposit"),
        FeePurpose.LicensingFee => S(AgencyStrings, "FeePurpose_LicensingFee"),
        _ => p.ToString(),
    });

    public string AgencyOf(ProjectType type) => type switch
    {
        ProjectType.Works => S(AgencyStrings, "ProjectType_Works"),
        ProjectType.Goods => S(AgencyStrings, "ProjectType_Goods"),
        ProjectType.Services => S(AgencyStrings, "ProjectType_Services"),
        _ => type.ToString(),
    };

    public string AgencyOf(ProcurementMethod method) => method switch
    {
        ProcurementMethod.Open => S(AgencyStrings, "ProcurementMethod_Open"),
        ProcurementMethod.Invited => S(AgencyStrings, "ProcurementMethod_Invited"),
        _ => method.ToString(),
    };

    public string AgencyOf(TenderOrganisation organisation) => organisation switch
    {
        TenderOrganisation.Agency => S(AgencyStrings, "TenderOrganisation_Agency"),
        TenderOrganisation.SelfRun => S(AgencyStrings, "TenderOrganisation_SelfRun"),
        _ => organisation.ToString(),
    };

    // --- Register a project ---
    public string AgencyRegisterProjectTitle => S(AgencyStrings, "AgencyRegisterProjectTitle");
    public string AgencyRegisterProjectIntro => S(AgencyStrings, "AgencyRegisterProjectIntro");
    public string AgencyProjectLegend => S(AgencyStrings, "AgencyProjectLegend");
    public string AgencyProjectCode => S(AgencyStrings, "AgencyProjectCode");
    public string AgencyProjectCodeHint => S(AgencyStrings, "AgencyProjectCodeHint");
    public string AgencyProjectName => S(AgencyStrings, "AgencyProjectName");
    public string AgencyTenderee => S(AgencyStrings, "AgencyTenderee");
    public string AgencyProjectType => S(AgencyStrings, "AgencyProjectType");
    public string AgencyRegime => S(AgencyStrings, "AgencyRegime");
    public string AgencyEstimatedValue => S(AgencyStrings, "AgencyEstimatedValue");
    public string AgencyYuanHint => S(AgencyStrings, "AgencyYuanHint");
    public string AgencyStateFunded => S(AgencyStrings, "AgencyStateFunded");
    public string AgencySchemeLegend => S(AgencyStrings, "AgencySchemeLegend");
    public string AgencySchemeHint => S(AgencyStrings, "AgencySchemeHint");
    public string AgencyScope => S(AgencyStrings, "AgencyScope");
    public string AgencyScopeHint => S(AgencyStrings, "AgencyScopeHint");
    public string AgencyMethod => S(AgencyStrings, "AgencyMethod");
    public string AgencyOrganisation => S(AgencyStrings, "AgencyOrganisation");
    public string AgencyApprovedBy => S(AgencyStrings, "AgencyApprovedBy");
    public string AgencyApprovedByHint => S(AgencyStrings, "AgencyApprovedByHint");
    public string AgencyApprovalNumber => S(AgencyStrings, "AgencyApprovalNumber");
    public string AgencyRegisterProjectButton => S(AgencyStrings, "AgencyRegisterProjectButton");
    public string AgencyProjectRegistered => S(AgencyStrings, "AgencyProjectRegistered");

    // --- Schedule a tender ---
    public string AgencyScheduleTitle => S(AgencyStrings, "AgencyScheduleTitle");
    public string AgencyScheduleIntro => S(AgencyStrings, "AgencyScheduleIntro");
    public string AgencyTenderLegend => S(AgencyStrings, "AgencyTenderLegend");
    public string AgencyChooseProject => S(AgencyStrings, "AgencyChooseProject");
    public string AgencyLot => S(AgencyStrings, "AgencyLot");
    public string AgencyLotHint => S(AgencyStrings, "AgencyLotHint");
    public string AgencyTitle => S(AgencyStrings, "AgencyTitle");
    public string AgencyEstimatedPrice => S(AgencyStrings, "AgencyEstimatedPrice");
    public string AgencyDeposit => S(AgencyStrings, "AgencyDeposit");
    public string AgencyDepositHint => S(AgencyStrings, "AgencyDepositHint");
    public string AgencyDocumentFee => S(AgencyStrings, "AgencyDocumentFee");
    public string AgencyDocumentFeeHint => S(AgencyStrings, "AgencyDocumentFeeHint");
    public string AgencyScheduleButton => S(AgencyStrings, "AgencyScheduleButton");
    public string AgencyTenderRegistered => S(AgencyStrings, "AgencyTenderRegistered");
    public string AgencyScheduleLegend => S(AgencyStrings, "AgencyScheduleLegend");
    public string AgencyScheduleHint => S(AgencyStrings, "AgencyScheduleHint");
    public string AgencySaleStart => S(AgencyStrings, "AgencySaleStart");
    public string AgencySaleStartHint => S(AgencyStrings, "AgencySaleStartHint");
    public string AgencySaleEnd => S(AgencyStrings, "AgencySaleEnd");
    public string AgencyBidDeadline => S(AgencyStrings, "AgencyBidDeadline");
    public string AgencyBidDeadlineHint => S(AgencyStrings, "AgencyBidDeadlineHint");
    public string AgencyUseEarliest => S(AgencyStrings, "AgencyUseEarliest");
    public string AgencyLimitsCaption => S(AgencyStrings, "AgencyLimitsCaption");
    public string AgencyLimitWhat => S(AgencyStrings, "AgencyLimitWhat");
    public string AgencyLimitWhen => S(AgencyStrings, "AgencyLimitWhen");
    public string AgencyLimitRule => S(AgencyStrings, "AgencyLimitRule");
    public string AgencyLimitPeriod => S(AgencyStrings, "AgencyLimitPeriod");
    public string AgencyNoticeDaysCaption => S(AgencyStrings, "AgencyNoticeDaysCaption");
    public string AgencyNoticeDaysNone => S(AgencyStrings, "AgencyNoticeDaysNone");
    public string AgencyDate => S(AgencyStrings, "AgencyDate");
    public string AgencyDayKind => S(AgencyStrings, "AgencyDayKind");

    /// <summary>The schedule preview's words: day counts as the law writes them, what each limit limits, the notice days.</summary>
    public object AgencyScheduleText => new
    {
        units = new { CalendarDays = S(AgencyStrings, "AgencyScheduleText_CalendarDays"), WorkingDays = S(AgencyStrings, "AgencyScheduleText_WorkingDays") },
        hours = S(AgencyStrings, "AgencyScheduleText_hours"),
        hoursLimit = S(AgencyStrings, "AgencyScheduleText_hoursLimit"),
        limits = new
        {
            saleEnd = S(AgencyStrings, "AgencyScheduleText_saleEnd"),
            bidDeadline = S(AgencyStrings, "AgencyScheduleText_bidDeadline"),
            objection = S(AgencyStrings, "AgencyScheduleText_objection"),
            clarification = S(AgencyStrings, "AgencyScheduleText_clarification"),
        },
        days = new { Holiday = S(AgencyStrings, "AgencyScheduleText_Holiday"), MakeUpWorkday = S(AgencyStrings, "AgencyScheduleText_MakeUpWorkday") },
    };

    // --- Publish ---
    public string AgencyPublishTitle => S(AgencyStrings, "AgencyPublishTitle");
    public string AgencyDocumentsLegend => S(AgencyStrings, "AgencyDocumentsLegend");
    public string AgencyDocumentsFile => S(AgencyStrings, "AgencyDocumentsFile");
    public string AgencyDocumentsHint => S(AgencyStrings, "AgencyDocumentsHint");
    public string AgencyUpload => S(AgencyStrings, "AgencyUpload");
    public string AgencyUploadProgress => S(AgencyStrings, "AgencyUploadProgress");
    public string AgencyUploadFirst => S(AgencyStrings, "AgencyUploadFirst");
    public string AgencyUploaded => S(AgencyStrings, "AgencyUploaded");
    public string AgencyVersionsCaption => S(AgencyStrings, "AgencyVersionsCaption");
    public string AgencyVersion => S(AgencyStrings, "AgencyVersion");
    public string AgencySize => S(AgencyStrings, "AgencySize");
    public string AgencyPublishedAt => S(AgencyStrings, "AgencyPublishedAt");
    public string AgencyNote => S(AgencyStrings, "AgencyNote");
    public string AgencyAnnouncementLegend => S(AgencyStrings, "AgencyAnnouncementLegend");
    public string AgencyAnnouncement => S(AgencyStrings, "AgencyAnnouncement");
    public string AgencyCustodyLegend => S(AgencyStrings, "AgencyCustodyLegend");
    public string AgencyCustodyHint => S(AgencyStrings, "AgencyCustodyHint");
    public string AgencyCustodians => S(AgencyStrings, "AgencyCustodians");
    public string AgencyCustodiansHint => S(AgencyStrings, "AgencyCustodiansHint");
    public string AgencyThreshold => S(AgencyStrings, "AgencyThreshold");
    public string AgencySuite => S(AgencyStrings, "AgencySuite");
    public string AgencySuiteInternational => S(AgencyStrings, "AgencySuiteInternational");
    public string AgencySuiteGm => S(AgencyStrings, "AgencySuiteGm");
    public string AgencyPolicy => S(AgencyStrings, "AgencyPolicy");
    public string AgencyPolicyOpeningKey => S(AgencyStrings, "AgencyPolicyOpeningKey");
    public string AgencyPolicyBidderAndQuorum => S(AgencyStrings, "AgencyPolicyBidderAndQuorum");
    public string AgencyPublishButton => S(AgencyStrings, "AgencyPublishButton");
    public string AgencyPublished => S(AgencyStrings, "AgencyPublished");
    public string AgencyPublicPage => S(AgencyStrings, "AgencyPublicPage");
    public string AgencyOpeningHall => S(AgencyStrings, "AgencyOpeningHall");

    /// <summary>The tender summary's words.</summary>
    public object AgencySummaryText => new
    {
        unscheduled = S(AgencyStrings, "AgencySummaryText_unscheduled"),
        statuses = Enum.GetValues<TenderStatus>().ToDictionary(s => s.ToString(), Of),
    };

    // --- Clarify or amend ---
    public string AgencyClarifyTitle => S(AgencyStrings, "AgencyClarifyTitle");
    public string AgencyClarifyIntro => S(AgencyStrings, "AgencyClarifyIntro");
    public string AgencyQuestionsCaption => S(AgencyStrings, "AgencyQuestionsCaption");
    public string AgencyAnswerIt => S(AgencyStrings, "AgencyAnswerIt");
    public string AgencyQuestion => S(AgencyStrings, "AgencyQuestion");
    public string AgencyAskedAt => S(AgencyStrings, "AgencyAskedAt");
    public string AgencyAnsweredBy => S(AgencyStrings, "AgencyAnsweredBy");
    public string AgencyNoQuestions => S(AgencyStrings, "AgencyNoQuestions");
    public string AgencyClarificationText => S(AgencyStrings, "AgencyClarificationText");
    public string AgencyAmendmentLegend => S(AgencyStrings, "AgencyAmendmentLegend");
    public string AgencyAmendmentHint => S(AgencyStrings, "AgencyAmendmentHint");
    public string AgencyAmendmentFile => S(AgencyStrings, "AgencyAmendmentFile");
    public string AgencyAmendmentNote => S(AgencyStrings, "AgencyAmendmentNote");
    public string AgencyCheckEffect => S(AgencyStrings, "AgencyCheckEffect");
    public string AgencyEffectHeading => S(AgencyStrings, "AgencyEffectHeading");
    public string AgencyConfirmClarify => S(AgencyStrings, "AgencyConfirmClarify");
    public string AgencyClarificationsCaption => S(AgencyStrings, "AgencyClarificationsCaption");
    public string AgencyMovedTo => S(AgencyStrings, "AgencyMovedTo");

    /// <summary>The clarification page's sentences.</summary>
    public object AgencyClarifyText => new
    {
        choose = S(AgencyStrings, "AgencyClarifyText_choose"),
        answeredBy = S(AgencyStrings, "AgencyClarifyText_answeredBy"),
        stays = S(AgencyStrings, "AgencyClarifyText_stays"),
        moves = S(AgencyStrings, "AgencyClarifyText_moves"),
        rule = S(AgencyStrings, "AgencyClarifyText_rule"),
        published = S(AgencyStrings, "AgencyClarifyText_published"),
        publishedMoved = S(AgencyStrings, "AgencyClarifyText_publishedMoved"),
    };

    // --- Objections ---
    public string AgencyObjectionsTitle => S(AgencyStrings, "AgencyObjectionsTitle");
    public string AgencyObjectionsIntro => S(AgencyStrings, "AgencyObjectionsIntro");
    public string AgencyObjectionsCaption => S(AgencyStrings, "AgencyObjectionsCaption");
    public string AgencyObjectionText => S(AgencyStrings, "AgencyObjectionText");
    public string AgencyRaisedAt => S(AgencyStrings, "AgencyRaisedAt");
    public string AgencyAnswerDue => S(AgencyStrings, "AgencyAnswerDue");
    public string AgencyNoObjections => S(AgencyStrings, "AgencyNoObjections");
    public string AgencyObjectionAnswer => S(AgencyStrings, "AgencyObjectionAnswer");
    public string AgencyAnswerButton => S(AgencyStrings, "AgencyAnswerButton");
    public string AgencyInterestNote => S(AgencyStrings, "AgencyInterestNote");
    public string AgencyAcceptInterest => S(AgencyStrings, "AgencyAcceptInterest");
    public string AgencyRejectInterest => S(AgencyStrings, "AgencyRejectInterest");

    /// <summary>The objection page's sentences.</summary>
    public object AgencyObjectionsText => new
    {
        open = S(AgencyStrings, "AgencyObjectionsText_open"),
        review = S(AgencyStrings, "AgencyObjectionsText_review"),
        answered = S(AgencyStrings, "AgencyObjectionsText_answered"),
        done = S(AgencyStrings, "AgencyObjectionsText_done"),
        act = S(AgencyStrings, "AgencyObjectionsText_act"),
        heading = S(AgencyStrings, "AgencyObjectionsText_heading"),
        ground = S(AgencyStrings, "AgencyObjectionsText_ground"),
        answeredStatus = S(AgencyStrings, "AgencyObjectionsText_answeredStatus"),
        accepted = S(AgencyStrings, "AgencyObjectionsText_accepted"),
        rejected = S(AgencyStrings, "AgencyObjectionsText_rejected"),
        download = S(AgencyStrings, "AgencyObjectionsText_download"),
        none = S(AgencyStrings, "AgencyObjectionsText_none"),
    };

    public string AgencyObjectionEvidence => S(AgencyStrings, "AgencyObjectionEvidence");

    // --- Terminate ---
    public string AgencyTerminateTitle => S(AgencyStrings, "AgencyTerminateTitle");
    public string AgencyTerminateIntro => S(AgencyStrings, "AgencyTerminateIntro");
    public string AgencyTerminateReason => S(AgencyStrings, "AgencyTerminateReason");
    public string AgencyTerminateReasonHint => S(AgencyStrings, "AgencyTerminateReasonHint");
    public string AgencyTerminateUnderstood => S(AgencyStrings, "AgencyTerminateUnderstood");
    public string AgencyTerminateButton => S(AgencyStrings, "AgencyTerminateButton");
    public string AgencyTerminated => S(AgencyStrings, "AgencyTerminated");

    // --- Fees ---
    public string AgencyFeesTitle => S(AgencyStrings, "AgencyFeesTitle");
    public string AgencyFeesIntro => S(AgencyStrings, "AgencyFeesIntro");
    public string AgencyFeesCaption => S(AgencyStrings, "AgencyFeesCaption");
    public string AgencyFeePurpose => S(AgencyStrings, "AgencyFeePurpose");
    public string AgencyPaidOrders => S(AgencyStrings, "AgencyPaidOrders");
    public string AgencyCollected => S(AgencyStrings, "AgencyCollected");
    public string AgencyRefunded => S(AgencyStrings, "AgencyRefunded");
    public string AgencyInterest => S(AgencyStrings, "AgencyInterest");
    public string AgencyHeld => S(AgencyStrings, "AgencyHeld");
    public string AgencyTotal => S(AgencyStrings, "AgencyTotal");
    public string AgencyNoFees => S(AgencyStrings, "AgencyNoFees");
}
