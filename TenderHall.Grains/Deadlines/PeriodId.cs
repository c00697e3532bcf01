namespace TenderHall.Grains.Deadlines;

/// <summary>The statutory periods a tender runs through; each rule set defines the ones its law has.</summary>
public enum PeriodId
{
    /// <summary>Tender documents first issued → bid deadline.</summary>
    DocumentsToDeadline,

    /// <summary>Sale (provision) window of the tender documents.</summary>
    SaleWindow,

    /// <summary>A clarification or amendment before the bid deadline.</summary>
    Clarification,

    /// <summary>An objection to the tender documents before the bid deadline.</summary>
    Objection,

    /// <summary>The tenderer's answer to an objection to the documents.</summary>
    ObjectionAnswer,

    /// <summary>Evaluation report received → candidates published.</summary>
    CandidatePublication,

    /// <summary>Length of the candidate publicity.</summary>
    CandidatePublicity,

    /// <summary>The tenderer's answer to an objection to the candidates.</summary>
    PublicityObjectionAnswer,

    /// <summary>Award notice issued → contract signed.</summary>
    Contract,

    /// <summary>Winner determined → written report to the supervisor.</summary>
    WrittenReport,

    /// <summary>Written withdrawal received → bid deposit refunded.</summary>
    DepositRefundOnWithdrawal,

    /// <summary>Contract signed → bid deposits refunded.</summary>
    DepositRefundAfterContract,

    /// <summary>Engineering: knowing of the breach → complaint. Procurement: challenge answer due → complaint.</summary>
    Complaint,

    /// <summary>Complaint received → accepted or rejected.</summary>
    ComplaintAcceptance,

    /// <summary>Complaint accepted (procurement: received) → written decision.</summary>
    ComplaintDecision,

    /// <summary>Knowing of the harm → challenge (质疑).</summary>
    Challenge,

    /// <summary>Challenge received → written answer.</summary>
    ChallengeAnswer,

    /// <summary>Contract signed → copy filed with the finance department.</summary>
    ContractFiling,

    /// <summary>Contract signed → contract published.</summary>
    ContractPublication,
}
