package uk.providerportal.cases;

/** How the advice in a case was given. Telephone cases carry the durations of their linked calls. */
public enum AdviceChannel {
    TELEPHONE("Telephone"),
    FACE_TO_FACE("Face to face"),
    WEB_CHAT("Web chat"),
    VIDEO("Video call"),
    EMAIL("Email"),
    LETTER("Letter");

    private final String label;

    AdviceChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a channel as people write it in a manifest: "Telephone", "face to face", "WEB_CHAT". */
    public static java.util.Optional<AdviceChannel> parse(String text) {
        String wanted = text.trim().replace('_', ' ').replace('-', ' ');
        for (AdviceChannel channel : values()) {
            if (channel.label.equalsIgnoreCase(wanted) || channel.name().replace('_', ' ').equalsIgnoreCase(wanted)) {
                return java.util.Optional.of(channel);
            }
        }
        return java.util.Optional.empty();
    }
}
