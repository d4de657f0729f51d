#!/usr/bin/env python3
"""What the written import's statements cost SQLite alone, without the API: the floor under bench/run.sh's
"CSV import ... written in one transaction" row.

On a copy of the bench database it does, in one transaction, what a 5,000-row import (half updates, half new)
writes: 2,500 NGOs updated in every column (a longer description, as the bench's file has), 2,500 inserted
with 4 work areas, 4 support areas and 4 target groups each, an audit entry a row, then the commit (a smaller
directory gives half its NGOs to each side). Python's sqlite3 with
prepared statements (executemany) and nothing else: no parsing, validation, change tracking or read model.
Prints one line: seconds and rows/s. Usage: import-floor.py DATABASE
"""
import json, random, shutil, sqlite3, sys, tempfile, time, uuid, os

source = sys.argv[1]
copy = os.path.join(tempfile.mkdtemp(), "floor.db")
with sqlite3.connect(source) as live, sqlite3.connect(copy) as target:
    live.backup(target)  # a consistent copy while the API holds the database
db = sqlite3.connect(copy, isolation_level=None)
db.execute("pragma journal_mode=wal")
columns = [r[1] for r in db.execute("pragma table_info(Ngos)")]
rows = db.execute("select * from Ngos order by random() limit 5000").fetchall()
links = {t: [r[1] for r in db.execute(f"select * from {t} limit 5000")] for t in ["NgoWorkAreas", "NgoSupportAreas", "NgoTargetGroups"]}
position = db.execute("select coalesce(max(Position), 0) from AuditEntries").fetchone()[0]
description, slug, number, updated = (columns.index(c) for c in ["DescriptionLv", "Slug", "RegistrationNumber", "UpdatedAt"])
half = len(rows) // 2
now = time.strftime("%Y-%m-%d %H:%M:%S")

updates = []
for row in rows[:half]:
    row = list(row)
    row[description], row[updated] = row[description] + " Atjaunots.", now
    updates.append(tuple(row[1:]) + (row[0],))
created = []
for i, row in enumerate(rows[half:2 * half]):
    row = list(row)
    row[0], row[slug], row[number] = str(uuid.uuid4()).upper(), f"floor-{i}", f"F{i:010d}"
    created.append(tuple(row))
created.sort()
changes = json.dumps({"name": {"from": None, "to": "x" * 60}, "descriptionLv": {"from": None, "to": "y" * 400}})

started = time.perf_counter()
db.execute("begin")
assignments = ", ".join(f'"{c}" = ?' for c in columns[1:])
db.executemany(f"update Ngos set {assignments} where Id = ?", updates)
db.executemany(f"insert into Ngos values ({', '.join('?' * len(columns))})", created)
for table, values in links.items():
    db.executemany(f"insert or ignore into {table} values (?, ?)", [(row[0], random.choice(values)) for row in created for _ in range(4)])
db.executemany("insert into AuditEntries (EntityType, EntityId, Action, Actor, At, Changes, Position, Public) values (?, ?, ?, ?, ?, ?, ?, ?)",
               [("ngo", row[0] if i < half else row[-1], "Create" if i < half else "Update", "floor", now, changes, position + 1 + i, 1)
                for i, row in enumerate(created + updates)])
db.execute("commit")
seconds = time.perf_counter() - started
db.close()
shutil.rmtree(os.path.dirname(copy))
print(f"{seconds:.2f} {2 * half / seconds:.0f} {2 * half}")
