#!/usr/bin/env python3
"""Writes the benchmark inputs: a staff CSV naming account IDs, and the
transfer scenario (1,000 users who sit in 50 group chats each)."""
import sys


def staff_csv(path, rows, first_id):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("name,account_id\n")
        for i in range(rows):
            f.write(f"Staff member {i},{first_id + i}\n")


def transfer_toml(path, users, chats):
    out = []
    for slug, seats in (("src", users + 10), ("dst", users + 10)):
        out.append(f'[[org]]\nslug = "{slug}"\nname = "{slug}"\nplan = "business"\nseats = {seats}\n')
    out.append('[[account]]\nemail = "s0@src.example"\nname = "s0"\norg = "src"\nrole = "admin"\n')
    out.append('[[account]]\nemail = "d0@dst.example"\nname = "d0"\norg = "dst"\nrole = "admin"\n')
    for i in range(users):
        out.append(f'[[account]]\nemail = "u{i}@src.example"\nname = "u{i}"\norg = "src"\n')
    members = ", ".join(f'"u{i}@src.example"' for i in range(users))
    for c in range(chats):
        out.append(f'[[group]]\nname = "Chat {c}"\nadmins = ["s0@src.example"]\nmembers = [{members}]\n')
        out.append(f'[[message]]\nchat = "Chat {c}"\nfrom = "u{c}@src.example"\nbody = "hello"\n')
        out.append(f'[[file]]\nchat = "Chat {c}"\nuploader = "u{c}@src.example"\nname = "f{c}.pdf"\nsize = 1000\n')
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    what = sys.argv[1]
    if what == "staff":
        staff_csv(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif what == "transfer":
        transfer_toml(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        sys.exit(f"unknown input {what}")
