package uk.providerportal.cases;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A case that intake has checked and placed, ready to be recorded: what the provider entered, the folder and week
 * it counts towards, and its case record files, already in the store.
 *
 * @param submittedOn the UK day it arrived; its month is the submission month
 * @param folderMonth the month folder it was filed under (a later one when the volume was already met)
 * @param sampleWeek the assessment week of the folder month whose agreed sample it counts towards
 * @param late true when it arrived after that week ended (seed 001: late weeks go to the back of the queue)
 */
public record NewCaseRecord(long organisationId, String reference, AdviceChannel channel, LocalDate completedOn,
                            List<Integer> callMinutes, LocalDate submittedOn, String submittedBy,
                            YearMonth folderMonth, int sampleWeek, LocalDate weekEndsOn, boolean late,
                            List<StoredRecordFile> files) {

    public NewCaseRecord {
        callMinutes = List.copyOf(callMinutes);
        files = List.copyOf(files);
    }

    /** A case record file as the store holds it: the name the provider gave it and its generated key. */
    public record StoredRecordFile(String fileName, String storageKey, long sizeBytes, String sha256,
                                   String mediaType) {
    }
}
