namespace TenderHall.Crypto;

/// <summary>Creates files that hold secrets (signing keys, demo private keys) readable and writable by the owner only.</summary>
public static class OwnerOnlyFile
{
    /// <summary>Creates <paramref name="path"/> (failing if it exists when <paramref name="mode"/> is CreateNew).</summary>
    public static FileStream Create(string path, FileMode mode = FileMode.Create)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return new FileStream(path, options);
    }
}
