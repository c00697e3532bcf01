using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Portal.Localization;

/// <summary>
/// Every string the portal shows, in Chinese and English; one instance per language. The strings live in .resx files
/// (<c>Localization/Resources/&lt;Area&gt;.resx</c>, Chinese, the neutral language, and <c>&lt;Area&gt;.en.resx</c>), one
/// pair per partial file of this class, so a translator edits resources and never code. This class is the pages'
/// typed view of them and an <see cref="IStringLocalizer"/> over all of them (names "Area.Key"). The culture is the
/// page's language, passed explicitly rather than read from the thread's ambient culture.
/// </summary>
public sealed partial class PortalText : IStringLocalizer
{
    private static readonly ResourceManager CommonStrings = Strings("Common");
    private static readonly CultureInfo ChineseCulture = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en");
    private static Dictionary<string, ResourceManager>? areas;

    private readonly CultureInfo culture;

    private PortalText(PortalLanguage language)
    {
        Language = language;
        culture = language.IsEnglish ? EnglishCulture : ChineseCulture;
    }

    /// <summary>Chinese, the default.</summary>
    public static PortalText Chinese { get; } = new(new(false, false));

    /// <summary>The strings for <paramref name="language"/>.</summary>
    public static PortalText For(PortalLanguage language) => new(language);

    /// <summary>The language these strings are in.</summary>
    public PortalLanguage Language { get; }

    /// <summary>The string "Area.Key" in this language (<see cref="LocalizedString.ResourceNotFound"/> when there is none).</summary>
    public LocalizedString this[string name]
    {
        get
        {
            var dot = name.IndexOf('.');
            var value = dot > 0 && areas!.TryGetValue(name[..dot], out var strings) ? strings.GetString(name[(dot + 1)..], culture) : null;
            return new LocalizedString(name, value ?? name, value is null);
        }
    }

