package uk.providerportal.user;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who an identity provider says someone is: its issuer and its subject for them. */
@Embeddable
public record ExternalIdentity(@Column(nullable = false, length = 255) String issuer,
                               @Column(nullable = false, length = 255) String subject) {
}
