using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Registry;

namespace TenderHall.Grains.Tests.Experts;

/// <summary>Valid experts and credit codes for the rule tests.</summary>
internal static class Experts
{
    private static int next;

    public static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh valid unified social credit code.</summary>
    public static string Code()
    {
        var body = $"91460100{Interlocked.Increment(ref next):D9}";
        return body + CreditCode.CheckCharacter(body);
    }

    /// <summary>A valid, active expert of specialty A01.</summary>
    public static ExpertProfile Valid(string? id = null) => new()
    {
        Id = id ?? "expert-" + Guid.NewGuid().ToString("N")[..8], Name = "王芳", Specialties = ["A01"], EmployerCreditCode = Code(), EmployerName = "设计院",
        Title = "高级工程师", TitleLevel = TitleLevel.Senior, YearsInField = 12, Region = "460100", Status = ExpertStatus.Active,
    };
}
