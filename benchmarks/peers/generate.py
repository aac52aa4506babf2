#!/usr/bin/env python3
"""Writes the purchase files of the RFM peer comparison (rfm_compare.sh), standard library only.

Usage: generate.py OUT_DIR [ROWS] [CUSTOMERS] [SEED]

Writes OUT_DIR/grouped.csv (rows grouped by customer, in time order within each) and
OUT_DIR/time-ordered.csv (the same rows in time order, as a transaction export is), both with the
header customer_id,timestamp,amount. Customers are c0000001.. with purchase counts drawn from a
geometric-like law (mean ROWS / CUSTOMERS, every customer at least one), timestamps local date-times
(yyyy-MM-ddTHH:mm:ss) over 2024-2025, amounts with two decimals between 1.00 and 500.00 (heavy
tail). Seeded: the same arguments give byte-identical files.
"""
import datetime
import os
import random
import sys


def main():
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 5_000_000
    customers = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 16
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    # Every customer buys once; the other rows go to customers drawn with a skew (some buy often).
    counts = [1] * customers
    for _ in range(rows - customers):
        k = int(customers * rng.random() ** 1.6)
        counts[min(k, customers - 1)] += 1
    epoch = datetime.datetime(1970, 1, 1)
    start = int((datetime.datetime(2024, 1, 1) - epoch).total_seconds())
    span = 2 * 365 * 86400
    table = []
    for c in range(customers):
        cid = "c%07d" % (c + 1)
        for _ in range(counts[c]):
            t = start + rng.randrange(span)
            cents = 100 + int(49_900 * rng.random() ** 3)
            table.append((t, cid, cents))
    table.sort(key=lambda r: (r[1], r[0]))
    write(os.path.join(out, "grouped.csv"), table)
    table.sort(key=lambda r: (r[0], r[1]))
    write(os.path.join(out, "time-ordered.csv"), table)


def write(path, table):
    epoch = datetime.datetime(1970, 1, 1)
    with open(path, "w", newline="") as f:
        f.write("customer_id,timestamp,amount\n")
        lines = []
        for t, cid, cents in table:
            lines.append("%s,%s,%d.%02d\n" % (cid, (epoch + datetime.timedelta(seconds=t)).strftime("%Y-%m-%dT%H:%M:%S"), cents // 100, cents % 100))
            if len(lines) == 100_000:
                f.write("".join(lines))
                lines = []
        f.write("".join(lines))


if __name__ == "__main__":
    main()
