/**
 * Internal to crmkit: byte-level line reading shared by crmkit-io's readers and crmkit's command
 * line. Not an API: not exported from the module, and may change in any release.
 */
@NullMarked
package io.github.crmkit.io.internal;

import org.jspecify.annotations.NullMarked;
