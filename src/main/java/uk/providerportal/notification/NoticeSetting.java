package uk.providerportal.notification;

/** Whether the signed-in person gets one kind of notice. */
public record NoticeSetting(NoticeKind kind, boolean enabled) {
}
