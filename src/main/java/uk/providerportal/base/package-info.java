/** Shared kernel: entity base class, time and auditing, deployment mode, the embedded database, the main layout. */
@NullMarked
package uk.providerportal.base;

import org.jspecify.annotations.NullMarked;
