/**
 * Seeded, deterministic generators for tests: {@link
 * io.github.crmkit.testkit.CustomerBaseGenerator} makes realistic customer bases with purchases,
 * {@link io.github.crmkit.testkit.DomainGenerators} makes single domain values. Everything is
 * written against {@link java.util.random.RandomGenerator}, so any property-testing library can
 * wrap it (crmkit's own tests wrap it for QuickTheories).
 */
@NullMarked
package io.github.crmkit.testkit;

import org.jspecify.annotations.NullMarked;
