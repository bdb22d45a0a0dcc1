package uk.providerportal.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataFolderCheckTest {

    private static final Path TEMP = Path.of("/tmp");

    @Test
    void dataFolderUnderTheTempFolder_refusesToStart_sayingHowToChooseAnotherOrAskForThrowaway() {
        assertThatThrownBy(() -> DataFolderCheck.refuseTempFolderUnlessThrowaway(
                Path.of("/tmp/provider-portal/data/mariadb"), TEMP, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/tmp/provider-portal/data/mariadb")
                .hasMessageContaining("would be deleted at the next start")
                .hasMessageContaining("PORTAL_DB_DIR=")
                .hasMessageContaining("PORTAL_DB_THROWAWAY=true");
    }

    @Test
    void dataFolderReachedThroughDotDot_isStillSeenUnderTheTempFolder() {
        assertThatThrownBy(() -> DataFolderCheck.refuseTempFolderUnlessThrowaway(
                Path.of("/srv/../tmp/portal"), TEMP, false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void dataFolderUnderTheTempFolder_startsWhenThrowawayIsAskedFor() {
        assertThatCode(() -> DataFolderCheck.refuseTempFolderUnlessThrowaway(
                Path.of("/tmp/portal/data"), TEMP, true)).doesNotThrowAnyException();
    }

    @Test
    void dataFolderElsewhere_starts() {
        assertThatCode(() -> DataFolderCheck.refuseTempFolderUnlessThrowaway(
                Path.of("/home/me/provider-portal/data/mariadb"), TEMP, false)).doesNotThrowAnyException();
        assertThatCode(() -> DataFolderCheck.refuseTempFolderUnlessThrowaway(
                Path.of("/tmpfiles/portal"), TEMP, false)).as("a sibling whose name starts alike")
                .doesNotThrowAnyException();
    }

    @Test
    void aRefusedFolder_isReportedAsAStartUpFailureWithWhatToDo_notOnlyAStackTrace() {
        var refused = org.junit.jupiter.api.Assertions.assertThrows(DataFolderCheck.DataFolderRefused.class,
                () -> DataFolderCheck.refuseTempFolderUnlessThrowaway(Path.of("/tmp/portal/data"), TEMP, false));
        // As Spring wraps it while creating the data source bean.
        var analysis = new DataFolderFailureAnalyzer().analyze(new IllegalStateException("bean failed", refused));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("/tmp/portal/data").contains("would be deleted");
        assertThat(analysis.getAction()).contains("PORTAL_DB_DIR=").contains("PORTAL_DB_THROWAWAY=true");
    }
}
