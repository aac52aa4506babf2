-- RFM with NTILE quintiles in DuckDB, the same definitions as `crmkit rfm --method ntile`: recency
-- in calendar days from the last purchase's date to the as-of date (the day after the last purchase
-- in the file), frequency the number of purchases, monetary their sum; NTILE(5) over (value,
-- customer id), recency's score reversed; segments by R rfm 0.3.0's default rules (first match).
-- Run by rfm_compare.sh, which puts the input and output paths in the two quoted placeholders.
COPY (
  WITH agg AS (
    SELECT customer_id, max(timestamp) AS last_purchase, count(*) AS frequency,
           sum(amount) AS monetary
    FROM read_csv(':input', header = true,
                  columns = {'customer_id': 'VARCHAR', 'timestamp': 'TIMESTAMP',
                             'amount': 'DECIMAL(18,2)'})
    GROUP BY customer_id
  ),
  as_of AS (SELECT CAST(max(last_purchase) AS DATE) + 1 AS d FROM agg),
  days AS (
    SELECT customer_id, date_diff('day', CAST(last_purchase AS DATE), d) AS recency_days,
           frequency, monetary
    FROM agg, as_of
  ),
  scored AS (
    SELECT *,
      6 - ntile(5) OVER (ORDER BY recency_days, customer_id) AS r,
      ntile(5) OVER (ORDER BY frequency, customer_id) AS f,
      ntile(5) OVER (ORDER BY monetary, customer_id) AS m
    FROM days
  )
  SELECT customer_id, recency_days, frequency, monetary, r, f, m,
    CASE
      WHEN r BETWEEN 5 AND 5 AND f BETWEEN 5 AND 5 AND m BETWEEN 5 AND 5 THEN 'Champions'
      WHEN r BETWEEN 3 AND 5 AND f BETWEEN 3 AND 5 AND m BETWEEN 2 AND 5 THEN 'Potential Loyalist'
      WHEN r BETWEEN 2 AND 4 AND f BETWEEN 2 AND 4 AND m BETWEEN 2 AND 4 THEN 'Loyal Customers'
      WHEN r BETWEEN 3 AND 4 AND f BETWEEN 1 AND 3 AND m BETWEEN 3 AND 5 THEN 'Promising'
      WHEN r BETWEEN 4 AND 5 AND f BETWEEN 1 AND 3 AND m BETWEEN 1 AND 5 THEN 'New Customers'
      WHEN r BETWEEN 1 AND 2 AND f BETWEEN 3 AND 4 AND m BETWEEN 4 AND 5 THEN 'Can''t Lose Them'
      WHEN r BETWEEN 1 AND 2 AND f BETWEEN 2 AND 5 AND m BETWEEN 4 AND 5 THEN 'At Risk'
      WHEN r BETWEEN 1 AND 3 AND f BETWEEN 3 AND 5 AND m BETWEEN 3 AND 5 THEN 'Need Attention'
      WHEN r BETWEEN 2 AND 3 AND f BETWEEN 1 AND 3 AND m BETWEEN 1 AND 4 THEN 'About To Sleep'
      WHEN r BETWEEN 1 AND 1 AND f BETWEEN 1 AND 5 AND m BETWEEN 1 AND 5 THEN 'Lost'
      ELSE 'Others'
    END AS segment
  FROM scored
) TO ':output' (HEADER, DELIMITER ',');
