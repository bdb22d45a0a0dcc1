/** The outbox for admins (every mail, sent or not, readable) and everyone's notification settings. */
@NullMarked
package uk.providerportal.notification.ui;

import org.jspecify.annotations.NullMarked;
