/**
 * Service recovery: fixing the firm's mistakes for the customer. This package holds the five
 * principles of recovery ({@link io.github.crmkit.recovery.RecoveryPrinciple}) that the policies of
 * {@code recovery.policy} cite; incidents, reliability, SLA targets and complaint cases have
 * packages of their own.
 */
@NullMarked
package io.github.crmkit.recovery;

import org.jspecify.annotations.NullMarked;
