#!/usr/bin/env python3
"""The peer of `crmkit clv fit|predict` for the whole-process comparison (clv_compare.sh).

A vectorised NumPy/SciPy implementation of what lifetimes 0.11.3 does for BG/NBD and Gamma-Gamma
(lifetimes itself is not served by the package registry here), written for this comparison:

- fit: the BG/NBD log-likelihood of Fader, Hardie and Lee (2005) over every row (lifetimes does not
  group repeated summaries), times scaled by 10 / max(T) as lifetimes' _scale_time does, minimised
  over log-parameters by scipy.optimize.minimize with the gradient (BFGS, tol 1e-7), as lifetimes'
  _fit does with autograd's value_and_grad; Gamma-Gamma likewise over the repeat buyers;
- predict: P(alive) and the conditional expected purchases over the horizon with the closed form in
  Gauss's hypergeometric function (scipy.special.hyp2f1, as lifetimes), the Gamma-Gamma expected
  spend, and a lifetime value with crmkit's definition (weekly steps, each discounted to its end at
  a yearly rate over 365.25-day years) so that the two outputs can be compared number for number.

Usage:
  clv_numpy.py fit SUMMARY.csv          (BG/NBD only, as `crmkit clv fit` without --spend)
  clv_numpy.py predict SUMMARY.csv HORIZON_WEEKS DISCOUNT_RATE OUT.csv [FIT.json]
(with FIT.json, crmkit's fit with --spend gamma-gamma, the peer predicts from those parameters)
Input columns: customer_id,x,t_x,T,zbar (weeks). Output: the fitted parameters as JSON (fit), or
CSV customer_id,x,t_x,T,p_alive,expected_purchases,expected_spend,clv (predict).
"""
import json
import sys

import numpy as np
from scipy.optimize import minimize
from scipy.special import betaln, digamma, gammaln, hyp2f1


def read(path):
    # pandas' C parser, as a lifetimes user reads a summary (lifetimes takes pandas Series); NumPy's
    # slower loadtxt where pandas is not installed.
    try:
        import pandas as pd
    except ImportError:
        ids = np.loadtxt(path, delimiter=",", skiprows=1, usecols=0, dtype=str)
        cols = np.loadtxt(path, delimiter=",", skiprows=1, usecols=(1, 2, 3, 4))
        return ids, cols[:, 0], cols[:, 1], cols[:, 2], cols[:, 3]
    df = pd.read_csv(path, dtype={"customer_id": str})
    return (
        df["customer_id"].to_numpy(),
        df["x"].to_numpy(dtype=float),
        df["t_x"].to_numpy(dtype=float),
        df["T"].to_numpy(dtype=float),
        df["zbar"].to_numpy(dtype=float),
    )


def bgnbd_nll(log_params, x, tx, t):
    r, alpha, a, b = np.exp(log_params)
    ln_a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    ln_a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    ln_a3 = -(r + x) * np.log(alpha + t)
    ln_a4 = np.where(
        x > 0,
        np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + tx),
        -np.inf,
    )
    m = np.maximum(ln_a3, ln_a4)
    e3 = np.exp(ln_a3 - m)
    e4 = np.exp(ln_a4 - m)
    s = e3 + e4
    ll = ln_a1 + ln_a2 + m + np.log(s)
    w3 = e3 / s
    w4 = e4 / s
    lat = np.log(alpha + t)
    latx = np.log(alpha + tx)
    g_r = digamma(r + x) - digamma(r) + np.log(alpha) - w3 * lat - w4 * latx
    g_alpha = r / alpha - (r + x) * (w3 / (alpha + t) + w4 / (alpha + tx))
    g_a = digamma(a + b) - digamma(a + b + x) + w4 / a
    g_b = (
        digamma(a + b)
        + digamma(b + x)
        - digamma(b)
        - digamma(a + b + x)
        - w4 / np.maximum(b + x - 1, 1e-300)
    )
    grad = -np.array(
        [g_r.sum() * r, g_alpha.sum() * alpha, g_a.sum() * a, g_b.sum() * b]
    )
    return -ll.sum(), grad


