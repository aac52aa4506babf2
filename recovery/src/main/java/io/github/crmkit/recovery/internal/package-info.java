/** Implementation shared by the recovery packages; not exported, not API. */
@NullMarked
package io.github.crmkit.recovery.internal;

import org.jspecify.annotations.NullMarked;
