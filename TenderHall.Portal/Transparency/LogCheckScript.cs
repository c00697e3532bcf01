namespace TenderHall.Portal.Transparency;

/// <summary>
/// The transparency-log checks every in-browser verification shares, over the primitives of
/// <see cref="Experts.DrawCheckScript"/> (which must come first): C2SP signed notes and checkpoints signed with the log's
/// Ed25519 key, and RFC 9162 inclusion and consistency proofs (the loops of TenderHall.Crypto.Merkle.MerkleVerifier), as
/// the global <c>logCheck</c>.
/// </summary>
public static class LogCheckScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = """
        const logCheck = (() => {
          const c = drawCheck;
          const node = (left, right) => c.sha256(c.concat(Uint8Array.of(1), left, right));
          const leafHash = leaf => c.sha256(c.concat(Uint8Array.of(0), leaf));

          // RFC 9162 §2.1.3.2: the leaf is at index in the tree of the given size and root.
          const included = async (leaf, index, size, proof, root) => {
            if (index < 0n || index >= size) return false;
            let fn = index, sn = size - 1n, r = await leafHash(leaf);
            for (const p of proof) {
              if (sn === 0n || p.length !== 32) return false;
              if ((fn & 1n) === 1n || fn === sn) {
                r = await node(p, r);
                while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
              } else r = await node(r, p);
              fn >>= 1n; sn >>= 1n;
            }
            return sn === 0n && c.same(r, root);
          };

          // RFC 9162 §2.1.4.2: the tree of newSize entries extends the tree of oldSize entries.
          const consistent = async (oldSize, newSize, oldRoot, newRoot, proof) => {
            if (oldSize < 0n || oldSize > newSize) return false;
            if (oldSize === newSize) return proof.length === 0 && c.same(oldRoot, newRoot);
            if (oldSize === 0n) return proof.length === 0;
            if (proof.length === 0 || proof.some(p => p.length !== 32)) return false;
            const path = (oldSize & (oldSize - 1n)) === 0n ? [oldRoot, ...proof] : proof;
            let fn = oldSize - 1n, sn = newSize - 1n;
            while ((fn & 1n) === 1n) { fn >>= 1n; sn >>= 1n; }
            let fr = path[0], sr = path[0];
            for (const p of path.slice(1)) {
              if (sn === 0n) return false;
              if ((fn & 1n) === 1n || fn === sn) {
                fr = await node(p, fr); sr = await node(p, sr);
                while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
              } else sr = await node(sr, p);
              fn >>= 1n; sn >>= 1n;
            }
            return sn === 0n && c.same(fr, oldRoot) && c.same(sr, newRoot);
          };

          // C2SP signed note: "— name base64(keyhash4 || Ed25519 signature)" lines over the text before the blank line.
          // The verifier key is "name+hash+base64(0x01 || key)"; the base64 may itself hold '+', so only the first two separate.
          const openNote = async (note, verifierKey) => {
            const first = verifierKey.indexOf('+'), second = verifierKey.indexOf('+', first + 1);
            const [name, keyHash, key] = [verifierKey.slice(0, first), verifierKey.slice(first + 1, second), verifierKey.slice(second + 1)];
            const raw = c.unb64(key);
            if (raw.length !== 33 || raw[0] !== 1) throw new Error('the log key is not an Ed25519 verifier key');
            const publicKey = raw.slice(1);
            const computed = (await c.sha256(c.concat(c.utf8(name + '\n'), raw))).slice(0, 4);
            if (c.hex(computed) !== keyHash) throw new Error("the log key's hash does not match its name and key");
            const split = note.lastIndexOf('\n\n');
            if (split < 0 || !note.endsWith('\n')) throw new Error('it is not a signed note');
            const text = note.slice(0, split + 1);
            let signed = false;
            for (const line of note.slice(split + 2, -1).split('\n')) {
              const [who, sig] = line.replace(/^\u2014 /, '').split(' ');
              let bytes;
              try { bytes = c.unb64(sig || ''); } catch { continue; }
              if (who === name && bytes.length === 68 && c.same(bytes.slice(0, 4), computed) && await c.ed25519Verify(publicKey, c.utf8(text), bytes.slice(4))) signed = true;
            }
            if (!signed) throw new Error(`it is not signed by the key of log '${name}'`);
            return { name, text };
          };
          // A C2SP checkpoint: origin, size, base64 root, in a note signed by the log key.
          const openCheckpoint = async (note, verifierKey) => {
            const { name, text } = await openNote(note, verifierKey);
            const lines = text.split('\n');
            if (lines[0] !== name) throw new Error(`the checkpoint is for log '${lines[0]}', not '${name}'`);
            if (!/^(0|[1-9][0-9]*)$/.test(lines[1] || '')) throw new Error('the checkpoint has no tree size');
            const root = c.unb64(lines[2] || '');
            if (root.length !== 32) throw new Error('the checkpoint has no root hash');
            return { size: BigInt(lines[1]), root };
          };

          return { leafHash, included, consistent, openNote, openCheckpoint };
        })();

        """;
}
