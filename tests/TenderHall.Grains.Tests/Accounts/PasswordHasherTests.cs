using TenderHall.Grains.Accounts;

namespace TenderHall.Grains.Tests.Accounts;

public sealed class PasswordHasherTests
{
    [Fact]
    public void The_right_password_verifies_and_a_wrong_one_does_not()
    {
        var hash = PasswordHasher.Hash("demo1234");
        Assert.True(PasswordHasher.Verify("demo1234", hash));
        Assert.False(PasswordHasher.Verify("demo1235", hash));
        Assert.False(PasswordHasher.Verify("demo1234", "md5$x"));
    }

    [Fact]
    public void Equal_passwords_get_different_salts() =>
        Assert.NotEqual(PasswordHasher.Hash("same"), PasswordHasher.Hash("same"));
}
