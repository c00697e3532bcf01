#!/usr/bin/env python3
"""Splits a sampled thread-time trace of one intake surge (eng/profile-intake.sh, converted with
`dotnet-trace convert surge.nettrace --format speedscope`) into where the threads were busy: on the CPU, or blocked in a
system call (fsync, open, SQLite's own I/O), leaving out threads that only waited (idle pool workers, the socket event
loop, timers). Each busy interval counts once, in the first category whose frames its stack holds.
Usage: eng/profile-breakdown.py surge.speedscope.json
"""
import json, collections, sys
d=json.load(open(sys.argv[1]))
frames=[f['name'] for f in d['shared']['frames']]
waits=('WaitOneNoCheck','WaitForSignal','Monitor.Wait','WaitHandle.WaitOne','Watcher!Interop+Sys.Read','Console!Interop','Thread.Sleep','WaitForSocketEvents','LowLevelLifoSemaphore','SocketAsyncEngine.EventLoop')
cats=[('key import and release (OpenSSL EVP_PKEY)',('SafeEvpPKeyHandle.ReleaseHandle','EcKeyCreateByKeyParameters','SignatureVerifier.Import','ECDsa.Create','P256.Import')),
 ('blob store: directory fsync',('DirectorySync.Flush',)),
 ('blob store: file write, fsync, open, rename, unlink',('FileBlobStore','Interop+Sys.FSync','Interop+Sys.Unlink','Interop+Sys.Open','Interop+Sys.Rename','RandomAccess')),
 ('SQLite grain state and journal writes (ADO.NET provider)',('Sqlite','AdoNetGrainStorage','RelationalStorage')),
 ('signature verification and signing',('VerifyHashCore','SignHash','Ecdsa','Sm2','Ed25519','SignatureVerifier')),
 ('HTTP server (Kestrel) and client (benchmark)',('Kestrel','System.Net.Http','Sockets')),
 ('JSON',('System.Text.Json',)),
 ('Orleans messaging and scheduling',('Orleans.',)),
]
tot=collections.Counter(); B=0; cpu=0
for p in d['profiles']:
    stack=[]; last=None
    for e in p['events']:
        t=e['at']
        if last is not None and len(stack)>1 and t>last:
            w=t-last
            pseudo=frames[stack[-1]]; names=[frames[i] for i in stack[:-1]]
            leaf=names[-1]
            if not any(x in n for n in names[-3:] for x in waits) and not any('SocketAsyncEngine.EventLoop' in n for n in names):
                B+=w
                if pseudo=='CPU_TIME': cpu+=w
                for label,keys in cats:
                    if any(k in n for n in names for k in keys):
                        tot[label]+=w; break
                else: tot['other']+=w
        last=t
        if e['type']=='O': stack.append(e['frame'])
        elif stack: stack.pop()
print(f"busy thread-ms {B:.0f} (managed CPU {cpu:.0f})")
for label,w in tot.most_common(): print(f"{100*w/B:5.1f}%  {w:6.0f} ms  {label}")
