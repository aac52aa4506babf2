/** Implementation details shared by the crmkit modules. Not API: may change in any release. */
@NullMarked
package io.github.crmkit.core.internal;

import org.jspecify.annotations.NullMarked;
