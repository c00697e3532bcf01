namespace TenderHall.Grains.Contracts.Ratings;

/// <summary>The five national levels of a service rating (好差评, 国办发〔2019〕51号), best first.</summary>
public enum RatingLevel
{
    /// <summary>非常满意.</summary>
    VerySatisfied = 5,

    /// <summary>满意.</summary>
    Satisfied = 4,

    /// <summary>基本满意.</summary>
    Basic = 3,

    /// <summary>不满意 (a bad rating: followed up).</summary>
    Dissatisfied = 2,

    /// <summary>非常不满意 (a bad rating: followed up).</summary>
    VeryDissatisfied = 1,
}