    /// <summary>The format string "Area.Key" in this language, filled with <paramref name="arguments"/>.</summary>
    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return format.ResourceNotFound ? format : new LocalizedString(name, string.Format(culture, format.Value, arguments));
        }
    }

    /// <summary>Every string of every area in this language ("Area.Key"); with <paramref name="includeParentCultures"/>, the Chinese ones an English area lacks too.</summary>
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        foreach (var (area, strings) in areas!.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var own = strings.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
            var keys = new SortedSet<string>(StringComparer.Ordinal);
            if (own is not null)
                keys.UnionWith(own.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key));
            if (includeParentCultures || culture.Equals(ChineseCulture))
                keys.UnionWith(strings.GetResourceSet(CultureInfo.InvariantCulture, true, false)!.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key));
            foreach (var key in keys)
                yield return this[$"{area}.{key}"];
        }
    }

    private static ResourceManager Strings(string area)
    {
        var strings = new ResourceManager($"TenderHall.Portal.Localization.Resources.{area}", typeof(PortalText).Assembly);
        // Static fields of partial classes initialize in no set order: the registry is made by whichever area comes first.
        var registry = LazyInitializer.EnsureInitialized(ref areas);
        lock (registry)
            registry[area] = strings;
        return strings;
    }

    private string S(ResourceManager strings, string key) =>
        strings.GetString(key, culture) ?? throw new MissingManifestResourceException($"The portal string {key} is missing from {strings.BaseName}.");

    private string F(ResourceManager strings, string key, params object?[] arguments) => string.Format(culture, S(strings, key), arguments);

    public string SiteName => S(CommonStrings, "SiteName");
    public string NavTenders => S(CommonStrings, "NavTenders");
    public string NavLicensing => S(CommonStrings, "NavLicensing");
    public string NavAgencies => S(CommonStrings, "NavAgencies");
    public string SwitchLanguage => S(CommonStrings, "SwitchLanguage");
    public string Footer => S(CommonStrings, "Footer");

    public string TendersTitle => S(CommonStrings, "TendersTitle");
    public string Search => S(CommonStrings, "Search");
    public string SearchPlaceholder => S(CommonStrings, "SearchPlaceholder");
    public string NoTenders => S(CommonStrings, "NoTenders");
    public string Previous => S(CommonStrings, "Previous");
    public string Next => S(CommonStrings, "Next");

    /// <summary>Which announcements of how many the page shows.</summary>
    public string Showing(int from, int to, int total) => F(CommonStrings, "Showing", from, to, total);
    public string Title => S(CommonStrings, "Title");
    public string Lot => S(CommonStrings, "Lot");
    public string ProjectCode => S(CommonStrings, "ProjectCode");
    public string Status => S(CommonStrings, "Status");
    public string SaleWindow => S(CommonStrings, "SaleWindow");
    public string BidDeadline => S(CommonStrings, "BidDeadline");
    public string Deadline => S(CommonStrings, "Deadline");

    public string NotFound => S(CommonStrings, "NotFound");
    public string BackToList => S(CommonStrings, "BackToList");
    public string Announcement => S(CommonStrings, "Announcement");
    public string Overview => S(CommonStrings, "Overview");
    public string Regime => S(CommonStrings, "Regime");
    public string EstimatedPrice => S(CommonStrings, "EstimatedPrice");
    public string Deposit => S(CommonStrings, "Deposit");
    public string DocumentFee => S(CommonStrings, "DocumentFee");
    public string Schedule => S(CommonStrings, "Schedule");
    public string AnnouncedAt => S(CommonStrings, "AnnouncedAt");
    public string SaleStart => S(CommonStrings, "SaleStart");
    public string SaleEnd => S(CommonStrings, "SaleEnd");
    public string OriginalBidDeadline => S(CommonStrings, "OriginalBidDeadline");
    public string ObjectionCutoff => S(CommonStrings, "ObjectionCutoff");
    public string ClarificationCutoff => S(CommonStrings, "ClarificationCutoff");
    public string Documents => S(CommonStrings, "Documents");
    public string Version => S(CommonStrings, "Version");
    public string Sha256 => S(CommonStrings, "Sha256");
    public string Size => S(CommonStrings, "Size");
    public string PublishedAt => S(CommonStrings, "PublishedAt");
    public string Note => S(CommonStrings, "Note");
    public string NoDocuments => S(CommonStrings, "NoDocuments");
    public string Clarifications => S(CommonStrings, "Clarifications");
    public string NoClarifications => S(CommonStrings, "NoClarifications");
    public string Questions => S(CommonStrings, "Questions");
    public string AmendsVersion => S(CommonStrings, "AmendsVersion");
    public string MovedDeadlineTo => S(CommonStrings, "MovedDeadlineTo");
    public string Suspensions => S(CommonStrings, "Suspensions");
    public string Objections => S(CommonStrings, "Objections");
    public string Terminated => S(CommonStrings, "Terminated");
    public string Opening => S(CommonStrings, "Opening");
    public string OpeningStatusLabel => S(CommonStrings, "OpeningStatusLabel");
    public string BidsReceived => S(CommonStrings, "BidsReceived");
    public string NoOpeningRows => S(CommonStrings, "NoOpeningRows");
    public string Bidder => S(CommonStrings, "Bidder");
    public string Price => S(CommonStrings, "Price");
    public string Duration => S(CommonStrings, "Duration");
    public string Outcome => S(CommonStrings, "Outcome");

    public string LicensingTitle => S(CommonStrings, "LicensingTitle");
    public string NoLicensingItems => S(CommonStrings, "NoLicensingItems");
    public string Department => S(CommonStrings, "Department");
    public string Mode => S(CommonStrings, "Mode");
    public string LegalBasis => S(CommonStrings, "LegalBasis");
    public string Procedure => S(CommonStrings, "Procedure");
    public string Conditions => S(CommonStrings, "Conditions");
    public string Materials => S(CommonStrings, "Materials");
    public string PromisedDays => S(CommonStrings, "PromisedDays");
    public string Fees => S(CommonStrings, "Fees");
    public string Free => S(CommonStrings, "Free");
    public string CooperatingDepartments => S(CommonStrings, "CooperatingDepartments");

    public string AgenciesTitle => S(CommonStrings, "AgenciesTitle");
    public string NoAgencies => S(CommonStrings, "NoAgencies");
    public string Name => S(CommonStrings, "Name");
    public string CreditCode => S(CommonStrings, "CreditCode");
    public string RegisteredAt => S(CommonStrings, "RegisteredAt");

    /// <summary>A tender's status.</summary>
    public string Of(TenderStatus status) => status switch
    {
        TenderStatus.Registered => S(CommonStrings, "TenderStatus_Registered"),
        TenderStatus.Announced => S(CommonStrings, "TenderStatus_Announced"),
        TenderStatus.DocumentsOnSale => S(CommonStrings, "TenderStatus_DocumentsOnSale"),
        TenderStatus.Tendering => S(CommonStrings, "TenderStatus_Tendering"),
        TenderStatus.BidDeadlinePassed => S(CommonStrings, "TenderStatus_BidDeadlinePassed"),
        TenderStatus.Suspended => S(CommonStrings, "TenderStatus_Suspended"),
        TenderStatus.FailedInsufficientBids => S(CommonStrings, "TenderStatus_FailedInsufficientBids"),
        TenderStatus.Terminated => S(CommonStrings, "TenderStatus_Terminated"),
        TenderStatus.Opened => S(CommonStrings, "TenderStatus_Opened"),
        TenderStatus.Evaluating => S(CommonStrings, "TenderStatus_Evaluating"),
        TenderStatus.CandidatesPublicized => S(CommonStrings, "TenderStatus_CandidatesPublicized"),
        TenderStatus.Awarded => S(CommonStrings, "TenderStatus_Awarded"),
        TenderStatus.Contracted => S(CommonStrings, "TenderStatus_Contracted"),
        TenderStatus.Archived => S(CommonStrings, "TenderStatus_Archived"),
        TenderStatus.Retendered => S(CommonStrings, "TenderStatus_Retendered"),
        _ => status.ToString(),
    };

    /// <summary>An opening session's status.</summary>
    public string Of(OpeningStatus status) => status switch
    {
        OpeningStatus.AwaitingShares => S(CommonStrings, "OpeningStatus_AwaitingShares"),
        OpeningStatus.Decrypting => S(CommonStrings, "OpeningStatus_Decrypting"),
        OpeningStatus.RecordPublished => S(CommonStrings, "OpeningStatus_RecordPublished"),
        OpeningStatus.Closed => S(CommonStrings, "OpeningStatus_Closed"),
        OpeningStatus.InsufficientBids => S(CommonStrings, "OpeningStatus_InsufficientBids"),
        OpeningStatus.AwaitingBidderParts => S(CommonStrings, "OpeningStatus_AwaitingBidderParts"),
        _ => status.ToString(),
    };

    /// <summary>What decrypting a bid came to.</summary>
    public string Of(DecryptionOutcome outcome) => outcome switch
    {
        DecryptionOutcome.Opened => S(CommonStrings, "DecryptionOutcome_Opened"),
        DecryptionOutcome.RevokedByBidderFault => S(CommonStrings, "DecryptionOutcome_RevokedByBidderFault"),
        DecryptionOutcome.WithdrawnNotBidderFault => S(CommonStrings, "DecryptionOutcome_WithdrawnNotBidderFault"),
        _ => outcome.ToString(),
    };

    /// <summary>How a licensing item is handled.</summary>
    public string Of(LicensingMode mode) => mode switch
    {
        LicensingMode.Immediate => S(CommonStrings, "LicensingMode_Immediate"),
        LicensingMode.Committed => S(CommonStrings, "LicensingMode_Committed"),
        LicensingMode.Joint => S(CommonStrings, "LicensingMode_Joint"),
        LicensingMode.CompositeWindow => S(CommonStrings, "LicensingMode_CompositeWindow"),
        _ => mode.ToString(),
    };

    /// <summary>Which law a tender runs under.</summary>
    public string Of(LegalRegime regime) => regime switch
    {
        LegalRegime.Engineering => S(CommonStrings, "LegalRegime_Engineering"),
        LegalRegime.GovernmentProcurement => S(CommonStrings, "LegalRegime_GovernmentProcurement"),
        _ => regime.ToString(),
    };

    /// <summary>Why a tender was paused.</summary>
    public string Of(SuspensionReason reason) => reason switch
    {
        SuspensionReason.Objection => S(CommonStrings, "SuspensionReason_Objection"),
        SuspensionReason.Complaint => S(CommonStrings, "SuspensionReason_Complaint"),
        SuspensionReason.Supervisor => S(CommonStrings, "SuspensionReason_Supervisor"),
        _ => reason.ToString(),
    };

    /// <summary>A time limit in working days (0: on the spot).</summary>
    public string WorkingDays(int days) => days == 0 ? S(CommonStrings, "WorkingDays") : F(CommonStrings, "WorkingDays_2", days);

    /// <summary>Objections raised and still open.</summary>
    public string ObjectionCount(int total, int open) => F(CommonStrings, "ObjectionCount", total, open);

    /// <summary>An amount in fen as yuan.</summary>
    public string Yuan(long fen) => Yuan(fen / 100m);

    /// <summary>An amount in yuan.</summary>
    public string Yuan(decimal yuan) => S(CommonStrings, "Yuan") + yuan.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
