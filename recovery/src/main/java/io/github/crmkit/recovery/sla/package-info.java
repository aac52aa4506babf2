/**
 * Service-level targets on business time: {@link io.github.crmkit.recovery.sla.BusinessCalendar}
 * (weekly windows in a zone, windows across midnight, holidays from a pluggable {@link
 * io.github.crmkit.recovery.sla.HolidaySource} including iCalendar all-day events, partial-day
 * overrides) with {@code add}, {@code between}, {@code isWithin} and {@code nextStart} over {@link
 * java.time.Instant}s, where business time is real elapsed time inside the local windows.
 */
@NullMarked
package io.github.crmkit.recovery.sla;

import org.jspecify.annotations.NullMarked;
