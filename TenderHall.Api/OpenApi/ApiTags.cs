namespace TenderHall.Api.OpenApi;

/// <summary>What each tag of the API groups, for the OpenAPI document (a tag without a description fails its lint).</summary>
public static class ApiTags
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["Auth"] = "Sign-in (password or certificate challenge), the caller's identity, and accounts of the embedded profile.",
        ["Clock"] = "The platform clock every deadline is measured by (the sandbox clock of a demo).",
        ["Documents"] = "Uploaded documents, named by SHA-256, and the key the platform signs its documents with.",
        ["Bidding"] = "The sealed bid box: submit, self-test, resumable upload, withdraw, and a bidder's own bids (EBM 26-29, BLR 35).",
        ["Notifications"] = "What the platform has to tell the caller (deadline moves, answers, results).",
        ["Directory"] = "Registered departments, agencies and bidders with their keys; bidders are visible to the centre and supervisors only.",
        ["Draw"] = "The verifiable expert draw: frozen pool, committed contributions, log-anchored seed, sealed committee, reveal and record (BL 37).",
        ["Experts"] = "The expert database and its specialties (BLR 45); experts are secret (BL 37).",
        ["Licensing"] = "Administrative licensing: the versioned item directory (department proposal, centre review, provincial approval, effective dates) and its publicity (ALL 30), cases with acceptance, clocks and decisions (ALL 32-45), delegations of chief representatives.",
        ["Gate"] = "The gate on downstream procedures: trade-certificate checks for government-investment and procurement projects, the provincial government's exemptions (docs/gate.md).",
        ["Ratings"] = "Service ratings (好差评, 国办发〔2019〕51号): one rating per case by its applicant, the follow-up of bad ratings within the rectification limit, appeals, public results per department.",
        ["Hall"] = "Around the hall: queue tickets per window (排号) with the fast-track lane (特事特办), visit ratings (一次一评), the public hall board, and performance figures per department, window and officer (docs/hall.md).",
        ["Projects"] = "Approved projects and their tendering schemes (BLR 7).",
        ["Tenders"] = "Tenders from registration to the deadline: announcement, documents, clarifications, questions, objections.",
        ["Evaluation"] = "The committee's evaluation: review, independent scores, clarifications, more time, supervision, the countersigned report (BL 37-40, BLR 48-53).",
        ["Award"] = "After the evaluation: candidate publicity and objections, the award notices, the contract, the written report, the archive and the trade certificate (BL 45-47, BLR 54-58).",
        ["Complaints"] = "Complaints to the supervising department with evidence, acceptance and decision clocks, suspension and outcomes (BLR 60-62, GPL 55-57).",
        ["Opening"] = "The online opening: check-in, key shares, decryption, the record and its signatures (EBM 29-33).",
        ["Fees"] = "Unified fee collection: schedules, orders, bank callbacks, receipts, refunds, the ledger (ALL 58-59).",
        ["Guarantees"] = "Bid guarantee letters in place of cash deposits (BLR 26).",
        ["Transparency"] = "The signed append-only log of public events, with inclusion and consistency proofs.",
        ["Supervision"] = "Alarms raised for the supervising departments, and their acknowledgement with notes.",
    };

    /// <summary>The tags with their descriptions; one not described here has none, which the document's lint reports.</summary>
    public static IEnumerable<(string Name, string? Description)> Described(IEnumerable<string> used) =>
        used.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(name => (name, Descriptions.GetValueOrDefault(name)));
}
