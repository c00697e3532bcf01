namespace TenderHall.Grains.Contracts.Projects;

/// <summary>What a project buys (必须招标的工程项目规定 Art 5 sets a threshold for each).</summary>
public enum ProjectType
{
    /// <summary>施工: construction works.</summary>
    Works = 1,

    /// <summary>货物: goods and equipment.</summary>
    Goods = 2,

    /// <summary>服务: survey, design, supervision and other services.</summary>
    Services = 3,
}
