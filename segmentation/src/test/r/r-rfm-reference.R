# Produces r-rfm-0.3.0-reference.csv, the reference scores RfmRPackageCompatibilityTest checks.
#
# The scoring below restates, in base R, what R package rfm 0.3.0 does in rfm_prep_bins(): breaks are
# quantile(x, seq(0, 1, length.out = bins + 1)) (type 7) without the first and last, plus 1; bin i is
# [lower_i, upper_i) with lower = c(min(x), breaks) and upper = c(breaks, max(x) + 1); recency scores
# are reversed. Run with: Rscript r-rfm-reference.R > ../resources/io/github/crmkit/segmentation/rfm/r-rfm-0.3.0-reference.csv
set.seed(20261122)
n <- 997
recency <- c(sample(0:700, n - 7, replace = TRUE), rep(3L, 7))
transactions <- pmax(1L, rpois(n, 3) + rbinom(n, 1, 0.1) * rpois(n, 12))
# Amounts go through their printed form, so R and Java score exactly the same doubles.
amount <- as.numeric(sprintf("%.2f", rlnorm(n, meanlog = 4, sdlog = 1.1) * transactions / 2))
bins <- function(x, n_bins) {
  q <- unname(quantile(x, probs = seq(0, 1, length.out = n_bins + 1)))
  q[c(-1, -(n_bins + 1))] + 1
}
score <- function(x, n_bins, reverse) {
  b <- bins(x, n_bins)
  lower <- c(min(x), b)
  upper <- c(b, max(x) + 1)
  labels <- if (reverse) rev(seq_len(n_bins)) else seq_len(n_bins)
  s <- rep(NA_integer_, length(x))
  for (i in seq_len(n_bins)) s[x >= lower[i] & x < upper[i]] <- labels[i]
  s
}
out <- data.frame(customer_id = sprintf("r%04d", seq_len(n)), recency_days = recency,
                  transaction_count = transactions, amount = sprintf("%.2f", amount))
for (k in c(3, 5, 10)) {
  out[[paste0("r", k)]] <- score(recency, k, TRUE)
  out[[paste0("f", k)]] <- score(transactions, k, FALSE)
  out[[paste0("m", k)]] <- score(amount, k, FALSE)
}
write.csv(out, stdout(), row.names = FALSE, quote = FALSE)
for (k in c(3, 5, 10)) {
  cat(sprintf("# breaks %d r %s\n", k, paste(sprintf("%.17g", bins(recency, k)), collapse = " ")))
  cat(sprintf("# breaks %d f %s\n", k, paste(sprintf("%.17g", bins(transactions, k)), collapse = " ")))
  cat(sprintf("# breaks %d m %s\n", k, paste(sprintf("%.17g", bins(amount, k)), collapse = " ")))
}