def gamma_gamma_nll(log_params, x, m):
    p, q, g = np.exp(log_params)
    px = p * x
    ll = (
        gammaln(px + q)
        - gammaln(px)
        - gammaln(q)
        + q * np.log(g)
        + (px - 1) * np.log(m)
        + px * np.log(x)
        - (px + q) * np.log(g + m * x)
    )
    lgmx = np.log(g + m * x)
    d_p = x * (digamma(px + q) - digamma(px) + np.log(m) + np.log(x) - lgmx)
    d_q = digamma(px + q) - digamma(q) + np.log(g) - lgmx
    d_g = q / g - (px + q) / (g + m * x)
    grad = -np.array([d_p.sum() * p, d_q.sum() * q, d_g.sum() * g])
    return -ll.sum(), grad


def fit_bgnbd(x, tx, t):
    scale = 10.0 / t.max()
    res = minimize(
        bgnbd_nll, np.zeros(4), args=(x, tx * scale, t * scale), jac=True, tol=1e-7
    )
    r, alpha, a, b = np.exp(res.x)
    return r, alpha / scale, a, b


def fit(x, tx, t, zbar):
    r, alpha, a, b = fit_bgnbd(x, tx, t)
    rep = x > 0
    gg = minimize(gamma_gamma_nll, np.zeros(3), args=(x[rep], zbar[rep]), jac=True, tol=1e-7)
    p, q, g = np.exp(gg.x)
    return (r, alpha, a, b), (p, q, g)


def p_alive(params, x, tx, t):
    r, alpha, a, b = params
    log_div = (r + x) * np.log((alpha + t) / (alpha + tx)) + np.log(a / (b + np.maximum(x, 1) - 1))
    return np.where(x == 0, 1.0, 1.0 / (1.0 + np.exp(log_div)))


def conditional_expected(params, horizon, x, tx, t):
    r, alpha, a, b = params
    hyp_term = hyp2f1(r + x, b + x, a + b + x - 1, horizon / (alpha + t + horizon))
    first = (a + b + x - 1) / (a - 1)
    second = 1 - hyp_term * ((alpha + t) / (alpha + t + horizon)) ** (r + x)
    numerator = first * second
    denominator = 1 + (x > 0) * (a / (b + x - 1)) * ((alpha + t) / (alpha + tx)) ** (r + x)
    return numerator / denominator


def predict(path, horizon, rate, out, given=None):
    ids, x, tx, t, zbar = read(path)
    if given is None:
        params, (p, q, g) = fit(x, tx, t, zbar)
    else:
        params = (given["r"], given["alpha"], given["a"], given["b"])
        p, q, g = given["p"], given["q"], given["gamma"]
    alive = p_alive(params, x, tx, t)
    expected = conditional_expected(params, horizon, x, tx, t)
    spend = ((g + x * zbar) * p) / (p * x + q - 1)
    value = np.zeros_like(x)
    previous = np.zeros_like(x)
    steps = int(np.ceil(horizon))
    for i in range(1, steps + 1):
        at = min(i, horizon)
        e = conditional_expected(params, at, x, tx, t)
        factor = np.exp(-np.log1p(rate) * at * 7.0 / 365.25)
        value += (e - previous) * factor
        previous = e
    value *= spend
    with open(out, "w", encoding="utf-8") as f:
        f.write("customer_id,x,t_x,T,p_alive,expected_purchases,expected_spend,clv\n")
        for row in zip(
            ids.tolist(),
            x.astype(np.int64).tolist(),
            tx.tolist(),
            t.tolist(),
            alive.tolist(),
            expected.tolist(),
            spend.tolist(),
            value.tolist(),
        ):
            f.write("%s,%d,%r,%r,%.17g,%.17g,%.17g,%.17g\n" % row)


def main():
    if sys.argv[1] == "fit":
        ids, x, tx, t, zbar = read(sys.argv[2])
        r, alpha, a, b = fit_bgnbd(x, tx, t)
        print(json.dumps({"r": r, "alpha": alpha, "a": a, "b": b}))
    else:
        given = None
        if len(sys.argv) > 6:
            # A fit's parameters (`crmkit clv fit --spend gamma-gamma --format json`), to compare
            # the formulas on the same parameters.
            doc = json.load(open(sys.argv[6], encoding="utf-8"))
            given = dict(doc["parameters"])
            given.update(doc["spend"]["parameters"])
        predict(sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), sys.argv[5], given)


if __name__ == "__main__":
    main()
