using System.Resources;
using TenderHall.Grains.Contracts.Ratings;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of the public rating results (好差评, 国办发〔2019〕51号).</summary>
public sealed partial class PortalText
{
    private static readonly ResourceManager RatingsStrings = Strings("Ratings");

    public string RatingResultsTitle => S(RatingsStrings, "RatingResultsTitle");
    public string RatingResultsIntro => S(RatingsStrings, "RatingResultsIntro");
    public string RatingResultsNone => S(RatingsStrings, "RatingResultsNone");
    public string RatingResultsCaption => S(RatingsStrings, "RatingResultsCaption");
    public string RatingDepartment => S(RatingsStrings, "RatingDepartment");
    public string RatingTotal => S(RatingsStrings, "RatingTotal");
    public string RatingSatisfiedRate => S(RatingsStrings, "RatingSatisfiedRate");
    public string RatingExcluded => S(RatingsStrings, "RatingExcluded");

    public string Of(RatingLevel level) => level switch
    {
        RatingLevel.VerySatisfied => S(RatingsStrings, "RatingLevel_VerySatisfied"),
        RatingLevel.Satisfied => S(RatingsStrings, "RatingLevel_Satisfied"),
        RatingLevel.Basic => S(RatingsStrings, "RatingLevel_Basic"),
        RatingLevel.Dissatisfied => S(RatingsStrings, "RatingLevel_Dissatisfied"),
        _ => S(RatingsStrings, "RatingLevel_Other"),
    };
}
