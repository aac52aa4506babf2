/**
 * Service recovery: fixing the firm's mistakes for the customer. This first release holds the
 * vocabulary that recovery policies will cite.
 */
@NullMarked
package io.github.crmkit.recovery;

import org.jspecify.annotations.NullMarked;
