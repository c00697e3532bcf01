namespace TenderHall.Portal.Account;

/// <summary>Where a page may send the bidder back to after signing in or paying: one of its own pages on this site.</summary>
public static class ReturnPath
{
    /// <summary>
    /// <paramref name="path"/> when it is a bidder's page of this site (<c>/my</c>, <c>/my/…</c>), otherwise null: never an
    /// absolute or protocol-relative address, so no one can use the Portal to redirect elsewhere.
    /// </summary>
    public static string? Mine(string? path) =>
        path is { Length: <= 2000 } && (path == "/my" || path.StartsWith("/my/", StringComparison.Ordinal) || path.StartsWith("/my?", StringComparison.Ordinal))
        && !path.Contains('\\', StringComparison.Ordinal) && !path.Contains("//", StringComparison.Ordinal) ? path : null;

    /// <summary>
    /// <paramref name="path"/> when it is any page of this site (a staff member signing in goes back to the desk whose
    /// session expired), otherwise null: a path from the site's root, never an absolute or protocol-relative address.
    /// </summary>
    public static string? Local(string? path) =>
        path is { Length: > 0 and <= 2000 } && path[0] == '/' && !path.Contains('\\', StringComparison.Ordinal) && !path.Contains("//", StringComparison.Ordinal)
        && !path.Any(char.IsControl) ? path : null;
}
