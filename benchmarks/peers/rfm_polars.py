#!/usr/bin/env python3
"""RFM with NTILE quintiles in polars (lazy scan, group_by), the definitions of rfm.sql.

Usage: rfm_polars.py INPUT.csv OUTPUT.csv
"""
import sys

import polars as pl


def ntile(col, n=5):
    # NTILE over (value, customer id): rank 0..N-1, the first N % n buckets one row larger.
    rank = pl.struct([col, "customer_id"]).rank("ordinal") - 1
    size = pl.len()
    base = size // n
    extra = size % n
    big = extra * (base + 1)
    return (
        pl.when(rank < big)
        .then(rank // (base + 1))
        .otherwise(extra + (rank - big) // pl.max_horizontal(base, 1))
        + 1
    )


def main():
    src, out = sys.argv[1], sys.argv[2]
    agg = (
        pl.scan_csv(src, schema={"customer_id": pl.String, "timestamp": pl.Datetime("us"),
                                 "amount": pl.Decimal(18, 2)})
        .group_by("customer_id")
        .agg(pl.col("timestamp").max().alias("last_purchase"), pl.len().alias("frequency"),
             pl.col("amount").sum().alias("monetary"))
    )
    d = agg.with_columns(
        ((pl.col("last_purchase").max().dt.date() + pl.duration(days=1))
         - pl.col("last_purchase").dt.date()).dt.total_days().alias("recency_days")
    )
    scored = d.with_columns(
        (6 - ntile("recency_days")).alias("r"), ntile("frequency").alias("f"),
        ntile("monetary").alias("m"))
    rules = [
        ("Champions", 5, 5, 5, 5, 5, 5), ("Potential Loyalist", 3, 5, 3, 5, 2, 5),
        ("Loyal Customers", 2, 4, 2, 4, 2, 4), ("Promising", 3, 4, 1, 3, 3, 5),
        ("New Customers", 4, 5, 1, 3, 1, 5), ("Can't Lose Them", 1, 2, 3, 4, 4, 5),
        ("At Risk", 1, 2, 2, 5, 4, 5), ("Need Attention", 1, 3, 3, 5, 3, 5),
        ("About To Sleep", 2, 3, 1, 3, 1, 4), ("Lost", 1, 1, 1, 5, 1, 5),
    ]
    seg = pl.lit("Others")
    for name, r0, r1, f0, f1, m0, m1 in reversed(rules):
        seg = pl.when(pl.col("r").is_between(r0, r1) & pl.col("f").is_between(f0, f1)
                      & pl.col("m").is_between(m0, m1)).then(pl.lit(name)).otherwise(seg)
    (scored.with_columns(seg.alias("segment"))
     .select("customer_id", "recency_days", "frequency", "monetary", "r", "f", "m", "segment")
     .sink_csv(out))


if __name__ == "__main__":
    main()
