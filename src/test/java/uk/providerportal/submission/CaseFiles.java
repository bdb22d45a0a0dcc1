package uk.providerportal.submission;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import uk.providerportal.storage.FileStore;
import uk.providerportal.storage.FolderFileStore;

/** Case record files for tests: real content of each kind, and the hostile ones. */
public final class CaseFiles {

    private CaseFiles() {
    }

    public static CaseFileUpload pdf(String name) throws IOException {
        return upload(name, ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII));
    }

    /** A Windows program renamed to look like a PDF. */
    public static CaseFileUpload renamedExecutable(String name) throws IOException {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return upload(name, bytes);
    }

    /** Bytes with no recognisable type at all, e.g. an encrypted blob. */
    public static CaseFileUpload randomBytes(String name) throws IOException {
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        return upload(name, bytes);
    }

    /** A zip archive that is not a Word document. */
    public static CaseFileUpload plainZip(String name) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("payload.bin"));
            zip.write("anything".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return upload(name, out.toByteArray());
    }

    /** A real Word document, written by POI. */
    public static CaseFileUpload docx(String name) throws IOException {
        Path file = Files.createTempFile("case-file-", ".tmp");
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             var out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("Case notes");
            document.write(out);
        }
        return new CaseFileUpload(name, file);
    }

    public static CaseFileUpload empty(String name) throws IOException {
        return upload(name, new byte[0]);
    }

    /** A PDF-looking file of the given size, written sparse so no test holds it in memory. */
    public static CaseFileUpload sized(String name, long bytes) throws IOException {
        CaseFileUpload upload = pdf(name);
        try (var file = new RandomAccessFile(upload.file().toFile(), "rw")) {
            file.setLength(bytes);
        }
        return upload;
    }

    public static CaseFileUpload upload(String name, byte[] content) throws IOException {
        Path file = Files.createTempFile("case-file-", ".tmp");
        Files.write(file, content);
        return new CaseFileUpload(name, file);
    }

    /** How many files the store holds: a refused upload must leave this unchanged. */
    public static long storedFiles(FileStore store) throws IOException {
        Path root = ((FolderFileStore) store).root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
