namespace TenderHall.Grains.Contracts.Supervision;

/// <summary>Every code a supervision alarm is raised with, its source and what raised it; docs/rules.md lists them.</summary>
public static class AlarmCodes
{
    /// <summary>(code, source, when it is raised), ordered by code.</summary>
    public static IReadOnlyList<(string Code, string Source, string RaisedWhen)> All { get; } =
    [
        ("ALL-42", "ALL 42", "a licensing case was not decided within its promised time limit (extension and clock stops counted)"),
        ("ALL-44", "ALL 44", "the certificate of a granted licensing case was not issued within 10 working days of the decision"),
        ("AUTH-RATE", "Platform security policy", "sign-in attempts for an account or address went over the limit and are refused for a while"),
        ("BID-SEALED", "EBM 27", "someone tried to read another party's sealed bid before the opening"),
        ("BL-39", "BL 39", "a bidder did not answer the evaluation committee's clarification request by its deadline"),
        ("BL-46", "BL 46", "a contract is 5 days from its 30-day deadline after the award notice (warning), or past it (alarm)"),
        ("BL-47", "BL 47", "the written report to supervision was not filed within 15 days of the winner"),
        ("BLR-22", "BLR 22", "an objection to the documents was not answered within its period"),
        ("BLR-40-CLUSTERED", "BLR 40", "two bidders submitted within the same 30-second window"),
        ("BLR-40-NEAR-WINNER", "BLR 40", "a bid price lies within 0.5 % of the first candidate's"),
        ("BLR-40-PRICE-PATTERN", "BLR 40", "three or more opened prices step by exactly the same amount"),
        ("BLR-40-SAME-ADDRESS", "BLR 40", "two bidders submitted from the same network address"),
        ("BLR-40-SAME-CERTIFICATE", "BLR 40", "two bidders' bids were signed with the same certificate"),
        ("BLR-40-SAME-DEVICE", "BLR 40", "two bidders submitted from the same device"),
        ("BLR-40-SAME-PRICE", "BLR 40", "two or more bidders opened with exactly the same price"),
        ("BLR-40-SAME-SIZE", "BLR 40", "two bidders' envelopes have exactly the same size"),
        ("BLR-41-LOWEST-REJECTED", "BLR 41", "the committee rejected the lowest opened bid"),
        ("BLR-49-SCORE-CLUSTER", "BLR 49", "two committee members gave every bid exactly the same points"),
        ("BLR-49-SCORE-OUTLIER", "BLR 49", "a committee member's points for a bid lie more than 20 from the other members' mean"),
        ("BLR-54-PUBLISH", "BLR 54", "candidates were published more than 3 days after the evaluation report"),
        ("BLR-61-ACCEPT", "BLR 61", "a complaint was not accepted or rejected within 3 working days of its receipt"),
        ("BLR-61-DECIDE", "BLR 61", "an accepted complaint was not decided within 30 working days"),
        ("BLR-7", "BLR 7", "a tender departs from the project's approved tender scheme"),
        ("GATE-RATE", "Platform security policy", "a caller's refused gate checks went over the limit; its gate checks are refused for a while"),
        ("GATE-REFUSED", "Seed: government investment and procurement trade in the centre (建筑法 8, BLR 7)", "a downstream procedure for a government-investment or procurement project came without a valid trade certificate or exemption"),
        ("GPL-47", "GPL 47", "a procurement contract was not filed within 7 working days of its signing"),
        ("GPL-56", "GPL 56", "a procurement complaint was not decided within 30 working days of its receipt"),
        ("LIC-JOINT-STUCK", "ALL 26, 42", "a department's part of a joint licensing case passed its own limit undecided and went to the centre's coordination"),
        ("LOG-TAMPERED", "Platform transparency policy", "verify-log found the stored transparency log changed or cut short"),
        ("RATING-FOLLOW-UP", "国办发〔2019〕51号", "a bad service rating was not followed up (verified, rectified, called back, recorded) within the rectification limit"),
    ];
}
