/** The performance page of a contract: its level, action plan and assurance reviews. */
@NullMarked
package uk.providerportal.performance.ui;

import org.jspecify.annotations.NullMarked;
