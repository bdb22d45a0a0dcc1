package uk.providerportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void oneIsSingular_everyOtherCountPlural_withThousandsSeparated() {
        assertThat(Plural.of(1, "problem")).isEqualTo("1 problem");
        assertThat(Plural.of(0, "problem")).isEqualTo("0 problems");
        assertThat(Plural.of(72, "problem")).isEqualTo("72 problems");
        assertThat(Plural.of(1200, "case")).isEqualTo("1,200 cases");
        assertThat(Plural.of(2, "entry", "entries")).isEqualTo("2 entries");
    }

    @Test
    void formulaText_refusesEveryCharacterASpreadsheetStartsAFormulaWith() {
        for (String text : new String[] {"=1+1", "+44", "-2", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(FormulaText.startsLikeFormula(text)).as(text).isTrue();
        }
        assertThat(FormulaText.startsLikeFormula("ABC-1")).isFalse();
        assertThat(FormulaText.startsLikeFormula("")).isFalse();
        assertThat(FormulaText.firstCharacter("=x")).isEqualTo("‘=’");
    }
}
