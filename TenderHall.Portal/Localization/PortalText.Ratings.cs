using TenderHall.Grains.Contracts.Ratings;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of the public rating results (好差评, 国办发〔2019〕51号).</summary>
public sealed partial class PortalText
{
    public string RatingResultsTitle => S("政务服务“好差评”结果", "Service ratings (好差评)");
    public string RatingResultsIntro => S("每个办件由申请人评价一次（一事一评）。差评由部门核实、整改、回访并记录；经中心核实的误评、恶意评价不计入结果。",
        "Each case is rated once by its applicant. Bad ratings are verified, rectified, called back and recorded by the department; ratings the centre found mistaken or malicious are left out.");
    public string RatingResultsNone => S("尚无评价。", "No ratings yet.");
    public string RatingResultsCaption => S("各部门评价结果", "Results per department");
    public string RatingDepartment => S("部门", "Department");
    public string RatingTotal => S("评价总数", "Ratings");
    public string RatingSatisfiedRate => S("满意率", "Satisfied rate");
    public string RatingExcluded => S("申诉核实后剔除", "Left out after appeal");

    public string Of(RatingLevel level) => level switch
    {
        RatingLevel.VerySatisfied => S("非常满意", "Very satisfied"),
        RatingLevel.Satisfied => S("满意", "Satisfied"),
        RatingLevel.Basic => S("基本满意", "Basically satisfied"),
        RatingLevel.Dissatisfied => S("不满意", "Dissatisfied"),
        _ => S("非常不满意", "Very dissatisfied"),
    };
}
