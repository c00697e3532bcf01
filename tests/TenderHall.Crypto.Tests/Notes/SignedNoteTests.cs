using System.Text;
using TenderHall.Crypto.Merkle;
using TenderHall.Crypto.Notes;
using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.Tests.Notes;

public sealed class SignedNoteTests
{
    [Fact]
    public void C2sp_example_note_parses_verifies_and_formats_back_byte_for_byte()
    {
        var v = TestVectors.Load("c2sp-signed-note.json");
        var verifier = NoteVerifier.Parse(v.Text("vkey"));
        Assert.Equal(v.Text("key_name"), verifier.Name);
        Assert.Equal(v.Hex("key_id_hex"), verifier.KeyHash);

        var note = SignedNote.Parse(v.Text("signed_note"));
        Assert.Equal(v.Text("note_text"), note.Text);
        Assert.Equal(v.Hex("signature_hex"), note.Signatures.Single().Signature);
        Assert.True(note.IsSignedBy(verifier));
        Assert.Equal(v.Text("signed_note"), note.Format());
    }

    [Fact]
    public void Altered_note_text_does_not_verify()
    {
        var v = TestVectors.Load("c2sp-signed-note.json");
        var verifier = NoteVerifier.Parse(v.Text("vkey"));
        var altered = SignedNote.Parse(v.Text("signed_note").Replace("example", "exemple", StringComparison.Ordinal));
        Assert.False(altered.IsSignedBy(verifier));
    }

    [Fact]
    public void Verifier_key_with_a_wrong_hash_is_refused()
    {
        var vkey = TestVectors.Load("c2sp-signed-note.json").Text("vkey").Replace("+530d903a+", "+530d903b+", StringComparison.Ordinal);
        Assert.Throws<CryptographicFormatException>(() => NoteVerifier.Parse(vkey));
    }

    [Fact]
    public void Signed_checkpoint_round_trips_and_verifies_with_the_published_verifier_key()
    {
        using var key = SignatureKey.Generate(SignatureAlgorithm.Ed25519);
        var signer = new NoteSigner("tenderhall.example/log", key);
        var log = new MerkleLog();
        for (var i = 0; i < 10; i++)
            log.Append(MerkleHash.Leaf(Encoding.UTF8.GetBytes($"event {i}")));
        var checkpoint = new Checkpoint("tenderhall.example/log", log.Size, log.Root());

        var wire = SignedNote.Sign(checkpoint.Format(), signer).Format();

        var note = SignedNote.Parse(wire);
        Assert.True(note.IsSignedBy(NoteVerifier.Parse(signer.VerifierKey)));
        var parsed = Checkpoint.Parse(note.Text);
        Assert.Equal((checkpoint.Origin, checkpoint.Size), (parsed.Origin, parsed.Size));
        Assert.Equal(checkpoint.RootHash, parsed.RootHash);
        Assert.StartsWith("tenderhall.example/log\n10\n", wire, StringComparison.Ordinal);
        Assert.Contains("\n\n\u2014 tenderhall.example/log ", wire, StringComparison.Ordinal);
    }

    [Fact]
    public void Checkpoint_with_extension_lines_formats_and_parses()
    {
        var checkpoint = new Checkpoint("o", 5, new byte[32], ["ext one"]);
        var parsed = Checkpoint.Parse(checkpoint.Format());
        Assert.Equal(["ext one"], parsed.Extensions);
        Assert.Throws<CryptographicFormatException>(() => Checkpoint.Parse("o\n05\n" + Convert.ToBase64String(new byte[32]) + "\n"));
    }
}
