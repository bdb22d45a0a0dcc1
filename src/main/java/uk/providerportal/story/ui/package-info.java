/** The good news story pages: the partner's stories and form, the performance manager's board and review page. */
@NullMarked
package uk.providerportal.story.ui;

import org.jspecify.annotations.NullMarked;
