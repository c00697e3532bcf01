namespace TenderHall.Grains.Contracts.Evaluation;

/// <summary>How the committee evaluates (BL 41, fixed in the tender documents before publication).</summary>
public enum EvaluationMethodKind
{
    /// <summary>综合评估法: weighted price, technical and commercial points; the highest total ranks first.</summary>
    Comprehensive = 1,

    /// <summary>经评审的最低投标价法: the bid price adjusted by the committee's quantified deviations; the lowest ranks first.</summary>
    LowestEvaluatedPrice = 2,
}
