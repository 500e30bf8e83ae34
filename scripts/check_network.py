#!/usr/bin/env python3
"""No network, by construction: the check behind scripts/check-network.sh.

To open a network connection, some code has to name a network API: a TCP or
UDP socket, an address lookup, an HTTP client, WinSock, NSURLSession... This
script lists every crate the game is built from (default features, every
target we ship: Linux, Windows, macOS; build scripts and proc macros
included), searches the whole source of each one for those names, and fails
unless every crate that has them is in the reviewed allow list
(.ci/network-allowlist.txt) for exactly those kinds of API, under the
conditions written there (a feature we must not turn on, the only files the
code may be in). Our own crate gets no allowance at all: src/ and build.rs
must not name any network API, nor start another program or open a web page.

Because every crate is searched, a connection could only come from a crate in
the allow list, and each line there says why that crate does not connect
anywhere in Kind Quest. What this cannot see (said in docs/safety.md): system
libraries the game loads at run time (libX11, Speech Dispatcher, graphics
drivers); the runtime check in docs/safety.md covers those.

Standard library only (Python 3.9+), plus `cargo` and GNU `grep`.
Exit status: 0 clean, 1 a crate uses network APIs it is not allowed to,
2 the check itself could not run (no cargo, sources missing, bad allow list).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

# The targets Kind Quest is built for. A crate used only on Android or the web
# is not in the game we ship, so it is not searched.
SHIPPED_TARGETS = [
    "x86_64-unknown-linux-gnu",
    "aarch64-unknown-linux-gnu",
    "x86_64-pc-windows-msvc",
    "x86_64-pc-windows-gnu",
    "x86_64-apple-darwin",
    "aarch64-apple-darwin",
]

# Source files that can end up in the game: Rust, and C/C++/Objective-C that
# build scripts compile.
SOURCE_SUFFIXES = ["rs", "c", "h", "cc", "cpp", "cxx", "hpp", "m", "mm"]

# Every name that opens a connection, looks up a host, or speaks HTTP, by kind.
# An allow-list line names the kinds a crate may have. Words are matched whole
# (`\b`), except the Windows and Apple names that appear inside longer ones
# (`Win32_Networking_WinSock`, `CFSocketCreate`).
API_KINDS: dict[str, list[str]] = {
    "socket": [
        r"\bTcpStream\b", r"\bTcpListener\b", r"\bUdpSocket\b",
        r"\bsocket2\b", r"\b(tokio|mio|async_std|smol)::net\b", r"\basync_net\b",
        r"\b[AP]F_INET6?\b", r"\bsockaddr_in6?\b", r"\bIPPROTO_(TCP|UDP)\b",
        r"\bDomain::IPV[46]\b", r"\bAddressFamily::INET6?\b",
        r"\bWSAStartup\b", r"\bWSASocket[AW]?\b", r"WinSock", r"Networking_Sockets",
        r"Networking::Sockets", r"CFSocket", r"CFStreamCreatePairWithSocketToHost",
        r"\bnw_connection",
    ],
    "dns": [
        r"\bToSocketAddrs\b", r"\bto_socket_addrs\b", r"\bgetaddrinfo\b",
        r"\bgethostbyname\b", r"\blookup_host\b",
    ],
    "http": [
        r"\breqwest\b", r"\bureq\b", r"\bhyper::", r"\bcurl::", r"\bisahc\b",
        r"\bsurf::", r"\battohttpc\b", r"\btungstenite\b", r"WinHttp",
        r"\bInternetOpen[AW]?\b", r"Web_Http", r"Web::Http", r"\bNSURLSession\b",
        r"\bNSURLConnection\b", r"\bCFNetwork\b",
    ],
}
# Our own code may not start another program or open a web page either: a
# browser or a helper program could send what we never would.
OWN_ONLY_KINDS: dict[str, list[str]] = {
    "program": [
        r"\bprocess::Command\b", r"\bCommand::new\b", r"xdg-open", r"\bShellExecute",
        r"\bwebbrowser\b", r"\bopen::that\b", r"\bNSWorkspace\b",
    ],
}


@dataclass(eq=False)  # one object per crate, used as a key
class Crate:
    name: str
    version: str
    dir: Path
    features: set[str] = field(default_factory=set)
    # Every feature the crate has (None when unknown: a hand-written list).
    declared: set[str] | None = None
    # Hits: (kind, path relative to the crate, the matched name).
    hits: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}"


@dataclass
class Allowance:
    name: str
    kinds: set[str]
    features_off: set[str]
    paths: list[str]
    reason: str
    line: int


class CheckError(Exception):
    """The check could not run; never read as a pass."""


def run(cmd: list[str], cwd: Path) -> str:
    try:
        out = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError as e:
        raise CheckError(f"cannot run {cmd[0]}: {e}") from e
    if out.returncode != 0:
        raise CheckError(f"`{' '.join(cmd)}` failed:\n{out.stderr.strip()}")
    return out.stdout


def shipped_crates(root: Path, package: str) -> list[Crate]:
    """Every crate in the game as built: normal and build dependencies with
    default features, for every shipped target, each with its features."""
    targets = [a for t in SHIPPED_TARGETS for a in ("--target", t)]
    tree = run(
        ["cargo", "tree", "--locked", "--offline", "-p", package, "-e", "normal,build",
         *targets, "--prefix", "none", "-f", "{p}\t{f}"],
        root,
    )
    meta = json.loads(run(
        ["cargo", "metadata", "--locked", "--offline", "--format-version", "1"], root))
    dirs = {(p["name"], p["version"]): Path(p["manifest_path"]).parent
            for p in meta["packages"]}
    declared = {(p["name"], p["version"]): set(p["features"]) | {
        d["rename"] or d["name"] for d in p["dependencies"] if d["optional"]}
        for p in meta["packages"]}
    crates: dict[tuple[str, str], Crate] = {}
    for line in tree.splitlines():
        # A crate seen before is printed again with " (*)" after it.
        head, _, feats = line.removesuffix(" (*)").partition("\t")
        m = re.match(r"(\S+) v(\S+)", head)
        if not m:
            continue
        key = (m.group(1), m.group(2))
        if key not in dirs:
            raise CheckError(f"cargo metadata does not know {key[0]} {key[1]}")
        crate = crates.setdefault(key, Crate(key[0], key[1], dirs[key],
                                             declared=declared[key]))
        crate.features |= {f for f in feats.strip().split(",") if f}
    return list(crates.values())


def crates_from_file(path: Path) -> list[Crate]:
    """A crate list written by hand (the self-test): `name version dir [f1,f2]`."""
    crates = []
    for line in path.read_text().splitlines():
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        feats = set(parts[3].split(",")) if len(parts) > 3 else set()
        crates.append(Crate(parts[0], parts[1], Path(parts[2]), feats))
    return crates


def read_allowlist(path: Path) -> dict[str, Allowance]:
    """`name | kinds | conditions | reason`, one crate a line; `#` starts a comment.
    Conditions: `-`, or any of `features-off=a,b` and `paths=dir/,file.rs`."""
    allowed: dict[str, Allowance] = {}
    for n, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 4 or not parts[3]:
            raise CheckError(f"{path}:{n}: expected `name | kinds | conditions | reason`")
        name, kinds, conds, reason = parts
        kind_set = set(kinds.split(","))
        if not kind_set <= API_KINDS.keys():
            raise CheckError(f"{path}:{n}: kinds are {', '.join(API_KINDS)}, not `{kinds}`")
        a = Allowance(name, kind_set, set(), [], reason, n)
        for cond in conds.split():
            key, _, value = cond.partition("=")
            if key == "features-off" and value:
                a.features_off = set(value.split(","))
            elif key == "paths" and value:
                a.paths = value.split(",")
            elif cond != "-":
                raise CheckError(f"{path}:{n}: unknown condition `{cond}`")
        if name in allowed:
            raise CheckError(f"{path}:{n}: {name} is listed twice")
        allowed[name] = a
    return allowed


def scan(roots: dict[Path, Crate], files_of: dict[Crate, list[Path]],
         kinds: dict[str, list[str]]) -> None:
    """Adds to each crate every network API named in its files: grep finds the
    lines (a few seconds for the whole tree), then each line is read here.

    Comment lines (`//`, `///`, `//!`) are skipped: they are never compiled, and
    the docs of serde_json, tracing and others mention `TcpStream` in examples.
    Everything else counts, even an API that is never called: naming it is
    what a crate has to do to use it."""
    targets = [str(p) for paths in files_of.values() for p in paths]
    kind_of = [(kind, re.compile(p)) for kind, pats in kinds.items() for p in pats]
    pattern = "|".join(f"({p})" for pats in kinds.values() for p in pats)
    includes = [f"--include=*.{s}" for s in SOURCE_SUFFIXES]
    # -r: whole crate; -a: a source file with odd bytes is still read; -H -Z -n:
    # the file, a NUL, the line number. The C locale reads bytes as they are (fast).
    cmd = ["grep", "-raHZnE", *includes, "-e", pattern, "--"]
    env = dict(os.environ, LC_ALL="C")
    # Two greps at a time: the machines this runs on have two cores or more.
    chunks = [targets[i::2] for i in range(2)]
    procs = [subprocess.Popen(cmd + c, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=env) for c in chunks if c]
    out = []
    for proc in procs:
        stdout, stderr = proc.communicate()
        if proc.returncode not in (0, 1):  # 1 = nothing found
            raise CheckError(f"grep failed: {stderr.decode(errors='replace').strip()}")
        out.append(stdout.decode(errors="replace"))
    by_dir = {str(r): r for r in roots}
    for line in "".join(out).splitlines():
        file, _, numbered = line.partition("\0")
        number, _, text = numbered.partition(":")
        if text.lstrip().startswith("//"):
            continue
        root = file
        while root not in by_dir:  # the crate: the nearest folder that is one
            root = os.path.dirname(root)
        rel = f"{os.path.relpath(file, root)}"
        for kind, rx in kind_of:
            for m in rx.finditer(text):
                roots[by_dir[root]].hits.append((kind, rel, m.group(0)))


def judge(crate: Crate, allow: Allowance | None) -> list[str]:
    """Why this crate fails the check (empty: it passes)."""
    if not crate.hits:
        return []
    kinds = sorted({k for k, _, _ in crate.hits})
    where = sorted({f for _, f, _ in crate.hits})
    shown = ", ".join(where[:3]) + (f" and {len(where) - 3} more" if len(where) > 3 else "")
    if allow is None:
        return [f"{crate.label}: names {'/'.join(kinds)} APIs ({shown}) and is not in the "
                "allow list. Review it; if it cannot reach the network in Kind Quest, "
                "add a line saying why."]
    problems = []
    extra = set(kinds) - allow.kinds
    if extra:
        problems.append(f"{crate.label}: now names {'/'.join(sorted(extra))} APIs "
                        f"({shown}); the allow list (line {allow.line}) only accepts "
                        f"{'/'.join(sorted(allow.kinds))}.")
    if crate.declared is not None and not allow.features_off <= crate.declared:
        unknown = ", ".join(sorted(allow.features_off - crate.declared))
        problems.append(f"{crate.label}: has no feature {unknown}; the allow list "
                        f"(line {allow.line}) would check nothing. Fix the line.")
    on = allow.features_off & crate.features
    if on:
        problems.append(f"{crate.label}: feature(s) {', '.join(sorted(on))} are enabled; "
                        f"the allow list (line {allow.line}) accepts this crate only "
                        "while they are off, because they turn its network code on.")
    if allow.paths:
        outside = sorted({f for _, f, _ in crate.hits
                          if not any(f == p or f.startswith(p) for p in allow.paths)})
        if outside:
            problems.append(f"{crate.label}: network APIs in {', '.join(outside[:3])}; "
                            f"the allow list (line {allow.line}) accepts them only in "
                            f"{', '.join(allow.paths)}.")
    return problems


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--allowlist", type=Path, default=root / ".ci/network-allowlist.txt")
    ap.add_argument("--crates", type=Path,
                    help="a crate list (`name version dir [features]` per line) "
                         "instead of asking cargo; for the self-test")
    ap.add_argument("--own", type=Path, default=root,
                    help="our own crate: its src/ and build.rs may name no network API")
    ap.add_argument("--package", default="kind-quest")
    ap.add_argument("--verbose", action="store_true", help="every allowed crate and why")
    args = ap.parse_args()

    try:
        allowed = read_allowlist(args.allowlist)
        crates = (crates_from_file(args.crates) if args.crates
                  else shipped_crates(root, args.package))
        own_dir = args.own.resolve()
        own = Crate(args.package, "(ours)", own_dir)
        deps = [c for c in crates if c.dir.resolve() != own_dir]
        for c in deps:
            if not c.dir.is_dir():
                raise CheckError(f"the source of {c.label} is not at {c.dir} "
                                 "(run `cargo fetch --locked`)")
        scan({c.dir.resolve(): c for c in deps}, {c: [c.dir.resolve()] for c in deps},
             API_KINDS)
        own_files = [p for p in (own_dir / "src", own_dir / "build.rs") if p.exists()]
        if not (own_dir / "src").is_dir():
            raise CheckError(f"no src/ in {own_dir}")
        scan({own_dir: own}, {own: own_files}, {**API_KINDS, **OWN_ONLY_KINDS})
    except CheckError as e:
        print(f"check-network: cannot check: {e}", file=sys.stderr)
        return 2

    failures: list[str] = []
    if own.name in allowed:
        failures.append(f"allow list line {allowed[own.name].line}: {own.name} is our own "
                        "crate, which may not name any network API; remove the line.")
    if own.hits:
        for kind, f, found in sorted(set(own.hits)):
            failures.append(f"{own.name} (our own code): {f} names `{found}` ({kind}). "
                            "Kind Quest itself has no network code and starts no other program.")
    flagged = [c for c in deps if c.hits]
    failing = 0
    for c in sorted(flagged, key=lambda c: c.label):
        problems = judge(c, allowed.get(c.name))
        failing += bool(problems)
        failures += problems

    warnings = []
    present = {c.name for c in deps} | {own.name}
    names_with_hits = {c.name for c in flagged}
    for name, a in sorted(allowed.items()):
        if name not in present:
            warnings.append(f"allow list line {a.line}: {name} is no longer in the game; "
                            "remove the line (so it cannot come back unreviewed).")
        elif name not in names_with_hits:
            warnings.append(f"allow list line {a.line}: {name} no longer names any "
                            "network API; the line can go.")

    print(f"check-network: {len(deps)} crates searched ({len(SHIPPED_TARGETS)} targets, "
          f"default features), {len(flagged)} name network APIs, "
          f"{len(flagged) - failing} of them allowed; "
          f"our own code: {'CLEAN' if not own.hits else 'NETWORK CODE FOUND'}")
    if args.verbose:
        for c in sorted(flagged, key=lambda c: c.label):
            a = allowed.get(c.name)
            kinds = "/".join(sorted({k for k, _, _ in c.hits}))
            print(f"  {c.label:32} {kinds:16} {a.reason if a else 'NOT ALLOWED'}")
    for w in warnings:
        print(f"check-network: warning: {w}")
    for f in failures:
        print(f"check-network: FAIL: {f}")
    if failures:
        print(f"check-network: {len(failures)} problem(s); nothing may reach the network "
              "without a reviewed reason (.ci/network-allowlist.txt).")
        return 1
    print("check-network: OK, no crate can reach the network without a reviewed reason")
    return 0


if __name__ == "__main__":
    sys.exit(main())
