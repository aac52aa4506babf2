/**
 * The shared vocabulary of crmkit: customer identifiers, exact money, purchases and their channels,
 * the customer snapshot a host passes in, the named customer types every module speaks,
 * explanations and the {@link io.github.crmkit.core.CrmException} family.
 *
 * <p>Nothing in this package reads the system clock, the default time zone or the default locale:
 * instants, zones and locales are always explicit inputs. All types are immutable and thread-safe
 * unless stated otherwise.
 */
@NullMarked
package io.github.crmkit.core;

import org.jspecify.annotations.NullMarked;
