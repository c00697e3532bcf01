namespace TenderHall.Api.Tendering;

/// <summary>A request carrying one text: a question, an objection, an answer, a note or a reason.</summary>
/// <param name="Text">The text.</param>
public sealed record TenderTextRequest(string Text);
