#!/usr/bin/env python3
"""Writes a BG/NBD summary file for the whole-process comparison (clv_compare.sh).

Usage: clv_generate.py OUT.csv [CUSTOMERS] [SEED]

Customers are drawn from BG/NBD (r 0.25, alpha 4, a 0.8, b 2.5 per week) with ages of 52 to 104
weeks; recency and age are rounded to whole days (as purchase dates give them) and written in
weeks, with a mean repeat spend (zbar) drawn around 35 for repeat buyers. Columns:
customer_id,x,t_x,T,zbar. Pure NumPy, seeded: the same arguments give the same file.
"""
import sys

import numpy as np


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    rng = np.random.default_rng(seed)
    r, alpha, a, b = 0.25, 4.0, 0.8, 2.5
    age_days = rng.integers(364, 729, n)
    age = age_days / 7.0
    lam = rng.gamma(r, 1.0 / alpha, n)
    p = rng.beta(a, b, n)
    x = np.zeros(n, dtype=np.int64)
    tx = np.zeros(n)
    t = np.zeros(n)
    alive = np.ones(n, dtype=bool)
    # Purchase by purchase for every customer still buying: exponential gaps, death after each.
    while alive.any():
        idx = np.nonzero(alive)[0]
        gap = rng.exponential(1.0 / np.maximum(lam[idx], 1e-300))
        t_new = t[idx] + gap
        inside = t_new <= age[idx]
        done = idx[~inside]
        alive[done] = False
        buy = idx[inside]
        t[buy] = t_new[inside]
        x[buy] += 1
        tx[buy] = t[buy]
        dies = rng.random(buy.size) < p[buy]
        alive[buy[dies]] = False
    tx_days = np.where(x > 0, np.minimum(age_days, np.maximum(1, np.ceil(tx * 7))), 0)
    zbar = np.where(x > 0, np.round(rng.gamma(6.0, 35.0 / 6.0, n), 2), 0.0)
    with open(out, "w", encoding="utf-8") as f:
        f.write("customer_id,x,t_x,T,zbar\n")
        for i, xi, txd, ad, z in zip(
            range(1, n + 1), x.tolist(), tx_days.tolist(), age_days.tolist(), zbar.tolist()
        ):
            f.write(f"c{i},{xi},{txd / 7.0!r},{ad / 7.0!r},{z:.2f}\n")

if __name__ == "__main__":
    main()
