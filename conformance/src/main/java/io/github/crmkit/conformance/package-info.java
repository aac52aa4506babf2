/** A host program that calls every crmkit module, and the checks of the API conventions. */
@NullMarked
package io.github.crmkit.conformance;

import org.jspecify.annotations.NullMarked;
