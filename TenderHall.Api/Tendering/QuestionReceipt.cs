namespace TenderHall.Api.Tendering;

/// <summary>The number a question was filed under.</summary>
/// <param name="Number">Question number within the tender.</param>
public sealed record QuestionReceipt(int Number);
