package uk.providerportal.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.FormulaText;
import uk.providerportal.policy.PolicyService;

/**
 * Case record files are judged by what they contain, not what they are called: Apache Tika reads the first bytes,
 * and only the programme's allowed types pass. Names are kept for display only and must be plain file names.
 */
final class CaseRecordCheck {

    static final String FIELD = "files";
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_FILES = 20;

    private static final Detector DETECTOR = MimeTypes.getDefaultMimeTypes();
    private static final org.apache.tika.mime.MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes()
            .getMediaTypeRegistry();

    sealed interface Verdict permits Checked, Rejected {
    }

    /** A file that passed, with the type its content showed. */
    record Checked(CaseFileUpload upload, String mediaType, long size) implements Verdict {
    }

    record Rejected(Problem problem) implements Verdict {
    }

    private CaseRecordCheck() {
    }

    static @Nullable Problem checkCount(int files) {
        if (files == 0) {
            return Problem.of(FIELD, "Attach at least one case record file.");
        }
        if (files > MAX_FILES) {
            return Problem.of(FIELD, "A case can have at most " + MAX_FILES + " files; " + files + " were attached.");
        }
        return null;
    }

    /** Checks one file; returns either a problem naming the file and the reason, or the checked file. */
    static Verdict check(CaseFileUpload upload, List<String> allowedTypes, long maxBytes) {
        String name = upload.fileName();
        Problem nameProblem = checkName(name);
        if (nameProblem != null) {
            return new Rejected(nameProblem);
        }
        long size;
        try {
            size = Files.size(upload.file());
        } catch (IOException e) {
            return new Rejected(Problem.of(FIELD, "“" + name + "” did not arrive completely; attach it again."));
        }
        if (size == 0) {
            return new Rejected(Problem.of(FIELD, "“" + name + "” is empty."));
        }
        if (size > maxBytes) {
            return new Rejected(Problem.of(FIELD, "“" + name + "” is " + megabytes(size) + "; a case record file may be at most "
                    + megabytes(maxBytes) + "."));
        }
        String type;
        try {
            type = detect(upload);
        } catch (IOException e) {
            return new Rejected(Problem.of(FIELD, "“" + name + "” could not be read; attach it again."));
        }
        if (!allowed(type, allowedTypes)) {
            return new Rejected(Problem.of(FIELD, "“" + name + "” is not one of the file types this programme accepts ("
                    + allowedNames(allowedTypes) + "): its content is " + describe(type)
                    + ", whatever its name says."));
        }
        return new Checked(upload, type, size);
    }

    static @Nullable Problem checkName(String name) {
        if (name.isBlank()) {
            return Problem.of(FIELD, "A file has no name; rename it and attach it again.");
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.equals(".") || name.equals("..")) {
            return Problem.of(FIELD, "“" + printable(name) + "” is not a plain file name (it contains a folder "
                    + "path); rename the file and attach it again.");
        }
        if (FormulaText.startsLikeFormula(name)) {
            return Problem.of(FIELD, "“" + printable(name) + "” starts with " + FormulaText.firstCharacter(name)
                    + ", which spreadsheet programs read as the start of a formula; rename the file so it starts "
                    + "with a letter or a digit and attach it again.");
        }
        if (name.chars().anyMatch(c -> Character.isISOControl(c) || c == 0x202E || c == 0x202D)) {
            return Problem.of(FIELD, "“" + printable(name) + "” has invisible control characters in its name; "
                    + "rename the file and attach it again.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return Problem.of(FIELD, "A file name is " + name.length() + " characters long; the most is "
                    + MAX_NAME_LENGTH + ".");
        }
        return null;
    }

    /**
     * The type the content shows, never the name: a name could pass random bytes off as a PDF. Office formats are
     * containers (a zip, an OLE2 file); those are recognised only when the container really holds a Word document.
     */
    static String detect(CaseFileUpload upload) throws IOException {
        String type;
        try (InputStream in = TikaInputStream.get(upload.file())) {
            type = REGISTRY.normalize(DETECTOR.detect(in, new Metadata())).getBaseType().toString();
        }
        String name = upload.fileName().toLowerCase(Locale.UK);
        if ((type.equals("application/zip") || type.equals("application/x-tika-ooxml")) && name.endsWith(".docx")
                && zipHolds(upload, "word/document.xml")) {
            return DOCX;
        }
        if (type.equals("application/x-tika-msoffice") && name.endsWith(".doc") && oleHolds(upload, "WordDocument")) {
            return "application/msword";
        }
        return type;
    }

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static boolean zipHolds(CaseFileUpload upload, String entry) {
        try (var zip = new java.util.zip.ZipFile(upload.file().toFile())) {
            return zip.getEntry(entry) != null && zip.getEntry("[Content_Types].xml") != null;
        } catch (IOException notAZip) {
            return false;
        }
    }

    private static boolean oleHolds(CaseFileUpload upload, String entry) {
        try (var ole = new org.apache.poi.poifs.filesystem.POIFSFileSystem(upload.file().toFile(), true)) {
            return ole.getRoot().hasEntry(entry);
        } catch (IOException | RuntimeException notOle) {
            return false;
        }
    }

    /** The allowed types as Tika names them (e.g. audio/wav is audio/vnd.wave). */
    static boolean allowed(String detected, List<String> allowedTypes) {
        return allowedTypes.stream().anyMatch(type -> type.equals(detected)
                || REGISTRY.normalize(MediaType.parse(type)).getBaseType().toString().equals(detected));
    }

    static String allowedNames(List<String> allowedTypes) {
        return allowedTypes.stream().map(type -> PolicyService.FILE_TYPES.getOrDefault(type, type))
                .collect(Collectors.joining(", "));
    }

    private static String describe(String type) {
        String known = PolicyService.FILE_TYPES.get(type);
        if (known != null) {
            return "a " + known + " file";
        }
        if (type.contains("msdownload") || type.contains("dosexec") || type.contains("executable") || type.contains("x-sh")
                || type.contains("elf") || type.contains("mach-o")) {
            return "a program (" + type + ")";
        }
        return type.equals("application/octet-stream") ? "of an unknown kind" : "of type " + type;
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 10 ? String.format(Locale.UK, "%.0f MB", mb) : String.format(Locale.UK, "%.1f MB", mb);
    }

    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(c -> out.append(Character.isISOControl(c) ? "?" : Character.toString(c)));
        return out.toString();
    }
}
