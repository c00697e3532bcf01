using TenderHall.Grains.Contracts.Ratings;

namespace TenderHall.Api.Hall;

/// <summary>A visitor's request for a ticket.</summary>
/// <param name="ItemCode">The item the visitor came for (optional; decides the fast-track lane with the project).</param>
/// <param name="ProjectCode">The visitor's project code, when the centre may have marked it major (optional).</param>
public sealed record TicketBody(string? ItemCode, string? ProjectCode);

/// <summary>The counter the officer calls the next ticket to.</summary>
/// <param name="Counter">The counter's label as shown on the board, e.g. <c>3</c> (1-20 characters).</param>
public sealed record CallBody(string? Counter);

/// <summary>The rating of a hall visit (一次一评).</summary>
/// <param name="Date">The Beijing day of the ticket.</param>
/// <param name="Secret">The rating code printed on the ticket.</param>
/// <param name="Level">One of the five national levels.</param>
/// <param name="Comment">The visitor's words (at most 500 characters; never public).</param>
public sealed record VisitRatingBody(DateOnly? Date, string? Secret, RatingLevel? Level, string? Comment);

/// <summary>The centre's major-project mark.</summary>
/// <param name="Major">True to mark the project major (特事特办), false to take the mark off.</param>
/// <param name="Reason">Why (1-500 characters).</param>
public sealed record MajorProjectBody(bool? Major, string? Reason);
