/** The shell every view sits in, error pages and small UI helpers shared by all features. */
@NullMarked
@NamedInterface("ui")
package uk.providerportal.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
