package uk.providerportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The demo case record is a PDF a viewer can open: its cross-reference table points at every object. */
class DemoCaseRecordTest {

    @Test
    void everyCrossReferencePointsAtItsObject_andTheTrailerAtTheTable() {
        String pdf = new String(DemoCaseRecord.pdf("NCA-2026-12001", "Telephone (call)", "1 December 2026"),
                StandardCharsets.US_ASCII);

        assertThat(pdf).startsWith("%PDF-1.4").endsWith("%%EOF\n").contains("(Case record NCA-2026-12001) Tj",
                "(Advice channel: Telephone \\(call\\)) Tj");
        int xref = Integer.parseInt(pdf.substring(pdf.indexOf("startxref\n") + 10, pdf.lastIndexOf("\n%%EOF")));
        assertThat(pdf.substring(xref)).startsWith("xref\n0 6\n");
        Matcher entry = Pattern.compile("(\\d{10}) 00000 n").matcher(pdf.substring(xref));
        int object = 0;
        while (entry.find()) {
            object++;
            assertThat(pdf.substring(Integer.parseInt(entry.group(1)))).startsWith(object + " 0 obj\n");
        }
        assertThat(object).isEqualTo(5);
        String stream = pdf.substring(pdf.indexOf("stream\n") + 7, pdf.indexOf("endstream"));
        assertThat(pdf).contains("/Length " + stream.length() + " >>");
    }
}
