/**
 * Notifications (issue 12, item 10): mails when a month's KPI is published or revised, when outcomes are released
 * (a daily digest per organisation) and when a week's sample is missing after its week ended. Every mail goes through
 * an outbox written in the same transaction as the change and is sent after commit with retries; admins read the
 * outbox in the portal and people choose which notices they get.
 */
@NullMarked
package uk.providerportal.notification;

import org.jspecify.annotations.NullMarked;
