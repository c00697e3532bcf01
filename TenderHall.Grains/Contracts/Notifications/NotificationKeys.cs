using TenderHall.Grains.Contracts.Accounts;

namespace TenderHall.Grains.Contracts.Notifications;

/// <summary>Keys of inboxes that belong to a role rather than an organisation: whoever holds the role must act on them.</summary>
public static class NotificationKeys
{
    /// <summary>The roles with an inbox of their own: the centre's reviewers and the provincial government's approvers have no single organisation.</summary>
    public static readonly IReadOnlyList<string> RoleInboxes = [Roles.CentreAdmin, Roles.ProvincialGovernment];

    /// <summary>The inbox of <paramref name="role"/>; organisation ids never contain ':', so the keys cannot meet.</summary>
    public static string Role(string role) => "role:" + role;
}
