using TenderHall.Crypto;
using TenderHall.Crypto.Notes;

namespace TenderHall.Verifier;

/// <summary>Opens signed checkpoints: the note must be signed by the log's key and name that log as origin.</summary>
public static class SignedCheckpoints
{
    /// <summary>The log key from a C2SP vkey string (or <c>@file</c>).</summary>
    public static NoteVerifier Key(Arguments args)
    {
        try
        {
            return NoteVerifier.Parse(Arguments.Read(args.Required("key")).Trim());
        }
        catch (CryptographicFormatException e)
        {
            throw new UsageException($"--key is not a log verifier key (name+hash+base64): {e.Message}");
        }
    }

    /// <summary>The checkpoint in <paramref name="noteText"/> when <paramref name="key"/> signed it; otherwise why not.</summary>
    public static (Checkpoint? Checkpoint, Verdict? Failure) Open(string noteText, NoteVerifier key, string what)
    {
        try
        {
            var note = SignedNote.Parse(noteText);
            if (!note.IsSignedBy(key))
                return (null, Verdict.Fail($"NOT VERIFIED: the {what} is not signed by the key of log '{key.Name}'."));
            var checkpoint = Checkpoint.Parse(note.Text);
            if (checkpoint.Origin != key.Name)
                return (null, Verdict.Fail($"NOT VERIFIED: the {what} is for log '{checkpoint.Origin}', not '{key.Name}'."));
            return (checkpoint, null);
        }
        catch (CryptographicFormatException e)
        {
            return (null, Verdict.Fail($"NOT VERIFIED: the {what} is not a signed checkpoint ({e.Message})."));
        }
    }
}
