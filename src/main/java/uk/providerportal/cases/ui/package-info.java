/** Pieces every view that lists cases shares; open to other features' views. */
@NullMarked
@NamedInterface("ui")
package uk.providerportal.cases.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
