using Microsoft.AspNetCore.Authorization;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Notifications;

namespace TenderHall.Api.Auth;

/// <summary>Named authorization policies; every endpoint declares one of these or allows anonymous access.</summary>
public static class Policies
{
    /// <summary>Any signed-in user.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Centre administrators only.</summary>
    public const string CentreAdmin = "centre-admin";

    /// <summary>Those who may read non-public directory entries (bidders, experts): administrators and supervisors.</summary>
    public const string DirectoryReader = "directory-reader";

    /// <summary>Agencies (tenderees' representatives).</summary>
    public const string Agency = "agency";

    /// <summary>Bidders.</summary>
    public const string Bidder = "bidder";

    /// <summary>Supervisors.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>Who may object to tender documents (BLR 22): a bidder, or another interested party with a complainant's account.</summary>
    public const string Objector = "objector";

    // --- Unified fee collection (Fees/FeesApi.cs) ---

    /// <summary>Those who open fee orders: bidders for their own documents and deposits, window officers for licensing fees.</summary>
    public const string FeePayer = "fee-payer";

    /// <summary>Those who see every fee order of a subject and the ledger (BL 22 keeps document buyers secret): administrators and supervisors.</summary>
    public const string FeeAuditor = "fee-auditor";

    // --- Expert database and draw (Experts/ExpertDatabaseApi.cs, Experts/DrawApi.cs) ---

    /// <summary>Evaluation experts.</summary>
    public const string Expert = "expert";

    /// <summary>The centre or the expert (the grain checks it is the expert themself).</summary>
    public const string ExpertOrCentre = "expert-or-centre";

    /// <summary>Those who rate experts after an evaluation: agencies and supervisors.</summary>
    public const string ExpertRater = "expert-rater";

    /// <summary>The centre and supervision: penalties, and declaring a tender's result determined until the award stage does.</summary>
    public const string CentreOrSupervision = "centre-or-supervision";

    // --- Licensing cases (Licensing/LicensingCasesApi.cs, Licensing/DelegationsApi.cs) ---

    /// <summary>Window officers (窗口工作人员): receive, accept, notify, refuse, issue certificates.</summary>
    public const string WindowOfficer = "window-officer";

    /// <summary>Those who review cases and stop their clocks: window officers and department reviewers.</summary>
    public const string LicensingReviewer = "licensing-reviewer";

    /// <summary>Chief representatives (首席代表): decide and extend inside their delegation.</summary>
    public const string ChiefRepresentative = "chief-representative";

    /// <summary>A department's officers at their desks: window officers, reviewers and chief representatives.</summary>
    public const string LicensingDesk = "licensing-desk";

    /// <summary>Department heads: delegate to chief representatives.</summary>
    public const string DepartmentHead = "department-head";

    /// <summary>A department's licensing staff (window officers, chief representatives, reviewers, heads): follow up ratings.</summary>
    public const string DepartmentStaff = "department-staff";

    /// <summary>The steps of the item directory: department heads propose, the centre reviews, the provincial government approves.</summary>
    public const string DirectoryStaff = "directory-staff";

    /// <summary>The roles with an inbox of their own (the centre, the provincial government): read their notifications.</summary>
    public const string RoleInboxReader = "role-inbox-reader";

    // --- The gate (Gate/GateApi.cs) ---

    /// <summary>The provincial government: approves exemptions from the gate.</summary>
    public const string ProvincialGovernment = "provincial-government";

    /// <summary>Registers the policies; anything without a declared policy requires sign-in.</summary>
    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(CentreAdmin, p => p.RequireRole(Roles.CentreAdmin));
        options.AddPolicy(DirectoryReader, p => p.RequireRole(Roles.CentreAdmin, Roles.Supervisor));
        options.AddPolicy(Agency, p => p.RequireRole(Roles.Agency));
        options.AddPolicy(Bidder, p => p.RequireRole(Roles.Bidder));
        options.AddPolicy(Supervisor, p => p.RequireRole(Roles.Supervisor));
        options.AddPolicy(Objector, p => p.RequireRole(Roles.Bidder, Roles.Complainant));
        options.AddPolicy(FeePayer, p => p.RequireRole(Roles.Bidder, Roles.WindowOfficer));
        options.AddPolicy(FeeAuditor, p => p.RequireRole(Roles.CentreAdmin, Roles.Supervisor));
        options.AddPolicy(Expert, p => p.RequireRole(Roles.Expert));
        options.AddPolicy(ExpertOrCentre, p => p.RequireRole(Roles.Expert, Roles.CentreAdmin));
        options.AddPolicy(ExpertRater, p => p.RequireRole(Roles.Agency, Roles.Supervisor));
        options.AddPolicy(CentreOrSupervision, p => p.RequireRole(Roles.CentreAdmin, Roles.Supervisor));
        options.AddPolicy(WindowOfficer, p => p.RequireRole(Roles.WindowOfficer));
        options.AddPolicy(LicensingReviewer, p => p.RequireRole(Roles.WindowOfficer, Roles.DepartmentReviewer));
        options.AddPolicy(ChiefRepresentative, p => p.RequireRole(Roles.ChiefRepresentative));
        options.AddPolicy(DepartmentHead, p => p.RequireRole(Roles.DepartmentHead));
        options.AddPolicy(LicensingDesk, p => p.RequireRole(Roles.WindowOfficer, Roles.DepartmentReviewer, Roles.ChiefRepresentative));
        options.AddPolicy(ProvincialGovernment, p => p.RequireRole(Roles.ProvincialGovernment));
        options.AddPolicy(DepartmentStaff, p => p.RequireRole(Roles.WindowOfficer, Roles.ChiefRepresentative, Roles.DepartmentReviewer, Roles.DepartmentHead));
        options.AddPolicy(DirectoryStaff, p => p.RequireRole(Roles.DepartmentHead, Roles.CentreAdmin, Roles.ProvincialGovernment));
        options.AddPolicy(RoleInboxReader, p => p.RequireRole(NotificationKeys.RoleInboxes));
        options.FallbackPolicy = options.GetPolicy(SignedIn);
    }
}
