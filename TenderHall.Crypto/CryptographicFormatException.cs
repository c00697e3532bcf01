using System.Security.Cryptography;

namespace TenderHall.Crypto;

/// <summary>Thrown when a key, signature, share or encoded structure is malformed.</summary>
public sealed class CryptographicFormatException : CryptographicException
{
    /// <summary>Creates the exception with a message that says what is wrong.</summary>
    public CryptographicFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception wrapping the underlying failure.</summary>
    public CryptographicFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public CryptographicFormatException()
    {
    }
}
