package uk.providerportal.base.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import java.util.function.BiConsumer;
import uk.providerportal.base.Plural;

/**
 * One way to set up every Upload in the portal: its limits are enforced in the browser and named on the page before
 * anyone uploads, and every text the component shows is the portal's own en-GB wording (Vaadin's defaults say "File
 * is Too Big." without saying which file or what the limit is).
 *
 * @param what what one file is, with its article, for messages: "a case record file", "an SLA spreadsheet"
 * @param maxBytes the largest file accepted
 * @param maxFiles how many files the upload takes
 * @param acceptedTypes file extensions the browser offers; empty where the server checks the content anyway
 * @param typeNames the accepted types as a user knows them, e.g. "PDF, Word"
 */
public record UploadLimits(String what, long maxBytes, int maxFiles, List<String> acceptedTypes, String typeNames) {

    /** The limits in words, to show beside the upload. */
    public String describe() {
        String size = TempFileUpload.megabytes(maxBytes);
        if (maxFiles == 1) {
            return "One " + typeNames + " file, up to " + size + ".";
        }
        return "Up to " + Plural.of(maxFiles, "file") + " (" + typeNames + "), each up to " + size + ".";
    }

    /**
     * Applies the limits and the portal's texts to {@code upload} and reports each file the browser refuses (too
     * big, too many, wrong type) to {@code refused} as (file name, message naming the file and the limit).
     *
     * @return the limits as a paragraph, to place next to the upload's label
     */
    public Paragraph applyTo(Upload upload, BiConsumer<String, String> refused) {
        upload.setMaxFiles(maxFiles);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        if (!acceptedTypes.isEmpty()) {
            upload.setAcceptedFileTypes(acceptedTypes.toArray(String[]::new));
        }
        upload.setI18n(i18n());
        upload.setDropLabel(new Span(maxFiles == 1 ? "Drop the file here" : "Drop the files here"));
        // The browser refuses the file before it is sent; its message is the i18n text below, without the name.
        upload.addFileRejectedListener(event -> refused.accept(event.getFileName(),
                "“" + event.getFileName() + "” " + event.getErrorMessage()));
        var help = new Paragraph(describe());
        help.addClassName("upload-limits");
        return help;
    }

    UploadI18N i18n() {
        String size = TempFileUpload.megabytes(maxBytes);
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("Drop the file here").setMany("Drop the files here"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Choose a file…").setMany("Choose files…"));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(maxFiles == 1 ? "Only one file can be uploaded here; remove the one above first."
                        : "At most " + Plural.of(maxFiles, "file") + " can be uploaded here.")
                .setFileIsTooBig("is larger than " + size + ", the most " + what + " may be.")
                .setIncorrectFileType("is not a file type accepted here (" + typeNames + ")."));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("Connecting…").setStalled("Stalled")
                        .setProcessing("Processing the file…").setHeld("Waiting"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("time left: ")
                        .setUnknown("time left unknown"))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable("Not uploaded: the portal could not be reached. Try again.")
                        .setUnexpectedServerError("Not uploaded: something went wrong in the portal. Try again.")
                        .setForbidden("Refused: see the message on the page.")
                        .setFileTooLarge("Refused: larger than " + size + ", the most " + what + " may be.")));
        i18n.setFile(new UploadI18N.File().setRetry("Try again").setStart("Start").setRemove("Remove"));
        i18n.setUnits(List.of("B", "KB", "MB", "GB", "TB"), 1024);
        return i18n;
    }
}
